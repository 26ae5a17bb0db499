"""Several `tracker worker` processes on PostgreSQL's job queue (procrastinate) share one feed of
300 articles; one is killed with SIGKILL mid-run. Every article is stored exactly once.

Real parts only: the news site on 127.0.0.1 (tests/feed_site.py), real worker processes, the
scratch PostgreSQL database. Skipped on SQLite, where `tracker worker` is one process.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.config import PROJECT_ROOT
from app.models import Article, Source, SourceItem, Statement
from app.store import unit_of_work
from app.store.sources import add_source
from tests.feed_site import FeedSite, serve_site
from tests.queue_schema import drop_queue_schema

PORT = 8811
ARTICLES = 300


@pytest.fixture
def pg(scratch_db):
    if not scratch_db.url.startswith("postgresql"):
        pytest.skip("the job queue runs on PostgreSQL; SQLite's worker is one process (tests/test_follow.py)")
    drop_queue_schema(scratch_db.url)  # the workers apply it afresh
    yield scratch_db
    drop_queue_schema(scratch_db.url)


def _worker(url: str, log: Path) -> subprocess.Popen:
    env = {
        **os.environ,
        "DATABASE_URL": url,
        "TRACKER_FETCH_ALLOW": "127.0.0.1",
        "TRACKER_FOLLOW_HOST_DELAY": "0",
        "TRACKER_FOLLOW_HOST_SLOTS": "6",
        "TRACKER_FOLLOW_TICK": "1",
        "TRACKER_WORKER_HEARTBEAT": "1",  # a worker silent for 3 s is dead: its jobs go back to the queue
    }
    return subprocess.Popen(
        [sys.executable, "-m", "app", "worker", "--concurrency", "2"],
        cwd=PROJECT_ROOT,
        env=env,
        stdout=log.open("w"),
        stderr=subprocess.STDOUT,
    )


def _wait_for(condition, timeout: float, what: str, logs: list[Path]) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            tails = "\n".join(f"--- {log.name}\n" + "\n".join(log.read_text().splitlines()[-15:]) for log in logs)
            pytest.fail(f"timed out waiting for {what}; the workers said:\n{tails}")
        time.sleep(0.25)


def _done(db) -> int:
    with db.session_factory() as session:
        return session.scalar(select(func.count()).where(SourceItem.state == "done"))


def test_three_workers_one_killed_mid_run_store_every_article_exactly_once(pg, tmp_path):
    logs = [tmp_path / f"worker{n}.log" for n in range(3)]
    with serve_site(FeedSite(articles=ARTICLES), PORT) as site:
        with unit_of_work(pg.session_factory) as session:
            source_id = add_source(session, f"{site.base}/feed.xml", "Test News", 900).id
        workers = [_worker(pg.url, log) for log in logs]
        try:
            # the victim is well into its share of the 300 jobs, with more running and queued
            _wait_for(
                lambda: logs[0].read_text().count(": stored") >= 15, 120, "the first worker to store articles", logs
            )
            workers[0].send_signal(signal.SIGKILL)
            workers[0].wait(10)
            _wait_for(lambda: _done(pg) == ARTICLES, 150, "every article to be stored", logs)
        finally:
            for worker in workers[1:]:
                worker.send_signal(signal.SIGTERM)
            for worker in workers:
                try:
                    worker.wait(30)
                except subprocess.TimeoutExpired:
                    worker.kill()
        fetches = site.article_fetches()

    survivors = "".join(log.read_text() for log in logs[1:])
    assert "re-queued" in survivors  # the killed worker's running jobs were taken over
    assert "Traceback" not in survivors
    with pg.session_factory() as session:
        assert session.scalar(select(func.count()).select_from(Article)) == ARTICLES
        assert session.scalar(select(func.count(func.distinct(Article.url)))) == ARTICLES
        items = session.execute(select(SourceItem.article_id, SourceItem.statements)).all()
        assert len({article_id for article_id, _ in items}) == ARTICLES
        per_article = dict(
            session.execute(select(Statement.article_id, func.count()).group_by(Statement.article_id)).all()
        )
        source = session.get(Source, source_id)
    # no statement stored twice: each article has the statements its one successful job counted
    assert per_article == {article_id: n for article_id, n in items}
    assert source.articles_total == ARTICLES and source.statements_total == sum(per_article.values())
    # every page fetched; at most the killed worker's jobs in flight a second time
    assert len(fetches) == ARTICLES and max(fetches.values()) <= 2
    assert sum(fetches.values()) <= ARTICLES + 2

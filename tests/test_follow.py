"""Following sources: a real news site on 127.0.0.1 (tests/feed_site.py), the real job functions,
the real database (SQLite, and PostgreSQL when asked), through the one-process runner.

The queue on PostgreSQL with several worker processes is tests/test_follow_queue.py.
"""

from __future__ import annotations

import datetime as dt

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import func, select, update
from typer.testing import CliRunner

from app.cli import app as cli
from app.config import Settings
from app.main import create_app
from app.models import Article, HostSlot, Source, SourceItem, Statement
from app.pipeline.follow.jobs import FollowContext, fetch_item, poll_source
from app.pipeline.follow.local import run_local
from app.pipeline.follow.pacing import Politeness
from app.pipeline.ingest.safe_fetch import FetchPolicy
from app.pipeline.ingest.web import MAX_RETRY_AFTER, retry_after_seconds
from app.store import unit_of_work
from app.store.sources import add_source
from tests.feed_site import FeedSite, serve_site
from tests.queue_schema import drop_queue_schema

PORT = 8810
runner = CliRunner()


@pytest.fixture
def follow(scratch_db, extractor):
    """A follow context over the scratch database, allowed to fetch from 127.0.0.1, no host delay."""
    settings = Settings(database_url=scratch_db.url, fetch_allow="127.0.0.1")
    return FollowContext(
        scratch_db.session_factory,
        settings,
        FetchPolicy.from_settings(settings),
        Politeness(slots=2, delay=0.0, lease=60),
        extractor=extractor,
    )


def _add(follow, url: str, interval: int = 900) -> int:
    with unit_of_work(follow.factory) as session:
        return add_source(session, url, "test", interval).id


def _count(follow, model) -> int:
    with follow.factory() as session:
        return session.scalar(select(func.count()).select_from(model))


def _make_due(follow, source_id: int) -> None:
    with unit_of_work(follow.factory) as session:
        session.execute(update(Source).where(Source.id == source_id).values(next_run_at=dt.datetime.now(dt.UTC)))


def test_a_feed_fills_the_timeline_and_a_second_poll_is_a_304_that_stores_nothing(follow):
    with serve_site(FeedSite(articles=12), PORT) as site:
        source_id = _add(follow, f"{site.base}/feed.xml")
        report = run_local(follow, threads=3, once=True)
        assert report.polls == 1 and report.stored == 12 and report.failed == 0
        assert _count(follow, Article) == 12
        assert set(site.article_fetches().values()) == {1}  # each page fetched once
        statements = _count(follow, Statement)
        assert statements >= 24  # two statements an article at least

        _make_due(follow, source_id)
        again = run_local(follow, threads=3, once=True)
        assert again.polls == 1 and again.stored == 0
        assert site.statuses[("/feed.xml", 304)] == 1
        assert _count(follow, Article) == 12 and _count(follow, Statement) == statements
        assert set(site.article_fetches().values()) == {1}
    with follow.factory() as session:
        source = session.get(Source, source_id)
        assert (source.last_outcome, source.last_status, source.last_found, source.last_new) == (
            "not-modified",
            304,
            0,
            0,
        )
        assert (source.found_total, source.articles_total, source.statements_total) == (12, 12, statements)


def test_a_link_is_fetched_once_however_often_its_job_runs(follow):
    """A job queue may run a job twice (a worker killed after storing, before acknowledging):
    the second run neither fetches nor stores."""
    with serve_site(FeedSite(articles=3), PORT) as site:
        source_id = _add(follow, f"{site.base}/feed.xml")
        items = poll_source(follow, source_id).to_fetch
        assert len(items) == 3
        assert [fetch_item(follow, i) for i in items] == ["stored"] * 3
        assert [fetch_item(follow, i) for i in items] == ["skipped"] * 3
        assert poll_source(follow, source_id).to_fetch == []  # nothing left pending
        assert set(site.article_fetches().values()) == {1}
    assert _count(follow, Article) == 3


def test_a_news_sitemap_is_followed_like_a_feed(follow):
    with serve_site(FeedSite(articles=0, sitemap_articles=4), PORT) as site:
        source_id = _add(follow, f"{site.base}/sitemap.xml")
        assert run_local(follow, once=True).stored == 4
    with follow.factory() as session:
        assert session.get(Source, source_id).kind == "sitemap"
        titles = set(session.scalars(select(SourceItem.title)))
    assert all(t and t.startswith(("Sergey Lavrov", "Antony Blinken", "Wang Yi", "David Lammy")) for t in titles)


def test_a_failing_source_backs_off_exponentially_and_says_why(follow):
    with serve_site(FeedSite(), PORT) as site:
        source_id = _add(follow, f"{site.base}/broken.xml", interval=600)
        waits = []
        for _ in range(3):
            before = dt.datetime.now(dt.UTC)
            assert poll_source(follow, source_id).outcome == "error"
            with follow.factory() as session:
                source = session.get(Source, source_id)
                next_run = source.next_run_at.replace(tzinfo=dt.UTC)
                waits.append(round((next_run - before).total_seconds() / 600))
    assert waits == [2, 4, 8]  # the interval doubled with each failure in a row
    assert source.failures == 3 and source.last_status == 500
    assert source.last_error == "the server failed (HTTP 500 Internal Server Error)"

    app = create_app(follow.settings, session_factory=follow.factory)
    with TestClient(app) as client:
        (item,) = client.get("/api/sources").json()["items"]
        page = client.get("/sources")
    assert item["state"] == "backing off" and item["failures"] == 3
    assert item["backoff"] == "3 failures in a row, waiting 1 h 20 m"
    assert item["last_error"] == source.last_error
    assert page.status_code == 200
    assert "the server failed (HTTP 500 Internal Server Error)" in page.text
    assert "3 failures in a row, waiting 1 h 20 m" in page.text


def test_retry_after_is_honoured_for_the_source_and_its_host(follow):
    with serve_site(FeedSite(), PORT) as site:
        source_id = _add(follow, f"{site.base}/busy.xml", interval=60)
        before = dt.datetime.now(dt.UTC)
        assert poll_source(follow, source_id).outcome == "error"
    with follow.factory() as session:
        source = session.get(Source, source_id)
        slots = list(session.scalars(select(HostSlot.busy_until)))
    assert (source.next_run_at.replace(tzinfo=dt.UTC) - before).total_seconds() >= 119  # not the 2 min back-off
    assert source.last_error.startswith("the server asks us to slow down (HTTP 429")
    # no fetch from that host for two minutes, whichever worker asks
    assert slots and all((s.replace(tzinfo=dt.UTC) - before).total_seconds() >= 119 for s in slots)


def test_a_slow_source_does_not_hold_up_the_others(follow):
    """The slow feed answers only once the other feed's 8 pages were fetched (or after 60 s): with
    two threads, the other source is polled and its articles fetched and stored meanwhile."""
    site = FeedSite(articles=8, slow=60.0)
    site.slow_until_pages = 8
    with serve_site(site, PORT):
        slow_id = _add(follow, f"{site.base}/slow.xml")
        fast_id = _add(follow, f"{site.base}/feed.xml")
        with unit_of_work(follow.factory) as session:  # the slow source comes first in the queue
            session.execute(
                update(Source).where(Source.id == slow_id).values(next_run_at=dt.datetime(2020, 1, 1, tzinfo=dt.UTC))
            )
        report = run_local(follow, threads=2, once=True)
    assert report.stored == 8
    assert site.pages_fetched_while_slow.is_set()  # all 8 pages came while the slow poll was waiting
    with follow.factory() as session:
        slow, fast = session.get(Source, slow_id), session.get(Source, fast_id)
        assert fast.last_fetch_at < slow.last_fetch_at and slow.last_outcome == "ok"


@pytest.fixture
def env(scratch_db, monkeypatch):
    monkeypatch.setenv("DATABASE_URL", scratch_db.url)
    monkeypatch.setenv("TRACKER_FETCH_ALLOW", "127.0.0.1")
    monkeypatch.setenv("TRACKER_FOLLOW_HOST_DELAY", "0")
    drop_queue_schema(scratch_db.url)
    yield scratch_db
    drop_queue_schema(scratch_db.url)


def test_sources_add_and_worker_fill_the_timeline(env):
    """What a new user does: follow a feed, run the worker; the timeline has the statements."""
    with serve_site(FeedSite(articles=5), PORT) as site:
        added = runner.invoke(cli, ["sources", "add", f"{site.base}/feed.xml", "--name", "Test News", "--every", "30m"])
        assert added.exit_code == 0, added.output
        worked = runner.invoke(cli, ["worker", "--once"])
        assert worked.exit_code == 0, worked.output
        if env.url.startswith("sqlite"):
            assert "5 articles stored" in worked.output
    listed = runner.invoke(cli, ["sources", "list"])
    assert "Test News" in listed.output and "every 30 m" in listed.output
    assert "5 articles" in listed.output
    with env.session_factory() as session:
        speakers = set(session.scalars(select(Statement.speaker)))
        assert session.scalar(select(func.count()).select_from(Article)) == 5
    assert "Sergey Lavrov" in speakers


def test_sources_commands_refuse_bad_input_with_one_line(env):
    cases = [
        (["sources", "add", "ftp://example.org/feed"], "give an http(s) URL"),
        (["sources", "add", "http://user:pw@example.org/feed"], "without user:pass@"),
        (["sources", "add", "http://example.org/feed", "--every", "soon"], "--every: 'soon' is not an interval"),
        (["sources", "add", "http://example.org/feed", "--every", "10s"], "outside 60 s to 7 days"),
        (["sources", "pause", "42"], "no source '42'"),
        (["sources", "remove", "http://nowhere.example/"], "no source"),
    ]
    for args, message in cases:
        result = runner.invoke(cli, args)
        assert result.exit_code == 1, (args, result.output)
        assert message in result.output and "Traceback" not in result.output
    assert runner.invoke(cli, ["sources", "add", "http://example.org/feed"]).exit_code == 0
    duplicate = runner.invoke(cli, ["sources", "add", "http://example.org/feed"])
    assert duplicate.exit_code == 1 and "followed already" in duplicate.output
    assert runner.invoke(cli, ["sources", "pause", "http://example.org/feed"]).exit_code == 0
    assert "paused" in runner.invoke(cli, ["sources", "list"]).output
    assert runner.invoke(cli, ["sources", "remove", "http://example.org/feed"]).exit_code == 0
    assert _sources(env) == 0


def _sources(db) -> int:
    with db.session_factory() as session:
        return session.scalar(select(func.count()).select_from(Source))


def test_an_over_long_validator_is_dropped_and_the_source_keeps_working(follow):
    site = FeedSite(articles=2)
    site.etag = '"' + "x" * 600 + '"'  # longer than any column should hold
    with serve_site(site, PORT) as site:
        source_id = _add(follow, f"{site.base}/feed.xml")
        assert poll_source(follow, source_id).outcome == "ok"
        _make_due(follow, source_id)
        # no error: the date validator that fits was kept, and answers for the whole feed
        assert poll_source(follow, source_id).outcome == "not-modified"
        assert site.requests["/feed.xml"] == 2
    with follow.factory() as session:
        source = session.get(Source, source_id)
        assert (source.etag, source.last_modified, source.last_error) == (None, site.modified, None)


def test_a_retry_after_of_years_is_capped_at_a_day():
    assert retry_after_seconds("99999999999999") == MAX_RETRY_AFTER
    assert retry_after_seconds("Fri, 01 Jan 2100 00:00:00 GMT", now=0.0) == MAX_RETRY_AFTER
    assert retry_after_seconds("120") == 120.0

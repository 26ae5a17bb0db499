"""Killing an ingest mid-run and running it again completes the job without duplicates.

The ingests are subprocesses with their own connections: these tests use `scratch_db`.
"""

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.config import PROJECT_ROOT
from app.models import Article, Statement

N = 64  # four batches of 16: the kill lands after the first is stored, well before the last


def _articles(path, n=N):
    with path.open("w", encoding="utf-8") as handle:
        for i in range(n):
            text = (
                f"The foreign minister of Armenia said on Monday that round {i} of the border talks had been "
                f"useful. “We will meet again in round {i + 1},” he added. Russia called on both sides to "
                f"respect the ceasefire agreed in round {i}."
            )
            handle.write(json.dumps({"title": f"Round {i}", "text": text}) + "\n")


def _ingest(path, database_url, workers=1):
    env = {**os.environ, "DATABASE_URL": database_url}
    return subprocess.Popen(
        [sys.executable, "-m", "app", "ingest", "--workers", str(workers), "--no-progress", str(path)],
        cwd=PROJECT_ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )


def _count(session_factory, model):
    with session_factory() as s:
        return s.scalar(select(func.count()).select_from(model))


def test_kill_and_rerun(tmp_path, scratch_db):
    database_url, session_factory = scratch_db.url, scratch_db.session_factory
    path = tmp_path / "articles.jsonl"
    _articles(path)
    first = _ingest(path, database_url)
    deadline = time.monotonic() + 120
    while _count(session_factory, Article) == 0 and time.monotonic() < deadline and first.poll() is None:
        time.sleep(0.05)
    os.killpg(first.pid, signal.SIGKILL)
    first.wait()
    stored = _count(session_factory, Article)
    assert 0 < stored < N, f"kill landed at {stored} of {N} articles"

    second = _ingest(path, database_url)
    out, err = second.communicate(timeout=300)
    assert second.returncode == 0, err
    assert f"new {N - stored}, updated 0, unchanged {stored}, failed 0" in out
    assert _count(session_factory, Article) == N
    with session_factory() as s:
        per_article = s.execute(select(Statement.article_id, func.count()).group_by(Statement.article_id)).all()
    assert len(per_article) == N and len({n for _, n in per_article}) == 1  # every article complete, none doubled


def test_two_processes_ingesting_the_same_articles_store_each_once(tmp_path, scratch_db):
    database_url, session_factory = scratch_db.url, scratch_db.session_factory
    path = tmp_path / "articles.jsonl"
    _articles(path)
    runs = [_ingest(path, database_url), _ingest(path, database_url)]
    outputs = [run.communicate(timeout=300) for run in runs]
    assert all(run.returncode == 0 for run in runs), [err for _, err in outputs]
    assert _count(session_factory, Article) == N
    with session_factory() as s:
        per_article = s.execute(select(Statement.article_id, func.count()).group_by(Statement.article_id)).all()
    assert len(per_article) == N and len({n for _, n in per_article}) == 1


def _children(pid: int) -> set[int]:
    """The processes whose parent is `pid` (Linux /proc)."""
    found = set()
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            found.add(int(stat.parent.name))
    return found


def _alive(pids: set[int]) -> set[int]:
    alive = set()
    for pid in pids:
        try:
            state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
        except OSError:
            continue
        if state != "Z":
            alive.add(pid)
    return alive


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads the process table from /proc")
def test_parallel_ingest_killed_leaves_no_workers_and_the_rerun_is_prompt(tmp_path, scratch_db):
    """kill -9 of `ingest --workers 2` while it extracts: its workers die with it (they neither
    outlive it nor keep its database connection and locks), and running it again finishes promptly."""
    database_url, session_factory = scratch_db.url, scratch_db.session_factory
    n = 160  # ten batches: the kill lands after the first is stored, with the workers at the next ones
    path = tmp_path / "articles.jsonl"
    _articles(path, n)
    first = _ingest(path, database_url, workers=2)
    workers: set[int] = set()
    deadline = time.monotonic() + 180
    while time.monotonic() < deadline and first.poll() is None:
        workers |= _children(first.pid)
        if len(workers) >= 2 and _count(session_factory, Article) > 0:
            break
        time.sleep(0.05)
    assert first.poll() is None, first.communicate()
    workers |= _children(first.pid)
    os.kill(first.pid, signal.SIGKILL)  # the parent only: its workers must notice by themselves
    first.wait()
    assert len(workers) >= 2, workers
    deadline = time.monotonic() + 10
    while _alive(workers) and time.monotonic() < deadline:
        time.sleep(0.1)
    left = _alive(workers)
    for pid in left:  # do not leave them behind for the rest of the suite
        os.kill(pid, signal.SIGKILL)
    assert not left, f"extraction workers {left} outlived their parent"
    stored = _count(session_factory, Article)
    assert stored < n, "the kill landed after the run had finished"

    started = time.monotonic()
    second = _ingest(path, database_url, workers=2)
    out, err = second.communicate(timeout=120)
    took = time.monotonic() - started
    assert second.returncode == 0, err
    assert f"new {n - stored}, updated 0, unchanged {stored}, failed 0" in out
    assert took < 60, f"the re-run took {took:.0f} s"
    assert _count(session_factory, Article) == n

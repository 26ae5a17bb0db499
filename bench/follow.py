"""Following sources end to end: a feed of N generated articles on 127.0.0.1 → stored statements.

    .venv/bin/python bench/follow.py [N] [--pg URL] [--port 8850]

Runs the feed's poll and every article job (fetch → extract → store) with 1 and 2 worker
processes on PostgreSQL's job queue (procrastinate, the code `tracker worker` runs) and with the
one-process runner on SQLite, each on a fresh database. Prints articles/s from the poll to the last
stored article, and the share of the workers' busy time spent fetching (with the per-host slot),
extracting (trafilatura and the extractor) and storing. spaCy is loaded before the clock starts.
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app import migrate  # noqa: E402
from app.config import Settings  # noqa: E402
from app.db import make_engine, make_session_factory  # noqa: E402
from app.store import unit_of_work  # noqa: E402
from app.store.sources import add_source  # noqa: E402
from tests.feed_site import FeedSite, serve_site  # noqa: E402


def _context(url: str):
    from app.pipeline.extract import Extractor
    from app.pipeline.follow.jobs import FollowContext

    settings = Settings(database_url=url, fetch_allow="127.0.0.1", follow_host_delay=0, follow_host_slots=8)
    context = FollowContext.from_settings(settings, make_session_factory(make_engine(url)))
    context.extractor = Extractor.from_settings(settings)
    return context


def _queue_worker(url: str, ready, go, results) -> None:
    """One `tracker worker` on the queue, draining it (wait=False) once every worker is ready."""
    from app.pipeline.follow.queue import QueueTiming, build_app, run_worker

    context = _context(url)
    timing = QueueTiming(tick_seconds=59, heartbeat=10)
    app = build_app(context, timing)
    ready.release()
    go.wait()
    run_worker(app, concurrency=2, timing=timing, wait=False)
    results.put(dict(context.timings))


def run_queue(url: str, site: FeedSite, workers: int) -> tuple[float, dict[str, float]]:
    from app.pipeline.follow.jobs import poll_source
    from app.pipeline.follow.queue import QueueTiming, build_app, ensure_schema

    ensure_schema(url)
    spawn = multiprocessing.get_context("spawn")
    ready, go, results = spawn.Semaphore(0), spawn.Event(), spawn.Queue()
    procs = [spawn.Process(target=_queue_worker, args=(url, ready, go, results)) for _ in range(workers)]
    for proc in procs:
        proc.start()
    for _ in procs:
        ready.acquire()
    poller = _context(url)
    with unit_of_work(poller.factory) as session:
        source_id = add_source(session, f"{site.base}/feed.xml", "bench", 900).id
    app = build_app(poller, QueueTiming())
    start = time.perf_counter()
    with app.open():
        for item_id in poll_source(poller, source_id).to_fetch:  # what the poll job does, here
            app.follow_tasks["fetch"].defer(item_id=item_id)
    go.set()
    timings = [results.get() for _ in procs]
    elapsed = time.perf_counter() - start
    for proc in procs:
        proc.join()
    return elapsed, {k: sum(t.get(k, 0.0) for t in timings) for k in ("fetch", "extract", "store")}


def run_sqlite(url: str, site: FeedSite) -> tuple[float, dict[str, float]]:
    from app.pipeline.follow.local import run_local

    context = _context(url)
    with unit_of_work(context.factory) as session:
        add_source(session, f"{site.base}/feed.xml", "bench", 900)
    start = time.perf_counter()
    run_local(context, threads=4, once=True)
    return time.perf_counter() - start, dict(context.timings)


def fresh_postgres(url: str, name: str) -> str:
    """A database `name` of its own on the server of `url`, dropped and created anew."""
    from sqlalchemy import create_engine, text

    admin = create_engine(url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    admin.dispose()
    return url.rsplit("/", 1)[0] + f"/{name}"


def report(label: str, articles: int, elapsed: float, timings: dict[str, float]) -> None:
    busy = sum(timings.values()) or 1.0
    shares = ", ".join(f"{k} {100 * v / busy:.0f} %" for k, v in timings.items())
    print(f"{label:<28} {articles / elapsed:6.1f} articles/s  ({articles} in {elapsed:.1f} s; {shares})", flush=True)


def stored(url: str) -> int:
    from sqlalchemy import func, select

    from app.models import Article

    with make_session_factory(make_engine(url))() as session:
        return session.scalar(select(func.count()).select_from(Article))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("articles", nargs="?", type=int, default=200)
    parser.add_argument(
        "--pg", default=os.environ.get("TRACKER_BENCH_PG", "postgresql+psycopg://postgres@127.0.0.1:5432/postgres")
    )
    parser.add_argument("--port", type=int, default=8850)
    parser.add_argument("--database", default="follow_bench", help="dropped and created on --pg's server")
    args = parser.parse_args()
    with serve_site(FeedSite(articles=args.articles), args.port) as site:
        with tempfile.TemporaryDirectory() as folder:
            url = f"sqlite:///{folder}/follow.db"
            migrate.upgrade(url)
            elapsed, timings = run_sqlite(url, site)
            assert stored(url) == args.articles
            report("SQLite, 1 worker", args.articles, elapsed, timings)
        for workers in (1, 2):
            url = fresh_postgres(args.pg, args.database)
            migrate.upgrade(url)
            elapsed, timings = run_queue(url, site, workers)
            assert stored(url) == args.articles, stored(url)
            report(f"PostgreSQL, {workers} worker{'s' if workers > 1 else ''}", args.articles, elapsed, timings)


if __name__ == "__main__":
    main()

"""The follow jobs in one process, for SQLite (the embedded default) or a single machine.

The same job functions as the queue (jobs.py), run by a small thread pool: fetching waits on the
network, so a slow source holds one thread while the others go on; extraction takes the context's
lock (one spaCy pipeline), and SQLite serialises the writes. What is due and what is left to fetch
is read from the database each round, so stopping and starting again (or a crash) loses nothing.
"""

from __future__ import annotations

import logging
import threading
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass

from app.pipeline.follow.jobs import FollowContext, fetch_item, poll_source
from app.store.sources import due_source_ids, pending_item_ids, utcnow

log = logging.getLogger("tracker.worker")


@dataclass
class LocalReport:
    polls: int = 0
    stored: int = 0
    known: int = 0
    failed: int = 0


def run_local(
    ctx: FollowContext,
    threads: int = 4,
    once: bool = False,
    stop: threading.Event | None = None,
    idle_sleep: float = 1.0,
) -> LocalReport:
    """Poll due sources and fetch their new links until `stop` is set, or with `once` until no
    source is due and no link is left to fetch (each link tried once in the run)."""
    stop = stop or threading.Event()
    report = LocalReport()
    running: dict[Future, tuple[str, int]] = {}
    tried: set[int] = set()
    with ThreadPoolExecutor(max_workers=threads, thread_name_prefix="follow") as pool:

        def busy(kind: str) -> set[int]:
            return {key for k, key in running.values() if k == kind}

        def submit_fetches(item_ids: list[int]) -> None:
            active = busy("fetch")
            for item_id in item_ids:
                if item_id not in active and item_id not in tried:
                    tried.add(item_id)
                    running[pool.submit(fetch_item, ctx, item_id)] = ("fetch", item_id)

        with ctx.factory() as session:  # links a previous run left unfetched
            submit_fetches(pending_item_ids(session))
        while not stop.is_set():
            with ctx.factory() as session:
                due = due_source_ids(session, utcnow())
            polling = busy("poll")
            for source_id in due:
                if source_id not in polling:
                    running[pool.submit(poll_source, ctx, source_id)] = ("poll", source_id)
            if not running:
                if once:
                    break
                stop.wait(idle_sleep)
                continue
            done, _ = wait(list(running), timeout=idle_sleep, return_when=FIRST_COMPLETED)
            for future in done:
                kind, key = running.pop(future)
                if kind == "fetch" and not once:
                    tried.discard(key)  # a failed link is tried again when its source's next poll lists it
                try:
                    result = future.result()
                except Exception:  # a bug or a database outage: say so, keep following the others
                    log.exception("%s %s failed", kind, key)
                    report.failed += 1
                    continue
                log.info("%s %s: %s", "source" if kind == "poll" else "link", key, result)
                if kind == "poll":
                    report.polls += 1
                    submit_fetches(result.to_fetch)
                elif result == "stored":
                    report.stored += 1
                elif result == "failed":
                    report.failed += 1
                else:
                    report.known += 1
        stop.set()
    return report

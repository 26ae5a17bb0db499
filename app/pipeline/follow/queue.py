"""The follow jobs on procrastinate, a PostgreSQL-backed job queue, for any number of workers.

Why procrastinate: it keeps its queue in the PostgreSQL the app already uses (no broker to run),
takes jobs with `SELECT ... FOR UPDATE SKIP LOCKED` so workers on any machine share them with no
coordination of ours, and has what following sources needs built in: periodic tasks deferred
once per tick whichever workers are up, per-job `lock` (jobs with one lock run one after another)
and `queueing_lock` (at most one waiting job per key), retry strategies, and worker heartbeats
that let a live worker find the jobs of a dead one. Its sync tasks run in threads, so our job
functions (httpx, SQLAlchemy, spaCy, all synchronous) run unchanged.

Jobs here:

* `tick` (periodic, every few seconds): defers a `poll` for each due source.
* `poll` (lock and queueing lock per source): `jobs.poll_source`, then a `fetch` per link to fetch.
* `fetch` (lock and queueing lock per link): `jobs.fetch_item`.
* `retry_stalled` (periodic): jobs left `doing` by a worker whose heartbeat stopped (killed with
  SIGKILL, its machine gone) go back to the queue. The job functions are idempotent and the
  database's unique URLs and row locks make a second run store nothing twice.
"""

from __future__ import annotations

import asyncio
import logging
import os
import socket
from dataclasses import dataclass
from typing import TYPE_CHECKING

from app.pipeline.follow.jobs import FollowContext, fetch_item, poll_source
from app.store.sources import due_source_ids, pending_item_ids, utcnow

if TYPE_CHECKING:
    import procrastinate

log = logging.getLogger("tracker.worker")

QUEUE = "follow"
# Higher runs first: housekeeping is never stuck behind a backlog of article fetches, and a new
# source's poll comes before the fetches already queued.
HOUSEKEEPING = ("follow.tick", "follow.retry_stalled")
PRIORITY = {"retry_stalled": 30, "tick": 20, "poll": 10, "fetch": 0}


@dataclass(frozen=True)
class QueueTiming:
    tick_seconds: int = 5  # how often due sources are looked for
    heartbeat: float = 10.0  # a worker's heartbeat; a worker silent for 3 beats is taken for dead


def conninfo(database_url: str) -> str:
    """procrastinate talks to psycopg directly: the SQLAlchemy URL without its driver name."""
    return "postgresql://" + database_url.split("://", 1)[1]


def build_app(ctx: FollowContext, timing: QueueTiming = QueueTiming()) -> procrastinate.App:
    import procrastinate
    from procrastinate import RetryStrategy
    from sqlalchemy.exc import OperationalError

    app = procrastinate.App(connector=procrastinate.PsycopgConnector(conninfo=conninfo(ctx.settings.database_url)))
    # The database went away for a moment: the job runs again in a few seconds.
    transient = RetryStrategy(max_attempts=5, wait=5, retry_exceptions={OperationalError})

    def defer_fetches(item_ids: list[int]) -> None:
        for item_id in item_ids:
            defer_fetch(app, item_id)

    @app.task(name="follow.poll", queue=QUEUE, priority=PRIORITY["poll"], retry=transient)
    def poll(source_id: int) -> str:
        result = poll_source(ctx, source_id)
        defer_fetches(result.to_fetch)
        summary = f"{result.outcome}: {result.found} found, {result.new} new, {len(result.to_fetch)} to fetch"
        log.info("source %s polled: %s", source_id, summary)
        return summary

    @app.task(name="follow.fetch", queue=QUEUE, priority=PRIORITY["fetch"], retry=transient)
    def fetch(item_id: int) -> str:
        outcome = fetch_item(ctx, item_id)
        log.info("link %s: %s", item_id, outcome)
        return outcome

    @app.periodic(cron=f"* * * * * */{timing.tick_seconds}")
    @app.task(name="follow.tick", queue=QUEUE, priority=PRIORITY["tick"], queueing_lock="follow-tick")
    def tick(timestamp: int) -> int:
        with ctx.factory() as session:
            due = due_source_ids(session, utcnow())
        for source_id in due:
            defer_poll(app, source_id)
        return len(due)

    @app.periodic(cron=f"* * * * * */{max(1, int(timing.heartbeat))}")
    @app.task(
        name="follow.retry_stalled",
        queue=QUEUE,
        priority=PRIORITY["retry_stalled"],
        queueing_lock="follow-retry-stalled",
        pass_context=True,
    )
    async def retry_stalled(context, timestamp: int) -> int:
        from procrastinate.exceptions import UniqueViolation
        from procrastinate.jobs import Status

        manager = context.app.job_manager
        stalled = await manager.get_stalled_jobs(seconds_since_heartbeat=timing.heartbeat * 3)
        count = 0
        for job in stalled:
            if job.id == context.job.id:
                continue
            if job.task_name not in HOUSEKEEPING:  # periodic ones: the next tick does it again
                try:
                    await manager.retry_job(job)
                    count += 1
                    continue
                except UniqueViolation:
                    pass  # its twin (same link or source) waits in the queue already
            # Ended, so that its lock no longer holds back the twin or the next tick.
            await manager.finish_job(job, status=Status.FAILED, delete_job=False)
        if count:
            log.warning("re-queued %d job(s) of a worker that stopped answering", count)
        return count

    app.follow_tasks = {"poll": poll, "fetch": fetch, "tick": tick}  # type: ignore[attr-defined]
    return app


def defer_fetch(app: procrastinate.App, item_id: int) -> bool:
    """Queue the fetch of a link, unless one is waiting already."""
    from procrastinate.exceptions import AlreadyEnqueued

    try:
        app.follow_tasks["fetch"].configure(lock=f"item-{item_id}", queueing_lock=f"item-{item_id}").defer(
            item_id=item_id
        )
    except AlreadyEnqueued:
        return False
    return True


def defer_poll(app: procrastinate.App, source_id: int) -> bool:
    """Queue a poll of the source now, unless one is waiting already."""
    from procrastinate.exceptions import AlreadyEnqueued

    try:
        app.follow_tasks["poll"].configure(lock=f"poll-{source_id}", queueing_lock=f"poll-{source_id}").defer(
            source_id=source_id
        )
    except AlreadyEnqueued:
        return False
    return True


def kick_off(app: procrastinate.App, ctx: FollowContext) -> int:
    """Queue a poll of every source due now (what the next tick would do), so a worker that starts
    (or `tracker worker --once`) begins at once."""
    with ctx.factory() as session:
        due = due_source_ids(session, utcnow())
    with app.open():
        return sum(defer_poll(app, source_id) for source_id in due)


def drain(app: procrastinate.App, ctx: FollowContext, concurrency: int, timing: QueueTiming, rounds: int = 5) -> None:
    """`tracker worker --once` on the queue: poll what is due, then work until nothing is left to
    fetch. A worker told not to wait stops when it finds the queue empty, which it may while a
    poll is still running; the links that poll found are then queued and worked in another round."""
    kick_off(app, ctx)
    for _ in range(rounds):
        run_worker(app, concurrency, timing, wait=False)
        with ctx.factory() as session:
            left = pending_item_ids(session)
        if not left:
            return
        with app.open():
            for item_id in left:
                defer_fetch(app, item_id)


def ensure_schema(database_url: str) -> None:
    """Apply procrastinate's schema once (the first worker to start does it, under an advisory lock
    so that workers starting together do not race). Upgrading procrastinate later may need its own
    migrations (`procrastinate schema --migrations-path` lists them)."""
    import psycopg
    from procrastinate.schema import SchemaManager

    with psycopg.connect(conninfo(database_url), autocommit=True) as connection:
        connection.execute("SELECT pg_advisory_lock(hashtext('procrastinate schema'))")
        try:
            exists = connection.execute("SELECT to_regclass('procrastinate_jobs') IS NOT NULL").fetchone()[0]
            if not exists:
                connection.execute(SchemaManager.get_schema())
        finally:
            connection.execute("SELECT pg_advisory_unlock(hashtext('procrastinate schema'))")


def run_worker(app: procrastinate.App, concurrency: int, timing: QueueTiming, wait: bool = True) -> None:
    """Work until stopped (SIGINT/SIGTERM: running jobs finish first), or with `wait=False` until
    the queue is empty."""

    async def main() -> None:
        async with app.open_async():
            await app.run_worker_async(
                queues=[QUEUE],
                name=f"{socket.gethostname()}:{os.getpid()}",  # in its logs: which machine, which process
                concurrency=concurrency,
                wait=wait,
                update_heartbeat_interval=timing.heartbeat,
                stalled_worker_timeout=timing.heartbeat * 3,
                delete_jobs="successful",
            )

    asyncio.run(main())

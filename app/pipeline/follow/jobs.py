"""The two jobs of following sources, the same whichever runner calls them (queue.py, local.py).

Both are safe to run twice, at once or after a crash, which is what lets a job queue retry a job
whose worker was killed:

* `poll_source`: a conditional GET of the feed; new links become `SourceItem` rows (a URL is
  unique, so a link is recorded once however many polls see it) in the same transaction as the
  source's outcome, validators and next run. It returns the links still to fetch, for the runner
  to queue; a poll that died before queueing them leaves them pending, and the next poll of the
  source (a 304 included) returns them again.
* `fetch_item`: a pending link's page fetched, extracted and stored. The article, its statements,
  the link's state and the source's counters are written in one transaction that first locks the
  link's row and checks it is not done yet, so a second run waits, then stores nothing.
"""

from __future__ import annotations

import datetime as dt
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from app.models import Article, Source, SourceItem
from app.pipeline.follow.pacing import HostBusy, Politeness, host_slot, respect_retry_after
from app.pipeline.follow.parse import NotAFeed, document_kind, links_in
from app.pipeline.ingest.draft import IngestError, over_limit
from app.pipeline.ingest.files import MAX_ARTICLE_BYTES
from app.pipeline.ingest.safe_fetch import FetchPolicy
from app.pipeline.ingest.web import FetchError, fetch
from app.pipeline.process import extract_drafts, ingest_article
from app.store import find_existing, is_unchanged, unit_of_work
from app.store.sources import (
    add_items,
    fail_item,
    finish_item,
    lock_item,
    pending_item_ids,
    record_failure,
    record_success,
    utcnow,
)

if TYPE_CHECKING:
    from app.config import Settings
    from app.pipeline.extract import Extractor
    from app.pipeline.types import Extraction

MAX_BACKOFF = dt.timedelta(days=1)
# A feed may be larger than an article page (a long RSS with full texts).
MAX_FEED_BYTES = MAX_ARTICLE_BYTES * 4


@dataclass
class FollowContext:
    """What the jobs need, built once per worker process: the database, the fetch rules, and the
    extractor (loaded on the first article; spaCy is not shared between threads, hence the lock)."""

    factory: sessionmaker[Session]
    settings: Settings
    policy: FetchPolicy
    politeness: Politeness = field(default_factory=Politeness)
    extractor: Extractor | None = None
    timings: dict[str, float] = field(default_factory=lambda: {"fetch": 0.0, "extract": 0.0, "store": 0.0})
    _lock: threading.Lock = field(default_factory=threading.Lock)

    @classmethod
    def from_settings(cls, settings: Settings, factory: sessionmaker[Session]) -> FollowContext:
        politeness = Politeness(
            slots=settings.follow_host_slots, delay=settings.follow_host_delay, lease=settings.fetch_deadline + 30
        )
        return cls(factory, settings, FetchPolicy.from_settings(settings), politeness)

    def extract(self, draft) -> Extraction:
        with self._lock:
            if self.extractor is None:
                from app.pipeline.extract import Extractor

                self.extractor = Extractor.from_settings(self.settings)
            (found,) = extract_drafts(self.extractor, [draft])
            return found


@contextmanager
def _timed(ctx: FollowContext, stage: str) -> Iterator[None]:
    """Seconds spent per stage in this process, for bench/follow.py's shares."""
    start = time.perf_counter()
    try:
        yield
    finally:
        ctx.timings[stage] = ctx.timings.get(stage, 0.0) + time.perf_counter() - start


# Status codes in words, so /sources says what went wrong without HTTP knowledge.
STATUS_WORDS = {
    401: "the server wants a login",
    403: "the server refuses us access",
    404: "nothing at this address any more",
    410: "the server says this address is gone for good",
    429: "the server asks us to slow down",
}


def plain_error(exc: Exception) -> str:
    if isinstance(exc, FetchError) and exc.status is not None:
        words = STATUS_WORDS.get(exc.status) or (
            "the server failed" if exc.status >= 500 else "the server turned the request down"
        )
        return f"{words} ({exc})"
    if isinstance(exc, NotAFeed):
        return f"not a feed: {exc}"
    return str(exc)


def backoff(interval: int, failures: int) -> dt.timedelta:
    """The wait after `failures` failed polls in a row: the interval, doubled per failure, at most a day."""
    return min(dt.timedelta(seconds=interval) * (2 ** min(failures, 20)), MAX_BACKOFF)


@dataclass(frozen=True)
class PollResult:
    outcome: str  # ok, not-modified, error, skipped
    found: int = 0
    new: int = 0
    to_fetch: list[int] = field(default_factory=list)


def poll_source(ctx: FollowContext, source_id: int) -> PollResult:
    with ctx.factory() as session:
        source = session.get(Source, source_id)
        if source is None or source.paused:
            return PollResult("skipped")
        url, interval, failures = source.url, source.interval_seconds, source.failures
        headers = {}
        if source.etag:
            headers["If-None-Match"] = source.etag
        if source.last_modified:
            headers["If-Modified-Since"] = source.last_modified
    try:
        with _timed(ctx, "fetch"), host_slot(ctx.factory, url, ctx.politeness):
            page = fetch(url, MAX_FEED_BYTES, policy=ctx.policy, headers=headers)
        links = [] if page.status == 304 else links_in(page.content)
    except (FetchError, NotAFeed, HostBusy) as exc:
        retry_after = getattr(exc, "retry_after", None)
        if retry_after:
            respect_retry_after(ctx.factory, url, retry_after)
        wait = backoff(interval, failures + 1)
        if retry_after:
            wait = max(wait, dt.timedelta(seconds=retry_after))
        now = utcnow()
        with unit_of_work(ctx.factory) as session:
            record_failure(
                session,
                source_id,
                error=plain_error(exc),
                status=getattr(exc, "status", None),
                now=now,
                next_run_at=now + wait,
            )
            todo = pending_item_ids(session, source_id)
        return PollResult("error", to_fetch=todo)
    with unit_of_work(ctx.factory) as session:
        new = add_items(session, source_id, [(link.url, link.title) for link in links])
        record_success(
            session,
            source_id,
            status=page.status,
            found=len(links),
            new=new,
            etag=page.etag,
            last_modified=page.last_modified,
            kind=document_kind(page.content) if page.status != 304 else None,
            next_run_at=utcnow() + dt.timedelta(seconds=interval),
        )
        todo = pending_item_ids(session, source_id)
    return PollResult("not-modified" if page.status == 304 else "ok", len(links), new, todo)


def fetch_item(ctx: FollowContext, item_id: int) -> str:
    """Fetch, extract and store one link; returns what happened (stored, known, failed, skipped)."""
    with ctx.factory() as session:
        item = session.get(SourceItem, item_id)
        if item is None or item.state == "done":
            return "skipped"
        url = item.url
        known = session.scalars(select(Article.id).where(Article.url == url)).first()
    if known is not None:  # stored already (by `tracker ingest`, the API, another source): no fetch
        return _finish(ctx, item_id, known, 0, new=False)
    from app.pipeline.ingest.html import html_to_draft

    try:
        with _timed(ctx, "fetch"), host_slot(ctx.factory, url, ctx.politeness):
            page = fetch(url, MAX_ARTICLE_BYTES, policy=ctx.policy)
    except FetchError as exc:
        if exc.retry_after:
            respect_retry_after(ctx.factory, url, exc.retry_after)
        return _fail(ctx, item_id, plain_error(exc))
    except HostBusy as exc:
        return _fail(ctx, item_id, str(exc))
    with _timed(ctx, "extract"):
        draft = html_to_draft(page.content, url, url=url)
        if not isinstance(draft, IngestError):
            draft = over_limit(draft, ctx.settings.max_article_chars) or draft
    if isinstance(draft, IngestError):
        return _fail(ctx, item_id, draft.message)
    with ctx.factory() as session:
        existing = find_existing(session, draft)
        if is_unchanged(existing, draft):  # the same text under another URL: stored once
            return _finish(ctx, item_id, existing.id, 0, new=False)
    with _timed(ctx, "extract"):
        found = ctx.extract(draft)
    with _timed(ctx, "store"):
        try:
            with unit_of_work(ctx.factory) as session:
                item = lock_item(session, item_id)
                if item is None or item.state == "done":
                    return "skipped"
                result = ingest_article(session, draft, ctx.extractor, found)  # as POST /api/articles does
                new = result.status == "new"
                finish_item(session, item, result.article.id, len(found.statements) if new else 0, new=new)
        except IntegrityError:  # the same text stored by another worker between our check and insert
            with ctx.factory() as session:
                existing = find_existing(session, draft)
            if existing is None:
                raise
            return _finish(ctx, item_id, existing.id, 0, new=False)
    return "stored" if new else "known"


def _finish(ctx: FollowContext, item_id: int, article_id: int, statements: int, new: bool) -> str:
    with unit_of_work(ctx.factory) as session:
        item = lock_item(session, item_id)
        if item is not None and item.state != "done":
            finish_item(session, item, article_id, statements, new=new)
    return "known"


def _fail(ctx: FollowContext, item_id: int, error: str) -> str:
    with unit_of_work(ctx.factory) as session:
        item = lock_item(session, item_id)
        if item is not None and item.state != "done":
            fail_item(session, item, error)
    return "failed"

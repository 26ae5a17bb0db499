"""Followed sources, their article links and the per-host fetch slots: every write the follow jobs make.

Like the rest of the store, these only flush; the jobs (app/pipeline/follow/jobs.py) own the
transactions. Counters are updated in SQL (`x = x + n`), never read-modify-written in Python, so
several workers finishing articles of one source at once all count.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from app.models import HostSlot, Source, SourceItem


class SourceError(ValueError):
    """A source command that cannot apply (no such source, already followed)."""


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def add_source(session: Session, url: str, name: str, interval_seconds: int, kind: str = "feed") -> Source:
    if session.scalars(select(Source).where(Source.url == url)).first() is not None:
        raise SourceError(f"{url} is followed already")
    source = Source(url=url, name=name, kind=kind, interval_seconds=interval_seconds, next_run_at=utcnow())
    session.add(source)
    session.flush()
    return source


def find_source(session: Session, ref: str) -> Source:
    """A source by its id or its URL; `SourceError` naming `ref` if there is none."""
    query = select(Source).where(Source.id == int(ref)) if ref.isdigit() else select(Source).where(Source.url == ref)
    source = session.scalars(query).first()
    if source is None:
        raise SourceError(f"no source {ref!r} (give its id or its URL, as `tracker sources list` shows them)")
    return source


def set_paused(session: Session, source: Source, paused: bool) -> None:
    source.paused = paused
    if not paused:
        source.next_run_at = utcnow()  # resumed: due now
    session.flush()


def remove_source(session: Session, source: Source) -> None:
    """The source and the links it found go; articles stored from it stay (they are the timeline's)."""
    session.delete(source)
    session.flush()


def due_source_ids(session: Session, now: dt.datetime, limit: int = 100) -> list[int]:
    query = (
        select(Source.id)
        .where(Source.paused.is_(False), Source.next_run_at <= now)
        .order_by(Source.next_run_at)
        .limit(limit)
    )
    return list(session.scalars(query))


def record_success(
    session: Session,
    source_id: int,
    *,
    status: int,
    found: int,
    new: int,
    etag: str | None,
    last_modified: str | None,
    kind: str | None,
    next_run_at: dt.datetime,
) -> None:
    values: dict = {
        "last_fetch_at": utcnow(),
        "last_outcome": "not-modified" if status == 304 else "ok",
        "last_status": status,
        "last_error": None,
        "failures": 0,
        "last_found": found,
        "last_new": new,
        "found_total": Source.found_total + new,
        "next_run_at": next_run_at,
    }
    if status != 304:  # a 304 may omit the validators; keep the ones the full answer gave
        values.update(etag=_fits(etag, Source.etag), last_modified=_fits(last_modified, Source.last_modified))
    if kind:
        values["kind"] = kind
    session.execute(update(Source).where(Source.id == source_id).values(**values))


def _fits(validator: str | None, column) -> str | None:
    """A validator longer than its column is dropped, not stored: the feed is then fetched in full
    each time, which beats a poll that fails on every run (PostgreSQL refuses an over-long value)."""
    if validator is None or len(validator) > column.type.length:
        return None
    return validator


def record_failure(
    session: Session, source_id: int, *, error: str, status: int | None, now: dt.datetime, next_run_at: dt.datetime
) -> None:
    session.execute(
        update(Source)
        .where(Source.id == source_id)
        .values(
            last_fetch_at=now,
            last_outcome="error",
            last_status=status,
            last_error=error[:1000],
            failures=Source.failures + 1,
            last_found=0,
            last_new=0,
            next_run_at=next_run_at,
        )
    )


def add_items(session: Session, source_id: int, links: Iterable[tuple[str, str | None]]) -> int:
    """Record the links no source listed before (a URL is known once, to whichever source saw it
    first); returns how many were new. A concurrent poll adding the same URL loses quietly."""
    links = [(url[:2000], (title or None) and title[:500]) for url, title in links]
    if not links:
        return 0
    known = set(session.scalars(select(SourceItem.url).where(SourceItem.url.in_([u for u, _ in links]))))
    fresh = [{"source_id": source_id, "url": u, "title": t} for u, t in links if u not in known]
    if not fresh:
        return 0
    insert = _insert(session)
    result = session.execute(
        insert(SourceItem).values(fresh).on_conflict_do_nothing(index_elements=["url"]).returning(SourceItem.id)
    )
    return len(result.all())


def _insert(session: Session):
    if session.get_bind().dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    else:
        from sqlalchemy.dialects.sqlite import insert
    return insert


def pending_item_ids(session: Session, source_id: int | None = None, max_attempts: int = 3) -> list[int]:
    """Links still to fetch: pending ones, and failed ones with attempts left."""
    query = select(SourceItem.id).where(
        (SourceItem.state == "pending") | ((SourceItem.state == "failed") & (SourceItem.attempts < max_attempts))
    )
    if source_id is not None:
        query = query.where(SourceItem.source_id == source_id)
    return list(session.scalars(query.order_by(SourceItem.id)))


def lock_item(session: Session, item_id: int) -> SourceItem | None:
    """The item, row-locked on PostgreSQL until the transaction ends (two workers on one link
    queue up here; the second then sees it done)."""
    return session.scalars(select(SourceItem).where(SourceItem.id == item_id).with_for_update()).first()


def finish_item(session: Session, item: SourceItem, article_id: int, statements: int, new: bool) -> None:
    item.state, item.article_id, item.statements, item.error, item.done_at = (
        "done",
        article_id,
        statements,
        None,
        utcnow(),
    )
    if new:
        session.execute(
            update(Source)
            .where(Source.id == item.source_id)
            .values(articles_total=Source.articles_total + 1, statements_total=Source.statements_total + statements)
        )
    session.flush()


def fail_item(session: Session, item: SourceItem, error: str) -> None:
    item.state, item.error, item.attempts = "failed", error[:1000], item.attempts + 1
    session.flush()


# Per-host fetch slots -------------------------------------------------------------------------


def ensure_slots(session: Session, host: str, slots: int) -> None:
    rows = [{"host": host, "slot": n, "busy_until": utcnow() - dt.timedelta(days=1)} for n in range(slots)]
    session.execute(_insert(session)(HostSlot).values(rows).on_conflict_do_nothing())


def take_slot(session: Session, host: str, slots: int, lease: dt.timedelta) -> int | None:
    """Lease a free slot of `host` (one whose `busy_until` has passed) or None. The conditional
    UPDATE is atomic on both databases: two workers never get the same slot."""
    now = utcnow()
    for slot in range(slots):
        taken = session.execute(
            update(HostSlot)
            .where(HostSlot.host == host, HostSlot.slot == slot, HostSlot.busy_until <= now)
            .values(busy_until=now + lease)
        )
        if taken.rowcount == 1:
            return slot
    return None


def next_free_at(session: Session, host: str) -> dt.datetime | None:
    return session.scalar(select(func.min(HostSlot.busy_until)).where(HostSlot.host == host))


def give_back_slot(session: Session, host: str, slot: int, free_at: dt.datetime) -> None:
    session.execute(update(HostSlot).where(HostSlot.host == host, HostSlot.slot == slot).values(busy_until=free_at))


def hold_host(session: Session, host: str, until: dt.datetime) -> None:
    """`Retry-After`: no slot of the host is free before `until`."""
    session.execute(update(HostSlot).where(HostSlot.host == host, HostSlot.busy_until < until).values(busy_until=until))

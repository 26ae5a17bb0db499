"""What `/sources`, `/api/sources` and `tracker sources list` show of each followed source.

Read from the database on every request (nothing cached in a web process), with the state and the
back-off worked out here once so the page, the API and the CLI say the same thing.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.models import Source, SourceItem


def _aware(moment: dt.datetime | None) -> dt.datetime | None:
    if moment is None or moment.tzinfo is not None:
        return moment
    return moment.replace(tzinfo=dt.UTC)  # SQLite gives back naive datetimes; every stored time is UTC


def duration_words(seconds: float) -> str:
    """15 m, 2 h, 1 d 3 h, 40 s: how `--every`, back-off and next run read."""
    seconds = int(round(seconds))
    if seconds < 60:
        return f"{seconds} s"
    parts = []
    for size, unit in ((86400, "d"), (3600, "h"), (60, "m")):
        if seconds >= size:
            parts.append(f"{seconds // size} {unit}")
            seconds %= size
    return " ".join(parts[:2])


@dataclass(frozen=True)
class SourceView:
    id: int
    name: str
    url: str
    kind: str
    every_seconds: int
    paused: bool
    state: str  # paused, new, ok, backing off
    last_fetch_at: dt.datetime | None
    last_outcome: str | None
    last_status: int | None
    last_error: str | None
    found: int  # links the last poll listed
    new: int  # of which not seen before
    found_total: int
    articles: int
    statements: int
    pending: int  # links waiting to be fetched
    failed: int  # links whose last fetch failed
    failures: int
    backoff_seconds: int | None  # the wait after the last failure, when backing off
    next_run_at: dt.datetime | None

    @property
    def every(self) -> str:
        return duration_words(self.every_seconds)

    @property
    def backoff(self) -> str | None:
        if self.backoff_seconds is None:
            return None
        return f"{self.failures} failure{'s' if self.failures != 1 else ''} in a row, waiting {duration_words(self.backoff_seconds)}"


def _view(source: Source, pending: int, failed: int) -> SourceView:
    next_run = _aware(source.next_run_at)
    last = _aware(source.last_fetch_at)
    backing_off = source.failures > 0 and not source.paused
    if source.paused:
        state = "paused"
    elif last is None:
        state = "new"
    elif backing_off:
        state = "backing off"
    else:
        state = "ok"
    return SourceView(
        id=source.id,
        name=source.name,
        url=source.url,
        kind=source.kind,
        every_seconds=source.interval_seconds,
        paused=source.paused,
        state=state,
        last_fetch_at=last,
        last_outcome=source.last_outcome,
        last_status=source.last_status,
        last_error=source.last_error,
        found=source.last_found,
        new=source.last_new,
        found_total=source.found_total,
        articles=source.articles_total,
        statements=source.statements_total,
        pending=pending,
        failed=failed,
        failures=source.failures,
        backoff_seconds=int((next_run - last).total_seconds()) if backing_off and next_run and last else None,
        next_run_at=None if source.paused else next_run,
    )


def list_sources(session: Session) -> list[SourceView]:
    counts = select(SourceItem.source_id, SourceItem.state, func.count()).group_by(
        SourceItem.source_id, SourceItem.state
    )
    by_source: dict[tuple[int, str], int] = {(sid, state): n for sid, state, n in session.execute(counts)}
    return [
        _view(s, by_source.get((s.id, "pending"), 0), by_source.get((s.id, "failed"), 0))
        for s in session.scalars(select(Source).order_by(Source.name, Source.id))
    ]

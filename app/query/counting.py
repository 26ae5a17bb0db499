"""How many statements a selection holds: exact when that is cheap, else an estimate said as such.

Counting every match of a broad selection over millions of rows takes longer than the page
itself, so the count stops at `CAP` rows. Past it the number is estimated: on PostgreSQL from
the planner's row estimate, elsewhere from how many days the newest `CAP` matches span against
the days the whole selection spans. The page says "about N" then, never a false exact figure.

Some selections cannot even be capped cheaply (a common word tested row by row finds its first
10,000 matches quickly, a rare word combined with a narrow filter may scan the archive), so the
count has a time budget: past `BUDGET_MS` it gives up and the page says "many" (`n` None) rather
than keep its reader waiting for a number.
"""

from __future__ import annotations

import datetime as dt
import json
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from sqlalchemy import asc, desc, func, select, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from app.models import Statement
from app.query.filters import StatementFilter, statement_conditions

CAP = 10_000
BUDGET_MS = 40
FAR_PAST_CAP = 3  # PostgreSQL: an estimate this many caps over is said as it is


@dataclass(frozen=True)
class Count:
    n: int | None  # None: too many to count in time
    exact: bool


class TooSlow(Exception):
    """The database was stopped before it finished: the answer was not worth the wait."""


@contextmanager
def time_box(session: Session, ms: int) -> Iterator[None]:
    """Stop the queries run inside after `ms` milliseconds (raising TooSlow), leaving the
    transaction usable: a savepoint with a local statement timeout on PostgreSQL, SQLite's
    progress handler (which only ever interrupts these reads) elsewhere."""
    connection = session.connection()
    if connection.dialect.name == "postgresql":
        try:
            with connection.begin_nested():
                connection.execute(text(f"SET LOCAL statement_timeout = {int(ms)}"))
                yield
        except DBAPIError as exc:
            if getattr(exc.orig, "sqlstate", None) == "57014":  # query_canceled
                raise TooSlow from None
            raise
        return
    raw = connection.connection.driver_connection
    deadline = time.monotonic() + ms / 1000
    raw.set_progress_handler(lambda: int(time.monotonic() > deadline), 10_000)
    try:
        yield
    except DBAPIError as exc:
        if "interrupted" in str(exc.orig):
            raise TooSlow from None
        raise
    finally:
        raw.set_progress_handler(None, 0)


def count_statements(
    session: Session,
    f: StatementFilter,
    known: int | None = None,
    cap: int = CAP,
    budget_ms: int = BUDGET_MS,
    newest: tuple[int, dt.date, dt.date] | None = None,
) -> Count:
    """The selection's size. `known`: an exact count the caller already has (the facets, when
    they counted the whole selection), which saves the query. `newest`: (n, first day, last
    day) of the selection's newest n matches, which the caller counted already (a page's facet
    sample): an estimate past the cap extrapolates from them rather than find the cap-th match
    (a sort of every match when the filter's own index serves it: 24 ms for a busy country)."""
    if known is not None:
        return Count(known, True)
    if any(getattr(f[flt.name], "matches", 0) > cap for flt in f.registry):
        # A searched word the index says more than `cap` statements hold: counting its matches
        # through the timeline tests (or collects) each of them and ends at the time budget.
        return Count(None, False)
    try:
        with time_box(session, budget_ms):
            return _count(session, f, cap, newest)
    except TooSlow:
        return Count(None, False)


def _count(session: Session, f: StatementFilter, cap: int, newest: tuple[int, dt.date, dt.date] | None) -> Count:
    dialect = session.get_bind().dialect.name
    conditions = statement_conditions(f, dialect)
    if dialect == "postgresql":
        # The planner's estimate first (EXPLAIN runs nothing): a selection it puts far past the cap
        # is estimated, not counted; counting a word's 55,000 matches to the cap ran into the time
        # budget on every such page. One it puts near or under the cap is counted.
        estimate = _planner_estimate(session, select(Statement.id).where(*conditions))
        if estimate > cap * FAR_PAST_CAP:
            return Count(estimate, False)
    capped = select(Statement.id).where(*conditions).limit(cap + 1).subquery()
    n = session.scalar(select(func.count()).select_from(capped)) or 0
    if n <= cap:
        return Count(n, True)
    if dialect == "postgresql":
        estimate = _planner_estimate(session, select(Statement.id).where(*conditions))
    else:
        estimate = _extrapolated(session, conditions, cap, newest)
    return Count(max(estimate, cap + 1), False)


def _planner_estimate(session: Session, query) -> int:
    """PostgreSQL's own estimate of the rows `query` returns (EXPLAIN, nothing executed)."""
    compiled = query.compile(dialect=session.get_bind().dialect, compile_kwargs={"render_postcompile": True})
    result = session.connection().exec_driver_sql(f"EXPLAIN (FORMAT JSON) {compiled}", compiled.params)
    plan = result.scalar()
    plan = json.loads(plan) if isinstance(plan, str) else plan
    return int(plan[0]["Plan"]["Plan Rows"])


def _extrapolated(
    session: Session, conditions: list, cap: int, sample: tuple[int, dt.date, dt.date] | None = None
) -> int:
    """`cap` matches span the days from the cap-th newest to the newest; the whole selection spans more.

    Each end is one walk of the (said_on, id) index that stops at its first match: min() and
    max() over the selection read every row of it (0.4 s for a million statements)."""

    def nth(order, n: int = 0) -> dt.date | None:
        query = select(Statement.said_on).where(*conditions, Statement.said_on.is_not(None))
        return session.scalar(query.order_by(order(Statement.said_on), order(Statement.id)).offset(n).limit(1))

    if sample is not None:
        counted, cap_th, newest = sample
        oldest = nth(asc)
    else:
        counted = cap
        newest, oldest, cap_th = nth(desc), nth(asc), nth(desc, cap - 1)
    if newest is None or oldest is None or cap_th is None:
        return counted
    covered: dt.timedelta = newest - cap_th + dt.timedelta(days=1)
    whole: dt.timedelta = newest - oldest + dt.timedelta(days=1)
    return round(counted * whole / covered)

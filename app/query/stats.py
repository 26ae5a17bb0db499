"""Aggregates over a filtered selection: facet counts, statements per month, top targets.

Every function takes the same `StatementFilter` as the lists, so a count beside
a filter always describes the selection the page shows.
"""

from __future__ import annotations

import datetime as dt
import math
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass

from sqlalchemy import Select, String, cast, func, literal, null, or_, select, union_all
from sqlalchemy.orm import Session

from app.models import Actor, Article, ReadGeneration, ReviewState, Statement, StatementTarget
from app.query.filters import Filter, StatementFilter, statement_conditions

Facet = list[tuple[str, str, int]]  # (value, label, count)


def _matching(session: Session, f: StatementFilter) -> Select:
    """The matching statements' narrow columns, as a subquery to aggregate over."""
    return (
        select(Statement.id, Statement.said_on)
        .where(*statement_conditions(f, session.get_bind().dialect.name))
        .subquery()
    )


# Facets count the most recent matches only past this size, so the timeline stays fast at
# millions of statements; the page and the API say when a count is over such a sample.
FACET_SAMPLE = 2000


@dataclass(frozen=True)
class FacetCounts:
    """(value, label, count) lists by filter name (`counts.actor`, `counts["actor"]`), in registry order."""

    counts: Mapping[str, Facet]
    sampled: int | None  # the sample size when the selection was larger, else None (exact counts)
    # (day, kind, n) of the counted statements that are dated, oldest first, when asked for
    days: list[tuple[dt.date, str, int]] | None = None
    size: int = 0  # how many newest matches were asked for

    def __getattr__(self, name: str) -> Facet:
        if name.startswith("_"):
            raise AttributeError(name)
        try:
            return self.counts[name]
        except KeyError:
            raise AttributeError(name) from None

    def __getitem__(self, name: str) -> Facet:
        return self.counts[name]

    def as_dict(self) -> dict[str, Facet]:
        return dict(self.counts)


FIRST_WINDOW_DAYS = 31
ALL_DAYS = 10**6  # a window longer than any archive: every date


def _days_for(sample: int, found: int, days: int) -> int:
    """Days that should hold `sample` matches, when `days` held `found` of them (25 % margin)."""
    return math.ceil(days * sample / found * 1.25)


@dataclass(frozen=True)
class FirstWindow:
    """Where the facet sample is first looked for: `days` back from `newest` (None: the newest date)."""

    days: int = FIRST_WINDOW_DAYS
    newest: dt.date | None = None


def first_window(newest_matches: list[dt.date], complete: bool, sample: int = FACET_SAMPLE) -> FirstWindow:
    """The first facet window, from the newest matches (newest first) a list page already fetched.

    All matches on one page: a single window from the newest match back to the start covers
    them. Otherwise their density says how many days the newest `sample` matches span (with a
    margin), which saves widening steps: on SQLite each step rebuilds the full-text match set.
    """
    if not newest_matches:
        return FirstWindow(days=ALL_DAYS) if complete else FirstWindow()  # nothing matches: one query says so
    if complete:
        return FirstWindow(days=ALL_DAYS, newest=newest_matches[0])
    span = (newest_matches[0] - newest_matches[-1]).days + 1
    return FirstWindow(days=max(1, _days_for(sample, len(newest_matches), span)), newest=newest_matches[0])


def _published(article_id):
    return select(Article.published).where(Article.id == article_id).scalar_subquery()


def dated():
    """A statement with a date of its own or its article's: one dated only by the day it was
    ingested (shown as "undated") would pile up on that day in a chart over time."""
    return [
        Statement.said_on.is_not(None),
        or_(Statement.date.is_not(None), _published(Statement.article_id).is_not(None)),
    ]


# The facet name of the (day, kind) rows the facet query adds for a chart over time.
DAYS = "_days"


def _facet_query(faceted: list[Filter], conditions: list, sample: int, days: bool = False):
    """Counts of every facet's values over the `sample` newest rows meeting `conditions`.

    The sample is a CTE the facets' GROUP BYs share, so the database reads it once and returns
    a few hundred counted rows instead of thousands of raw ones. Its columns are those the
    facets ask for; each facet with a query adds its (facet, value, label, country, n) rows.
    `days`: also the sample's dated statements by (day, kind), facet `DAYS`, for the chart over
    time, which once took the newest matches a second time (the slowest query of a search page).
    """
    columns = list(dict.fromkeys(column for flt in faceted for column in flt.facet.columns))
    if days:  # whether a row is dated is asked of the sample's rows only, after the LIMIT
        columns += [Statement.said_on, Statement.kind, Statement.date, Statement.article_id]
    rows = (
        select(*columns)
        .where(*conditions)
        .order_by(Statement.said_on.desc(), Statement.id.desc())
        .limit(sample)
        .cte("sample")
    )
    parts = [flt.facet.rows(rows, flt.name) for flt in faceted if flt.facet.rows is not None]
    if days:
        parts.append(
            select(
                literal(DAYS).label("facet"),
                cast(rows.c.said_on, String).label("value"),
                rows.c.kind.label("label"),
                null().label("country"),
                func.count().label("n"),
            )
            .where(
                rows.c.said_on.is_not(None), or_(rows.c.date.is_not(None), _published(rows.c.article_id).is_not(None))
            )
            .group_by(rows.c.said_on, rows.c.kind)
        )
    return union_all(*parts)


def for_sample(f: StatementFilter) -> StatementFilter:
    """`f` as a sample of its newest matches should read it: values that choose their SQL by how
    many rows they need (searched words, see `app.query.search.SearchText`) choose for a sample."""
    sampled = {flt.name: f[flt.name].for_sample() for flt in f.registry if hasattr(f[flt.name], "for_sample")}
    return f.replace(**sampled) if sampled else f


def sample_size(f: StatementFilter, sample: int) -> int:
    """`sample`, or less where a value is costly per row tested (`facet_sample`: a common searched
    word is tested row by row against the text index, 25 µs a row on SQLite)."""
    return min([sample, *(f[flt.name].facet_sample for flt in f.registry if hasattr(f[flt.name], "facet_sample"))])


def _sample_counts(session: Session, f: StatementFilter, sample: int, first: FirstWindow, days: bool = False) -> list:
    """Facet rows (facet, value, label, country, n) over the `sample` newest matches.

    Asking for the newest 2,000 matches of a common search word made PostgreSQL collect and
    sort all 110,000 of them (its estimate of how common the words are together was 20× too
    low). Within a date window the work is bounded by the window's rows. A window with fewer
    than `sample` matches is widened to what its match density says is enough, until one
    covers the whole range; so the counts are exactly those of the `sample` newest matches.
    """
    faceted = f.registry.faceted
    if not faceted:
        return []
    counter = next(flt.name for flt in faceted if flt.facet.every_row)
    conditions = statement_conditions(for_sample(f), session.get_bind().dialect.name)
    # Two scalar subqueries: SQLite answers a lone max() or min() from the index, both at once by a scan.
    newest, oldest = session.execute(
        select(
            select(func.max(Statement.said_on)).scalar_subquery(), select(func.min(Statement.said_on)).scalar_subquery()
        )
    ).one()
    if newest is None:  # nothing dated: no window to widen, count what there is
        return session.execute(_facet_query(faceted, conditions, sample, days)).all()
    since, until = f.registry.day_range(f.values)
    newest = min(newest, until or newest, first.newest or newest)
    oldest = max(oldest, since or oldest)
    days, span = first.days, (newest - oldest).days
    while True:
        whole_range = days > span
        start = newest - dt.timedelta(days=min(days, span))
        window = [] if whole_range else [Statement.said_on > start]
        counted = session.execute(_facet_query(faceted, [*conditions, *window], sample, days)).all()
        found = sum(row.n for row in counted if row.facet == counter)
        if whole_range or found >= sample:
            return counted
        wanted = _days_for(sample, found, days) if found else days * 8
        days = max(days * 2, wanted)


def statement_facets(
    session: Session,
    f: StatementFilter,
    top: int = 30,
    sample: int = FACET_SAMPLE,
    first: FirstWindow = FirstWindow(),
    days: bool = False,
) -> FacetCounts:
    """Counts of each faceted filter's values for the current selection (or its latest `sample`,
    capped by `sample_size`); `days`: with the same statements by day and kind (`FacetCounts.days`)."""
    faceted = f.registry.faceted
    sample = sample_size(f, sample)
    by_facet: dict[str, list] = {flt.name: [] for flt in faceted}
    by_day: list[tuple[dt.date, str, int]] = []
    for row in _sample_counts(session, f, sample, first, days):
        if row.facet == DAYS:
            by_day.append((dt.date.fromisoformat(str(row.value)[:10]), row.label, row.n))
        else:
            by_facet[row.facet].append(row)
    counter = next((flt.name for flt in faceted if flt.facet.every_row), None)
    total = sum(row.n for row in by_facet[counter]) if counter else 0
    return FacetCounts(
        counts={flt.name: flt.facet.counts(by_facet, top) for flt in faceted},
        sampled=sample if total >= sample else None,
        days=sorted(by_day) if days else None,
        size=sample,
    )


def _month_expression(session: Session, column):
    if session.get_bind().dialect.name == "postgresql":
        return func.to_char(column, "YYYY-MM")
    return func.strftime("%Y-%m", column)


def monthly_counts(session: Session, f: StatementFilter) -> list[tuple[str, int]]:
    """Statements per month ("YYYY-MM", n), months without statements included as 0; undated
    statements have no month and are left out."""
    m = _matching(session, f)
    month = _month_expression(session, m.c.said_on).label("month")
    rows = dict(session.execute(select(month, func.count()).where(m.c.said_on.is_not(None)).group_by(month)).all())
    if not rows:
        return []
    first, last = min(rows), max(rows)
    months, year, mon = [], int(first[:4]), int(first[5:])
    while f"{year:04d}-{mon:02d}" <= last:
        key = f"{year:04d}-{mon:02d}"
        months.append((key, rows.get(key, 0)))
        year, mon = (year + 1, 1) if mon == 12 else (year, mon + 1)
    return months


def top_targets(session: Session, f: StatementFilter, top: int = 10) -> list[tuple[str, str, int]]:
    """Most addressed countries and actors: (country code or actor slug, label, count)."""
    m = _matching(session, f)
    n = func.count(func.distinct(StatementTarget.statement_id)).label("n")
    countries = session.execute(
        select(StatementTarget.country, n)
        .join(m, m.c.id == StatementTarget.statement_id)
        .where(StatementTarget.actor_id.is_(None), StatementTarget.country.is_not(None))
        .group_by(StatementTarget.country)
        .order_by(n.desc())
        .limit(top)
    ).all()
    actors = session.execute(
        select(Actor.slug, Actor.name, n)
        .join(StatementTarget, StatementTarget.actor_id == Actor.id)
        .join(m, m.c.id == StatementTarget.statement_id)
        .group_by(Actor.slug, Actor.name)
        .order_by(n.desc())
        .limit(top)
    ).all()
    merged = [(code, code, count) for code, count in countries] + [(s, name, c) for s, name, c in actors]
    return sorted(merged, key=lambda row: -row[2])[:top]


_COUNTRY_COUNTS: dict[str, tuple[tuple[int, ...], list[tuple[str, int, int]]]] = {}


def country_counts_cached(session: Session) -> list[tuple[str, int, int]]:
    """`country_counts`, kept in this process for as long as the database's `counts` token is
    unchanged (any write to statements, targets or actors' countries, by any process, changes
    it: see `ReadGeneration`; written by PostgreSQL only once committed, so a reader never caches
    under a token whose write it cannot see). One indexed read instead of two passes over a million rows."""
    bind = session.get_bind()
    # Every id, not the newest: on PostgreSQL ids are drawn when a write happens, not when it
    # commits, so a write that drew a lower id and committed later leaves the newest unchanged.
    # The table holds one row on SQLite and about a hundred on PostgreSQL.
    token = tuple(session.scalars(select(ReadGeneration.id).order_by(ReadGeneration.id))) or None
    if token is None:  # no write since the tables were made (or emptied): nothing to trust a cache with
        return country_counts(session)
    key = bind.engine.url.render_as_string(hide_password=True)
    cached = _COUNTRY_COUNTS.get(key)
    if cached is not None and cached[0] == token:
        return cached[1]
    rows = country_counts(session)
    _COUNTRY_COUNTS[key] = (token, rows)
    return rows


def country_counts(session: Session) -> list[tuple[str, int, int]]:
    """Every country with (code, statements by its actors, statements addressed to it).

    These count every outlet's report, unlike the timeline, which shows one per group:
    counting groups here needs a join of targets with statements, 2.4 s at a million.

    Counted from two index-only scans (statements by actor, targets by country), minus the
    few rejected statements, so the list stays quick at millions of statements.
    """
    rejected = select(Statement.id).where(Statement.review_state == ReviewState.REJECTED)
    by_actor = Counter(
        dict(
            session.execute(
                select(Statement.actor_id, func.count())
                .where(Statement.actor_id.is_not(None))
                .group_by(Statement.actor_id)
            ).all()
        )
    )
    by_actor.subtract(
        dict(
            session.execute(
                select(Statement.actor_id, func.count())
                .where(Statement.id.in_(rejected), Statement.actor_id.is_not(None))
                .group_by(Statement.actor_id)
            ).all()
        )
    )
    countries = dict(session.execute(select(Actor.id, Actor.country).where(Actor.country.is_not(None))).all())
    by: Counter = Counter()
    for actor_id, n in by_actor.items():
        if actor_id in countries:
            by[countries[actor_id]] += n
    to = Counter(
        dict(
            session.execute(
                select(StatementTarget.country, func.count())
                .where(StatementTarget.country.is_not(None))
                .group_by(StatementTarget.country)
            ).all()
        )
    )
    to.subtract(
        dict(
            session.execute(
                select(StatementTarget.country, func.count())
                .where(StatementTarget.statement_id.in_(rejected), StatementTarget.country.is_not(None))
                .group_by(StatementTarget.country)
            ).all()
        )
    )
    codes = sorted(
        {c for c, n in by.items() if n > 0} | {c for c, n in to.items() if n > 0}, key=lambda c: (-(by[c] + to[c]), c)
    )
    return [(code, by[code], to[code]) for code in codes]

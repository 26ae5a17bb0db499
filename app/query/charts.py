"""What the pictures count, in SQL over the same filters as the lists: statements over time by kind,
and who addresses whom.

Each count is a GROUP BY over the newest `CHART_SAMPLE` (or `PICTURE_SAMPLE`) matches (a CTE, read in the timeline's
order, so it stops there however large the archive): a chart on every timeline page must not
scan a million rows. The result says when it was cut (`sampled`), and from which day, so the
page can say "the newest 2,000 statements, since …". Statements without a date (neither their
own nor their article's) are left out: they are counted in no chart.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Literal

from sqlalchemy import case, func, literal, select, true
from sqlalchemy.orm import Session, aliased

from app.models import Actor, Statement, StatementTarget
from app.query.filters import StatementFilter, statement_conditions
from app.query.stats import FACET_SAMPLE, FacetCounts, dated, for_sample, sample_size

# The charts on list pages count as many of the newest matches as the facets beside them;
# the network and matrix pages, which are about nothing else, count more.
CHART_SAMPLE = FACET_SAMPLE
PICTURE_SAMPLE = 5000

By = Literal["country", "actor"]


def _newest(session: Session, f: StatementFilter, *columns, sample: int):
    """The newest `sample` dated matches of the selection, as a CTE with `columns`."""
    return (
        select(*columns)
        .where(*statement_conditions(for_sample(f), session.get_bind().dialect.name), *dated())
        .order_by(Statement.said_on.desc(), Statement.id.desc())
        .limit(sample)
        .cte("newest")
    )


@dataclass(frozen=True)
class DayCounts:
    """(day, kind, statements) rows, oldest first; `sampled`: only the newest `size` were counted."""

    rows: list[tuple[dt.date, str, int]]
    sampled: bool
    size: int

    @property
    def total(self) -> int:
        return sum(n for _, _, n in self.rows)

    @property
    def first_day(self) -> dt.date | None:
        return self.rows[0][0] if self.rows else None


def kinds_by_day(session: Session, f: StatementFilter, sample: int = CHART_SAMPLE) -> DayCounts:
    """Statements per day and kind; the page groups the days into weeks or months."""
    sample = sample_size(f, sample)
    newest = _newest(session, f, Statement.said_on, Statement.kind, sample=sample)
    n = func.count().label("n")
    rows = session.execute(
        select(newest.c.said_on, newest.c.kind, n).group_by(newest.c.said_on, newest.c.kind).order_by(newest.c.said_on)
    ).all()
    counted = [(_as_date(day), kind, count) for day, kind, count in rows]
    return DayCounts(counted, sampled=sum(r[2] for r in counted) >= sample, size=sample)


def days_of(facets: FacetCounts) -> DayCounts:
    """The chart's counts from a facet sample asked for with `days` (`stats.statement_facets`):
    the dated statements among the newest matches, counted in the same query as the facets."""
    rows = facets.days or []
    return DayCounts(rows, sampled=facets.sampled is not None, size=facets.size)


def _as_date(value) -> dt.date:
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value)[:10])


@dataclass(frozen=True)
class Node:
    key: str  # "RU" for a country, an actor's slug for an actor
    label: str
    is_country: bool


@dataclass(frozen=True)
class Link:
    """Statements by `source` addressed to `target`: contacts (talks, calls, meetings) and the rest."""

    source: Node
    target: Node
    contacts: int
    addressed: int

    @property
    def total(self) -> int:
        return self.contacts + self.addressed


@dataclass(frozen=True)
class Links:
    links: list[Link]
    sampled: bool
    size: int
    first_day: dt.date | None
    statements: int  # statements counted (the sample), with or without targets


def _targets_of(session: Session, newest):
    """The sample's addressees and how to join them: on PostgreSQL a LATERAL index lookup per
    sampled statement, as SQLite does by itself. PostgreSQL's planner would rather hash every
    target of the archive (at 100,000 statements 93 of 154 ms; 113 ms in all this way, and no
    more at a million)."""
    columns = (StatementTarget.statement_id, StatementTarget.country, StatementTarget.actor_id)
    if session.get_bind().dialect.name == "postgresql":
        # OFFSET 0 keeps PostgreSQL from pulling the subquery up into a plain (hash) join.
        lookup = select(*columns).where(StatementTarget.statement_id == newest.c.id).offset(0).lateral("targets")
        return lookup, true()
    table = StatementTarget.__table__.alias("targets")
    return table, table.c.statement_id == newest.c.id


def who_addresses_whom(session: Session, f: StatementFilter, by: By = "country", sample: int = PICTURE_SAMPLE) -> Links:
    """Speaker → addressee counts over the newest matches, between countries or between actors.

    A target that is an actor counts for its country (by country) or for itself (by actor); a
    target that is only a country counts for the country either way. A statement with two
    addressees counts once for each; speakers or addressees with no country are left out
    when counting by country.
    """
    newest = _newest(session, f, Statement.id, Statement.actor_id, Statement.kind, Statement.said_on, sample=sample)
    speaker, addressee = aliased(Actor), aliased(Actor)
    is_contact = case((newest.c.kind == "contact", 1), else_=0)
    contacts, addressed = func.sum(is_contact).label("contacts"), func.sum(1 - is_contact).label("addressed")
    # How many statements the sample holds and from which day, in the same statement: the
    # database builds the sample once for both (a CTE read twice is materialised).
    sampled = (
        select(func.count()).select_from(newest).scalar_subquery().label("size"),
        select(func.min(newest.c.said_on)).scalar_subquery().label("first_day"),
    )
    targets, on = _targets_of(session, newest)
    joined = (
        select(*sampled)
        .select_from(newest)
        .join(speaker, speaker.id == newest.c.actor_id)
        .join(targets, on)
        .outerjoin(addressee, addressee.id == targets.c.actor_id)
    )
    if by == "country":
        to_country = func.coalesce(targets.c.country, addressee.country)
        keys = (speaker.country.label("source"), to_country.label("target"))
        query = joined.add_columns(*keys, contacts, addressed).where(
            speaker.country.is_not(None), to_country.is_not(None)
        )
        rows = session.execute(query.group_by(speaker.country, to_country)).all()
        links = [
            Link(Node(r.source, r.source, True), Node(r.target, r.target, True), int(r.contacts), int(r.addressed))
            for r in rows
        ]
    else:
        target_key = func.coalesce(addressee.slug, targets.c.country)
        target_label = func.coalesce(addressee.name, targets.c.country)
        target_is_country = case((addressee.id.is_(None), literal(True)), else_=literal(False))
        query = joined.add_columns(
            speaker.slug.label("source"),
            speaker.name.label("source_label"),
            target_key.label("target"),
            target_label.label("target_label"),
            target_is_country.label("target_is_country"),
            contacts,
            addressed,
        )
        rows = session.execute(
            query.group_by(speaker.slug, speaker.name, target_key, target_label, target_is_country)
        ).all()
        links = [
            Link(
                Node(r.source, r.source_label, False),
                Node(r.target, r.target_label, bool(r.target_is_country)),
                int(r.contacts),
                int(r.addressed),
            )
            for r in rows
        ]
    if rows:
        size, first = rows[0].size, rows[0].first_day
    else:
        size, first = session.execute(select(func.count(), func.min(newest.c.said_on))).one()
    links.sort(key=lambda link: (-link.total, link.source.key, link.target.key))
    return Links(
        links, sampled=size >= sample, size=sample, first_day=_as_date(first) if first else None, statements=size
    )

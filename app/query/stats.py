"""Aggregates over a filtered selection: facet counts, statements per month, top targets.

Every function takes the same `StatementFilter` as the lists, so a count beside
a filter always describes the selection the page shows.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from app.models import Actor, Statement, StatementTarget
from app.query.filters import StatementFilter, statement_conditions

Facet = list[tuple[str, str, int]]  # (value, label, count)


def _matching(session: Session, f: StatementFilter) -> Select:
    """The matching statements' narrow columns, as a subquery to aggregate over."""
    return (select(Statement.id, Statement.said_on)
            .where(*statement_conditions(f, session.get_bind().dialect.name)).subquery())


# Facets count the most recent matches only past this size, so the timeline stays fast at
# millions of statements; the page and the API say when a count is over such a sample.
FACET_SAMPLE = 2000


@dataclass(frozen=True)
class FacetCounts:
    actor: Facet
    country: Facet
    kind: Facet
    category: Facet
    sampled: int | None  # the sample size when the selection was larger, else None (exact counts)

    def as_dict(self) -> dict[str, Facet]:
        return {"actor": self.actor, "country": self.country, "kind": self.kind, "category": self.category}


def statement_facets(session: Session, f: StatementFilter, top: int = 30, sample: int = FACET_SAMPLE) -> FacetCounts:
    """Counts by actor, country, kind and category for the current selection (or its latest `sample`).

    One indexed query fetches the (at most `sample`) matching rows' facet columns; counting
    them here is cheaper than four GROUP BY passes over the same rows in the database.
    """
    dialect = session.get_bind().dialect.name
    rows = session.execute(
        select(Statement.actor_id, Statement.kind, Statement.category_code, Statement.category_label)
        .where(*statement_conditions(f, dialect))
        .order_by(Statement.said_on.desc(), Statement.id.desc()).limit(sample)).all()
    by_actor = Counter(r.actor_id for r in rows if r.actor_id is not None)
    actors = {a.id: a for a in session.execute(
        select(Actor.id, Actor.slug, Actor.name, Actor.country).where(Actor.id.in_(list(by_actor))))}
    by_country = Counter()
    for actor_id, count in by_actor.items():
        if actors[actor_id].country:
            by_country[actors[actor_id].country] += count
    labels = {r.category_code: r.category_label or r.category_code for r in rows if r.category_code}
    ranked = lambda counter: sorted(counter.items(), key=lambda kv: (-kv[1], str(kv[0])))  # noqa: E731
    return FacetCounts(
        actor=[(actors[i].slug, actors[i].name, n) for i, n in ranked(by_actor)[:top]],
        country=[(code, code, n) for code, n in ranked(by_country)[:top]],
        kind=[(kind, kind, n) for kind, n in ranked(Counter(r.kind for r in rows))],
        category=[(code, labels[code], n) for code, n in ranked(Counter(r.category_code for r in rows
                                                                        if r.category_code))],
        sampled=sample if len(rows) >= sample else None,
    )


def _month_expression(session: Session, column):
    if session.get_bind().dialect.name == "postgresql":
        return func.to_char(column, "YYYY-MM")
    return func.strftime("%Y-%m", column)


def monthly_counts(session: Session, f: StatementFilter) -> list[tuple[str, int]]:
    """Statements per month ("YYYY-MM", n), months without statements included as 0."""
    m = _matching(session, f)
    month = _month_expression(session, m.c.said_on).label("month")
    rows = dict(session.execute(select(month, func.count()).group_by(month)).all())
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
        select(StatementTarget.country, n).join(m, m.c.id == StatementTarget.statement_id)
        .where(StatementTarget.actor_id.is_(None), StatementTarget.country.is_not(None))
        .group_by(StatementTarget.country).order_by(n.desc()).limit(top)).all()
    actors = session.execute(
        select(Actor.slug, Actor.name, n).join(StatementTarget, StatementTarget.actor_id == Actor.id)
        .join(m, m.c.id == StatementTarget.statement_id)
        .group_by(Actor.slug, Actor.name).order_by(n.desc()).limit(top)).all()
    merged = [(code, code, count) for code, count in countries] + [(s, name, c) for s, name, c in actors]
    return sorted(merged, key=lambda row: -row[2])[:top]


def country_counts(session: Session) -> list[tuple[str, int, int]]:
    """Every country with (code, statements by its actors, statements addressed to it).

    Counted from two index-only scans (statements by actor, targets by country), minus the
    few rejected statements, so the list stays quick at millions of statements.
    """
    rejected = select(Statement.id).where(Statement.review_state == "rejected")
    by_actor = Counter(dict(session.execute(
        select(Statement.actor_id, func.count()).where(Statement.actor_id.is_not(None))
        .group_by(Statement.actor_id)).all()))
    by_actor.subtract(dict(session.execute(
        select(Statement.actor_id, func.count()).where(Statement.id.in_(rejected), Statement.actor_id.is_not(None))
        .group_by(Statement.actor_id)).all()))
    countries = dict(session.execute(select(Actor.id, Actor.country).where(Actor.country.is_not(None))).all())
    by: Counter = Counter()
    for actor_id, n in by_actor.items():
        if actor_id in countries:
            by[countries[actor_id]] += n
    to = Counter(dict(session.execute(
        select(StatementTarget.country, func.count()).where(StatementTarget.country.is_not(None))
        .group_by(StatementTarget.country)).all()))
    to.subtract(dict(session.execute(
        select(StatementTarget.country, func.count()).where(StatementTarget.statement_id.in_(rejected),
                                                            StatementTarget.country.is_not(None))
        .group_by(StatementTarget.country)).all()))
    codes = sorted({c for c, n in by.items() if n > 0} | {c for c, n in to.items() if n > 0},
                   key=lambda c: (-(by[c] + to[c]), c))
    return [(code, by[code], to[code]) for code in codes]

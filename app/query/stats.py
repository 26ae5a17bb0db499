"""Aggregates over a filtered selection: facet counts, statements per month, top targets.

Every function takes the same `StatementFilter` as the lists, so a count beside
a filter always describes the selection the page shows.
"""
from __future__ import annotations

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from app.models import Actor, Statement, StatementTarget
from app.query.filters import StatementFilter, statement_conditions

Facet = list[tuple[str, str, int]]  # (value, label, count)


def _matching(session: Session, f: StatementFilter) -> Select:
    return select(Statement).where(*statement_conditions(f, session.get_bind().dialect.name)).subquery()


def statement_facets(session: Session, f: StatementFilter, top: int = 30) -> dict[str, Facet]:
    """Counts by actor, country, kind and category for the current selection."""
    m = _matching(session, f)
    n = func.count().label("n")
    by_actor = session.execute(
        select(Actor.slug, Actor.name, n).join(m, m.c.actor_id == Actor.id)
        .group_by(Actor.slug, Actor.name).order_by(n.desc(), Actor.name).limit(top)).all()
    by_country = session.execute(
        select(Actor.country, n).join(m, m.c.actor_id == Actor.id).where(Actor.country.is_not(None))
        .group_by(Actor.country).order_by(n.desc(), Actor.country).limit(top)).all()
    by_kind = session.execute(select(m.c.kind, n).group_by(m.c.kind).order_by(n.desc())).all()
    by_category = session.execute(
        select(m.c.category_code, m.c.category_label, n).where(m.c.category_code.is_not(None))
        .group_by(m.c.category_code, m.c.category_label).order_by(n.desc())).all()
    return {
        "actor": [(slug, name, count) for slug, name, count in by_actor],
        "country": [(code, code, count) for code, count in by_country],
        "kind": [(kind, kind, count) for kind, count in by_kind],
        "category": [(code, label or code, count) for code, label, count in by_category],
    }


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
    """Every country with (code, statements by its actors, statements addressed to it)."""
    live = Statement.review_state != "rejected"
    by = dict(session.execute(
        select(Actor.country, func.count()).join(Statement, Statement.actor_id == Actor.id)
        .where(Actor.country.is_not(None), live).group_by(Actor.country)).all())
    to = dict(session.execute(
        select(StatementTarget.country, func.count(func.distinct(StatementTarget.statement_id)))
        .join(Statement, Statement.id == StatementTarget.statement_id)
        .where(StatementTarget.country.is_not(None), live).group_by(StatementTarget.country)).all())
    codes = sorted(set(by) | set(to), key=lambda c: (-(by.get(c, 0) + to.get(c, 0)), c))
    return [(code, by.get(code, 0), to.get(code, 0)) for code in codes]


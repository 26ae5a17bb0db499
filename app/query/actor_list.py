"""The `/actors` page's list: who speaks most first, the silent left out unless asked for.

The registry holds some 2,000 actors and most never speak in a given archive, so the list is
ranked by statements (counted as the timeline counts them: one per group of reports) and
filtered by name or alias, country and kind. Keyset pages over (statements, name, id), or over
(name, id) when sorted by name.
"""

from __future__ import annotations

from typing import Literal

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from app.models import Actor, ActorAlias, Statement
from app.query.filters import StatementFilter, escape_like, statement_conditions
from app.query.pagination import Page, check_limit, decode_cursor, encode_cursor

ActorSort = Literal["statements", "name"]


def list_actors_by_statements(
    session: Session,
    q: str | None = None,
    country: tuple[str, ...] = (),
    kind: tuple[str, ...] = (),
    silent: bool = False,
    sort: ActorSort = "statements",
    limit: int = 100,
    cursor: str | None = None,
) -> Page[tuple[Actor, int]]:
    """(actor, statements) pairs, most statements first (or by name); `silent`: actors without any too."""
    check_limit(limit)
    counts = (
        select(Statement.actor_id, func.count().label("n"))
        .where(Statement.actor_id.is_not(None), *statement_conditions(StatementFilter()))
        .group_by(Statement.actor_id)
        .subquery()
    )
    n = func.coalesce(counts.c.n, 0)
    query = select(Actor, n.label("n")).outerjoin(counts, counts.c.actor_id == Actor.id)
    if not silent:
        query = query.where(counts.c.n > 0)
    if q and q.strip():
        pattern = f"%{escape_like(q.strip())}%"
        aliases = select(ActorAlias.actor_id).where(ActorAlias.alias.ilike(pattern, escape="\\"))
        query = query.where(or_(Actor.name.ilike(pattern, escape="\\"), Actor.id.in_(aliases)))
    if country:
        query = query.where(Actor.country.in_(country))
    if kind:
        query = query.where(Actor.kind.in_(kind))
    if sort == "name":
        query = query.order_by(Actor.name, Actor.id)
        if cursor:
            name, last_id = decode_cursor(cursor, (str, int))
            query = query.where(or_(Actor.name > name, and_(Actor.name == name, Actor.id > last_id)))
    else:
        query = query.order_by(n.desc(), Actor.name, Actor.id)
        if cursor:
            count, name, last_id = decode_cursor(cursor, (int, str, int))
            query = query.where(
                or_(n < count, and_(n == count, or_(Actor.name > name, and_(Actor.name == name, Actor.id > last_id))))
            )
    rows = [(actor, count) for actor, count in session.execute(query.limit(limit + 1))]
    items = rows[:limit]
    next_cursor = None
    if len(rows) > limit:
        actor, count = items[-1]
        key = (actor.name, actor.id) if sort == "name" else (count, actor.name, actor.id)
        next_cursor = encode_cursor(*key)
    return Page(items, next_cursor)

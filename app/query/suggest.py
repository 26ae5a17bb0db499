"""Suggestions as you type a name into a filter: the whole registry, not just the top speakers.

`suggest(session, q, kind)` matches the words typed against every actor's name and aliases
(and, for places, every country's names): actors with most statements first, so "Lavrov"
finds Sergey Lavrov and "Arm" Armenia before anyone silent. Pages call it through
`/api/suggest`; the filters resolve the same names when a form is sent without JavaScript.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from app.models import Actor, ActorAlias, Statement
from app.pipeline.resolve.countries import short_name
from app.query.filters import StatementFilter, escape_like, statement_conditions
from app.query.filters.places import ORGANISATION, actor_slug, country_code, country_names

SuggestFor = Literal["actor", "country", "target"]
CANDIDATES = 200  # actors whose statements are counted to rank them


@dataclass(frozen=True)
class Suggestion:
    value: str  # what the filter stores: a slug or a country code
    label: str  # what the person reads and the box shows
    kind: str  # "country" or the actor's kind
    country: str | None
    statements: int | None  # None for countries (not counted here)


def _countries(q: str, limit: int) -> list[Suggestion]:
    needle = q.casefold()
    starts, contains = {}, {}
    for name, code in country_names().items():
        if code in starts:
            continue
        if name.startswith(needle) or any(word.startswith(needle) for word in name.split()):
            starts[code] = name
        elif needle in name:
            contains.setdefault(code, name)
    codes = list(starts) + [c for c in contains if c not in starts]
    if len(q) == 2 and short_name(q.upper()):
        codes.insert(0, q.upper())
    codes = list(dict.fromkeys(codes))[:limit]
    return [Suggestion(code, short_name(code) or code, "country", code, None) for code in codes]


def _actors(session: Session, q: str, kinds: tuple[str, ...], limit: int) -> list[Suggestion]:
    pattern = f"%{escape_like(q)}%"
    aliases = select(ActorAlias.actor_id).where(ActorAlias.alias.ilike(pattern, escape="\\"))
    query = select(Actor.id).where(or_(Actor.name.ilike(pattern, escape="\\"), Actor.id.in_(aliases)))
    if kinds:
        query = query.where(Actor.kind.in_(kinds))
    return _ranked(session, list(session.scalars(query.limit(CANDIDATES))), q, limit)


def _ranked(session: Session, ids: list[int], q: str, limit: int) -> list[Suggestion]:
    """The actors with these ids as suggestions: most statements first, then names that start with `q`."""
    if not ids:
        return []
    counts = dict(
        session.execute(
            select(Statement.actor_id, func.count())
            .where(Statement.actor_id.in_(ids), *statement_conditions(StatementFilter()))
            .group_by(Statement.actor_id)
        ).all()
    )
    actors = session.execute(
        select(Actor.id, Actor.slug, Actor.name, Actor.kind, Actor.country).where(Actor.id.in_(ids))
    )
    folded = q.casefold()
    ranked = sorted(
        actors,
        key=lambda a: (-counts.get(a.id, 0), not a.name.casefold().startswith(folded), a.name.casefold()),
    )
    return [Suggestion(a.slug, a.name, a.kind, a.country, counts.get(a.id, 0)) for a in ranked[:limit]]


def suggest(session: Session, q: str, kind: SuggestFor, limit: int = 10) -> list[Suggestion]:
    """Up to `limit` suggestions for `q` (at least two characters), places first for places."""
    q = " ".join(q.split())
    if len(q) < 2:
        return []
    if kind == "actor":
        return _actors(session, q, (), limit)
    places = _countries(q, limit)
    actors = _actors(session, q, (ORGANISATION,) if kind == "country" else (), limit)
    mixed = places[: limit // 2 or 1] + actors + places[limit // 2 or 1 :]
    # A name or code typed whole ("EU", "Armenia") comes first, whatever matched by part.
    exact = places_named(session, q, kind)
    # an organisation named outright stands first even when many others share its letters ("EU"
    # among the European and Eurasian bodies that all hold "eu")
    missing = [v for v in exact if v not in {m.value for m in mixed}]
    named = _ranked(session, list(session.scalars(select(Actor.id).where(Actor.slug.in_(missing)))), q, limit)
    mixed = [*mixed, *named]
    return list({s.value: s for s in [*(m for m in mixed if m.value in exact), *mixed]}.values())[:limit]


def places_named(session: Session, q: str, kind: SuggestFor) -> set[str]:
    """The values `q` names outright: a country code or name, an organisation's name or alias."""
    found = {places_code} if (places_code := country_code(q)) else set()
    if slug := actor_slug(session, q, kinds=(ORGANISATION,) if kind == "country" else ()):
        found.add(slug)
    return found

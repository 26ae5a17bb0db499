"""What a person types for a place or a body, turned into what the filters store.

A country is stored as its ISO alpha-2 code; an international organisation (the EU, the UN,
the AU, NATO, ASEAN …) has no country and is named by its actor slug. People type names:
"Armenia", "european union", "NATO". These functions find the code or the slug, so a form
field can take a name and the API a code, a name or a slug alike.
"""

from __future__ import annotations

from functools import lru_cache

from sqlalchemy import ColumnElement, Select, func, literal, or_, select, union
from sqlalchemy.orm import Session, aliased

from app.models import Actor, ActorAlias, ActorRole, Statement
from app.pipeline.resolve.countries import all_codes, names_of, short_name
from app.query.filters.sql import escape_like
from app.query.filters.words import remember_actor_name

ORGANISATION = "international_organisation"


@lru_cache(maxsize=1)
def country_names() -> dict[str, str]:
    """casefolded name → code: short names first, then ISO and official names."""
    index: dict[str, str] = {}
    for code in all_codes():
        for name in [short_name(code) or "", *names_of(code)]:
            if name:
                index.setdefault(name.casefold(), code)
    return index


def country_code(text: str, partial: bool = False) -> str | None:
    """The alpha-2 code a person means by `text` ("am", "Armenia", "Republic of Armenia"), or None;
    `partial`: else the first country a name of which starts with it ("Armen")."""
    text = text.strip()
    if len(text) == 2 and text.isascii() and text.isalpha() and short_name(text.upper()):
        return text.upper()
    folded = text.casefold()
    found = country_names().get(folded)
    if found is None and partial and len(folded) >= 3:
        found = next((code for name, code in sorted(country_names().items()) if name.startswith(folded)), None)
    return found


def is_code(value: str) -> bool:
    return len(value) == 2 and value.isascii() and value.isalpha() and value.isupper()


def actor_slug(session: Session, text: str, kinds: tuple[str, ...] = (), partial: bool = False) -> str | None:
    """The slug of the actor `text` names: its slug as it is, else its name or an alias (any case),
    the one with most statements when several share the words; `partial`: else the actor with most
    statements whose name or an alias holds the words ("Pashin"); None when none does."""
    text = text.strip()
    if not text:
        return None
    exact = session.execute(select(Actor.name, Actor.kind).where(Actor.slug == text)).first()
    if exact is not None and (not kinds or exact.kind in kinds):
        # A slug names its actor: no need to weigh namesakes (the API's filters are slugs).
        remember_actor_name(session, text, exact.name)
        return text
    folded = text.casefold()
    named = or_(
        Actor.slug == text,
        func.lower(Actor.name) == folded,
        Actor.id.in_(select(ActorAlias.actor_id).where(func.lower(ActorAlias.alias) == folded)),
    )
    said = select(func.count()).where(Statement.actor_id == Actor.id).scalar_subquery()

    def best(condition) -> str | None:
        query = select(Actor.slug).where(condition)
        if kinds:
            query = query.where(Actor.kind.in_(kinds))
        return session.scalars(query.order_by(said.desc(), Actor.name).limit(1)).first()

    found = best(named)
    if found is None and partial and len(folded) >= 3:
        pattern = f"%{escape_like(text)}%"
        aliases = select(ActorAlias.actor_id).where(ActorAlias.alias.ilike(pattern, escape="\\"))
        found = best(or_(Actor.name.ilike(pattern, escape="\\"), Actor.id.in_(aliases)))
    return found


@lru_cache(maxsize=1)
def membership() -> Select:
    """(actor_id, org_id) for every actor that speaks for an international organisation: the
    organisation itself, its bodies (a parent or grandparent that is one), and people who held
    a role in it or in one of its bodies. Built once (a statement, not its rows: those are read
    at each use); building it cost a list page 2.5 ms."""
    org = aliased(Actor)
    parent = aliased(Actor)
    role_org = aliased(Actor)
    is_org = org.kind == ORGANISATION
    return union(
        select(Actor.id.label("actor_id"), Actor.id.label("org_id")).where(Actor.kind == ORGANISATION),
        select(Actor.id, org.id).join(org, org.id == Actor.parent_id).where(is_org),
        select(Actor.id, org.id)
        .join(parent, parent.id == Actor.parent_id)
        .join(org, org.id == parent.parent_id)
        .where(is_org),
        select(ActorRole.actor_id, org.id).join(org, org.id == ActorRole.organisation_id).where(is_org),
        select(ActorRole.actor_id, org.id)
        .join(role_org, role_org.id == ActorRole.organisation_id)
        .join(org, org.id == role_org.parent_id)
        .where(is_org),
    )


def members_of(org_slugs: tuple[str, ...]) -> ColumnElement[bool]:
    """Statements by actors that speak for any of these organisations."""
    members = membership().subquery()
    org_ids = select(Actor.id).where(Actor.slug.in_(org_slugs))
    return Statement.actor_id.in_(select(members.c.actor_id).where(members.c.org_id.in_(org_ids)))


def organisation_facet_rows(sample, name: str) -> Select:
    """(facet, value, label, country, n): sampled statements per organisation their actor speaks for."""
    members = membership().subquery()
    return (
        select(
            literal(name).label("facet"),
            Actor.slug.label("value"),
            Actor.name.label("label"),
            Actor.country.label("country"),
            func.count().label("n"),
        )
        .select_from(sample)
        .join(members, members.c.actor_id == sample.c.actor_id)
        .join(Actor, Actor.id == members.c.org_id)
        .group_by(Actor.slug, Actor.name, Actor.country)
    )

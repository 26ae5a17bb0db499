"""Rules: "a spokesperson for the Green party" is the party (an unnamed spokesperson speaks for
whom they speak for), and "Ana Lima's Green Dawn party" is the party by its own name."""

from __future__ import annotations

import re

from app.pipeline.types import ResolvedActor

from ..context import ArticleContext, Mention
from ..normalize import norm


def spokesperson_for(m: Mention, ctx: ArticleContext) -> ResolvedActor | None:
    found = re.match(ctx.lexicon.institutions.spokesperson_for, m.raw.strip())
    if found is None:
        return None
    owner = found.group("owner").strip()
    return ctx.resolve(owner) if owner else None


def _unnamed_owner(m: Mention, ctx: ArticleContext) -> str | None:
    """Whom an unnamed, indefinite spokesperson is named after ("an M23 spokesman": "M23")."""
    found = re.match(ctx.lexicon.institutions.unnamed_spokesperson, m.raw.strip())
    return found.group("owner") if found is not None else None


def group_spokesperson(m: Mention, ctx: ArticleContext) -> ResolvedActor | None:
    """ "an M23 spokesman": the known group named before an unnamed spokesperson's title."""
    owner = _unnamed_owner(m, ctx)
    groups = [a for a in ctx.registry.by_alias(norm(owner)) if a.kind == "group"] if owner else []
    return groups[0].resolved() if groups else None


def body_spokesperson(m: Mention, ctx: ArticleContext) -> ResolvedActor | None:
    """ "a Chinese Ministry of Commerce (MOFCOM) spokesperson", "a European Commission spokeswoman": an
    unnamed spokesperson after the name of a state's body (with its state) or of a known body speaks for
    that body, as "a spokesperson for X" does."""
    owner = _unnamed_owner(m, ctx)
    if owner is None:
        return None
    if not ctx.first_state(norm(owner)) and not ctx.registry.by_alias(norm(owner)):
        return None  # "a foreign ministry spokesman": a body every state has, placed by the article (dated_title)
    found = ctx.resolve(owner)
    return found if found is not None and found.kind in ("institution", "international_organisation") else None


def own_named_group(m: Mention, ctx: ArticleContext) -> ResolvedActor | None:
    found = re.match(ctx.lexicon.institutions.own_named_group, m.raw.strip())
    if found is None:
        return None
    name = found.group("name")
    known = [a for a in ctx.registry.by_alias(norm(name)) if a.kind != "person"]
    if known:
        return known[0].resolved()
    # the leader's state, when the registry knows the leader; else none here, and the article's
    # own words place the party (where it last said whose the leader is)
    leader = ctx.person_by_name(found.group("owner"))
    return ctx.made(name, "group", leader.country if leader is not None and leader.known else None)

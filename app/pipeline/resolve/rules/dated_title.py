"""Rule: a title read by the article's date ("the US Secretary of State", "the UN
chief", "Kremlin spokesman"): the holder of that post on that day, else the
body that speaks for the post, else the state.  Indefinite titles ("a US
minister") name no holder."""

from __future__ import annotations

import re

from app.pipeline.types import ResolvedActor

from ..context import ArticleContext, Mention
from ..normalize import norm
from ..record import institution_type_of


def holder(ctx: ArticleContext, code: str, state_slug: str | None) -> ResolvedActor | None:
    """The holder of a post on the article's date.  With no date the
    current holder is only a guess, so a past holder already named in this
    article ("Blinken ... the top U.S. diplomat") comes first."""
    if ctx.published is None:
        for a in ctx.registry.holders_ever(code, state_slug):
            if ctx.memory.has(a.slug):
                return a.resolved()
    holders = ctx.registry.holders(code, state_slug, ctx.published)
    for a in holders:
        if ctx.memory.has(a.slug):
            return a.resolved()
    return holders[0].resolved() if holders else None


def _titled(ctx: ArticleContext, slug: str, word: str) -> bool:
    """Does a role of this actor's, held on the article's day, carry `word` in its title?"""
    actor = ctx.registry.get(slug)
    return actor is None or any(
        r.title and re.search(rf"\b{re.escape(word)}\b", r.title.lower()) and r.active(ctx.published)
        for r in actor.roles
    )


def by_title(
    ctx: ArticleContext, rest: str, state_slug: str | None, org_slug: str | None, generic_ok: bool = False
) -> ResolvedActor | None:
    """A free title ("Information Minister") against the registry's role titles."""
    titles = ctx.titles
    words = {titles.spokes_words.get(t, t) for t in rest.split()} - titles.title_stopwords
    if not words or (words <= titles.generic_only and not generic_ok):
        return None
    found = []
    for actor, role, _state, toks in ctx.resolver.title_index.held_in(state_slug, org_slug):
        if (
            words <= toks
            and role.active(ctx.published)
            and not (titles.blocked(" ".join(toks)) and not titles.blocked(rest))
        ):
            found.append(actor)
    found = list(dict.fromkeys(found))
    return found[0].resolved() if len(found) == 1 else None


# "NATO's KFOR peacekeeping mission": a body named in its own right after its parent's possessive,
# headed by a common noun ("mission", "force").
_OWN_BODY = re.compile(r"['’]s?\s+(?P<name>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})\s+(?P<head>[a-z][a-z\s-]*)$")


def _own_body(m: Mention, ctx: ArticleContext) -> ResolvedActor | None:
    """The more specific body in "<organisation>'s <Name> <noun>": "the EU's Astra mission" is the
    Astra mission's, named by its own name, not the EU's."""
    found = _OWN_BODY.search(m.raw.strip())
    if found is None or found.group("head").split()[-1] not in ctx.titles.institution_heads:
        return None
    name = found.group("name")
    if any(norm(w) in ctx.titles.title_words for w in name.split()):
        return None  # "the EU's Foreign Affairs mission"
    known = [a for a in ctx.registry.by_alias(norm(name)) if a.kind != "person"]
    return known[0].resolved() if known else ctx.made(name, "international_organisation", None)


def _organisation_post(m: Mention, ctx: ArticleContext, indefinite: bool) -> ResolvedActor | None:
    """ "the UN chief", "the EU's top diplomat", "a NATO official"."""
    parsed = m.parsed
    orgs = parsed.of_kind("international_organisation")
    org = orgs[0].actor
    own = _own_body(m, ctx) if len(orgs) == 1 else None
    if own is not None:
        return own
    rest = parsed.rest(orgs)
    code = ctx.titles.org_role(org.slug, rest)
    last = m.key.split()[-1] if m.key else ""
    if code and ctx.titles.singular(last) != last:
        return org.resolved()  # "NATO leaders", "EU foreign ministers": its members together, not its one post
    if code:
        if indefinite:
            return org.resolved()
        return holder(ctx, code, None) or org.resolved()
    found = by_title(ctx, rest, None, org.slug)
    if found is not None and not indefinite:
        return found
    return org.resolved() if ctx.titles.institution_kind(rest) in (None, "state") or not rest else None


def _plural_title(m: Mention, ctx: ArticleContext) -> bool:
    """The mention's title words are plural ("heads of state", "the leaders"): more than one
    holder, so not the one holder of that post met before."""
    said = norm(m.raw).split()
    return ctx.titles.singular(" ".join(said)).split() != said


def _generic_body(span, parsed, ctx: ArticleContext) -> bool:
    """The institution's words are a name every state's body has ("Foreign Office", "Defence Ministry")."""
    words = " ".join(parsed.tokens[span.start : span.end])
    return bool(re.fullmatch(ctx.lexicon.institutions.generic_bodies, words))


def _own_holder_of_title(ctx: ArticleContext, rest: str, code: str) -> ResolvedActor | None:
    """ "the Secretary of State" after "Secretary of State Gulshara Abdykalikova" in a story from
    Astana: the latest person the article introduced under a title that implies a state (the US),
    when no holder of the post in that state was met."""
    implied = ctx.titles.default_country(rest)
    state = ctx.registry.state_for_code(implied) if implied else None
    if state is None or ctx.memory.with_role(code, state.slug) is not None:
        # a title of no one state ("the Head of State"), or the implied state's holder met
        # ("the Secretary of State" with Antony Blinken met): read as before
        return None
    words = set(rest.split()) - ctx.titles.title_stopwords
    return ctx.memory.with_title_words(words) if words else None


def dated_title(m: Mention, ctx: ArticleContext) -> ResolvedActor | None:
    if m.name:  # a titled person: decided by `titled_person`
        return None
    parsed, titles, registry = m.parsed, ctx.titles, ctx.registry
    states = parsed.of_kind("state")
    insts = parsed.of_kind("institution")
    indefinite = m.det in titles.indefinite
    if parsed.of_kind("international_organisation") and not states:
        return _organisation_post(m, ctx, indefinite)
    state = states[0].actor if states else None
    inst = insts[0].actor if insts else None
    context = None
    if inst is not None and state is None and ctx.home is not None and _generic_body(insts[0], parsed, ctx):
        # "the Foreign Office spokesperson" in a story from Islamabad: the home state's body, not the
        # one the registry knows by that name
        state, context, inst = ctx.home, institution_type_of(inst), None
    if inst is not None:
        inst_state = registry.state_of(inst)
        if state is None or inst_state is None or inst_state.slug == state.slug:
            state = state or inst_state
            context = institution_type_of(inst)
            if context is None and ctx.lexicon.institutions.slug_hint in inst.slug:
                context = "presidency"
    rest_all = parsed.rest(states)
    country = state.country if state else None
    code = titles.state_role(rest_all, country, context)
    if state is None and code and not indefinite and not _plural_title(m, ctx):
        met = _own_holder_of_title(ctx, rest_all, code)
        if met is not None:
            return met
    if state is None and code:
        implied = titles.default_country(rest_all)
        state = registry.state_for_code(implied) if implied else None
    if code is None:
        if state is not None and not titles.blocked(rest_all):
            found = by_title(ctx, parsed.rest(states + insts), state.slug, None)
            if found is not None and not indefinite:
                return found
        if inst is not None and parsed.rest(insts + states) in ctx.lexicon.mentions.bare_rest:
            return inst.resolved()
        return None
    if state is None and titles.names_spokesperson(rest_all) and (indefinite or ctx.memory.with_role(code) is None):
        # "TEHRAN — … quoted a foreign ministry spokesman", "the FO spokesperson said": an unnamed
        # spokesperson of a body every state has, met nowhere before, speaks for that body of the
        # article's state
        state = ctx.home_for(m.raw)
    if state is None:
        if indefinite or _plural_title(m, ctx):
            return None  # "the Council of Heads of State": several holders, no one of them
        return ctx.memory.with_role(code)
    if not indefinite:
        found = holder(ctx, code, state.slug)
        code_titles = ctx.lexicon.roles.code_titles
        if found is None and code in code_titles:  # a role recorded as "other"
            found = next(filter(None, (by_title(ctx, t, state.slug, None, True) for t in code_titles[code])), None)
        distinct = code_titles.get(code, ()) if code in ctx.lexicon.roles.distinct_titles else ()
        said = next((t for t in distinct if re.search(rf"\b{re.escape(t)}\b", rest_all)), None)
        if found is not None and said is not None and not _titled(ctx, found.slug, said):
            # "the Iranian president": Iran's head of state is its Supreme Leader; the post the article
            # names is the one whose title says "president", whatever role code it is recorded under
            found = by_title(ctx, said, state.slug, None, True) or found
        if found is not None:
            return found
    itype = ctx.lexicon.institutions.fallback.get(code)
    if inst is not None and context == itype:
        return inst.resolved()
    if itype in ("foreign_ministry", "defence_ministry"):
        return ctx.institution_of(state, itype)
    body = registry.institution(state.slug, itype) if itype else None
    return (body or state).resolved()

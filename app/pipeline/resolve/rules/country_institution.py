"""Rule: one state plus institution words ("Russian MFA", "Indian government",
"officials in Pristina") is that state's institution, or the state."""

from __future__ import annotations

import re

from app.pipeline.types import ResolvedActor

from ..context import ArticleContext, Mention
from ..mention import Parsed, Span
from ..normalize import norm


def country_institution(m: Mention, ctx: ArticleContext) -> ResolvedActor | None:
    if m.name:  # a titled person: decided by `titled_person`
        return None
    parsed = m.parsed
    states = [s for s in parsed.spans if s.actor.kind == "state"]
    if len({s.actor.slug for s in states}) == 2 and len(states) == 2:
        return _post_in(parsed, states, ctx)
    if len({s.actor.slug for s in states}) != 1:
        return None
    state = states[0].actor
    rest = " ".join(t for t in parsed.rest(states).split() if t not in ctx.titles.qualifiers)
    if not rest:
        return state.resolved()
    if _stationed(m, parsed, states[0], ctx):  # "diplomats in Islamabad": posted there, of no state named
        return ctx.made(ctx.reader.strip_determiners_raw(m.raw), "group", None)
    kind = ctx.titles.institution_kind(rest)
    if kind is None:
        return _mission_to(parsed, states[0], ctx)
    if kind == "state":
        met = _the_one_met(m, rest, state, ctx)
        if met is not None:
            return met
        if rest in ctx.lexicon.institutions.as_named:
            return ctx.made(ctx.reader.strip_determiners_raw(m.raw), "group", state.country)  # "U.S. officials"
        return state.resolved()
    return ctx.institution_of(state, kind)


def _the_one_met(m: Mention, rest: str, state, ctx: ArticleContext) -> ResolvedActor | None:
    """ "the Russian diplomat", a headline's "Russian diplomat": the person of that state met before
    under a title the noun stands for (the ambassador introduced in full), not the state; "a Russian
    diplomat" is someone new."""
    last = norm(m.raw).split()[-1:]
    if m.det in ctx.titles.indefinite or rest not in ctx.lexicon.memory.role_nouns or last != [rest]:
        return None  # "a Russian diplomat" is someone new; "the Bolivarian diplomats" are many
    return ctx.memory.with_title_word(rest, country=state.country)


def _stationed(m: Mention, parsed: Parsed, state: Span, ctx: ArticleContext) -> bool:
    """ "diplomats in Islamabad", "Western envoys in Kyiv": people (in the plural) posted in the
    place that ends the mention, of many states (`stationed`), never that state's own."""
    words = ctx.lexicon.mentions
    toks = parsed.tokens
    at = state.start
    if at == 0 or state.end != len(toks) or toks[at - 1] not in words.place_links:
        return False
    raw = norm(m.raw).split()
    link = toks[at - 1]
    if link not in raw:
        return False
    head = [t for t in raw[: raw.index(link)] if t not in ctx.titles.determiners]
    return " ".join(head) in words.stationed


def _mission_to(parsed: Parsed, state: Span, ctx: ArticleContext) -> ResolvedActor | None:
    """ "Iran's mission to the United Nations": the state's permanent mission to that organisation."""
    orgs = parsed.of_kind("international_organisation")
    words = ctx.lexicon.institutions
    if len(orgs) != 1 or orgs[0].start < state.end:
        return None
    rest = " ".join(t for t in parsed.rest([state, orgs[0]]).split() if t not in ctx.titles.qualifiers)
    if not re.fullmatch(words.mission_to, rest):
        return None
    name = words.mission_name.format(
        state=ctx.resolver.countries.with_article(state.actor.name), organisation=orgs[0].actor.name
    )
    return ctx.made(name, "institution", state.actor.country)


def _post_in(parsed: Parsed, states: list[Span], ctx: ArticleContext) -> ResolvedActor | None:
    """ "the Chinese embassy in Manila", "Kenya's consulate in Dubai": the first state's post in the second."""
    words = ctx.lexicon.institutions
    own, host = states
    toks = parsed.tokens
    link = host.start - 1
    if link > 0 and toks[link] == "the":
        link -= 1  # "the Chinese Embassy in the UK"
    if own.start > 1 or link < 0 or toks[link] != "in" or host.end != len(toks):
        return None
    post = " ".join(toks[own.end : link])
    if not re.fullmatch(words.post_in, post):
        return None
    with_article = ctx.resolver.countries.with_article
    name = words.post_name.format(
        post=post.title(), state=with_article(own.actor.name), host=with_article(host.actor.name)
    )
    return ctx.made(name, "institution", own.actor.country)

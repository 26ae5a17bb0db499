"""Rule (last): an actor not in the registry (known=False): a person, an institution
or a group, with the country its words give.  Bare titles ("the spokesperson") and
generic heads ("the two sides") name no one and stay unresolved, unless the title serves
a state and the article gives one ("a top minister", "the ministry of finance")."""

from __future__ import annotations

import re

from app.pipeline.types import ResolvedActor

from ..context import ArticleContext, Mention
from ..mention import Parsed
from ..normalize import norm
from ..record import Actor


def _bare_title(ctx: ArticleContext, toks: list[str]) -> bool:
    """ "the spokesperson", "the foreign minister": a title with no one named."""
    if ctx.reader.parse(" ".join(toks)).spans:
        return False
    return all(t in ctx.titles.title_words for t in toks)


_POSSESSORS = frozenset({"his", "her", "their"})


def _home_office_holder(ctx: ArticleContext, det: str | None, toks: list[str], key: str) -> ResolvedActor | None:
    """ "ANKARA — The president said …": a bare office with no one named before it is the holder
    of that office in the article's state, when the registry knows who held it on the day."""
    title = " ".join(toks)
    if title != key:
        return None  # "the two presidents", "the presidents"
    if det not in (None, "the") or title not in ctx.titles.home_offices or ctx.home is None:
        return None
    named = ctx.titles.home_office_names.get(title)
    if named is not None:  # "the Secretary": an office only some states name so
        if ctx.home.country not in named:
            return None
        title = named[ctx.home.country]
    found = ctx.phrase(f"{ctx.home.name}'s {title}")
    return found if found is not None and found.known and found.kind == "person" else None


def _home_service(ctx: ArticleContext, toks: list[str], text: str) -> ResolvedActor | None:
    """ "Oslo will pay, a top minister said", "the ministry of finance", "government officials":
    a bare title of a state's service is the article's state's, when the article gives one."""
    titles = ctx.titles
    words = set(toks)
    if words & titles.domestic_groups and not titles.serves_no_state(words) and ctx.home is not None:
        kind = "person" if toks[-1] in titles.person_heads else "group"
        return ctx.made(text, kind, ctx.home.country)  # "the opposition party", "the opposition leader"
    if not titles.serves_home(words) or ctx.home is None:
        return None
    home = ctx.home
    if toks[-1] in titles.person_heads:
        return ctx.made(text, "person", home.country)
    body = titles.institution_kind(" ".join(toks))
    if body == "state":
        return home.resolved()
    if body is not None:
        return ctx.institution_of(home, body)
    return ctx.made(text, "institution", home.country)


def unknown_actor(m: Mention, ctx: ArticleContext) -> ResolvedActor | None:
    titles, det, key, raw = ctx.titles, m.det, m.key, m.raw
    toks = titles.singular(key).split()
    parsed = ctx.reader.parse(" ".join(toks))
    # "the two South American neighbours": place words do not make it specific
    placeless = parsed.rest(parsed.spans, drop_blocked=True).split() if det in ctx.lexicon.mentions.counting else toks
    if det in _POSSESSORS and len(toks) == 1 and toks[0] in ctx.lexicon.institutions.owner_staff and ctx.home:
        # "…, his office said": the staff of someone the article just named, of its state
        heads = titles.person_heads, titles.institution_heads
        kind = "person" if toks[0] in heads[0] else "institution" if toks[0] in heads[1] else "group"
        return ctx.made(raw.strip(), kind, ctx.home.country)
    if titles.state_media.match(key) and ctx.home is not None:
        return ctx.made(ctx.reader.strip_determiners_raw(raw), "media", ctx.home.country)  # "state media said"
    if not toks or all(t in titles.generic_only or t in titles.determiners for t in placeless):
        return _home_office_holder(ctx, det, toks, key)
    if " ".join(toks) in titles.generic_only:
        return _home_office_holder(ctx, det, toks, key)
    name, prefix = m.name, m.prefix
    text = ctx.reader.strip_honorifics(ctx.reader.strip_determiners_raw(raw))  # "Excellency Minister of State"
    if name:
        state = ctx.described_state(prefix) if prefix else None
        if not prefix and name.isupper() and len(name) <= 6:
            return ctx.made(name, "group", None)
        before = titles.singular(norm(prefix)).split()
        if before and titles.media_suffix.search(" " + " ".join(before)):
            # "the official news agency Ceteka", "state broadcaster KBC": the outlet, of its state
            return ctx.made(name, "media", state.country if state else None)
        if (
            before
            and " " not in name
            and (not set(before) & titles.title_words or before[-1] in titles.domestic_groups)
        ):
            # "Georgian Dream": a demonym and one word is a party or movement; "grid operator
            # Fingrid", "opposition party Vox": a body of the article's country
            words = set(before)
            if state is None and words & titles.domestic_groups and not titles.serves_no_state(words):
                state = ctx.home
            described = before[-1] in titles.domestic_groups  # "grid operator Fingrid" is Fingrid
            return ctx.made(name if described else text, "group", state.country if state else None)
        return ctx.unknown_person(name, state)
    if _bare_title(ctx, toks):
        return _home_service(ctx, toks, text)
    state = ctx.first_state(key, raw)
    words = set(toks)
    if key.split()[-1] in titles.person_heads:  # singular only: "diplomats" are a group
        kind = "person"  # "the Saudi crown prince", "Sudan's army chief"
        rest = parsed.rest(parsed.spans).split()
        if state is not None and len(rest) == 1 and det not in titles.indefinite:
            # "the Russian minister", after "Russian Foreign Minister X" was met: X, not someone new
            met = ctx.memory.with_title_word(rest[0], related=False, country=state.country)
            if met is not None and (met.known or norm(met.name).split()[-1] not in titles.title_words):
                return met  # (a person met under a title alone, "Iran's Ambassador", is no one named)
        state = state or ctx.served_state(key)  # "President X's special envoy": X's state
        if state is None and titles.serves_home(words):
            state = ctx.home  # "the parliament speaker", "the security chief"
    elif words & titles.institution_heads and not words & ctx.lexicon.mentions.group_heads:
        kind = "institution"
        if state is None and ctx.home is not None and not titles.serves_no_state(words):
            # "the General Administration of Customs": a state body of the article's state
            body = titles.institution_kind(" ".join(toks))
            if body is not None and body != "state":
                return ctx.institution_of(ctx.home, body)
            state = ctx.home
    else:
        # "a state-owned Egyptian newspaper", "the independent daily": an outlet, not a group
        kind = "media" if titles.media_suffix.search(" " + key) else "group"
        state = _lived_in(ctx, parsed, toks) or state
        if state is None and words & titles.domestic_groups and not titles.serves_no_state(words):
            state = ctx.home  # "the rebel movement", "tribal elders": the article's country's
        if kind == "group":
            text = ctx.reader.trim_source(text)[0]  # "residents of border villages in X, many of whom …"
            text = ctx.reader.without_count(text)  # "Fourteen Palestinian factions": the factions
    owned = _owned_body(ctx, text)
    written, demonym = text, _OWNED.match(text) is None
    if owned is not None:
        text, owner = owned  # "Iran's Quds Force": the force, of Iran
        known = [a for a in ctx.registry.by_alias(norm(text)) if a.kind != "person"]
        if known:
            return known[0].resolved()  # "Russia's Wagner group"
        state = owner or state
        body = norm(text).split()
        if owner is not None and owner.kind == "state" and len(body) > 2 and body[0] in titles.state_pattern_heads:
            # "Kenya's Ministry of Mining": the registry's pattern, "<body> of <state>"
            text = f"{text} of {ctx.resolver.countries.with_article(owner.name)}"
        elif demonym:
            text = ctx.reader.strip_determiners_raw(written)  # "the Ukrainian Institute of …": its own name
    return ctx.made(text, kind, state.country if state else None)


_OWNED = re.compile(r"^(?P<owner>.+)['’]s?\s+(?P<name>[A-Z][\w'’.-]*(?:\s+\S+)*)$")


def _owned_body(ctx: ArticleContext, text: str) -> tuple[str, Actor | None] | None:
    """ "Iran's Quds Force", "the PLA's Eastern Theatre Command": a body named in its own right after
    the possessive of a state or a known body owning it is named without the owner, of the owner's
    state. None when the owner is no such actor ("Iran's mission", "The People's Liberation …")."""
    found = _OWNED.match(text)
    if found is None:
        words = text.split()  # "the Kenyan Ministry of Mining": a demonym for the owner
        at = 1 if words and norm(words[0]) in ctx.titles.determiners else 0
        if len(words) < at + 2 or ctx.places.state(norm(words[at])) is None:
            return None
        owner, name = norm(words[at]), " ".join(words[at + 1 :])
        if not name[:1].isupper() or len(name.split()) < 3 or norm(name.split()[0]) not in ctx.titles.institution_heads:
            return None
    else:
        owner, name = norm(found.group("owner")), found.group("name")
    first = norm(name.split()[0])
    if first in ctx.titles.title_words and first not in ctx.titles.institution_heads:
        return None  # "Kenya's Foreign Minister": a title, not a body
    state = ctx.places.state(owner)
    if state is None:
        known = [a for a in ctx.registry.by_alias(owner) if a.kind != "person"]
        if not known:
            return None
        state = ctx.registry.state_of(known[0])
    return name, state


def _lived_in(ctx: ArticleContext, parsed: Parsed, toks: list[str]) -> Actor | None:
    """ "Ethnic Albanians in southern Serbia": the state a group lives in, named after "in"/"of"
    (a part of it allowed: "southern"), not the people it is named after."""
    words = ctx.lexicon.mentions
    if not parsed.spans or parsed.spans[0].end >= len(toks) or toks[parsed.spans[0].end] not in words.group_place:
        return None  # named by a people ("Albanians in"), not "Chinese officials in Kenya"
    for span in parsed.spans[1:]:
        if span.actor.kind != "state":
            continue
        i = span.start - 1
        while i >= 0 and toks[i] in words.compass:
            i -= 1
        if i >= 0 and toks[i] in words.group_place:
            return span.actor
    return None

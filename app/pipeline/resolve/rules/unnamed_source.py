"""Rule: "a Chilean diplomat", "an Iraqi official familiar with the talks" is one unnamed
person, named as the source is, with the country the mention gives (not the state itself)."""

from __future__ import annotations

from app.pipeline.types import ResolvedActor

from ..context import ArticleContext, Mention
from ..normalize import norm


def unnamed_source(m: Mention, ctx: ArticleContext) -> ResolvedActor | None:
    words = ctx.lexicon.mentions
    raw, place_only = ctx.reader.trim_source(m.raw)  # "a diplomat based in Oslo, who asked …": "a diplomat"
    key = norm(raw) if raw != m.raw else m.key
    toks = key.split()
    while toks and toks[0] in ctx.titles.determiners:
        toks = toks[1:]
    head = next((i for i, t in enumerate(toks) if t in words.anonymous_heads), None)
    if (
        m.det not in ctx.titles.indefinite
        or head is None
        or "," in raw
        or (head < len(toks) - 1 and toks[head + 1] not in words.anonymous_links)
    ):
        return None
    if place_only:
        key = m.key  # "a fisherman in Tromsø": the place may still say whose the source is
    state = ctx.first_state(key)
    if state is None:  # "a senior official at the Ministry of External Affairs"
        insts = ctx.reader.parse(key).of_kind("institution")
        state = ctx.registry.state_of(insts[0].actor) if insts else None
    country = state.country if state else None
    if country is None and head > 0:
        # "a senior Biden administration official", "a Hamas official": whose the words before say
        owner = [t for t in raw.split()[len(raw.split()) - len(toks) :][:head] if norm(t) not in ctx.titles.qualifiers]
        found = ctx.phrase(" ".join(owner)) if owner else None
        country = found.country if found is not None and found.kind != "person" else None
    if country is None and ctx.titles.serves_home(set(toks)) and ctx.home is not None:
        country = ctx.home.country  # "a security official": a state's, the article's
    return ctx.made(ctx.reader.strip_determiners_raw(raw), "person", country)

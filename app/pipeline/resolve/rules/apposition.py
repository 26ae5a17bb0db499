"""Rule: "X, the Y" / "X (Y)": the first part when it is a name ("Igad, the
Intergovernmental Authority...", "Juncker, the Commission's president"), an
unknown person when it is a bare name; "Russia's Arctic envoy, Nikolai
Korchunov": the name after the comma, with the country the title gives."""

from __future__ import annotations

import re
from dataclasses import replace

from app.pipeline.types import ResolvedActor

from ..context import ArticleContext, Mention
from ..normalize import norm


def _titled_apposition(ctx: ArticleContext, title: str, rest: list[str]) -> ResolvedActor | None:
    for part in rest:
        name, prefix = ctx.reader.split_name(part)
        if name and not prefix:
            found = ctx.phrase(part)
            if found is not None:
                return found
            return ctx.unknown_person(name, ctx.described_state(title))
        if name and ctx.person_title(prefix):
            # "Ukraine's delegation head, Defense Minister Ivan Petrenko": the person named with a
            # title of their own, never whoever holds the first title's nearest office
            found = ctx.phrase(name)
            if found is not None and found.kind == "person":
                return found
            return ctx.unknown_person(name, ctx.described_state(title) or ctx.described_state(prefix))
    return None


def apposition(m: Mention, ctx: ArticleContext) -> ResolvedActor | None:
    raw = m.raw
    if "," not in raw and "(" not in raw:
        return None
    parts = [p.strip(" ()") for p in re.split(r"[,()]", raw) if p.strip(" ()")]
    if len(parts) < 2:
        return None
    first = parts[0]
    rest = " ".join(parts[1:])
    if ctx.reader.split_name(first)[0] is None and (ctx.person_title(first) or _title_of_place(ctx, first)):
        # "Kenya's foreign affairs secretary, Ana Wanjiru": the name the article gives wins over
        # whoever the registry has in that post
        named = _titled_apposition(ctx, first, parts[1:])
        if named is not None:
            return named
    found = ctx.phrase(first)
    if found is not None:
        if found.kind == "person" and not found.known and found.country is None:
            # met before without a country ("Ana Lima said"), now described: "Ana Lima, Chile's envoy"
            state = ctx.described_state(rest, parts[1])
            found = replace(found, country=state.country) if state is not None else found
        return found
    name, prefix = ctx.reader.split_name(first)
    if name and not prefix:
        return ctx.unknown_person(name, ctx.described_state(rest, parts[1]))
    if name:
        placed = ctx.first_state(norm(prefix))
        if placed is None or (ctx.name(name, prefix) is None and _personal(name)):
            # "President Surangel Whipps Jr., the leader of …": a titled name nobody known bears is
            # that unknown person (the description must not lead to the last leader met), placed by
            # its title ("Kenyan President"), its description ("Minister of Transport of Chile"), or
            # the article's state for a title serving one ("Gen. X, the chief of the Armed Forces")
            elsewhere = ctx.titles.other_state.search(norm(rest))  # "the leader of a Pacific nation"
            state = (
                placed or ctx.described_state(rest, parts[1]) or (None if elsewhere else ctx.described_state(prefix))
            )
            return ctx.unknown_person(name, state)
    return _titled_apposition(ctx, first, parts[1:])


def _personal(name: str) -> bool:
    """Two or more capitalised words: a person's name, not a body's single word."""
    words = name.split()
    return len(words) >= 2 and all(w[:1].isupper() for w in words)


def _title_of_place(ctx: ArticleContext, phrase: str) -> bool:
    """ "the representative of the United States", "Ambassador of Japan to China": a person's title
    whose complement names a place or body, before the holder's name."""
    head = re.split(r"\s(?:of|to|for|at)\s", norm(phrase), maxsplit=1)[0]
    return head != norm(phrase) and ctx.person_title(head)

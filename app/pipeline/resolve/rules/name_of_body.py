"""Rule: "Sérgio Danese of Brazil", "Noah Barkin of the German Marshall Fund": a person's full
name followed by "of" and the state or body they speak for or work at is that person, placed
by it (a research or teaching body places no one), not a body named after them."""

from __future__ import annotations

import re

from app.pipeline.types import ResolvedActor

from ..context import ArticleContext, Mention

_OF = re.compile(r"\s+of\s+(?=\S)")


def name_of_body(m: Mention, ctx: ArticleContext) -> ResolvedActor | None:
    parts = _OF.split(m.raw.strip(), maxsplit=1)
    if len(parts) != 2:
        return None
    person, body = parts
    name, prefix = ctx.reader.split_name(person)
    words = person.split()
    if name != person or prefix or len(words) < 2 or not all(w[:1].isupper() for w in words):
        return None  # "Bank of England", "Minister of Defence", "President X of Y" are others' business
    if not ctx.reader.parse(ctx.titles.singular(m.key.split(" of ", 1)[-1])).spans:
        return None  # "Ana Lima of Porto Alegre" may still be a name with a place in it
    state = ctx.described_state(body)
    found = ctx.name(name, body)
    if found is not None and found.known:
        return found
    return ctx.unknown_person(name, state)

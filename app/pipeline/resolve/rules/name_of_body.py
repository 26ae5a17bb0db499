"""Rule: "Tomás Almeida Reis of Portugal", "Lena Vogt of the Rhodium Group", "Lea Moor from the
Ocean Trust", "President Lula of Brazil": a person's name (with or without a title) followed by
"of"/"from"/"at" (`person_of` in mentions.yaml) and the state or body they speak for or work at is
that person, placed by it (a research or teaching body places no one), not a body named after
them."""

from __future__ import annotations

import re
from dataclasses import replace

from app.pipeline.types import ResolvedActor

from ..context import ArticleContext, Mention
from ..normalize import norm


def name_of_body(m: Mention, ctx: ArticleContext) -> ResolvedActor | None:
    parts = re.split(ctx.lexicon.mentions.person_of, m.raw.strip(), maxsplit=1)
    if len(parts) != 2 or not parts[1].strip():
        return None
    person, body = parts[0].strip(), parts[1].strip()
    if m.name and not body.endswith(m.name):
        return None  # the mention ends in a name of its own: not "<name> of <place>"
    name, prefix = ctx.reader.split_name(person)
    if not name or not person.endswith(name) or not all(w[:1].isupper() for w in name.split()):
        return None  # "Bank of England", "Minister of Defence" are others' business
    if not prefix and len(name.split()) < 2:
        return None  # "Gulf of Guinea", "Isle of Man": one word is a place's name, not a person's
    if prefix and not ctx.person_title(prefix):
        return None
    if ctx.reader.parse(norm(name)).spans:
        return None  # "the United States of America": a state's or a body's name
    state = ctx.described_state(body)
    found = ctx.phrase(person) if prefix else ctx.name(name, "")
    if found is not None and found.kind == "person":
        if found.known and (state is None or found.country in (None, state.country)):
            return found
        if not found.known:
            return replace(found, country=state.country) if found.country is None and state is not None else found
    if prefix and state is None:
        state = ctx.described_state(prefix)
    return ctx.unknown_person(name, state)

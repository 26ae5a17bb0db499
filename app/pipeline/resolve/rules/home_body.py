"""Rule: "the Foreign Office", "the Defence Ministry", "the presidency" with no country of
their own: the same body met earlier in the article ("Pakistan's Foreign Office"), else that
body of the state the article gives the mention (`ctx.home`). Only then (no home) may a
registry name for one state's body ("Foreign Office" = the UK's) answer."""

from __future__ import annotations

import re

from app.pipeline.types import ResolvedActor

from ..context import ArticleContext, Mention


def home_body(m: Mention, ctx: ArticleContext) -> ResolvedActor | None:
    if m.det in ctx.titles.indefinite or not re.match(ctx.lexicon.institutions.generic_bodies, m.key):
        return None
    toks = ctx.titles.singular(m.key).split()
    found = ctx.memory.back_reference(toks)  # the registry knows the name, so ask the memory directly
    if found is not None or ctx.home is None:
        return found
    body = ctx.titles.institution_kind(m.key)
    return ctx.institution_of(ctx.home, body) if body and body != "state" else None

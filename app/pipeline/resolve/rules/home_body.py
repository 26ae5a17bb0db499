"""Rule: "the Foreign Office", "the Defence Ministry", "the presidency" with no country of
their own: the same body met earlier in the article ("Pakistan's Foreign Office"), else that
body of the state the article gives the mention (`ctx.home`). The office of a post ("the prime
minister's office", "the presidency") is the office of the post's holder met in the article when
none of the home state was met. Only then (no home) may a registry name for one state's body
("Foreign Office" = the UK's) answer."""

from __future__ import annotations

import re

from app.pipeline.types import ResolvedActor

from ..context import ArticleContext, Mention
from ..record import Actor


def home_body(m: Mention, ctx: ArticleContext) -> ResolvedActor | None:
    if m.det in ctx.titles.indefinite or not re.match(ctx.lexicon.institutions.generic_bodies, m.key):
        return None
    toks = ctx.titles.singular(m.key).split()
    found = ctx.memory.back_reference(toks)  # the registry knows the name, so ask the memory directly
    if found is not None:
        return found
    body = ctx.titles.institution_kind(m.key)
    state = _post_holders_state(body, ctx) or ctx.home
    if state is None:
        return None
    return ctx.institution_of(state, body) if body and body != "state" else None


def _post_holders_state(body: str | None, ctx: ArticleContext) -> Actor | None:
    """The state of the latest holder met of the post whose office `body` is, when the home state has
    no such post: "the prime minister's office" after Mark Carney in a Mexican outlet is Canada's."""
    post = ctx.lexicon.institutions.office_posts.get(body or "")
    if post is None:
        return None
    role, titles = post
    home = ctx.home

    if home is not None and ctx.has_post(home.slug, role, titles) is not False:
        return None  # the home state has the post, or the registry cannot tell
    for _, state in ctx.memory.holders(role):
        if state is not None and (home is None or state != home.slug) and ctx.has_post(state, role, titles):
            return ctx.registry.get(state)
    return None

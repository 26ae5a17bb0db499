"""Rule: "the ministry", "the Commission", "the minister", "the foreign minister":
a mention naming no place refers back to a body or person met in the article
(mentions that name a place are read as titles of that place instead)."""

from __future__ import annotations

from app.pipeline.types import ResolvedActor

from ..context import ArticleContext, Mention
from ..normalize import norm


def back_reference(m: Mention, ctx: ArticleContext) -> ResolvedActor | None:
    if m.name or m.parsed.spans:
        return None
    titles = ctx.titles
    toks = titles.singular(m.key).split()
    if not toks or len(toks) > 3 or titles.blocked(m.key):
        return None

    def children(slug: str) -> list[ResolvedActor]:
        return [a.resolved() for a in ctx.registry.children(slug)]

    def top_level(actor: ResolvedActor) -> bool:
        record = ctx.registry.get(actor.slug) if actor.known else None
        return record is None or record.parent is None

    groups_only = set(ctx.lexicon.memory.back_references.get(toks[-1], ())) == {"group"}
    if groups_only and m.raw.split()[0].lower() != "the":  # (the key has lost its "the")
        return None  # "two sources", "sources said": others than those met; "the sources" are them
    found = ctx.memory.back_reference(toks, children, top_level)
    if found is not None:
        return found
    code = titles.state_role(" ".join(toks), None, None)
    found = ctx.memory.with_role(code) if code else None
    if found is None and len(toks) == 1 and m.det not in titles.indefinite:  # "a diplomat" is someone new
        # "two diplomats said": people other than the one named before, so a title word of their own only
        related = toks == m.key.split()
        found = ctx.memory.with_title_word(titles.spokes_words.get(toks[0], toks[0]), related=related)
        if found is not None and not related and norm(found.name).split()[-1:] != m.key.split()[-1:]:
            return None  # "two diplomats", "the ministers": a group, never the one diplomat or minister met before
    return found

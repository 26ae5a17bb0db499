"""Rule: a media name with its kind of outlet around it ("Tass news agency",
"state broadcaster RTS") is the outlet's registry name."""

from __future__ import annotations

from app.pipeline.types import ResolvedActor

from ..context import ArticleContext, Mention


def media_name(m: Mention, ctx: ArticleContext) -> ResolvedActor | None:
    key = m.key
    bare = ctx.titles.media_prefix.sub("", ctx.titles.media_suffix.sub("", key))
    if bare != key and bare:
        return ctx.alias(bare)
    return None

"""Rule: the whole mention (normalised, determiners dropped) is a registry name or
alias; one word may be a person met earlier in the article ("Lavrov")."""

from __future__ import annotations

from app.pipeline.types import ResolvedActor

from ..context import ArticleContext, Mention


def registry_name(m: Mention, ctx: ArticleContext) -> ResolvedActor | None:
    return ctx.alias(m.key)

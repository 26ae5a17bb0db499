"""Guard: a pronoun ("he", "they", "who") is no actor; an acronym in capitals ("IT") may be."""

from __future__ import annotations

from ..context import ArticleContext


def is_pronoun(raw: str, ctx: ArticleContext) -> bool:
    return raw.lower() in ctx.titles.pronouns and not (raw.isupper() and len(raw) > 1)

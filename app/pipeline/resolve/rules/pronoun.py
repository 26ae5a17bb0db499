"""Guards: a pronoun ("he", "they", "who") is no actor (an acronym in capitals, "IT", may be); nor
is a day ("Monday's", "on 28 January", "March"), which a parse sometimes leaves as a subject."""

from __future__ import annotations

from ..context import ArticleContext


def is_pronoun(raw: str, ctx: ArticleContext) -> bool:
    return raw.lower() in ctx.titles.pronouns and not (raw.isupper() and len(raw) > 1)


def is_time(raw: str, ctx: ArticleContext) -> bool:
    words = [w.strip("'’").removesuffix("'s").removesuffix("’s") for w in raw.lower().split()]
    time_words = ctx.lexicon.mentions.time_words
    determiners = ctx.titles.determiners
    left = [w for w in words if w and not w.isdigit() and w not in determiners]
    return bool(left) and all(w in time_words for w in left) and any(w in time_words for w in words)

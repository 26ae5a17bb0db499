"""Guards: a pronoun ("he", "they", "who") is no actor (an acronym in capitals, "IT", may be); nor
is a day ("Monday's", "on 28 January", "March"), which a parse sometimes leaves as a subject."""

from __future__ import annotations

from ..context import ArticleContext
from ..normalize import without_possessive


def is_pronoun(raw: str, ctx: ArticleContext) -> bool:
    return raw.lower() in ctx.titles.pronouns and not (raw.isupper() and len(raw) > 1)


def is_time(raw: str, ctx: ArticleContext) -> bool:
    words = [without_possessive(w).strip("'’") for w in raw.lower().split()]
    mentions = ctx.lexicon.mentions
    days = mentions.time_words | mentions.weekdays
    left = [w for w in words if w and not w.isdigit() and w not in ctx.titles.determiners]
    return bool(left) and all(w in days for w in left)

"""Rule: a person's name after a title ("Foreign Minister Ararat Mirzoyan"): the person
met in the article, by alias, by unique surname, then by fuzzy match.  A name that
matches no one ends the phrase rules: it is an unknown person, made later."""

from __future__ import annotations

from app.pipeline.types import ResolvedActor

from ..context import ArticleContext, Mention


def titled_person(m: Mention, ctx: ArticleContext) -> ResolvedActor | None:
    if not m.name:
        return None
    return ctx.name(m.name, m.prefix)

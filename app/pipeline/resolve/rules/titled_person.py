"""Rule: a person's name after a title ("Foreign Minister Ararat Mirzoyan"): the person
met in the article, by alias, by unique surname, then by fuzzy match.  A name that
matches no one ends the phrase rules: it is an unknown person, made later."""

from __future__ import annotations

import re

from app.pipeline.types import ResolvedActor

from ..context import ArticleContext, Mention


def titled_person(m: Mention, ctx: ArticleContext) -> ResolvedActor | None:
    if not m.name:
        return None
    found = ctx.name(m.name, m.prefix)
    if found is not None and _someone_else_first(m, ctx, found):
        return None  # a joint mention: `joint_mention` names the first party
    return found


def _someone_else_first(m: Mention, ctx: ArticleContext, named: ResolvedActor) -> bool:
    """ "The Prime Minister and President Macron reiterated …": the title before "and" is a person
    the article met before, not the named one; "Deputy Prime Minister and Foreign Minister X" (one
    person's two posts) has no determiner, or refers back to X himself."""
    parts = re.split(ctx.lexicon.mentions.joint, m.raw, maxsplit=1)
    if len(parts) != 2 or not parts[0].lower().startswith("the ") or m.name not in parts[1]:
        return False
    first = ctx.phrase(parts[0])
    return first is not None and first.kind == "person" and first.slug != named.slug

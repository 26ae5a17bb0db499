"""Rule: "Kyrgyz President Sadyr Japarov and his Tajik counterpart": a titled or known
person first is split off before titles are read, or the whole phrase would read as
"Kyrgyz … counterpart", the state.  Not "Trinidad and Tobago's …" nor "Ministry of
Europe and Foreign Affairs"."""

from __future__ import annotations

import re

from app.pipeline.types import ResolvedActor

from ..context import ArticleContext, Mention
from .joint_mention import joint_mention


def joint_of_people(m: Mention, ctx: ArticleContext) -> ResolvedActor | None:
    parts = re.split(ctx.lexicon.mentions.joint, m.raw, maxsplit=1)
    if len(parts) != 2:
        return None
    name, prefix = ctx.reader.split_name(parts[0])
    if name and (ctx.person_title(prefix) or (not prefix and ctx.person_by_name(name) is not None)):
        return joint_mention(m, ctx)
    return None

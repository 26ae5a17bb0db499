"""Rule: "Georgetown and Caracas", "Armenian and Azerbaijani foreign ministers": the
first-named party (the annotation guidelines' rule); the second is resolved too,
so a later "Rahmon said" finds the person it named."""

from __future__ import annotations

import re

from app.pipeline.types import ResolvedActor

from ..context import ArticleContext, Mention
from ..countries import and_inside_state_name
from ..normalize import norm
from .unknown_actor import unknown_actor


def joint_mention(m: Mention, ctx: ArticleContext) -> ResolvedActor | None:
    link = next(
        (
            j
            for j in re.finditer(ctx.lexicon.mentions.joint, m.raw)
            if not and_inside_state_name(m.raw[: j.start()].split(), m.raw[j.end() :].split())
        ),
        None,
    )
    if link is None:
        return None
    first, second = m.raw[: link.start()], m.raw[link.end() :]
    if ctx.places.state(norm(ctx.reader.strip_determiners_raw(first))) is not None:
        tail = second.split()
        for n in (3, 2, 1):
            if len(tail) > n and ctx.places.state(norm(" ".join(tail[:n]))) is not None:
                combined = f"{first} {' '.join(tail[n:])}"
                found = ctx.phrase(combined)
                if found is not None:
                    return found
                break
    found = ctx.phrase(first)
    name, prefix = ctx.reader.split_name(first)
    if found is None and name and ctx.person_title(prefix):
        found = unknown_actor(ctx.mention(first), ctx)  # "Kyrgyz President Sadyr Japarov and his Tajik counterpart …"
    if found is not None and found.kind == "person":
        # The article named the other party too: a later "Rahmon said" is resolved from it.
        ctx.resolve(_shared_title(ctx, prefix, second))
    return found


def _shared_title(ctx: ArticleContext, prefix: str, second: str) -> str:
    """ "Chilean senators Ana Reis and Senator Tomas Vidal": the second person, no one the registry
    knows, shares the first one's placed title (its own title, if any, is part of it)."""
    name, own = ctx.reader.split_name(second)
    if not name or not prefix or ctx.name(name, own) is not None:
        return second
    if not set(norm(own).split()) <= set(norm(prefix).split()) or ctx.first_state(norm(prefix)) is None:
        return second
    return f"{prefix} {name}"

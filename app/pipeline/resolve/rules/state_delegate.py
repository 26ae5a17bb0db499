"""Rule: "The representative of the Russian Federation", "the delegate of Chile": a bare delegate
of a state, with no name, is that state speaking (meeting coverage names delegations so), not
whichever envoy the registry holds for it."""

from __future__ import annotations

from app.pipeline.types import ResolvedActor

from ..context import ArticleContext, Mention


def state_delegate(m: Mention, ctx: ArticleContext) -> ResolvedActor | None:
    if m.det is not None or not m.raw.lower().startswith("the "):  # norm drops a leading "the"
        return None
    head, sep, place = m.key.partition(" of ")
    if not sep or head not in ctx.titles.state_delegates:
        return None
    parsed = ctx.reader.parse(place)
    if len(parsed.spans) != 1 or parsed.spans[0].actor.kind != "state" or parsed.rest(parsed.spans):
        return None
    return parsed.spans[0].actor.resolved()

"""Rule: one state plus institution words ("Russian MFA", "Indian government",
"officials in Pristina") is that state's institution, or the state."""

from __future__ import annotations

from app.pipeline.types import ResolvedActor

from ..context import ArticleContext, Mention


def country_institution(m: Mention, ctx: ArticleContext) -> ResolvedActor | None:
    if m.name:  # a titled person: decided by `titled_person`
        return None
    parsed = m.parsed
    states = [s for s in parsed.spans if s.actor.kind == "state"]
    if len({s.actor.slug for s in states}) != 1:
        return None
    state = states[0].actor
    rest = " ".join(t for t in parsed.rest(states).split() if t not in ctx.titles.qualifiers)
    if not rest:
        return state.resolved()
    kind = ctx.titles.institution_kind(rest)
    if kind is None:
        return None
    if kind == "state":
        return state.resolved()
    return ctx.institution_of(state, kind)

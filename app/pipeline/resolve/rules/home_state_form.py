"""Rule: "the Sultanate", "the Kingdom": a state named only by its form of government is the
article's state (`ctx.home`) when that state's official name has the form ("Sultanate of Oman",
"Kingdom of Saudi Arabia"); elsewhere it names no one."""

from __future__ import annotations

from app.pipeline.types import ResolvedActor

from ..context import ArticleContext, Mention
from ..countries import names_of
from ..normalize import norm


def home_state_form(m: Mention, ctx: ArticleContext) -> ResolvedActor | None:
    if m.det not in (None, "the") or m.key not in ctx.lexicon.mentions.state_forms or ctx.home is None:
        return None
    code = ctx.home.country
    if not code or not any(m.key in norm(name) for name in names_of(code)):
        return None
    return ctx.home.resolved()

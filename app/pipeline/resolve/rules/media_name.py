"""Rule: a media name with its kind of outlet around it ("Tass news agency",
"state broadcaster RTS") is the outlet's registry name; words that only describe the
outlet ("Egypt's state-affiliated Al-Zahra News", "the state-owned TASS news agency")
are not part of its name, and an outlet the registry lacks is still an outlet, of the
country those words give."""

from __future__ import annotations

from app.pipeline.types import ResolvedActor

from ..context import ArticleContext, Mention
from ..normalize import norm


def _tail(raw: str, words: int) -> str:
    """The last written words of `raw` that make `words` normalised words ("Al-Zahra News": 3)."""
    out: list[str] = []
    count = 0
    for w in reversed(raw.split()):
        if count >= words:
            break
        out.insert(0, w)
        count += len(norm(w).split())
    return " ".join(out)


def media_name(m: Mention, ctx: ArticleContext) -> ResolvedActor | None:
    titles = ctx.titles
    described = titles.media_descriptor.match(m.raw)
    raw = m.raw[described.end() :] if described else m.raw
    key = norm(raw) if described else m.key
    bare = titles.media_prefix.sub("", titles.media_suffix.sub("", key))
    if bare and bare != m.key:
        found = ctx.alias(bare)
        if found is not None and (described is None or found.kind == "media"):
            return found  # ("Sudanese official Ali" is no outlet)
    # "news agency SPA" -> "spa"; "Tasnim news agency" kept; "Daily Drum" is a name, not "a daily"
    first = raw.split()[0] if raw.split() else ""
    named = titles.media_prefix.sub("", key) if first[:1].islower() else key
    if not named or not (named != key or titles.media_named_suffix.search(key)):
        return None  # not said to be an outlet
    if raw.split()[-1][:1].islower() and all(
        t in titles.title_words or t in titles.determiners or ctx.first_state(t) for t in bare.split()
    ):
        return None  # "the official news agency", "an Israeli newspaper": no name ("Saudi Press Agency" is one)
    state = ctx.first_state(norm(described.group("place"))) if described and described.group("place") else None
    state = state or ctx.first_state(key)
    if state is None and described is not None and described.group("state"):
        state = ctx.home  # "the state-run news agency X": the article's state's
    words = _tail(raw, len(named.split())).split()
    while len(words) > 1 and words[-1][:1].islower():
        words.pop()  # "Meduza news outlet" is Meduza; "Al-Zahra News" keeps its capital
    return ctx.made(" ".join(words), "media", state.country if state else None)

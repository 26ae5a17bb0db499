"""Matched words marked in a statement's text: the text escaped first, then `<mark>` put around the matches.

The spans come from `app.query.search.matched_spans`, which reads the search box's terms the
way the databases do; only our own `<mark>` tags are markup, never the stored text.
"""

from __future__ import annotations

from markupsafe import Markup, escape

from app.query.search import matched_spans


def highlight(text: str | None, query: str | None) -> Markup:
    text = text or ""
    parts: list[Markup] = []
    done = 0
    for start, end in matched_spans(text, query):
        parts += [escape(text[done:start]), Markup("<mark>"), escape(text[start:end]), Markup("</mark>")]
        done = end
    parts.append(escape(text[done:]))
    return Markup("").join(parts)

"""HTML pages: the same service calls and filter as the API, rendered with Jinja2."""
from __future__ import annotations

import dataclasses
from itertools import groupby
from typing import Annotated

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.responses import HTMLResponse

from app.query import service
from app.query.filters import describe
from app.web.deps import FilterDep, SessionDep
from app.web.formatting import country_name, query_string

router = APIRouter(include_in_schema=False)

Cursor = Annotated[str | None, Query(max_length=500)]


def _filter_params(f) -> dict[str, object]:
    params = {k: v for k, v in dataclasses.asdict(f).items() if k != "include_rejected"}
    return {k: (v.isoformat() if hasattr(v, "isoformat") else v) for k, v in params.items()}


def _without(params: dict[str, object], key: str, value: object) -> str:
    """Query string of the current filters with one value removed (the "clear" links)."""
    trimmed = dict(params)
    current = trimmed.get(key)
    if isinstance(current, (list, tuple)):
        trimmed[key] = [v for v in current if v != value]
    else:
        trimmed[key] = None
    return query_string(trimmed)


def _active_chips(params: dict[str, object], names: dict[str, str]) -> list[tuple[str, str]]:
    chips = []
    for key, value in params.items():
        for item in value if isinstance(value, (list, tuple)) else [value]:
            if item in (None, ""):
                continue
            label = names.get(item, country_name(item) if key in ("country", "target") else str(item))
            chips.append((f"{key}: {label}", _without(params, key, item)))
    return chips


@router.get("/", response_class=HTMLResponse)
def timeline(request: Request, session: SessionDep, f: FilterDep, cursor: Cursor = None):
    page = service.list_statements(session, f, limit=request.app.state.settings.page_size, cursor=cursor)
    facets = service.statement_facets(session, f)
    names = service.actor_names(session, f.actor)
    countries = {c: country_name(c) for c in (*f.country, *f.target) if len(c) == 2}
    params = _filter_params(f)
    days = [(day, list(items)) for day, items in groupby(page.items, key=lambda s: s.said_on)]
    return request.app.state.templates.TemplateResponse(request, "timeline.html", {
        "days": days,
        "filter": f,
        "params": params,
        "description": describe(f, names, countries),
        "chips": _active_chips(params, names),
        "facets": facets,
        "next_url": f"/?{query_string({**params, 'cursor': page.next_cursor})}" if page.next_cursor else None,
        "api_url": f"/api/statements?{query_string(params)}",
    })


@router.get("/articles/{article_id}", response_class=HTMLResponse)
def article_page(request: Request, article_id: int, session: SessionDep):
    article = service.get_article(session, article_id)
    if article is None:
        raise HTTPException(404, f"No article with id {article_id}.")
    statements = [s for s in article.statements if s.review_state != "rejected"]
    return request.app.state.templates.TemplateResponse(request, "article.html", {
        "article": article,
        "segments": highlight_segments(article.body, statements),
        "statements": statements,
        "api_url": f"/api/articles/{article.id}",
    })


def highlight_segments(body: str, statements) -> list[tuple[str, object | None]]:
    """The body cut into (text, statement-or-None) pieces; overlapping spans keep the first."""
    segments, position = [], 0
    for st in sorted(statements, key=lambda s: (s.start, -s.end)):
        if st.start < position or st.end > len(body):
            continue
        if st.start > position:
            segments.append((body[position:st.start], None))
        segments.append((body[st.start:st.end], st))
        position = st.end
    if position < len(body):
        segments.append((body[position:], None))
    return segments

"""What every page needs: the current filters as parameters, their description and clear links."""

from __future__ import annotations

import dataclasses
from typing import Any

from fastapi import Request
from sqlalchemy.orm import Session

from app.query import service
from app.query.filters import StatementFilter, describe
from app.web.formatting import country_name, query_string

FILTER_KEYS = ("actor", "country", "target", "kind", "category", "since", "until", "q", "article")


def _distinct_param(f: StatementFilter) -> dict[str, object]:
    return {} if f.distinct else {"distinct": "false"}


def filter_params(f: StatementFilter, drop: tuple[str, ...] = ()) -> dict[str, object]:
    """The filter as query parameters (dates as ISO strings), without the keys a page fixes itself."""
    params = {k: v for k, v in dataclasses.asdict(f).items() if k in FILTER_KEYS and k not in drop}
    params = {k: (v.isoformat() if hasattr(v, "isoformat") else v) for k, v in params.items()}
    return {**params, **_distinct_param(f)}


def _without(params: dict[str, object], key: str, value: object) -> str:
    trimmed = dict(params)
    current = trimmed.get(key)
    trimmed[key] = [v for v in current if v != value] if isinstance(current, (list, tuple)) else None
    return query_string(trimmed)


def filter_chips(params: dict[str, object], names: dict[str, str]) -> list[tuple[str, str]]:
    """(label, query string without that value) for each active filter value: the "clear" links."""
    chips = []
    for key, value in params.items():
        for item in value if isinstance(value, (list, tuple)) else [value]:
            if item in (None, ""):
                continue
            label = names.get(item) or (country_name(item) if key in ("country", "target") else str(item))
            chips.append((f"{key}: {label}", _without(params, key, item)))
    return chips


def filter_context(session: Session, f: StatementFilter, facets, drop: tuple[str, ...] = ()) -> dict[str, Any]:
    """Template variables describing the active filters in words and as removable chips."""
    names = service.actor_names(session, tuple(dict.fromkeys(f.actor + f.target)))
    countries = {c: country_name(c) for c in (*f.country, *f.target) if len(c) == 2}
    categories = {code: label for code, label, _ in facets.category}
    params = filter_params(f, drop)
    return {
        "filter": f,
        "params": params,
        "description": describe(f, names, countries, categories),
        "chips": filter_chips(params, {**names, **categories}),
    }


def render(request: Request, template: str, context: dict[str, Any], status_code: int = 200):
    return request.app.state.templates.TemplateResponse(request, template, context, status_code=status_code)

"""What every page needs: the current filters as parameters, their description and clear links.

All of it iterates the selection's filter registry: a filter's parameter, chip, words and
widget come from its declaration, not from lists kept here.
"""

from __future__ import annotations

from typing import Any

from fastapi import Request
from sqlalchemy.orm import Session

from app.query import cards
from app.query.filters import Labels, StatementFilter, describe, load_labels
from app.query.stats import FacetCounts
from app.web.formatting import country_name, query_string


def filter_params(f: StatementFilter, drop: tuple[str, ...] = ()) -> dict[str, object]:
    """The filter as the query parameters links carry, without the keys a page fixes itself."""
    return {flt.name: flt.link(f[flt.name]) for flt in f.registry if flt.in_links and flt.name not in drop}


def next_url(path: str, params: dict[str, object], cursor: str | None) -> str | None:
    """The link to the next page of a list, its filters kept; None on the last page."""
    return f"{path}?{query_string({**params, 'cursor': cursor})}" if cursor else None


def _without(params: dict[str, object], key: str, value: object) -> str:
    trimmed = dict(params)
    current = trimmed.get(key)
    trimmed[key] = [v for v in current if v != value] if isinstance(current, (list, tuple)) else None
    return query_string(trimmed)


def filter_chips(f: StatementFilter, params: dict[str, object], labels: Labels) -> list[tuple[str, str]]:
    """(label, query string without that value) for each active filter value: the "clear" links."""
    chips = []
    for key, value in params.items():
        naming = f.registry[key].naming
        for item in value if isinstance(value, (list, tuple)) else [value]:
            if item in (None, ""):
                continue
            chips.append((f"{key}: {naming(item, labels)}", _without(params, key, item)))
    return chips


def filter_context(
    session: Session, f: StatementFilter, facets: FacetCounts, drop: tuple[str, ...] = ()
) -> dict[str, Any]:
    """Template variables describing the active filters in words, as removable chips and as a form."""
    facet_labels = {name: {value: label for value, label, _ in rows} for name, rows in facets.as_dict().items()}
    labels = load_labels(session, f, country=country_name, facets=facet_labels)
    params = filter_params(f, drop)
    return {
        "filter": f,
        "params": params,
        "labels": labels,
        "filter_widgets": f.registry.widgets,
        "description": describe(f, labels),
        "chips": filter_chips(f, params, labels),
    }


def addressed_most(rows: list[tuple[str, str, int]]) -> list[tuple[str, str, int]]:
    """`stats.top_targets` rows as (name, link, count): a two-letter key is a country, else an actor's slug."""
    return [
        (country_name(key), f"/countries/{key}", n) if len(key) == 2 else (label, f"/actors/{key}", n)
        for key, label, n in rows
    ]


def card_context(session: Session, statements) -> dict[str, Any]:
    """What the cards of a page need beyond their rows: the articles' quotation marks, the speakers' roles."""
    statements = list(statements)
    return {
        "marks": cards.quote_marks(session, statements),
        "roles": cards.roles_on_day(session, statements, country_name),
    }


def render(request: Request, template: str, context: dict[str, Any], status_code: int = 200):
    return request.app.state.templates.TemplateResponse(request, template, context, status_code=status_code)

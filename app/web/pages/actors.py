"""`/actors` (who speaks, with counts) and `/actors/{slug}` (one actor's profile and statements)."""

from typing import Annotated

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.responses import HTMLResponse

from app.models import ACTOR_KINDS
from app.query import actor_list as actor_list_query
from app.query import service, stats
from app.query.actor_list import ActorSort
from app.query.filters import Registry, check_codes, places
from app.web import charts
from app.web.deps import SessionDep, filter_dependency
from app.web.formatting import country_name, query_string
from app.web.pages.common import addressed_most, next_url, render
from app.web.pages.timeline import statement_list_context

router = APIRouter()


@router.get("/actors", response_class=HTMLResponse)
def actor_list(
    request: Request,
    session: SessionDep,
    q: Annotated[str | None, Query(max_length=200)] = None,
    country: Annotated[list[str], Query()] = [],
    kind: Annotated[list[str], Query()] = [],
    silent: Annotated[bool, Query(description="Include actors without statements.")] = False,
    sort: Annotated[ActorSort, Query()] = "statements",
    cursor: Annotated[str | None, Query(max_length=500)] = None,
):
    """Who speaks: most statements first; actors without any only when asked (`silent`)."""
    countries = tuple(dict.fromkeys(places.country_code(c) or c.strip().upper() for c in country if c.strip()))
    check_codes("country", countries)
    kinds = tuple(k for k in kind if k)
    page = actor_list_query.list_actors_by_statements(
        session, q=q, country=countries, kind=kinds, silent=silent, sort=sort, limit=100, cursor=cursor
    )
    params = {"q": q, "country": list(countries), "kind": list(kinds), "silent": "true" if silent else None}
    if sort != "statements":
        params["sort"] = sort
    return render(
        request,
        "actors.html",
        {
            "rows": page.items,
            "q": q or "",
            "country": countries,
            "kind": kinds,
            "silent": silent,
            "sort": sort,
            "actor_kinds": ACTOR_KINDS,
            "country_options": sorted(service.actor_countries(session), key=country_name),
            "next_url": next_url("/actors", params, page.next_cursor),
            "api_url": f"/api/actors?{query_string({k: v for k, v in params.items() if k in ('q', 'country', 'kind')})}",
        },
    )


def build_router(filters: Registry) -> APIRouter:
    """The actor list, then the actor pages, which take every filter but their own actor."""
    pages = APIRouter()
    pages.include_router(router)
    FilterDep = filter_dependency(filters, partial_names=True)

    @pages.get("/actors/{slug}", response_class=HTMLResponse)
    def actor_page(
        request: Request,
        slug: str,
        session: SessionDep,
        f: FilterDep,
        cursor: Annotated[str | None, Query(max_length=500)] = None,
        before: Annotated[str | None, Query(max_length=500)] = None,
    ):
        actor = service.get_actor(session, slug)
        if actor is None:
            raise HTTPException(404, f"No actor {slug!r}.")
        own = f.replace(actor=(slug,))
        context = statement_list_context(
            request, session, own, cursor, f"/actors/{slug}", drop=("actor",), before=before
        )
        context.update(
            actor=actor,
            targets=charts.bar_list(addressed_most(stats.top_targets(session, own))),
            total=service.statement_counts(session, [actor.id]).get(actor.id, 0),
            api_url=f"/api/actors/{slug}",
        )
        return render(request, "actor.html", context)

    return pages

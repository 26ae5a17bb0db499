"""`/`: the timeline of statements, newest first, grouped by day."""

from itertools import groupby
from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse

from app.query import charts as chart_counts
from app.query import listing, stats
from app.query.filters import Registry, StatementFilter
from app.web import charts
from app.web.deps import SessionDep, filter_dependency
from app.web.formatting import query_string
from app.web.pages.common import filter_context, filter_params, next_url, render

Cursor = Annotated[str | None, Query(max_length=500)]


def by_day(statements) -> list:
    return [(day, list(items)) for day, items in groupby(statements, key=lambda s: s["said_on"])]


def statement_list_context(
    request: Request, session, f: StatementFilter, cursor: str | None, path: str, drop: tuple[str, ...] = ()
) -> dict:
    """A page of statements with facets, description and pager: shared by timeline, actor and country pages."""
    page = listing.statement_page(session, f, limit=request.app.state.settings.page_size, cursor=cursor, dates=True)
    # The newest page of matches tells the facets how far back their sample reaches.
    first = (
        stats.first_window([s["said_on"] for s in page.items], complete=page.next_cursor is None)
        if cursor is None
        else stats.FirstWindow()
    )
    facets = stats.statement_facets(session, f, first=first)
    context = filter_context(session, f, facets, drop)
    all_params = filter_params(f)  # the page's fixed filter (its actor, its country) included
    context.update(
        days=by_day(page.items),
        facets=facets,
        form_action=path,
        next_url=next_url(path, context["params"], page.next_cursor),
        api_url=f"/api/statements?{query_string(all_params)}",
        csv_url=f"/api/statements.csv?{query_string(all_params)}",
        atom_url=f"/feeds/statements.atom?{query_string(all_params)}",
        # The chart on a list's first page only: older pages are for reading on.
        over_time=charts.time_chart(chart_counts.kinds_by_day(session, f)) if cursor is None else None,
        network_url=f"/network?{query_string(all_params)}".rstrip("?"),
        matrix_url=f"/matrix?{query_string(all_params)}".rstrip("?"),
    )
    return context


def build_router(filters: Registry) -> APIRouter:
    router = APIRouter()
    FilterDep = filter_dependency(filters)

    @router.get("/", response_class=HTMLResponse)
    def timeline(request: Request, session: SessionDep, f: FilterDep, cursor: Cursor = None):
        return render(request, "timeline.html", statement_list_context(request, session, f, cursor, "/"))

    return router

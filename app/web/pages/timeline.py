"""`/`: the timeline of statements, newest first, grouped by day."""

import datetime as dt
from itertools import groupby
from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse

from app.query import charts as chart_counts
from app.query import listing, service, stats
from app.query.counting import count_statements
from app.query.filters import Registry, StatementFilter
from app.web import charts
from app.web.deps import SessionDep, filter_dependency
from app.web.formatting import query_string
from app.web.pages.common import card_context, filter_context, filter_params, next_url, render

Cursor = Annotated[str | None, Query(max_length=500)]


def by_day(statements) -> list:
    return [(day, list(items)) for day, items in groupby(statements, key=lambda s: s["said_on"])]


def statement_list_context(
    request: Request,
    session,
    f: StatementFilter,
    cursor: str | None,
    path: str,
    drop: tuple[str, ...] = (),
    before: str | None = None,
) -> dict:
    """A page of statements with facets, description, count and pager: shared by timeline, actor
    and country pages. `cursor` asks for the page older than it, `before` for the one newer."""
    limit = request.app.state.settings.page_size
    f = service.for_repeated_reads(session, f)
    if before:
        page = listing.newer_statement_page(session, f, limit, before, dates=True)
        newer_cursor = page.next_cursor
        older_cursor = listing.cursor_of(page.items[-1]) if page.items else None
    else:
        page = listing.statement_page(session, f, limit=limit, cursor=cursor, dates=True)
        newer_cursor = listing.cursor_of(page.items[0]) if cursor and page.items else None
        older_cursor = page.next_cursor
    on_first_page = cursor is None and before is None
    # The newest page of matches tells the facets how far back their sample reaches.
    first = (
        stats.first_window([s["said_on"] for s in page.items if s["said_on"]], complete=page.next_cursor is None)
        if on_first_page
        else stats.FirstWindow()
    )
    facets = stats.statement_facets(session, f, first=first, days=on_first_page)
    context = filter_context(session, f, facets, drop)
    context.update(card_context(session, page.items))
    all_params = filter_params(f)  # the page's fixed filter (its actor, its country) included
    params = context["params"]
    context.update(
        days=by_day(page.items),
        facets=facets,
        match_count=count_statements(session, f, known=_counted(f, facets), newest=_newest_counted(facets)),
        form_action=path,
        next_url=next_url(path, params, older_cursor),
        newer_url=f"{path}?{query_string({**params, 'before': newer_cursor})}" if newer_cursor else None,
        first_url=f"{path}?{query_string(params)}".rstrip("?") if not on_first_page else None,
        api_url=f"/api/statements?{query_string(all_params)}",
        csv_url=f"/api/statements.csv?{query_string(all_params)}",
        atom_url=f"/feeds/statements.atom?{query_string(all_params)}",
        # The chart on a list's first page only: older pages are for reading on.
        over_time=charts.time_chart(chart_counts.days_of(facets)) if on_first_page else None,
        network_url=f"/network?{query_string(all_params)}".rstrip("?"),
        matrix_url=f"/matrix?{query_string(all_params)}".rstrip("?"),
    )
    return context


def _newest_counted(facets: stats.FacetCounts) -> tuple[int, dt.date, dt.date] | None:
    """(n, first day, last day) of the dated statements the facets' sample counted by day."""
    if not facets.sampled or not facets.days:
        return None
    return sum(n for _, _, n in facets.days), facets.days[0][0], facets.days[-1][0]


def _counted(f: StatementFilter, facets: stats.FacetCounts) -> int | None:
    """The selection's exact size when the facets counted all of it (their every-row facet adds up)."""
    counter = next((flt.name for flt in f.registry.faceted if flt.facet.every_row), None)
    if facets.sampled or counter is None:
        return None
    return sum(n for _, _, n in facets[counter])


def build_router(filters: Registry) -> APIRouter:
    router = APIRouter()
    FilterDep = filter_dependency(filters, partial_names=True)

    @router.get("/", response_class=HTMLResponse)
    def timeline(request: Request, session: SessionDep, f: FilterDep, cursor: Cursor = None, before: Cursor = None):
        return render(request, "timeline.html", statement_list_context(request, session, f, cursor, "/", before=before))

    return router

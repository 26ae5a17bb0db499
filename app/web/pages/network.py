"""`/network` (who talks to whom) and `/matrix` (country × country): pictures of any selection.

Both take every filter the timeline takes, count with `app.query.charts` over the same
conditions, and link back to the timeline of the same selection.
"""

from typing import Annotated, Literal

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse

from app.query import charts as chart_counts
from app.query import stats
from app.query.filters import Registry, StatementFilter
from app.web import charts
from app.web.deps import SessionDep, filter_dependency
from app.web.formatting import query_string
from app.web.pages.common import filter_context, filter_params, render


def _context(session, f: StatementFilter, path: str) -> dict:
    facets = stats.FacetCounts(counts={flt.name: [] for flt in f.registry.faceted}, sampled=None)
    context = filter_context(session, f, facets)
    params = query_string(filter_params(f))
    context.update(
        form_action=path,
        timeline_url=f"/?{params}".rstrip("?"),
        network_url=f"/network?{params}".rstrip("?"),
        matrix_url=f"/matrix?{params}".rstrip("?"),
    )
    return context


def build_router(filters: Registry) -> APIRouter:
    router = APIRouter()
    FilterDep = filter_dependency(filters, partial_names=True)

    @router.get("/network", response_class=HTMLResponse)
    def network_page(
        request: Request,
        session: SessionDep,
        f: FilterDep,
        by: Annotated[Literal["country", "actor"], Query(description="Nodes are countries or actors")] = "country",
    ):
        data = chart_counts.who_addresses_whom(session, f, by=by)
        context = _context(session, f, "/network")
        context.update(
            network=charts.network(data, by),
            by=by,
            by_params=filter_params(f),
            api_url=f"/api/statements/links?{query_string({**filter_params(f), 'by': by})}",
        )
        return render(request, "network.html", context)

    @router.get("/matrix", response_class=HTMLResponse)
    def matrix_page(request: Request, session: SessionDep, f: FilterDep):
        data = chart_counts.who_addresses_whom(session, f, by="country")
        context = _context(session, f, "/matrix")
        context.update(
            matrix=charts.matrix(data), data=data, api_url=f"/api/statements/links?{query_string(filter_params(f))}"
        )
        return render(request, "matrix.html", context)

    return router

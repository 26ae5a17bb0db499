"""`/countries` (counts per country) and `/countries/{code}` (what its actors said, and to it)."""

from typing import Annotated

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.responses import HTMLResponse

from app.query import listing, stats
from app.query.filters import Registry
from app.web import charts
from app.web.deps import SessionDep, filter_dependency
from app.web.formatting import country_name
from app.web.pages.common import addressed_most, card_context, render
from app.web.pages.timeline import statement_list_context

router = APIRouter()


@router.get("/countries", response_class=HTMLResponse)
def country_list(request: Request, session: SessionDep):
    return render(
        request, "countries.html", {"rows": stats.country_counts_cached(session), "api_url": "/api/countries"}
    )


def build_router(filters: Registry) -> APIRouter:
    """The country list, then the country pages, which take every filter but their own country."""
    pages = APIRouter()
    pages.include_router(router)
    FilterDep = filter_dependency(filters, partial_names=True)

    @pages.get("/countries/{code}", response_class=HTMLResponse)
    def country_page(
        request: Request,
        code: str,
        session: SessionDep,
        f: FilterDep,
        cursor: Annotated[str | None, Query(max_length=500)] = None,
        before: Annotated[str | None, Query(max_length=500)] = None,
    ):
        code = code.upper()
        if len(code) != 2 or country_name(code) == code:
            raise HTTPException(404, f"No country with code {code!r}.")
        by_country = f.replace(country=(code,))
        context = statement_list_context(
            request, session, by_country, cursor, f"/countries/{code}", drop=("country",), before=before
        )
        addressed = f.replace(target=(code,))
        addressed_items = listing.statement_page(session, addressed, limit=10, dates=True).items
        for key, values in card_context(session, addressed_items).items():
            context[key] = {**context[key], **values}
        context.update(
            code=code,
            targets=charts.bar_list(addressed_most(stats.top_targets(session, by_country))),
            addressed=addressed_items,
            addressed_total=sum(n for _, n in stats.monthly_counts(session, addressed)),
            api_url=f"/api/countries/{code}",
        )
        return render(request, "country.html", context)

    return pages

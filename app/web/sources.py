"""`/sources` (a page) and `/api/sources` (JSON): what each followed source is doing.

Both read `app.query.sources.list_sources` on every request: no web process keeps a copy, so any
number of `tracker serve` processes over one database show the same thing. Adding and changing
sources is `tracker sources ...` for now (an admin form follows once accounts exist).
"""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from app.query.sources import list_sources
from app.schemas import Envelope, SourceOut
from app.web.deps import SessionDep
from app.web.pages.common import render

router = APIRouter()


@router.get("/api/sources", response_model=Envelope[SourceOut], tags=["sources"])
def api_sources(session: SessionDep) -> Envelope[SourceOut]:
    """Every followed source: last poll (when, outcome, HTTP status, links found and new), articles
    and statements stored from it, links still to fetch, the last error in words, the back-off and
    the next run. All of them in one page (`next_cursor` is always null)."""
    views = list_sources(session)
    return Envelope[SourceOut](
        items=[SourceOut.model_validate({**v.__dict__, "backoff": v.backoff}) for v in views], next_cursor=None
    )


@router.get("/sources", response_class=HTMLResponse, include_in_schema=False)
def sources_page(request: Request, session: SessionDep):
    return render(request, "sources.html", {"sources": list_sources(session), "api_url": "/api/sources"})

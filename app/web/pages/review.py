"""`/review`: the statements nobody has checked yet, least confident first, for editors.

Filtered like the timeline (the same filter registry, form and chips); each card has
accept, edit and reject, and `static/edit.js` adds keys for them (j/k, a, r, e).
"""

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from app.query import review, stats
from app.query.filters import Registry
from app.schemas import StatementOut
from app.web.deps import SessionDep, filter_dependency
from app.web.formatting import query_string
from app.web.identity import EditorPage
from app.web.pages.common import card_context, filter_context, render

QUEUE_LENGTH = 50


def build_router(filters: Registry) -> APIRouter:
    router = APIRouter()
    FilterDep = filter_dependency(filters, partial_names=True)

    @router.get("/review", response_class=HTMLResponse)
    def review_queue(request: Request, session: SessionDep, f: FilterDep, _editor: EditorPage):
        queue = review.review_queue(session, f, limit=QUEUE_LENGTH)
        facets = stats.statement_facets(session, f)
        context = filter_context(session, f, facets)
        here = "/review" + (f"?{qs}" if (qs := query_string(context["params"])) else "")
        # Cards read the API's shape of a statement (as every list does), with the version the
        # queue's accept and reject forms send back.
        cards = [{**StatementOut.of(st).model_dump(), "version": st.version} for st in queue.items]
        context.update(card_context(session, cards))
        context.update(queue=queue, cards=cards, facets=facets, form_action="/review", here=here)
        response = render(request, "review.html", context)
        response.headers["Cache-Control"] = "no-store"
        return response

    return router

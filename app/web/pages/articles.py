"""`/articles/{id}` (the text with statements highlighted) and `/statements/{id}` (a permalink)."""

from __future__ import annotations

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import HTMLResponse

from app.models import ReviewState
from app.query import review, service
from app.schemas import StatementOut
from app.web.deps import RowId, SessionDep
from app.web.identity import identity_of
from app.web.pages import editing
from app.web.pages.common import card_context, next_url, render

router = APIRouter()


def highlight_segments(body: str, statements) -> list[tuple[str, object | None]]:
    """The body cut into (text, statement-or-None) pieces; of overlapping spans the first wins."""
    segments, position = [], 0
    for st in sorted(statements, key=lambda s: (s.start, -s.end)):
        if st.start < position or st.end > len(body):
            continue
        if st.start > position:
            segments.append((body[position : st.start], None))
        segments.append((body[st.start : st.end], st))
        position = st.end
    if position < len(body):
        segments.append((body[position:], None))
    return segments


@router.get("/articles", response_class=HTMLResponse)
def article_list(request: Request, session: SessionDep, cursor: str | None = None):
    page = service.list_articles(session, limit=50, cursor=cursor)
    return render(
        request,
        "articles.html",
        {
            "articles": page.items,
            "counts": service.article_statement_counts(session, [a.id for a in page.items]),
            "next_url": next_url("/articles", {}, page.next_cursor),
            "api_url": "/api/articles",
        },
    )


@router.get("/articles/{article_id}", response_class=HTMLResponse)
def article_page(request: Request, article_id: RowId, session: SessionDep):
    article = service.get_article(session, article_id)
    if article is None:
        raise HTTPException(404, f"No article with id {article_id}.")
    statements = [s for s in article.statements if s.review_state != ReviewState.REJECTED]
    from app.pipeline.extract.language import skip_reason

    return render(
        request,
        "article.html",
        {
            "article": article,
            # Stored without statements because of its language: say so, not just "0 statements".
            "not_read": skip_reason(article.language, request.app.state.settings.language),
            "segments": highlight_segments(article.body, statements),
            "statements": statements,
            "api_url": f"/api/articles/{article.id}",
        },
    )


@router.get("/statements/{statement_id}", response_class=HTMLResponse)
def statement_page(request: Request, statement_id: RowId, session: SessionDep):
    """A permalink: the statement in context, its state and history (a rejected one says why),
    and for editors the correction form."""
    statement = service.get_statement(session, statement_id)
    if statement is None:
        raise HTTPException(404, f"No statement with id {statement_id}.")
    history = review.statement_history(session, statement.id)
    identity = identity_of(request)
    item = StatementOut.of(statement).model_dump()  # the shape every statement card reads
    context = {
        # The card reads that shape (with the version its forms send back); the form and history the row.
        "st": {**item, "version": statement.version},
        **card_context(session, [item]),
        "row": statement,
        "history": history,
        "rejected": review.rejection(history),
        "api_url": f"/api/statements/{statement.id}",
        **editing.passage_context(statement),
    }
    if identity is not None and identity.can_edit:
        context.update(editing.form_context(request, statement))
    return render(request, "statement.html", context)

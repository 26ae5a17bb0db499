"""The JSON API: the same services and filter as the pages, serialised with `app.schemas`."""
from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, HTTPException, Query, Request, Response

from app.query import service
from app.query.filters import normalise_codes
from app.schemas import ActorOut, ArticleDetail, ArticleOut, Envelope, StatementOut
from app.web.deps import FilterDep, SessionDep

router = APIRouter(prefix="/api", tags=["api"])

Limit = Annotated[int, Query(ge=1, le=500, description="Items per page (1–500).")]
Cursor = Annotated[str | None, Query(max_length=500, description="`next_cursor` of the previous page.")]


def _link_next(request: Request, response: Response, next_cursor: str | None) -> None:
    if next_cursor:
        url = request.url.include_query_params(cursor=next_cursor)
        response.headers["Link"] = f'<{url}>; rel="next"'


@router.get("/statements", response_model=Envelope[StatementOut])
def list_statements(request: Request, response: Response, session: SessionDep, f: FilterDep,
                    limit: Limit = 50, cursor: Cursor = None) -> Envelope[StatementOut]:
    page = service.list_statements(session, f, limit=limit, cursor=cursor)
    _link_next(request, response, page.next_cursor)
    return Envelope(items=[StatementOut.of(s) for s in page.items], next_cursor=page.next_cursor)


@router.get("/statements/{statement_id}", response_model=StatementOut)
def get_statement(statement_id: int, session: SessionDep) -> StatementOut:
    statement = service.get_statement(session, statement_id)
    if statement is None:
        raise HTTPException(404, f"no statement with id {statement_id}")
    return StatementOut.of(statement)


@router.get("/actors", response_model=Envelope[ActorOut])
def list_actors(request: Request, response: Response, session: SessionDep,
                q: Annotated[str | None, Query(max_length=200)] = None,
                country: Annotated[list[str], Query()] = [],
                kind: Annotated[list[str], Query()] = [],
                limit: Limit = 50, cursor: Cursor = None) -> Envelope[ActorOut]:
    page = service.list_actors(session, q=q, country=normalise_codes(country), kind=tuple(kind),
                               limit=limit, cursor=cursor)
    _link_next(request, response, page.next_cursor)
    return Envelope(items=[ActorOut.model_validate(a) for a in page.items], next_cursor=page.next_cursor)


@router.get("/articles", response_model=Envelope[ArticleOut])
def list_articles(request: Request, response: Response, session: SessionDep,
                  limit: Limit = 50, cursor: Cursor = None) -> Envelope[ArticleOut]:
    page = service.list_articles(session, limit=limit, cursor=cursor)
    _link_next(request, response, page.next_cursor)
    return Envelope(items=[ArticleOut.model_validate(a) for a in page.items], next_cursor=page.next_cursor)


@router.get("/articles/{article_id}", response_model=ArticleDetail)
def get_article(article_id: int, session: SessionDep) -> ArticleDetail:
    article = service.get_article(session, article_id)
    if article is None:
        raise HTTPException(404, f"no article with id {article_id}")
    statements = [StatementOut.of(s) for s in article.statements if s.review_state != "rejected"]
    return ArticleDetail(**ArticleOut.model_validate(article).model_dump(), body=article.body, statements=statements)

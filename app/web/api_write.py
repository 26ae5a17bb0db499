"""Write endpoints: all need a token; each request is one transaction, its writes go through `app.store`."""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Annotated, Literal

from fastapi import APIRouter, FastAPI, Header, HTTPException, Request, Response
from pydantic import BaseModel, ConfigDict, Field, StrictBool, field_validator

from app.models import ReviewState
from app.pipeline.ingest import ArticleDraft
from app.pipeline.ingest.draft import MAX_ARTICLE_CHARS, over_limit, without_control_characters
from app.pipeline.process import article_input, extract_drafts, ingest_article
from app.query import review, service
from app.query.filters import InvalidParameter
from app.schemas import (
    ActorRef,
    ArticleDetail,
    ArticleOut,
    PostedArticle,
    StatementDetail,
    StatementOut,
    problem_responses,
)
from app.store import (
    ConflictError,
    CorrectionError,
    StatementPatch,
    correct_statement,
    find_existing,
    is_unchanged,
    merge_actors,
)
from app.web.deps import MAX_ID, CommittedSessionDep, RowId, SessionDep, TokenDep
from app.web.pages.editing import cameo_labels

if TYPE_CHECKING:
    from app.pipeline.extract import Extractor

router = APIRouter(prefix="/api", tags=["write"], responses=problem_responses(400, 401, 404, 413, 422, 503))


def _article_detail(article) -> ArticleDetail:
    statements = [StatementOut.of(s) for s in article.statements if s.review_state != ReviewState.REJECTED]
    return ArticleDetail(**ArticleOut.model_validate(article).model_dump(), body=article.body, statements=statements)


class _NoControlCharacters(BaseModel):
    """A body whose strings may not hold NUL or other C0 control characters (tab, newline and
    carriage return excepted): refused with 422, before the database (which refuses NUL) sees them."""

    @field_validator("*", mode="after")
    @classmethod
    def _refuse_control_characters(cls, value):
        if isinstance(value, str) and without_control_characters(value) != value:
            raise ValueError("must not contain NUL or other control characters")
        return value


# One of text, html or url must be given (as a string); the schema says so, `_draft` checks it.
ONE_OF_THEM = {
    "anyOf": [{"required": [name], "properties": {name: {"type": "string"}}} for name in ("text", "html", "url")]
}
SOME_TEXT = {"pattern": r"\S"}  # not empty, not only spaces


class ArticleIn(BaseModel):
    """An article as text, as an HTML page, or as the URL of a page to fetch (first given wins).

    Control characters in the text are removed (as at every ingest), not refused."""

    model_config = ConfigDict(json_schema_extra=ONE_OF_THEM)

    text: str | None = Field(
        default=None,
        max_length=MAX_ARTICLE_CHARS,
        description="At most TRACKER_MAX_ARTICLE_CHARS characters (150,000 unless set otherwise; 1,000,000 at most).",
        json_schema_extra=SOME_TEXT,
    )
    html: str | None = Field(default=None, max_length=5_000_000)
    url: str | None = Field(default=None, max_length=2000)
    title: str | None = Field(default=None, max_length=500)
    source: str | None = Field(default=None, max_length=200)
    published: str | None = None


def _draft(body: ArticleIn, request: Request) -> ArticleDraft:
    from app.pipeline.ingest import draft_from_object, read_url
    from app.pipeline.ingest.html import html_to_draft
    from app.pipeline.ingest.safe_fetch import FetchPolicy

    given = body.model_dump(exclude_none=True)
    if body.text is not None:
        found = draft_from_object({k: v for k, v in given.items() if k != "html"}, "body")
    elif body.html is not None:
        found = html_to_draft(body.html, "body", url=body.url)
        if isinstance(found, ArticleDraft):  # fields given explicitly win over the page's metadata
            mine = {k: v for k, v in given.items() if k in ("title", "source")}
            found = draft_from_object({**found.model_dump(), **mine}, "body")
    elif body.url is not None and body.url.strip().lower().startswith(("http://", "https://")):
        found = read_url(body.url, policy=FetchPolicy.from_settings(request.app.state.settings))
    else:
        raise InvalidParameter("text", "give the article as text, html, or an http(s) url", status=422)
    max_chars = request.app.state.settings.max_article_chars
    if isinstance(found, ArticleDraft) and (too_long := over_limit(found, max_chars)):
        found = too_long
    if not isinstance(found, ArticleDraft):
        given = "text" if body.text is not None else "html" if body.html else "url"
        field = found.message.split(":", 1)[0]  # "published: … is not YYYY-MM-DD": that field, not the one given
        raise InvalidParameter(field if field in ArticleIn.model_fields else given, found.message, status=422)
    return found


@router.post(
    "/articles",
    response_model=PostedArticle,
    status_code=201,
    responses={200: {"description": "The article was already stored; nothing new was stored."}},
)
def post_article(
    body: ArticleIn, request: Request, response: Response, session: SessionDep, _token: TokenDep
) -> PostedArticle:
    """Store an article and its extracted statements in one transaction.

    An article in a language the extractor cannot read is stored without statements, with its
    `language` and the reason in `skipped`. Extraction (seconds) runs before the request's
    transaction first touches the database, after a short look of its own for an unchanged copy,
    so no connection is held while it works."""
    draft = _draft(body, request)
    with request.app.state.session_factory() as peek:
        unchanged = is_unchanged(find_existing(peek, draft), draft)
    extractor = _extractor(request.app)
    found = None
    if not unchanged:
        with _extraction_deadline(request):
            (found,) = extract_drafts(extractor, [draft])
    result = ingest_article(session, draft, extractor, found)
    if result.status == "unchanged":
        response.status_code = 200
    session.refresh(result.article)
    detail = _article_detail(service.get_article(session, result.article.id))
    if found is not None:
        skipped = found.skipped
    else:  # stored before: say so again if it was not read
        from app.pipeline.extract.language import skip_reason

        skipped = skip_reason(result.article.language, extractor.lexicon.language)
    return PostedArticle(**detail.model_dump(), skipped=skipped)


class ExtractOut(BaseModel):
    language: str | None = Field(default=None, description="ISO 639-1 code of the detected language.")
    skipped: str | None = Field(default=None, description="Why the text was not read (its language), else null.")
    published: dt.date | None = Field(
        default=None, description="The article's date: as given, else found in its URL, a heading line or dateline."
    )
    published_from: Literal["given", "url", "heading", "dateline"] | None = None
    statements: list[dict]


_building = threading.Lock()


def _extractor(app: FastAPI) -> Extractor:
    """The app's extractor, built on the first request that extracts (loading spaCy takes
    seconds, so never at import or start-up); requests that come meanwhile wait for that one
    instead of each loading spaCy again."""
    extractor = getattr(app.state, "extractor", None)
    if extractor is None:
        with _building:
            extractor = getattr(app.state, "extractor", None)
            if extractor is None:
                from app.pipeline.extract import Extractor

                extractor = app.state.extractor = Extractor.from_settings(app.state.settings)
    return extractor


@contextmanager
def _extraction_deadline(request: Request) -> Iterator[None]:
    """Stop extracting after `TRACKER_EXTRACT_TIMEOUT` seconds and answer 503 (nothing is stored)."""
    from app.pipeline.extract import ExtractionTimeout, extraction_deadline

    try:
        with extraction_deadline(request.app.state.settings.extract_timeout):
            yield
    except ExtractionTimeout as exc:
        raise HTTPException(503, f"{exc}; the work was stopped. Send a shorter text.") from None


@router.post("/extract", response_model=ExtractOut)
def post_extract(body: ArticleIn, request: Request, _token: TokenDep) -> ExtractOut:
    """Statements found in the article, without storing anything."""
    article = article_input(_draft(body, request))
    with _extraction_deadline(request):
        found = _extractor(request.app).analyse(article)
    return ExtractOut(
        language=found.language,
        skipped=found.skipped,
        published=found.published,
        published_from=found.published_from,
        statements=[s.to_json() for s in found.statements],
    )


class StatementPatchIn(_NoControlCharacters):
    model_config = ConfigDict(extra="forbid")

    actor: str | None = Field(default=None, description="Slug of the correct actor.")
    kind: str | None = None
    category: str | None = Field(default=None, description="CAMEO code; empty string clears it.")
    category_label: str | None = None
    start: int | None = Field(default=None, ge=0)
    end: int | None = Field(default=None, ge=1)
    date: dt.date | Literal[""] | None = Field(default=None, description="The date it was said; \"\" clears it.")
    targets: list[Annotated[str, Field(max_length=200)]] | None = Field(
        default=None, max_length=50, description="Country codes and actor slugs it addresses; [] clears them."
    )
    rejected: StrictBool | None = Field(default=None, description="true: not a statement; false: restore it.")
    reason: str | None = Field(default=None, max_length=2000, description="Why; kept in the history.")
    group: Annotated[int, Field(ge=1, le=MAX_ID)] | Literal["new"] | None = Field(
        default=None, description="Join this statement group, or \"new\" to split it into a group of its own."
    )

    @field_validator("start", "end", "group", mode="before")
    @classmethod
    def _integers_as_the_schema_says(cls, value: object) -> object:
        """`false` or `"3"` is no integer (pydantic would take them as 0 and 3); `12.0` is one."""
        if isinstance(value, bool) or (isinstance(value, str) and value != "new"):
            raise ValueError("must be an integer")
        return value


# `:int`: a path that is no id (`/statements/facets`) is not this route (405 with `Allow`, not 422)
def _expected_version(if_match: str | None) -> int | None:
    """The version an `If-Match: "3"` header names (None without the header; `*` matches any)."""
    if if_match is None or if_match.strip() == "*":
        return None
    value = if_match.strip().removeprefix("W/").strip('"')
    if not value.isdigit() or len(value) > 9:
        raise InvalidParameter("If-Match", 'If-Match must be the statement\'s ETag, a version such as "3"', status=400)
    return int(value)


@router.patch(
    "/statements/{statement_id:int}",
    response_model=StatementDetail,
    responses={
        405: {**problem_responses(405)[405], "description": "The path holds no statement id (see `Allow`)."},
        409: {
            **problem_responses(409)[409],
            "description": "`If-Match` names an older version: someone else changed it.",
        },
    },
)
def patch_statement(
    statement_id: RowId,
    patch: StatementPatchIn,
    session: CommittedSessionDep,
    token: TokenDep,
    request: Request,
    response: Response,
    if_match: Annotated[
        str | None,
        Header(description="The ETag (version) you read; a newer one answers 409 and changes nothing."),
    ] = None,
) -> StatementDetail:
    expected = _expected_version(if_match)
    statement = service.get_statement(session, statement_id)
    if statement is None:
        raise HTTPException(404, f"no statement with id {statement_id}")
    try:
        correct_statement(
            session,
            statement,
            StatementPatch(
                actor=patch.actor,
                kind=patch.kind,
                category_code=patch.category,
                category_label=patch.category_label,
                start=patch.start,
                end=patch.end,
                date=patch.date,
                targets=tuple(patch.targets) if patch.targets is not None else None,
                rejected=patch.rejected,
                group=patch.group,
                reason=patch.reason,
            ),
            by=token_actor(token),
            categories=cameo_labels(request.app.state.settings.language),
            expected_version=expected,
        )
    except ConflictError as exc:
        raise HTTPException(409, exc.message, headers={"ETag": f'"{exc.current_version}"'}) from None
    except CorrectionError as exc:
        raise InvalidParameter(exc.param, exc.message) from None
    response.headers["ETag"] = f'"{statement.version}"'
    return StatementDetail.with_history(statement, review.statement_history(session, statement.id))


def token_actor(token) -> str:
    """Who a token's change is recorded as: its user (and the token's name), or the token's name."""
    return f"{token.user.name} (token {token.name})"[:100] if token.user is not None else token.name


class MergeIn(_NoControlCharacters):
    into: str = Field(description="Slug of the actor that remains.")


class MergeOut(BaseModel):
    merged: str
    into: ActorRef
    statements_moved: int
    already_merged: bool


@router.post("/actors/{slug}/merge", response_model=MergeOut)
def post_merge(slug: str, body: MergeIn, session: SessionDep, token: TokenDep) -> MergeOut:
    try:
        result = merge_actors(session, slug, body.into, by=token_actor(token))
    except CorrectionError as exc:
        status = 404 if exc.param == "slug" else 400
        if status == 404:
            raise HTTPException(404, exc.message) from None
        raise InvalidParameter(exc.param, exc.message) from None
    return MergeOut(
        merged=slug,
        into=ActorRef.model_validate(result.target),
        statements_moved=result.statements_moved,
        already_merged=result.already_merged,
    )

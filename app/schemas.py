"""Pydantic shapes of the API, kept apart from the ORM models."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Generic, TypeVar

from pydantic import AfterValidator, BaseModel, ConfigDict, Field

from app.models import ReviewState

T = TypeVar("T")


def _utc(value: dt.datetime) -> dt.datetime:
    # SQLite hands back naive datetimes; we store UTC, so say so (RFC 3339 needs an offset).
    return value if value.tzinfo else value.replace(tzinfo=dt.UTC)


Timestamp = Annotated[dt.datetime, AfterValidator(_utc)]


class Problem(BaseModel):
    """RFC 9457 problem details: the body of every error."""

    type: str = "about:blank"
    title: str
    status: int
    detail: str
    param: str | None = None


def problem_responses(*codes: int) -> dict[int | str, dict]:
    """OpenAPI entries saying these status codes answer with a problem document."""
    schema = {"$ref": "#/components/schemas/Problem"}
    return {code: {"model": Problem, "content": {"application/problem+json": {"schema": schema}}} for code in codes}


class Envelope(BaseModel, Generic[T]):
    items: list[T]
    next_cursor: str | None = None


class SyncEnvelope(Envelope[T], Generic[T]):
    """With `changed_since`: also the ids deleted or rejected since then."""

    deleted: list[int] | None = None


class ActorRef(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    slug: str
    name: str
    kind: str
    country: str | None


class ArticleRef(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    title: str | None
    source: str | None
    url: str | None
    published: dt.date | None


class Category(BaseModel):
    code: str
    label: str | None


class TargetOut(BaseModel):
    country: str | None
    actor: ActorRef | None


class ReportOut(BaseModel):
    """One article's report of a grouped statement."""

    statement_id: int
    text: str
    kind: str
    said_on: dt.date | None
    article: ArticleRef


def dated_first(statement) -> tuple:
    """Sort key: by day, the undated after the dated, then by id."""
    return (statement.said_on is None, statement.said_on or dt.date.min, statement.id)


class GroupOut(BaseModel):
    id: int
    reports: int
    first_said_on: dt.date | None = Field(description="The earliest day any report gives; null when none is dated.")
    sources: list[str]
    members: list[ReportOut]

    @classmethod
    def of(cls, group) -> GroupOut:
        members = sorted((m for m in group.members if m.review_state != ReviewState.REJECTED), key=dated_first)
        return cls(
            id=group.id,
            reports=group.reports,
            first_said_on=group.first_said_on,
            sources=list(dict.fromkeys(m.article.source for m in members if m.article.source)),
            members=[
                ReportOut(
                    statement_id=m.id,
                    text=m.text,
                    kind=m.kind,
                    said_on=m.said_on,
                    article=ArticleRef.model_validate(m.article),
                )
                for m in members
            ],
        )


class StatementOut(BaseModel):
    id: int
    text: str
    kind: str
    date: dt.date | None
    said_on: dt.date | None = Field(
        description="What the timeline sorts by: the statement's own date, else its article's (given, or found in "
        "its URL or dateline); null when neither is known (undated: listed after the dated ones)."
    )
    speaker: str | None
    actor: ActorRef | None
    article: ArticleRef
    start: int
    end: int
    cue: str | None
    category: Category | None
    targets: list[TargetOut]
    confidence: float
    # A `ReviewState` value, published as a plain string: listing the values in the OpenAPI
    # schema would make every new state a breaking change for generated clients.
    review_state: str
    group: GroupOut | None = None

    @classmethod
    def of(cls, st) -> StatementOut:
        return cls(
            id=st.id,
            text=st.text,
            kind=st.kind,
            date=st.date,
            said_on=st.said_on,
            speaker=st.speaker,
            actor=ActorRef.model_validate(st.actor) if st.actor else None,
            article=ArticleRef.model_validate(st.article),
            start=st.start,
            end=st.end,
            cue=st.cue,
            category=Category(code=st.category_code, label=st.category_label) if st.category_code else None,
            targets=[
                TargetOut(country=t.country, actor=ActorRef.model_validate(t.actor) if t.actor else None)
                for t in st.targets
            ],
            confidence=st.confidence,
            review_state=str(st.review_state),
            group=GroupOut.of(st.group) if st.group is not None else None,
        )


class ArticleOut(ArticleRef):
    ingested_at: Timestamp
    updated_at: Timestamp
    language: str | None = Field(
        default=None, description="ISO 639-1 code of the language the text was detected in (null: not detected)."
    )


class ArticleDetail(ArticleOut):
    body: str
    statements: list[StatementOut]


class PostedArticle(ArticleDetail):
    """What `POST /api/articles` stored, and whether its text was read at all."""

    skipped: str | None = Field(
        default=None,
        description="Why no statements were extracted although the article was stored: its language is one "
        "the extractor cannot read (null: it was read, or it was stored before).",
    )


class ActorOut(ActorRef):
    wikidata: str | None = None


class RoleOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    role: str
    title: str
    country: str | None
    start: dt.date | None
    end: dt.date | None
    organisation: ActorRef | None = None


class ActorDetail(ActorOut):
    aliases: list[str]
    roles: list[RoleOut]
    parent: ActorRef | None
    statement_count: int


class ActorWithCount(ActorOut):
    statement_count: int


class FacetValue(BaseModel):
    value: str
    label: str
    count: int


class Facets(BaseModel):
    actor: list[FacetValue]
    country: list[FacetValue]
    kind: list[FacetValue]
    category: list[FacetValue]
    sampled: int | None = None  # counts are over this many most recent matches (the selection is larger)


class LinkEnd(BaseModel):
    key: str  # an ISO alpha-2 code for a country, a slug for an actor
    name: str
    is_country: bool


class LinkOut(BaseModel):
    source: LinkEnd  # who spoke
    target: LinkEnd  # whom it addressed
    contacts: int  # talks, calls, meetings
    addressed: int  # other statements naming the target
    total: int


class LinksOut(BaseModel):
    """Who addresses whom in the newest matches: what `/network` and `/matrix` draw."""

    by: str
    links: list[LinkOut]
    statements: int  # statements counted (with or without addressees)
    sampled: int | None = None  # the newest this many matches were counted (the selection is larger)
    first_day: dt.date | None = None  # the day of the oldest statement counted


class CountryOut(BaseModel):
    code: str
    name: str
    statements_by: int  # every outlet's report counts (the country's own endpoint counts groups)
    statements_to: int


class MonthCount(BaseModel):
    month: str
    count: int


class CountryDetail(CountryOut):
    months: list[MonthCount]
    top_actors: list[FacetValue]


class SuggestionOut(BaseModel):
    """One name that matches what was typed into a filter's box."""

    value: str  # what the filter takes: an actor slug or a country code
    label: str  # the name to show
    kind: str  # "country", or the actor's kind
    country: str | None
    statements: int | None  # statements by this actor (None for a country)


class Suggestions(BaseModel):
    items: list[SuggestionOut]


class ChangeOut(BaseModel):
    """One hand change: who, when, what (field: [before, after]) and why."""

    model_config = ConfigDict(from_attributes=True)

    action: str
    by: str
    at: Timestamp
    changes: dict[str, list]
    reason: str | None


class StatementDetail(StatementOut):
    """One statement with its version (send it back as `If-Match` when correcting) and its history."""

    version: int
    history: list[ChangeOut]

    @classmethod
    def with_history(cls, st, history) -> StatementDetail:
        return cls(
            **StatementOut.of(st).model_dump(),
            version=st.version,
            history=[ChangeOut.model_validate(c) for c in history],
        )


class SourceOut(BaseModel):
    """A followed source and how its polling goes (`/api/sources`)."""

    model_config = ConfigDict(from_attributes=True)

    id: int
    name: str
    url: str
    kind: str
    every_seconds: int
    paused: bool
    state: str
    last_fetch_at: Timestamp | None
    last_outcome: str | None
    last_status: int | None
    last_error: str | None
    found: int
    new: int
    found_total: int
    articles: int
    statements: int
    pending: int
    failed: int
    failures: int
    backoff_seconds: int | None
    backoff: str | None
    next_run_at: Timestamp | None

"""Pydantic shapes of the API, kept apart from the ORM models."""
from __future__ import annotations

import datetime as dt
from typing import Generic, TypeVar

from pydantic import BaseModel, ConfigDict

T = TypeVar("T")


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


class StatementOut(BaseModel):
    id: int
    text: str
    kind: str
    date: dt.date | None
    said_on: dt.date
    speaker: str | None
    actor: ActorRef | None
    article: ArticleRef
    start: int
    end: int
    cue: str | None
    category: Category | None
    targets: list[TargetOut]
    confidence: float
    review_state: str

    @classmethod
    def of(cls, st) -> StatementOut:
        return cls(
            id=st.id, text=st.text, kind=st.kind, date=st.date, said_on=st.said_on, speaker=st.speaker,
            actor=ActorRef.model_validate(st.actor) if st.actor else None,
            article=ArticleRef.model_validate(st.article), start=st.start, end=st.end, cue=st.cue,
            category=Category(code=st.category_code, label=st.category_label) if st.category_code else None,
            targets=[TargetOut(country=t.country, actor=ActorRef.model_validate(t.actor) if t.actor else None)
                     for t in st.targets],
            confidence=st.confidence, review_state=st.review_state,
        )


class ArticleOut(ArticleRef):
    ingested_at: dt.datetime
    updated_at: dt.datetime


class ArticleDetail(ArticleOut):
    body: str
    statements: list[StatementOut]


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


class CountryOut(BaseModel):
    code: str
    name: str
    statements_by: int
    statements_to: int


class MonthCount(BaseModel):
    month: str
    count: int


class CountryDetail(CountryOut):
    months: list[MonthCount]
    top_actors: list[FacetValue]

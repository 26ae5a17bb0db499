"""Article writes: an extracted article stored once (by text or URL), a changed version replacing the old.

The caller owns the transaction (a request, or `app.store.unit_of_work`): an
article and all of its statements are flushed into the same one, so a failure
leaves nothing behind.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import dataclass
from typing import Literal

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from app.models import Article
from app.pipeline.ingest.draft import ArticleDraft
from app.pipeline.types import ExtractedStatement
from app.store.statements import ChangeReport, add_statements, replace_statements

_SPACE = re.compile(r"\s+")


def content_hash(text: str) -> str:
    """Fingerprint of the body with whitespace folded, so re-saved copies still match."""
    return hashlib.sha256(_SPACE.sub(" ", text).strip().encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class StoreResult:
    """What storing one article did: `new`, `updated` (with the statement changes) or `unchanged`."""

    article: Article
    status: Literal["new", "updated", "unchanged"]
    changes: ChangeReport | None = None

    @property
    def created(self) -> bool:
        return self.status == "new"


def find_existing(session: Session, draft: ArticleDraft) -> Article | None:
    """The stored copy of this article: same URL or same text (the same text wins)."""
    by_text = session.scalars(select(Article).where(Article.content_hash == content_hash(draft.text))).first()
    if by_text is not None or not draft.url:
        return by_text
    return session.scalars(select(Article).where(Article.url == draft.url)).first()


def is_unchanged(existing: Article | None, draft: ArticleDraft) -> bool:
    """Whether the stored copy already has exactly this text (ingest then skips extraction)."""
    return existing is not None and existing.content_hash == content_hash(draft.text)


# Writers that raced us: how often to read what the winner stored and try again.
ATTEMPTS = 3


def store_article(
    session: Session,
    draft: ArticleDraft,
    statements: list[ExtractedStatement],
    extractor_version: str,
    language: str | None = None,
) -> StoreResult:
    """Add the article and its statements; a new version of a stored URL replaces the old one.
    `language`: the language the text was detected in (ISO 639-1), stored with the article.

    The same text again changes nothing. A changed body under the same URL
    keeps its id and its hand corrections that still apply (see `statements.replace_statements`).

    Safe against simultaneous writers (two requests, two ingests): the writes go into a
    SAVEPOINT, and if another transaction stored the same text or URL first (a unique
    violation), or changed the statements being replaced, the savepoint is rolled back and
    what the winner stored is read again: the same text is then `unchanged`, another text
    under the same URL replaces the winner's version. An article being replaced is locked
    (SELECT … FOR UPDATE on PostgreSQL) so two replacements take turns.
    """
    for attempt in range(1, ATTEMPTS + 1):
        existing = find_existing(session, draft)
        if is_unchanged(existing, draft):
            return StoreResult(existing, "unchanged")
        if existing is not None:
            existing = _locked(session, existing)
            if is_unchanged(existing, draft):  # another writer stored this text meanwhile
                return StoreResult(existing, "unchanged")
        try:
            with session.begin_nested():
                return _write(session, existing, draft, statements, extractor_version, language)
        except (IntegrityError, StaleDataError):
            if attempt == ATTEMPTS:
                raise
    raise AssertionError("unreachable")


def _locked(session: Session, article: Article) -> Article:
    """`article` as committed now, its row locked until the transaction ends (PostgreSQL)."""
    fresh = session.scalars(
        select(Article).where(Article.id == article.id).with_for_update().execution_options(populate_existing=True)
    ).one()
    session.expire(fresh, ["statements"])
    return fresh


def _write(
    session: Session,
    existing: Article | None,
    draft: ArticleDraft,
    statements: list[ExtractedStatement],
    extractor_version: str,
    language: str | None,
) -> StoreResult:
    if existing is not None:
        existing.title, existing.source, existing.published = draft.title, draft.source, draft.published
        existing.language = language
        existing.body, existing.content_hash = draft.text, content_hash(draft.text)
        changes = replace_statements(session, existing, statements, extractor_version)
        session.flush()
        return StoreResult(existing, "updated", changes)
    article = Article(
        title=draft.title,
        source=draft.source,
        url=draft.url,
        published=draft.published,
        body=draft.text,
        content_hash=content_hash(draft.text),
        language=language,
        ingested_at=dt.datetime.now(dt.UTC),
    )
    session.add(article)
    add_statements(session, article, statements, extractor_version)
    session.flush()
    return StoreResult(article, "new")

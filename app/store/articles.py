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
from sqlalchemy.orm import Session

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


def store_article(
    session: Session,
    draft: ArticleDraft,
    statements: list[ExtractedStatement],
    extractor_version: str,
) -> StoreResult:
    """Add the article and its statements; a new version of a stored URL replaces the old one.

    The same text again changes nothing. A changed body under the same URL
    keeps its id and its hand corrections that still apply (see `statements.replace_statements`).
    """
    existing = find_existing(session, draft)
    if is_unchanged(existing, draft):
        return StoreResult(existing, "unchanged")
    if existing is not None:
        existing.title, existing.source, existing.published = draft.title, draft.source, draft.published
        existing.body, existing.content_hash = draft.text, content_hash(draft.text)
        changes = replace_statements(session, existing, statements, extractor_version)
        return StoreResult(existing, "updated", changes)
    article = Article(
        title=draft.title,
        source=draft.source,
        url=draft.url,
        published=draft.published,
        body=draft.text,
        content_hash=content_hash(draft.text),
        ingested_at=dt.datetime.now(dt.UTC),
    )
    session.add(article)
    add_statements(session, article, statements, extractor_version)
    return StoreResult(article, "new")

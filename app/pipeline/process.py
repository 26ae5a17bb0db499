"""The whole pipeline for a stream of drafts: skip what is stored, extract, resolve, store.

Each article is stored in a transaction of its own, so one bad article never
takes the others down and an interrupted run can simply be run again.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from app.db import transaction
from app.pipeline.ingest import ArticleDraft, IngestError
from app.pipeline.store import StoreResult, find_existing, store_article
from app.pipeline.types import ArticleInput, ExtractedStatement


@dataclass
class IngestSummary:
    new: int = 0
    unchanged: int = 0
    failed: int = 0
    statements: int = 0
    errors: list[IngestError] = field(default_factory=list)


def article_input(draft: ArticleDraft) -> ArticleInput:
    return ArticleInput(text=draft.text, published=draft.published, title=draft.title, source=draft.source, url=draft.url)


def extract_drafts(drafts: list[ArticleDraft]) -> list[list[ExtractedStatement]]:
    """Statements for each draft, in order, with spaCy batching across the drafts."""
    from app.pipeline.extract import extract_many  # spaCy loads on first use, never at import
    from app.pipeline.resolve import default_resolver

    return list(extract_many([article_input(d) for d in drafts], resolver=default_resolver()))


def extractor_version() -> str:
    from app.pipeline.extract import EXTRACTOR_VERSION

    return EXTRACTOR_VERSION


def _batches(items: Iterable, size: int) -> Iterator[list]:
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch


def _store_one(factory: sessionmaker[Session], draft: ArticleDraft, found: list[ExtractedStatement],
               version: str, summary: IngestSummary) -> None:
    try:
        with transaction(factory) as session:
            result = store_article(session, draft, found, version)
            created = result.created
    except IntegrityError:
        # Another process stored the same article between our check and our insert.
        created = False
    if created:
        summary.new += 1
        summary.statements += len(found)
    else:
        summary.unchanged += 1


def ingest_drafts(
    factory: sessionmaker[Session],
    items: Iterable[ArticleDraft | IngestError],
    batch_size: int = 32,
    on_progress: Callable[[IngestSummary], None] | None = None,
) -> IngestSummary:
    summary = IngestSummary()
    version = extractor_version()
    for batch in _batches(items, batch_size):
        fresh: list[ArticleDraft] = []
        for item in batch:
            if isinstance(item, IngestError):
                summary.failed += 1
                summary.errors.append(item)
                continue
            with factory() as session:
                if find_existing(session, item) is not None:
                    summary.unchanged += 1
                    continue
            fresh.append(item)
        for draft, found in zip(fresh, extract_drafts(fresh) if fresh else []):
            _store_one(factory, draft, found, version, summary)
        if on_progress:
            on_progress(summary)
    return summary


def ingest_article(session: Session, draft: ArticleDraft) -> StoreResult:
    """One article through the pipeline inside the caller's transaction (the API's POST)."""
    existing = find_existing(session, draft)
    if existing is not None:
        return StoreResult(existing, created=False)
    (found,) = extract_drafts([draft])
    return store_article(session, draft, found, extractor_version())

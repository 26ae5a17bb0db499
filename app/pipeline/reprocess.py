"""Re-run the current extractor over stored articles and report what changed.

Hand corrections survive (see `app.store.statements.replace_statements`); each
statement records the extractor version that produced it. One transaction per
batch of articles.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload, sessionmaker

from app.models import Actor, Article, Statement
from app.pipeline.ingest import ArticleDraft
from app.pipeline.process import extract_drafts, extractor_version
from app.store import ChangeReport, replace_statements, unit_of_work

if TYPE_CHECKING:
    from app.pipeline.extract import Extractor


def article_ids(
    session: Session, since: dt.date | None = None, actor: str | None = None, language: str | None = None
) -> list[int]:
    """Stored articles to re-extract: published since `since`, with statements by `actor`, stored
    as written in `language` (say the articles skipped in a language that is now supported)."""
    query = select(Article.id).order_by(Article.id)
    if language is not None:
        query = query.where(Article.language == language)
    if since is not None:
        query = query.where(Article.published >= since)
    if actor is not None:
        query = query.where(
            Article.id.in_(
                select(Statement.article_id).join(Actor, Actor.id == Statement.actor_id).where(Actor.slug == actor)
            )
        )
    return list(session.scalars(query))


def reprocess(
    factory: sessionmaker[Session],
    ids: list[int],
    extractor: Extractor,
    batch_size: int = 16,
    on_progress: Callable[[int], None] | None = None,
    skipped: list[tuple[int, str]] | None = None,
) -> ChangeReport:
    """Re-extract the articles `ids`; each article's language is stored anew, and those the
    extractor cannot read (their statements are then removed) are added to `skipped` as
    (article id, reason)."""
    report, version = ChangeReport(), extractor_version()
    for i in range(0, len(ids), batch_size):
        batch = ids[i : i + batch_size]
        # Extract first, outside any transaction: a transaction left idle for the seconds
        # extraction takes would meet PostgreSQL's idle-in-transaction timeout.
        with factory() as session:
            stored = session.execute(
                select(
                    Article.id,
                    Article.body,
                    Article.title,
                    Article.source,
                    Article.url,
                    Article.published,
                    Article.ingested_at,
                )
                .where(Article.id.in_(batch))
                .order_by(Article.id)
            ).all()
        drafts = [
            ArticleDraft(text=row.body, title=row.title, source=row.source, url=row.url, published=row.published)
            for row in stored
        ]
        received = [row.ingested_at.date() for row in stored]
        found = extract_drafts(extractor, drafts, received)
        found_by_id = dict(zip([row.id for row in stored], found, strict=True))
        with unit_of_work(factory) as session:
            articles = session.scalars(
                select(Article)
                .where(Article.id.in_(list(found_by_id)))
                .options(selectinload(Article.statements).joinedload(Statement.actor))
            )
            for article in articles:
                found = found_by_id[article.id]
                article.language = found.language
                if article.published is None:  # found in its URL or dateline by this extractor
                    article.published = found.published
                if found.skipped and skipped is not None:
                    skipped.append((article.id, found.skipped))
                report += replace_statements(session, article, found.statements, version)
        if on_progress:
            on_progress(min(i + batch_size, len(ids)))
    return report

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


def article_ids(session: Session, since: dt.date | None = None, actor: str | None = None) -> list[int]:
    query = select(Article.id).order_by(Article.id)
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
) -> ChangeReport:
    report, version = ChangeReport(), extractor_version()
    for i in range(0, len(ids), batch_size):
        with unit_of_work(factory) as session:
            articles = list(
                session.scalars(
                    select(Article)
                    .where(Article.id.in_(ids[i : i + batch_size]))
                    .options(selectinload(Article.statements).joinedload(Statement.actor))
                )
            )
            drafts = [
                ArticleDraft(text=a.body, title=a.title, source=a.source, url=a.url, published=a.published)
                for a in articles
            ]
            for article, found in zip(articles, extract_drafts(extractor, drafts)):
                report += replace_statements(session, article, found, version)
        if on_progress:
            on_progress(min(i + batch_size, len(ids)))
    return report

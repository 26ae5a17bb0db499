"""Store stage: the only part of the pipeline that writes to the database.

Callers own the transaction (`app.db.transaction`): an article and all of its
statements are flushed into the same one, so a failure leaves nothing behind.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import dataclass
from typing import Literal

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import Actor, ActorAlias, ActorRole, Article, Statement, StatementTarget
from app.pipeline.ingest import ArticleDraft
from app.pipeline.replace import ChangeReport, replace_statements
from app.pipeline.types import ExtractedStatement, ResolvedActor

_SPACE = re.compile(r"\s+")


def content_hash(text: str) -> str:
    """Fingerprint of the body with whitespace folded, so re-saved copies still match."""
    return hashlib.sha256(_SPACE.sub(" ", text).strip().encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class StoreResult:
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
    return existing is not None and existing.content_hash == content_hash(draft.text)


def actor_for(session: Session, resolved: ResolvedActor, cache: dict[str, Actor] | None = None) -> Actor:
    """The database actor for a resolved one, created on first sight (unknown speakers too)."""
    cache = {} if cache is None else cache
    if resolved.slug in cache:
        return cache[resolved.slug]
    actor = session.scalars(select(Actor).where(Actor.slug == resolved.slug)).first()
    if actor is None:
        actor = Actor(
            slug=resolved.slug,
            name=resolved.name,
            kind=resolved.kind,
            country=resolved.country,
            in_registry=False,
        )
        session.add(actor)
        session.flush()
    cache[resolved.slug] = actor
    return actor


def _target_rows(session: Session, targets: list[str], cache: dict[str, Actor]) -> list[StatementTarget]:
    """Two-letter upper-case targets are countries; anything else names an actor by slug."""
    rows, seen = [], set()
    for target in targets:
        if target in seen:
            continue
        seen.add(target)
        if len(target) == 2 and target.isalpha() and target.isupper():
            rows.append(StatementTarget(country=target))
            continue
        actor = cache.get(target) or session.scalars(select(Actor).where(Actor.slug == target)).first()
        if actor is not None:
            rows.append(StatementTarget(actor=actor, country=actor.country))
    return rows


def statement_row(
    session: Session, article: Article, found: ExtractedStatement, extractor_version: str, cache: dict[str, Actor]
) -> Statement:
    said_on = found.date or article.published or article.ingested_at.date()
    return Statement(
        actor=actor_for(session, found.actor, cache) if found.actor else None,
        kind=found.kind,
        text=found.text,
        start=found.start,
        end=found.end,
        cue=found.cue,
        speaker=found.speaker,
        speaker_start=found.speaker_start,
        speaker_end=found.speaker_end,
        category_code=found.category_code,
        category_label=found.category_label,
        date=found.date,
        date_precision=found.date_precision,
        said_on=said_on,
        confidence=found.confidence,
        extractor_version=extractor_version,
        targets=_target_rows(session, found.targets, cache),
    )


def store_article(
    session: Session,
    draft: ArticleDraft,
    statements: list[ExtractedStatement],
    extractor_version: str,
) -> StoreResult:
    """Add the article and its statements; a new version of a stored URL replaces the old one.

    The same text again changes nothing. A changed body under the same URL
    keeps its id and its hand corrections that still apply (see `replace`).
    """
    existing = find_existing(session, draft)
    if is_unchanged(existing, draft):
        return StoreResult(existing, "unchanged")
    if existing is not None:
        existing.title, existing.source, existing.published = draft.title, draft.source, draft.published
        existing.body, existing.content_hash = draft.text, content_hash(draft.text)
        changes = replace_statements(session, existing, statements, extractor_version, statement_row)
        return StoreResult(existing, "updated", changes)
    article = Article(
        title=draft.title,
        source=draft.source,
        url=draft.url,
        published=draft.published,
        body=draft.text,
        content_hash=content_hash(draft.text),
        ingested_at=dt.datetime.now(dt.timezone.utc),
    )
    session.add(article)
    cache: dict[str, Actor] = {}
    article.statements = [statement_row(session, article, s, extractor_version, cache) for s in statements]
    session.flush()
    return StoreResult(article, "new")


def _sync_aliases(actor: Actor, names: list[str], normalize) -> None:
    """Keep alias rows that still apply, add new ones, drop the rest (no delete-then-insert clash)."""
    wanted = {}
    for name in names:
        if (key := normalize(name)) and key not in wanted:
            wanted[key] = name
    current = {alias.normalized: alias for alias in actor.aliases}
    actor.aliases = [current.get(key) or ActorAlias(alias=name, normalized=key) for key, name in wanted.items()]


def sync_registry(session: Session, registry) -> tuple[int, int]:
    """Upsert every registry actor by slug, with its aliases and roles; returns (created, updated).

    Actors the resolver had invented under the same slug are confirmed, not duplicated.
    Aliases and roles are replaced wholesale so that a registry edit is reflected exactly.
    """
    from app.pipeline.resolve.normalize import norm as normalize_name

    existing = {a.slug: a for a in session.scalars(select(Actor))}
    created = updated = 0
    for record in registry.actors:
        actor = existing.get(record.slug)
        if actor is None:
            actor = Actor(slug=record.slug)
            session.add(actor)
            existing[record.slug] = actor
            created += 1
        else:
            updated += 1
        actor.name, actor.kind, actor.country = record.name, record.kind, record.country
        actor.wikidata, actor.in_registry = record.wikidata, True
        _sync_aliases(actor, [record.name, *record.aliases], normalize_name)
    session.flush()
    for record in registry.actors:
        actor = existing[record.slug]
        actor.parent = existing.get(record.parent) if record.parent else None
        actor.roles = [
            ActorRole(role=r.role, title=r.title, organisation=existing.get(r.organisation) if r.organisation else None,
                      country=r.country, start=r.start, end=r.end)
            for r in record.roles
        ]
    session.flush()
    return created, updated

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

from sqlalchemy import bindparam, delete, insert, select, update
from sqlalchemy.orm import Session

from app.models import Actor, ActorAlias, ActorRole, Article, Statement, StatementTarget
from app.pipeline.grouping import assign_groups
from app.pipeline.ingest import ArticleDraft
from app.pipeline.replace import ChangeReport, replace_statements
from app.pipeline.types import ExtractedStatement, ResolvedActor

_SPACE = re.compile(r"\s+")


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


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
        ingested_at=dt.datetime.now(dt.UTC),
    )
    session.add(article)
    cache: dict[str, Actor] = {}
    article.statements = [statement_row(session, article, s, extractor_version, cache) for s in statements]
    assign_groups(session, article.statements)
    return StoreResult(article, "new")


def sync_registry(session: Session, registry) -> tuple[int, int]:
    """Upsert every registry actor by slug, with its aliases, roles and parent; returns (created, updated).

    Actors the resolver had invented under the same slug are confirmed, not
    duplicated. Aliases and roles follow the registry exactly. It works in bulk
    statements (a full registry loads in well under a second) and touches only
    rows that differ, so loading the same registry twice changes nothing.
    """
    ids = _upsert_actors(session, registry.actors)
    _sync_aliases(session, registry.actors, ids)
    _sync_roles(session, registry.actors, ids)
    _sync_parents(session, registry.actors, ids)
    created = sum(1 for record in registry.actors if ids[record.slug][1])
    return created, len(registry.actors) - created


def _upsert_actors(session: Session, records) -> dict[str, tuple[int, bool]]:
    """slug → (id, created) for every record."""
    table = Actor.__table__
    current = {
        row.slug: row
        for row in session.execute(
            select(
                table.c.id,
                table.c.slug,
                table.c.name,
                table.c.kind,
                table.c.country,
                table.c.wikidata,
                table.c.in_registry,
            )
        )
    }
    invented = _invented_by_name(current.values())
    new, changed = [], []
    for r in records:
        values = {"name": r.name, "kind": r.kind, "country": r.country, "wikidata": r.wikidata, "in_registry": True}
        row = current.get(r.slug) or _adopt(session, r, invented)
        if row is None:
            new.append({"slug": r.slug, "created_at": _now(), **values})
        elif (row.name, row.kind, row.country, row.wikidata, row.in_registry) != tuple(values.values()):
            changed.append({"actor_id": row.id, **values})
    if new:
        session.execute(insert(table), new)
    if changed:
        session.execute(
            update(table)
            .where(table.c.id == bindparam("actor_id"))
            .values(
                name=bindparam("name"),
                kind=bindparam("kind"),
                country=bindparam("country"),
                wikidata=bindparam("wikidata"),
                in_registry=bindparam("in_registry"),
            ),
            changed,
        )
    fresh = {r["slug"] for r in new}
    ids = dict(session.execute(select(table.c.slug, table.c.id)).all())
    return {r.slug: (ids[r.slug], r.slug in fresh) for r in records}


def _invented_by_name(rows) -> dict[tuple[str, str | None], object]:
    """Actors the resolver invented from unknown mentions, by (normalised name, country)."""
    from app.pipeline.resolve.normalize import norm

    return {(norm(row.name), row.country): row for row in rows if not row.in_registry}


def _adopt(session: Session, record, invented: dict):
    """An invented actor that the registry now knows under another slug becomes that registry actor."""
    from app.pipeline.resolve.normalize import norm

    for name in (record.name, *record.aliases):
        row = invented.pop((norm(name), record.country), None)
        if row is not None:
            table = Actor.__table__
            session.execute(update(table).where(table.c.id == row.id).values(slug=record.slug))
            return row
    return None


def _sync_aliases(session: Session, records, ids) -> None:
    from app.pipeline.resolve.normalize import norm

    table = ActorAlias.__table__
    wanted: dict[tuple[int, str], str] = {}
    for r in records:
        for name in (r.name, *r.aliases):
            key = (ids[r.slug][0], norm(name))
            if key[1] and key not in wanted:
                wanted[key] = name
    registry_ids = {actor_id for actor_id, _ in ids.values()}
    have = {
        (row.actor_id, row.normalized): row.id
        for row in session.execute(select(table.c.id, table.c.actor_id, table.c.normalized))
    }
    stale = [row_id for key, row_id in have.items() if key[0] in registry_ids and key not in wanted]
    if stale:
        session.execute(delete(table).where(table.c.id.in_(stale)))
    missing = [{"actor_id": k[0], "normalized": k[1], "alias": v} for k, v in wanted.items() if k not in have]
    if missing:
        session.execute(insert(table), missing)


def _role_rows(records, ids) -> dict[int, list[tuple]]:
    rows: dict[int, list[tuple]] = {}
    for r in records:
        rows[ids[r.slug][0]] = sorted(
            (
                (
                    role.role,
                    role.title,
                    ids[role.organisation][0] if role.organisation in ids else None,
                    role.country,
                    role.start,
                    role.end,
                )
                for role in r.roles
            ),
            key=repr,
        )
    return rows


def _sync_roles(session: Session, records, ids) -> None:
    """An actor whose roles differ from the registry gets the registry's roles, all of them."""
    table = ActorRole.__table__
    wanted = _role_rows(records, ids)
    have: dict[int, list[tuple]] = {}
    for row in session.execute(
        select(
            table.c.actor_id,
            table.c.role,
            table.c.title,
            table.c.organisation_id,
            table.c.country,
            table.c.start,
            table.c.end,
        )
    ):
        have.setdefault(row[0], []).append(tuple(row[1:]))
    stale = [actor_id for actor_id, roles in wanted.items() if sorted(have.get(actor_id, []), key=repr) != roles]
    if not stale:
        return
    session.execute(delete(table).where(table.c.actor_id.in_(stale)))
    columns = ("role", "title", "organisation_id", "country", "start", "end")
    session.execute(
        insert(table),
        [{"actor_id": actor_id, **dict(zip(columns, role))} for actor_id in stale for role in wanted[actor_id]],
    )


def _sync_parents(session: Session, records, ids) -> None:
    table = Actor.__table__
    have = dict(session.execute(select(table.c.id, table.c.parent_id)).all())
    changes = []
    for r in records:
        actor_id = ids[r.slug][0]
        parent_id = ids[r.parent][0] if r.parent in ids else None
        if have.get(actor_id) != parent_id:
            changes.append({"actor_id": actor_id, "parent": parent_id})
    if changes:
        session.execute(
            update(table).where(table.c.id == bindparam("actor_id")).values(parent_id=bindparam("parent")), changes
        )

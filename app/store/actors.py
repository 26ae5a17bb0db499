"""Actor writes: the actors extraction names (created on first sight) and folding one actor into another.

A merge leaves a record (`ActorMerge`: old slug → surviving actor). Every
lookup by slug here consults it, so a statement that names a merged actor goes
to the actor that survived and the merged one is never created again.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from app.models import Actor, ActorAlias, ActorMerge, ActorRole, Statement, StatementGroup, StatementTarget
from app.pipeline.types import ResolvedActor
from app.store.errors import CorrectionError


def actor_by_slug(session: Session, slug: str) -> Actor | None:
    """The actor stored under `slug`, or the one it was merged into; None if neither exists."""
    actor = session.scalars(select(Actor).where(Actor.slug == slug)).first()
    if actor is not None:
        return actor
    return session.scalars(
        select(Actor).join(ActorMerge, ActorMerge.target_id == Actor.id).where(ActorMerge.source_slug == slug)
    ).first()


def actor_for(session: Session, resolved: ResolvedActor, cache: dict[str, Actor] | None = None) -> Actor:
    """The database actor for a resolved one, created on first sight (unknown speakers too).

    `cache` (slug → actor) spares repeated lookups while one article is stored.
    """
    cache = {} if cache is None else cache
    if resolved.slug in cache:
        return cache[resolved.slug]
    actor = actor_by_slug(session, resolved.slug)
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


@dataclass(frozen=True)
class MergeResult:
    target: Actor
    statements_moved: int
    already_merged: bool


def merge_actors(session: Session, source_slug: str, target_slug: str, by: str | None) -> MergeResult:
    """Move statements, targets, aliases and roles of `source` to `target`, then delete `source`.

    Idempotent: merging a source that was already merged into the same target
    answers with the earlier result and changes nothing. The merge is recorded,
    and the record redirects the old slug from then on (`actor_by_slug`).
    """
    target = session.scalars(select(Actor).where(Actor.slug == target_slug)).first()
    if target is None:
        raise CorrectionError("into", f"no actor with slug {target_slug!r}")
    source = session.scalars(select(Actor).where(Actor.slug == source_slug)).first()
    if source is None:
        earlier = session.scalars(select(ActorMerge).where(ActorMerge.source_slug == source_slug)).first()
        if earlier is not None and earlier.target_id == target.id:
            return MergeResult(target, earlier.statements_moved, already_merged=True)
        raise CorrectionError("slug", f"no actor with slug {source_slug!r}")
    if source.id == target.id:
        raise CorrectionError("into", "an actor cannot be merged into itself")
    moved = session.execute(
        update(Statement).where(Statement.actor_id == source.id).values(actor_id=target.id)
    ).rowcount
    session.execute(update(StatementTarget).where(StatementTarget.actor_id == source.id).values(actor_id=target.id))
    session.execute(update(StatementGroup).where(StatementGroup.actor_id == source.id).values(actor_id=target.id))
    session.execute(update(ActorRole).where(ActorRole.actor_id == source.id).values(actor_id=target.id))
    session.execute(update(ActorRole).where(ActorRole.organisation_id == source.id).values(organisation_id=target.id))
    session.execute(update(Actor).where(Actor.parent_id == source.id).values(parent_id=target.id))
    _move_aliases(session, source, target)
    # Earlier merges into the source now redirect to the target: no chain of redirects to follow.
    session.execute(update(ActorMerge).where(ActorMerge.target_id == source.id).values(target_id=target.id))
    session.add(
        ActorMerge(
            source_slug=source.slug, source_name=source.name, target=target, merged_by=by, statements_moved=moved
        )
    )
    session.delete(source)
    session.flush()
    session.expire_all()
    return MergeResult(target, moved, already_merged=False)


def _move_aliases(session: Session, source: Actor, target: Actor) -> None:
    from app.pipeline.resolve.normalize import norm as normalize_name

    have = set(session.scalars(select(ActorAlias.normalized).where(ActorAlias.actor_id == target.id)))
    for name in [source.name, *(a.alias for a in source.aliases)]:
        key = normalize_name(name)
        if key and key not in have:
            session.add(ActorAlias(actor_id=target.id, alias=name, normalized=key))
            have.add(key)

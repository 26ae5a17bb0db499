"""Hand corrections: fixing one statement, folding one actor into another.

Both are plain functions over a session (the caller owns the transaction), used
by the API and by the CLI alike.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from app.models import (
    STATEMENT_KINDS,
    Actor,
    ActorAlias,
    ActorMerge,
    ActorRole,
    Statement,
    StatementGroup,
    StatementTarget,
)
from app.pipeline.grouping import repair_groups, start_group


class CorrectionError(ValueError):
    """A correction that cannot be applied; `param` names the offending field."""

    def __init__(self, param: str, message: str):
        super().__init__(message)
        self.param = param
        self.message = message


@dataclass(frozen=True)
class StatementPatch:
    actor: str | None = None  # slug
    kind: str | None = None
    category_code: str | None = None
    category_label: str | None = None
    start: int | None = None
    end: int | None = None
    rejected: bool | None = None
    group: int | str | None = None  # a group id to join, or "new" to split it off into a group of its own


def correct_statement(session: Session, statement: Statement, patch: StatementPatch, by: str) -> Statement:
    """Apply the fields that are set; the statement becomes `corrected` (or `rejected`)."""
    if patch.actor is not None:
        actor = session.scalars(select(Actor).where(Actor.slug == patch.actor)).first()
        if actor is None:
            raise CorrectionError("actor", f"no actor with slug {patch.actor!r}")
        statement.actor = actor
    if patch.kind is not None:
        if patch.kind not in STATEMENT_KINDS:
            raise CorrectionError("kind", f"kind must be one of {', '.join(STATEMENT_KINDS)}")
        statement.kind = patch.kind
    if patch.category_code is not None:
        statement.category_code = patch.category_code or None
        statement.category_label = patch.category_label if patch.category_code else None
    if patch.start is not None or patch.end is not None:
        _set_span(statement, patch.start, patch.end)
    touched = {statement.group_id}
    if patch.rejected is not None:
        statement.review_state = "rejected" if patch.rejected else "corrected"
    elif statement.review_state != "rejected":
        statement.review_state = "corrected"
    if patch.group is not None:
        touched.add(_regroup(session, statement, patch.group))
    statement.corrected_by = by
    statement.corrected_at = dt.datetime.now(dt.UTC)
    session.flush()
    repair_groups(session, touched)
    return statement


def _regroup(session: Session, statement: Statement, target: int | str) -> int | None:
    """Split the statement into a group of its own ("new") or join it to group `target`, by hand."""
    if target == "new":
        if statement.group is not None and statement.group.representative is statement:
            statement.group.representative = None
        group = start_group(session, statement, curated=True)
        session.flush()
        return group.id
    group = session.get(StatementGroup, target) if isinstance(target, int) else None
    if group is None:
        raise CorrectionError("group", f"no statement group {target!r}; use a group id or \"new\"")
    if statement.group is not None and statement.group.representative is statement:
        statement.group.representative = None
    statement.group = group
    group.curated = True
    return group.id


def _set_span(statement: Statement, start: int | None, end: int | None) -> None:
    start = statement.start if start is None else start
    end = statement.end if end is None else end
    body = statement.article.body
    if not 0 <= start < end <= len(body):
        raise CorrectionError("start", f"the span must satisfy 0 <= start < end <= {len(body)}")
    statement.start, statement.end, statement.text = start, end, body[start:end]


@dataclass(frozen=True)
class MergeResult:
    target: Actor
    statements_moved: int
    already_merged: bool


def merge_actors(session: Session, source_slug: str, target_slug: str, by: str | None) -> MergeResult:
    """Move statements, targets, aliases and roles of `source` to `target`, then delete `source`.

    Idempotent: merging a source that was already merged into the same target
    answers with the earlier result and changes nothing.
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

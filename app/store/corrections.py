"""Hand corrections of one statement: its actor, kind, category, span, rejection or group.

A plain function over a session (the caller owns the transaction), used by the
API; folding one actor into another is `app.store.actors.merge_actors`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import STATEMENT_KINDS, Actor, ReviewState, Statement, StatementGroup
from app.store.errors import CorrectionError
from app.store.groups import repair_groups, start_group


@dataclass(frozen=True)
class StatementPatch:
    """The fields of a correction; None leaves a field as it is."""

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
        statement.review_state = ReviewState.REJECTED if patch.rejected else ReviewState.CORRECTED
    elif statement.review_state != ReviewState.REJECTED:
        statement.review_state = ReviewState.CORRECTED
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

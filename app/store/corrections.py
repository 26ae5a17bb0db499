"""Hand corrections of one statement: its actor, kind, category, span, date, targets, rejection or group.

Plain functions over a session (the caller owns the transaction), used by the API and the
editors' pages alike. Every change is checked against the version the editor worked from
(a conditional UPDATE, so two editors at once cannot both win), raises that version, and
leaves a `StatementChange` row saying who, when and before → after. Folding one actor into
another is `app.store.actors.merge_actors`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from app.models import STATEMENT_KINDS, ReviewState, Statement, StatementChange, StatementGroup
from app.pipeline.resolve.countries import short_name
from app.store.actors import actor_by_slug
from app.store.errors import ConflictError, CorrectionError
from app.store.groups import repair_groups, start_group
from app.store.statements import target_rows

CLEAR = ""  # a date or category given as "" is cleared


@dataclass(frozen=True)
class StatementPatch:
    """The fields of a correction; None leaves a field as it is."""

    actor: str | None = None  # slug
    kind: str | None = None
    category_code: str | None = None
    category_label: str | None = None
    start: int | None = None
    end: int | None = None
    date: dt.date | str | None = None  # a date, or "" to clear it
    targets: tuple[str, ...] | None = None  # country codes and actor slugs; () clears them
    rejected: bool | None = None
    group: int | str | None = None  # a group id to join, or "new" to split it off into a group of its own
    reason: str | None = None  # why (required to reject from a page; kept in the history)


def correct_statement(
    session: Session,
    statement: Statement,
    patch: StatementPatch,
    by: str,
    categories: Mapping[str, str] | None = None,
    expected_version: int | None = None,
) -> Statement:
    """Apply the fields that are set; the statement becomes `corrected` (or `rejected`).

    `categories` (CAMEO code → label, from the language pack) validates a changed category
    and gives it its label; `expected_version`, when given, must be the statement's current
    version, else `ConflictError` and nothing changes."""
    before = snapshot(statement)
    _claim(session, statement, expected_version)
    if patch.actor is not None:
        actor = actor_by_slug(session, patch.actor)  # a merged slug means its survivor
        if actor is None:
            raise CorrectionError("actor", f"no actor with slug {patch.actor!r}")
        statement.actor = actor
    if patch.kind is not None:
        if patch.kind not in STATEMENT_KINDS:
            raise CorrectionError("kind", f"kind must be one of {', '.join(STATEMENT_KINDS)}")
        statement.kind = patch.kind
    if patch.category_code is not None:
        _set_category(statement, patch.category_code, patch.category_label, categories)
    if patch.start is not None or patch.end is not None:
        _set_span(statement, patch.start, patch.end)
    if patch.date is not None:
        _set_date(statement, patch.date)
    if patch.targets is not None:
        _set_targets(session, statement, patch.targets)
    touched = {statement.group_id}
    if patch.rejected is not None:
        statement.review_state = ReviewState.REJECTED if patch.rejected else ReviewState.CORRECTED
    elif statement.review_state != ReviewState.REJECTED:
        statement.review_state = ReviewState.CORRECTED  # set by hand, even if to what it was
    if patch.group is not None:
        touched.add(_regroup(session, statement, patch.group))
    statement.corrected_by = by
    statement.corrected_at = dt.datetime.now(dt.UTC)
    session.flush()
    repair_groups(session, touched)
    _record(session, statement, before, by, patch.reason, _action(before, statement, patch))
    return statement


def accept_statement(session: Session, statement: Statement, by: str, expected_version: int | None = None) -> Statement:
    """An editor checked the statement and found it right: it becomes `reviewed` (kept on re-extraction)."""
    before = snapshot(statement)
    _claim(session, statement, expected_version)
    if statement.review_state == ReviewState.REJECTED:
        raise CorrectionError("state", "a rejected statement is restored, not accepted")
    if statement.review_state == ReviewState.EXTRACTED:
        statement.review_state = ReviewState.REVIEWED
    statement.corrected_by = by
    statement.corrected_at = dt.datetime.now(dt.UTC)
    session.flush()
    _record(session, statement, before, by, None, "accept")
    return statement


def snapshot(statement: Statement) -> dict[str, Any]:
    """The hand-editable fields as plain values, for the history's before → after."""
    return {
        "actor": statement.actor.slug if statement.actor else None,
        "kind": statement.kind,
        "category": statement.category_code,
        "span": f"{statement.start}-{statement.end}",
        "date": statement.date.isoformat() if statement.date else None,
        "targets": sorted(t.actor.slug if t.actor else t.country for t in statement.targets),
        "state": str(statement.review_state),
        "group": statement.group_id,
    }


def _claim(session: Session, statement: Statement, expected: int | None) -> None:
    """Raise the version in the database first, on condition that it is still `expected`: of two
    transactions that read the same version, the second's UPDATE finds no row (PostgreSQL makes it
    wait for the first to commit; SQLite lets one writer at a time) and it gets a conflict."""
    condition = [Statement.id == statement.id]
    if expected is not None:
        condition.append(Statement.version == expected)
    result = session.execute(
        update(Statement).where(*condition).values(version=Statement.version + 1),
        execution_options={"synchronize_session": False},
    )
    if result.rowcount == 0:
        current = session.scalar(select(Statement.version).where(Statement.id == statement.id))
        raise ConflictError(current or 0, expected or 0)
    session.refresh(statement, ["version"])


def _action(before: dict[str, Any], statement: Statement, patch: StatementPatch) -> str:
    if statement.review_state == ReviewState.REJECTED and before["state"] != ReviewState.REJECTED:
        return "reject"
    if before["state"] == ReviewState.REJECTED and statement.review_state != ReviewState.REJECTED:
        return "restore"
    if patch.group is not None and set(_diff(before, snapshot(statement))) == {"group"}:
        return "regroup"
    return "correct"


def _diff(before: dict[str, Any], after: dict[str, Any]) -> dict[str, list[Any]]:
    return {key: [before[key], after[key]] for key in after if after[key] != before[key]}


def _record(
    session: Session, statement: Statement, before: dict[str, Any], by: str, reason: str | None, action: str
) -> None:
    session.add(
        StatementChange(
            statement_id=statement.id,
            action=action,
            by=by,
            changes=_diff(before, snapshot(statement)),
            reason=(reason or "").strip() or None,
        )
    )
    session.flush()


def _set_category(statement: Statement, code: str, label: str | None, categories: Mapping[str, str] | None) -> None:
    code = code.strip()
    if code == CLEAR:
        statement.category_code = statement.category_label = None
        return
    if categories is not None and code not in categories:
        raise CorrectionError("category", f"{code!r} is not a CAMEO code we know ({', '.join(sorted(categories))})")
    statement.category_code = code
    statement.category_label = label or (categories or {}).get(code) or statement.category_label


def _set_date(statement: Statement, value: dt.date | str) -> None:
    if value == CLEAR:
        statement.date, statement.date_precision = None, None
    elif isinstance(value, dt.date):
        statement.date, statement.date_precision = value, "day"
    else:
        raise CorrectionError("date", "a date is YYYY-MM-DD, or empty to clear it")
    article = statement.article
    statement.said_on = statement.date or article.published  # None: undated, as the store has it


def _set_targets(session: Session, statement: Statement, targets: tuple[str, ...]) -> None:
    """Two-letter codes are countries, anything else an actor's slug; each must exist."""
    for target in targets:
        if len(target) == 2 and target.isalpha():
            if short_name(target) is None:
                raise CorrectionError("targets", f"{target!r} is not an ISO 3166-1 country code")
        elif actor_by_slug(session, target) is None:
            raise CorrectionError("targets", f"no actor with slug {target!r}")
    normalised = [t.upper() if len(t) == 2 and t.isalpha() else t for t in targets]
    statement.targets = target_rows(session, normalised, {})


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

"""Group reports of the same utterance across articles: the statement groups' writes.

A new statement looks for an earlier report by the same actor family (the
actor, its parent, its children: a ministry and its spokesperson) within a few
days of its date, in other articles: one indexed query on (actor_id, said_on).
The most similar candidate at or above `similarity.THRESHOLD` (the score
`same_utterance` tests against, tuned on tests/fixtures/grouping_pairs.jsonl)
gives the statement its group; otherwise it starts its own. Group ids never change as
reports join; the representative is the fullest wording. An undated statement (its article
gave no date) has no window to look in: it starts a group of its own.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from app.models import Actor, ReviewState, Statement, StatementGroup
from app.pipeline.similarity import QUOTE_MARKS, THRESHOLD, fold, similarity

WINDOW_DAYS = 3
MAX_CANDIDATES = 400


def actor_family(session: Session, actor_id: int) -> list[int]:
    """The actor, its parent and its children: who may report the same utterance."""
    parent_id = session.scalar(select(Actor.parent_id).where(Actor.id == actor_id))
    related = select(Actor.id).where(or_(Actor.parent_id == actor_id, Actor.id == parent_id))
    return [actor_id, *session.scalars(related)]


def _best_match(session: Session, statement: Statement, family: list[int]) -> Statement | None:
    if statement.said_on is None:
        return None
    window = dt.timedelta(days=WINDOW_DAYS)
    candidates = session.scalars(
        select(Statement)
        .where(
            Statement.actor_id.in_(family),
            Statement.said_on.between(statement.said_on - window, statement.said_on + window),
            Statement.article_id != statement.article_id,
            Statement.group_id.is_not(None),
            Statement.review_state != ReviewState.REJECTED,
        )
        .limit(MAX_CANDIDATES)
    )
    scored = [(similarity(statement.text, c.text), c) for c in candidates if c.id != statement.id]
    scored = [(score, c) for score, c in scored if score >= THRESHOLD]
    return max(scored, key=lambda pair: pair[0])[1] if scored else None


def fullness(statement: Statement) -> tuple[bool, int, int]:
    """Which report shows the utterance best: a whole direct quote first, then the longest wording."""
    whole_quote = statement.kind == "direct" and not QUOTE_MARKS.search(statement.text)
    return whole_quote, len(fold(statement.text)), -(statement.id or 0)


def _join(group: StatementGroup, statement: Statement) -> None:
    statement.group = group
    group.reports += 1
    group.first_said_on = _earliest([group.first_said_on, statement.said_on])
    if group.representative is None or fullness(statement) > fullness(group.representative):
        group.representative = statement


def _earliest(days: list[dt.date | None]) -> dt.date | None:
    """The earliest of the days that are known (None when none is)."""
    return min((d for d in days if d is not None), default=None)


def start_group(session: Session, statement: Statement, curated: bool = False) -> StatementGroup:
    """A new group with `statement` as its only report (`curated`: made by hand, left alone after)."""
    group = StatementGroup(
        actor_id=statement.actor_id,
        representative=statement,
        first_said_on=statement.said_on,
        reports=1,
        curated=curated,
    )
    session.add(group)
    statement.group = group
    return group


def assign_groups(session: Session, statements: Iterable[Statement]) -> None:
    """Put each ungrouped statement into the group of the same utterance, or a new one."""
    session.flush()  # ids and dates of the new rows are needed below
    families: dict[int, list[int]] = {}
    # Candidates come from other articles only, so this article's new groups need not be
    # flushed between statements: one flush at the end instead of one per statement.
    with session.no_autoflush:
        for statement in statements:
            if (
                statement.group_id is not None
                or statement.group is not None
                or statement.review_state == ReviewState.REJECTED
            ):
                continue
            match = None
            if statement.actor_id is not None:
                family = families.setdefault(statement.actor_id, actor_family(session, statement.actor_id))
                match = _best_match(session, statement, family)
            if match is not None:
                _join(match.group, statement)
            else:
                start_group(session, statement)
    session.flush()


def repair_groups(session: Session, group_ids: Iterable[int]) -> None:
    """After reports left (re-extraction, rejection, a split), recount; an empty group goes."""
    for group_id in set(g for g in group_ids if g is not None):
        group = session.get(StatementGroup, group_id)
        if group is None:
            continue
        members = session.scalars(
            select(Statement).where(Statement.group_id == group_id, Statement.review_state != ReviewState.REJECTED)
        ).all()
        if not members:
            session.delete(group)
            continue
        group.reports = len(members)
        group.first_said_on = _earliest([m.said_on for m in members])
        group.representative = max(members, key=fullness)
    session.flush()

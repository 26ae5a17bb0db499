"""Statement writes: an article's statements, first stored or replaced, and their deletion tombstones.

Replacing (a changed page, a better extractor) keeps hand work: statements
someone corrected or rejected stay. They move to where their text now stands
in the body, or go when the text is no longer there. Fresh statements that
overlap a kept one are dropped, so nothing is doubled.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from app.models import HAND_STATES, Actor, Article, Statement, StatementTarget
from app.pipeline.types import ExtractedStatement
from app.store.actors import actor_by_slug, actor_for
from app.store.groups import assign_groups, repair_groups


@dataclass
class ChangeReport:
    added: int = 0
    removed: int = 0
    reattributed: int = 0
    kept_corrections: int = 0
    dropped_corrections: int = 0

    def __iadd__(self, other: ChangeReport) -> ChangeReport:
        for name in self.__dataclass_fields__:
            setattr(self, name, getattr(self, name) + getattr(other, name))
        return self

    @property
    def changed(self) -> bool:
        return bool(self.added or self.removed or self.reattributed or self.dropped_corrections)


def _relocate(statement: Statement, body: str) -> bool:
    """Point a kept statement at its text in the new body (the occurrence nearest its old place)."""
    if body[statement.start : statement.end] == statement.text:
        return True
    positions, i = [], body.find(statement.text)
    while i >= 0:
        positions.append(i)
        i = body.find(statement.text, i + 1)
    if not positions:
        return False
    best = min(positions, key=lambda p: abs(p - statement.start))
    statement.start, statement.end = best, best + len(statement.text)
    return True


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def add_statements(
    session: Session, article: Article, found: list[ExtractedStatement], extractor_version: str
) -> list[Statement]:
    """The statements of a new article, stored and grouped with earlier reports of the same words."""
    cache: dict[str, Actor] = {}
    article.statements = [statement_row(session, article, item, extractor_version, cache) for item in found]
    assign_groups(session, article.statements)
    return article.statements


def replace_statements(
    session: Session, article: Article, found: list[ExtractedStatement], extractor_version: str
) -> ChangeReport:
    """Swap the article's machine statements for `found`, keeping hand-corrected ones (see above)."""
    report = ChangeReport()
    old_machine = {
        (s.text, s.kind): (s.actor.slug if s.actor else None)
        for s in article.statements
        if s.review_state not in HAND_STATES
    }
    kept: list[Statement] = []
    touched_groups = set()
    for statement in list(article.statements):
        if statement.review_state in HAND_STATES and _relocate(statement, article.body):
            kept.append(statement)
        else:
            if statement.review_state in HAND_STATES:
                report.dropped_corrections += 1
            touched_groups.add(statement.group_id)
            _release(statement)
            article.statements.remove(statement)
    report.kept_corrections = len(kept)
    spans = [(s.start, s.end) for s in kept]
    cache: dict[str, Actor] = {}
    for item in found:
        if any(_overlaps((item.start, item.end), span) for span in spans):
            continue
        article.statements.append(statement_row(session, article, item, extractor_version, cache))
        key = (item.text, item.kind)
        if key not in old_machine:
            report.added += 1
        elif old_machine.pop(key) != (item.actor.slug if item.actor else None):
            report.reattributed += 1
        else:
            old_machine.pop(key, None)
    report.removed = len(old_machine)
    session.flush()
    assign_groups(session, article.statements)
    repair_groups(session, touched_groups)
    return report


def _release(statement: Statement) -> None:
    """Detach a statement about to go from the group it represents, so the group can be repaired."""
    group = statement.group
    if group is not None and group.representative is statement:
        group.representative = None
    statement.group = None


def statement_row(
    session: Session, article: Article, found: ExtractedStatement, extractor_version: str, cache: dict[str, Actor]
) -> Statement:
    """The row for one extracted statement; its actor and addressees are found or created by slug."""
    said_on = found.date or article.published  # None: undated (never the day it was ingested)
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
        targets=target_rows(session, found.targets, cache),
    )


def target_rows(session: Session, targets: list[str], cache: dict[str, Actor]) -> list[StatementTarget]:
    """Two-letter upper-case targets are countries; anything else names an actor by slug (merges followed)."""
    rows, seen = [], set()
    for target in targets:
        if target in seen:
            continue
        seen.add(target)
        if len(target) == 2 and target.isalpha() and target.isupper():
            rows.append(StatementTarget(country=target))
            continue
        actor = cache.get(target) or actor_by_slug(session, target)
        if actor is not None:
            rows.append(StatementTarget(actor=actor, country=actor.country))
    return rows

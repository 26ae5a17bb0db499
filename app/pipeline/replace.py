"""Replacing an article's statements (a changed page, a better extractor) without losing hand work.

Statements someone corrected or rejected stay: they move to where their text
now stands in the body, or go when the text is no longer there. Fresh
statements that overlap a kept one are dropped, so nothing is doubled.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from app.models import Actor, Article, Statement
from app.pipeline.grouping import assign_groups, repair_groups
from app.pipeline.types import ExtractedStatement

HAND_STATES = ("corrected", "rejected")


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


def replace_statements(
    session: Session, article: Article, found: list[ExtractedStatement], extractor_version: str, make_row
) -> ChangeReport:
    """Swap the article's machine statements for `found`; `make_row` builds a `Statement` from one."""
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
        article.statements.append(make_row(session, article, item, extractor_version, cache))
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

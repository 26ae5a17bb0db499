"""What editors read: the review queue, a statement's change history, accounts and tokens.

The queue is the timeline's selection (the same filter registry and conditions) narrowed
to statements nobody has checked yet, least confident first: the extractor's doubt is the
best guide to where an editor's minute is worth most.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session, joinedload, selectinload

from app.models import ApiToken, Article, ReviewState, Statement, StatementChange, User
from app.query.filters import StatementFilter, statement_conditions
from app.query.service import dialect_of


@dataclass(frozen=True)
class Queue:
    items: list[Statement]
    remaining: int  # unchecked statements in the selection, the shown ones included


def review_queue(session: Session, f: StatementFilter, limit: int = 50) -> Queue:
    """The first `limit` unchecked statements of the selection, lowest confidence first."""
    conditions = [*statement_conditions(f, dialect_of(session)), Statement.review_state == ReviewState.EXTRACTED]
    items = session.scalars(
        select(Statement)
        .where(*conditions)
        .options(
            selectinload(Statement.actor),
            selectinload(Statement.article).load_only(
                Article.id, Article.title, Article.source, Article.url, Article.published, Article.ingested_at
            ),
            selectinload(Statement.targets),
            selectinload(Statement.group),
        )
        .order_by(Statement.confidence, Statement.id)
        .limit(limit)
    ).all()
    remaining = session.scalar(select(func.count()).select_from(Statement).where(*conditions))
    return Queue(list(items), remaining or 0)


def statement_history(session: Session, statement_id: int) -> list[StatementChange]:
    """Every hand change of the statement, oldest first."""
    return list(
        session.scalars(
            select(StatementChange)
            .where(StatementChange.statement_id == statement_id)
            .order_by(StatementChange.at, StatementChange.id)
        )
    )


def rejection(history: list[StatementChange]) -> StatementChange | None:
    """The change that rejected the statement (the latest one), if any."""
    return next((c for c in reversed(history) if c.action == "reject"), None)


def list_users(session: Session) -> list[User]:
    return list(session.scalars(select(User).order_by(User.name)))


def list_tokens(session: Session) -> list[ApiToken]:
    """Every token, live ones first, newest first within each."""
    return list(
        session.scalars(
            select(ApiToken)
            .options(joinedload(ApiToken.user))
            .order_by(ApiToken.revoked_at.is_not(None), ApiToken.created_at.desc(), ApiToken.id.desc())
        )
    )


def user_by_name(session: Session, name: str) -> User | None:
    return session.scalars(select(User).where(User.name == name)).first()

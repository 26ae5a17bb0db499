"""A selection as SQL: the filters' conditions on `statements`, and the list's query."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import Select, select
from sqlalchemy.orm import selectinload

from app.models import Article, ReviewState, Statement, StatementGroup

if TYPE_CHECKING:
    from app.query.filters.selection import StatementFilter


def escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def statement_conditions(f: StatementFilter, dialect: str | None = None) -> list:
    """WHERE clauses for the selection, in registry order; the caller decides what to select and how to order.

    Rejected statements are never part of a selection. `dialect` picks the full-text index
    for text search (see `search`); without one a plain case-insensitive substring match is used.
    """
    conditions = [Statement.review_state != ReviewState.REJECTED]
    for flt in f.registry:
        condition = flt.condition(f[flt.name], dialect)
        if condition is not None:
            conditions.append(condition)
    return conditions


def statement_select(f: StatementFilter, dialect: str | None = None) -> Select[tuple[Statement]]:
    """Statements matching the filter, newest first, with what a card or an API item shows."""
    return (
        select(Statement)
        .where(*statement_conditions(f, dialect))
        .options(
            # Separate IN queries, not joins: a join before ORDER BY ... LIMIT makes the database
            # join every matching row (tens of thousands for a country) before it can sort.
            selectinload(Statement.actor),
            selectinload(Statement.article).load_only(
                Article.id, Article.title, Article.source, Article.url, Article.published
            ),
            selectinload(Statement.targets),
            selectinload(Statement.group)
            .selectinload(StatementGroup.members)
            .joinedload(Statement.article)
            .load_only(Article.id, Article.title, Article.source, Article.url, Article.published),
        )
        .order_by(Statement.said_on.desc(), Statement.id.desc())
    )

"""Full-text search behind one expression: SQLite FTS5 or PostgreSQL tsvector + GIN.

`text_match(q)` is a boolean SQL expression that each dialect compiles to its
own index lookup (migration 0004 creates both indexes). The user's words are
always bound parameters; for FTS5 they are also quoted one by one, so
operators typed by a user are searched as plain words.
"""

from __future__ import annotations

import re

from sqlalchemy import Boolean, bindparam
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.expression import ColumnElement
from sqlalchemy.sql.visitors import InternalTraversal

_WORD = re.compile(r"\w+", re.UNICODE)


def fts5_query(text: str) -> str:
    """Each word quoted: FTS5 then ANDs them and treats none as syntax."""
    words = _WORD.findall(text)
    return " ".join(f'"{w}"' for w in words) if words else '""'


class TextMatch(ColumnElement[bool]):
    """True where the statement text contains every word of the query (stemmed)."""

    inherit_cache = True
    type = Boolean()
    _traverse_internals = [("value", InternalTraversal.dp_clauseelement)]

    def __init__(self, query: str, fts5: bool = False):
        self.value = bindparam("text_query", fts5_query(query) if fts5 else query, unique=True)


class Fts5Match(TextMatch):
    inherit_cache = True

    def __init__(self, query: str):
        super().__init__(query, fts5=True)


def text_match(query: str, dialect: str) -> ColumnElement[bool]:
    return Fts5Match(query) if dialect == "sqlite" else TextMatch(query)


@compiles(Fts5Match, "sqlite")
def _fts5(element: Fts5Match, compiler, **kw) -> str:
    return (
        "statements.id IN (SELECT rowid FROM statements_fts WHERE statements_fts MATCH "
        f"{compiler.process(element.value, **kw)})"
    )


@compiles(TextMatch, "postgresql")
def _tsvector(element: TextMatch, compiler, **kw) -> str:
    return f"statements.text_tsv @@ plainto_tsquery('english', {compiler.process(element.value, **kw)})"

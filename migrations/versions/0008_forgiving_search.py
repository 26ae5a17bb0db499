"""forgiving search: words as written indexed beside stems, for prefix search

`escalat*` must find "escalation", whose stem is "escal": a prefix is compared with
words as written, not with stems. SQLite gets a second FTS5 index (`statements_fts_words`,
no stemmer, detail=none: it only answers single-word prefix lookups) kept by the same
triggers as `statements_fts`; PostgreSQL's `text_tsv` holds both the english stems and
the simple (as written) words, so one tsquery and one GIN index answer both.

Revision ID: 0008
Revises: 0007
"""
from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

DROP_TRIGGERS = [
    "DROP TRIGGER IF EXISTS statements_fts_insert",
    "DROP TRIGGER IF EXISTS statements_fts_delete",
    "DROP TRIGGER IF EXISTS statements_fts_update",
]


def _triggers(tables: list[str]) -> list[str]:
    insert = " ".join(f"INSERT INTO {t}(rowid, text) VALUES (new.id, new.text);" for t in tables)
    delete = " ".join(f"INSERT INTO {t}({t}, rowid, text) VALUES ('delete', old.id, old.text);" for t in tables)
    return [
        *DROP_TRIGGERS,
        f"CREATE TRIGGER statements_fts_insert AFTER INSERT ON statements BEGIN {insert} END",
        f"CREATE TRIGGER statements_fts_delete AFTER DELETE ON statements BEGIN {delete} END",
        f"CREATE TRIGGER statements_fts_update AFTER UPDATE OF text ON statements BEGIN {delete} {insert} END",
    ]


SQLITE_UP = [
    "CREATE VIRTUAL TABLE statements_fts_words USING fts5(text, content='statements', content_rowid='id', "
    "tokenize='unicode61 remove_diacritics 2', detail=none)",
    *_triggers(["statements_fts", "statements_fts_words"]),
    "INSERT INTO statements_fts_words(statements_fts_words) VALUES ('rebuild')",
]
SQLITE_DOWN = [*_triggers(["statements_fts"]), "DROP TABLE IF EXISTS statements_fts_words"]


def _tsv(expression: str) -> list[str]:
    return [
        "DROP INDEX IF EXISTS ix_statements_text_tsv",
        "ALTER TABLE statements DROP COLUMN IF EXISTS text_tsv",
        f"ALTER TABLE statements ADD COLUMN text_tsv tsvector GENERATED ALWAYS AS ({expression}) STORED",
        "CREATE INDEX ix_statements_text_tsv ON statements USING gin (text_tsv)",
    ]


POSTGRES_UP = _tsv("to_tsvector('english', text) || to_tsvector('simple', text)")
POSTGRES_DOWN = _tsv("to_tsvector('english', text)")


def _run(by_dialect: dict[str, list[str]]) -> None:
    for sql in by_dialect.get(op.get_bind().dialect.name, []):
        op.execute(sql)


def upgrade() -> None:
    _run({"sqlite": SQLITE_UP, "postgresql": POSTGRES_UP})


def downgrade() -> None:
    _run({"sqlite": SQLITE_DOWN, "postgresql": POSTGRES_DOWN})

"""full-text search: FTS5 on SQLite, tsvector + GIN on PostgreSQL

Neither object is in the ORM models: `migrations/env.py` tells autogenerate to
leave them alone, and `app/query/search.py` is the only code that reads them.

Revision ID: 0004
Revises: 0003
"""
from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SQLITE_UP = [
    "CREATE VIRTUAL TABLE statements_fts USING fts5(text, content='statements', content_rowid='id', "
    "tokenize='porter unicode61 remove_diacritics 2')",
    "CREATE TRIGGER statements_fts_insert AFTER INSERT ON statements BEGIN "
    "INSERT INTO statements_fts(rowid, text) VALUES (new.id, new.text); END",
    "CREATE TRIGGER statements_fts_delete AFTER DELETE ON statements BEGIN "
    "INSERT INTO statements_fts(statements_fts, rowid, text) VALUES ('delete', old.id, old.text); END",
    "CREATE TRIGGER statements_fts_update AFTER UPDATE OF text ON statements BEGIN "
    "INSERT INTO statements_fts(statements_fts, rowid, text) VALUES ('delete', old.id, old.text); "
    "INSERT INTO statements_fts(rowid, text) VALUES (new.id, new.text); END",
    "INSERT INTO statements_fts(statements_fts) VALUES ('rebuild')",
]
SQLITE_DOWN = [
    "DROP TRIGGER IF EXISTS statements_fts_update",
    "DROP TRIGGER IF EXISTS statements_fts_delete",
    "DROP TRIGGER IF EXISTS statements_fts_insert",
    "DROP TABLE IF EXISTS statements_fts",
]
POSTGRES_UP = [
    "ALTER TABLE statements ADD COLUMN text_tsv tsvector "
    "GENERATED ALWAYS AS (to_tsvector('english', text)) STORED",
    "CREATE INDEX ix_statements_text_tsv ON statements USING gin (text_tsv)",
]
POSTGRES_DOWN = [
    "DROP INDEX IF EXISTS ix_statements_text_tsv",
    "ALTER TABLE statements DROP COLUMN IF EXISTS text_tsv",
]


def _run(by_dialect: dict[str, list[str]]) -> None:
    for sql in by_dialect.get(op.get_bind().dialect.name, []):
        op.execute(sql)


def upgrade() -> None:
    _run({"sqlite": SQLITE_UP, "postgresql": POSTGRES_UP})


def downgrade() -> None:
    _run({"sqlite": SQLITE_DOWN, "postgresql": POSTGRES_DOWN})

"""statements without a date: said_on and first_said_on nullable

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-05 10:00:00

A statement whose article gives no date (none given, none in its URL or dateline) used to be
put on the day it was ingested, a false date at the top of the timeline. It is now undated:
`said_on` NULL, listed after the dated ones and kept out of date charts and feeds. Rows stored
before keep the day they were given.

On SQLite a NOT NULL constraint cannot be dropped with ALTER TABLE, and a batch rebuild of
`statements` would drop the table that statement_targets and statement_groups refer to (with
foreign keys on, their rows would go with it) and rewrite a million rows. Removing a NOT NULL
constraint changes nothing on disk, so, as SQLite documents for exactly this change ("Making
Other Kinds Of Table Schema Changes"), the stored CREATE TABLE text is edited in place and the
schema version bumped. The downgrade gives undated statements the day their article was
ingested (what they had before) and puts the constraint back the same way.
"""
from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = '0013'
down_revision: str | None = '0012'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

COLUMNS = (('statements', 'said_on'), ('statement_groups', 'first_said_on'))


def _sqlite_set_nullable(table: str, column: str, nullable: bool) -> None:
    bind = op.get_bind()
    sql = bind.exec_driver_sql("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", (table,)).scalar()
    strict, loose = f"\t{column} DATE NOT NULL,", f"\t{column} DATE,"
    old, new = (strict, loose) if nullable else (loose, strict)
    if sql.count(old) != 1:
        raise RuntimeError(f"{table}.{column}: unexpected table definition, not changed")
    version = bind.exec_driver_sql("PRAGMA schema_version").scalar()
    bind.exec_driver_sql("PRAGMA writable_schema = ON")
    bind.exec_driver_sql(
        "UPDATE sqlite_master SET sql = ? WHERE type = 'table' AND name = ?", (sql.replace(old, new), table)
    )
    bind.exec_driver_sql(f"PRAGMA schema_version = {int(version) + 1}")
    bind.exec_driver_sql("PRAGMA writable_schema = OFF")
    problems = bind.exec_driver_sql("PRAGMA integrity_check").scalars().all()
    if problems != ["ok"]:
        raise RuntimeError(f"{table}.{column}: integrity check after the change: {problems[:3]}")


def _set_nullable(nullable: bool) -> None:
    for table, column in COLUMNS:
        if op.get_bind().dialect.name == 'sqlite':
            _sqlite_set_nullable(table, column, nullable)
        else:
            op.alter_column(table, column, existing_type=sa.Date(), nullable=nullable)


def upgrade() -> None:
    _set_nullable(True)


def downgrade() -> None:
    day = "date(articles.ingested_at)" if op.get_bind().dialect.name == 'sqlite' else "CAST(articles.ingested_at AS DATE)"
    op.execute(
        f"UPDATE statements SET said_on = (SELECT {day} FROM articles "
        "WHERE articles.id = statements.article_id) WHERE said_on IS NULL"
    )
    op.execute(
        "UPDATE statement_groups SET first_said_on = (SELECT min(said_on) FROM statements "
        "WHERE statements.group_id = statement_groups.id) WHERE first_said_on IS NULL"
    )
    op.execute("UPDATE statement_groups SET first_said_on = CURRENT_DATE WHERE first_said_on IS NULL")
    _set_nullable(False)

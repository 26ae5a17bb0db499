"""a token that changes with every write the country counts read (the newest read_generations id)

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-05 09:45:00

`/countries` counts every report by country, a pass over a million rows. Its answer is kept in
each web process beside the token it was computed under: the largest id in read_generations.
Triggers make a new one on every insert, delete or relevant update of statements, their targets
and actors' countries, by whatever process writes, so a process whose token is still the
database's may answer from memory. No id comes twice, even after a rollback (random on SQLite, a
sequence on PostgreSQL), so a token never stands for two states.
"""
from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = '0010'
down_revision: str | None = '0009'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# (trigger name, event, table) for every write that can change a country's counts.
WRITES = [
    ("statements_insert", "INSERT", "statements"),
    ("statements_delete", "DELETE", "statements"),
    ("statements_update", "UPDATE OF actor_id, review_state", "statements"),
    ("targets_insert", "INSERT", "statement_targets"),
    ("targets_delete", "DELETE", "statement_targets"),
    ("targets_update", "UPDATE", "statement_targets"),
    ("actors_update", "UPDATE OF country", "actors"),
    ("actors_delete", "DELETE", "actors"),
]
# SQLite: one row whose id is drawn anew at each write (writers take turns on SQLite).
BUMP_SQLITE = (
    "DELETE FROM read_generations; "
    "INSERT INTO read_generations (id) VALUES (abs(random()) % 2147483646 + 1)"
)
# PostgreSQL: a row appended per writing statement, its id from a sequence, which never gives a
# value twice, rolled back or not. Appending locks no row, so concurrent writers never wait on
# each other here (updating one shared row would serialise them, and could deadlock them). Rows
# more than 100 ids old are deleted as they go, skipping any another writer holds.
BUMP_POSTGRESQL = """
CREATE FUNCTION bump_read_generation() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE newest integer;
BEGIN
  INSERT INTO read_generations DEFAULT VALUES RETURNING id INTO newest;
  DELETE FROM read_generations WHERE id IN (
    SELECT id FROM read_generations WHERE id < newest - 100 FOR UPDATE SKIP LOCKED);
  RETURN NULL;
END $$
"""


def upgrade() -> None:
    op.create_table(
        'read_generations',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_read_generations')),
    )
    # The counts cached so far were computed without a token: the first write makes one.
    if op.get_bind().dialect.name == 'sqlite':
        for name, event, table in WRITES:
            op.execute(f"CREATE TRIGGER read_generation_{name} AFTER {event} ON {table} BEGIN {BUMP_SQLITE}; END")
    else:
        op.execute(BUMP_POSTGRESQL)
        for name, event, table in WRITES:
            # Once per statement, however many rows it wrote.
            op.execute(
                f"CREATE TRIGGER read_generation_{name} AFTER {event} ON {table} "
                "FOR EACH STATEMENT EXECUTE FUNCTION bump_read_generation()"
            )


def downgrade() -> None:
    for name, _, table in WRITES:
        op.execute(f"DROP TRIGGER IF EXISTS read_generation_{name}" + ("" if op.get_bind().dialect.name == 'sqlite' else f" ON {table}"))
    if op.get_bind().dialect.name != 'sqlite':
        op.execute("DROP FUNCTION IF EXISTS bump_read_generation()")
    op.drop_table('read_generations')

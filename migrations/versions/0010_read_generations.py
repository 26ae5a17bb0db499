"""a token that changes with every write the country counts read

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-05 09:45:00

`/countries` counts every report by country, a pass over a million rows. Its answer is kept in
each web process beside the token it was computed under; triggers give the token a new random
value on every insert, delete or relevant update of statements, their targets and actors'
countries, by whatever process writes, so a process whose token is still the database's may
answer from memory. Random, not a counter: a write rolled back leaves no value that a later
write could repeat.
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
BUMP_SQLITE = "UPDATE read_generations SET token = abs(random()) % 2147483647 WHERE name = 'counts'"
BUMP_POSTGRESQL = """
CREATE FUNCTION bump_read_generation() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE read_generations SET token = floor(random() * 2147483647)::int WHERE name = 'counts';
  RETURN NULL;
END $$
"""


def upgrade() -> None:
    op.create_table(
        'read_generations',
        sa.Column('name', sa.String(length=40), nullable=False),
        sa.Column('token', sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint('name', name=op.f('pk_read_generations')),
    )
    op.execute("INSERT INTO read_generations (name, token) VALUES ('counts', 1)")
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

"""statement groups

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-25 12:44:10.236397
"""
from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = '0005'
down_revision: str | None = '0004'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


# On SQLite, batch mode rebuilds `statements`, and its triggers go with the old table:
# the full-text triggers of migration 0004 are created again (ids, and so the index, are kept).
SQLITE_SEARCH_TRIGGERS = [
    "DROP TRIGGER IF EXISTS statements_fts_insert",
    "DROP TRIGGER IF EXISTS statements_fts_delete",
    "DROP TRIGGER IF EXISTS statements_fts_update",
    "CREATE TRIGGER statements_fts_insert AFTER INSERT ON statements BEGIN "
    "INSERT INTO statements_fts(rowid, text) VALUES (new.id, new.text); END",
    "CREATE TRIGGER statements_fts_delete AFTER DELETE ON statements BEGIN "
    "INSERT INTO statements_fts(statements_fts, rowid, text) VALUES ('delete', old.id, old.text); END",
    "CREATE TRIGGER statements_fts_update AFTER UPDATE OF text ON statements BEGIN "
    "INSERT INTO statements_fts(statements_fts, rowid, text) VALUES ('delete', old.id, old.text); "
    "INSERT INTO statements_fts(rowid, text) VALUES (new.id, new.text); END",
]


def _restore_search_triggers() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for sql in SQLITE_SEARCH_TRIGGERS:
            op.execute(sql)


def upgrade() -> None:
    op.create_table('statement_groups',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('actor_id', sa.Integer(), nullable=True),
    sa.Column('representative_id', sa.Integer(), nullable=True),
    sa.Column('first_said_on', sa.Date(), nullable=False),
    sa.Column('reports', sa.Integer(), nullable=False),
    sa.Column('curated', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['actor_id'], ['actors.id'], name=op.f('fk_statement_groups_actor_id_actors'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['representative_id'], ['statements.id'], name=op.f('fk_statement_groups_representative_id_statements'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_statement_groups'))
    )
    with op.batch_alter_table('statement_groups', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_statement_groups_actor_id'), ['actor_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_statement_groups_representative_id'), ['representative_id'], unique=False)

    with op.batch_alter_table('statements', schema=None) as batch_op:
        batch_op.add_column(sa.Column('group_id', sa.Integer(), nullable=True))
        batch_op.create_index(batch_op.f('ix_statements_group_id'), ['group_id'], unique=False)
        batch_op.create_foreign_key(batch_op.f('fk_statements_group_id_statement_groups'), 'statement_groups',
                                    ['group_id'], ['id'], ondelete='SET NULL')
    _restore_search_triggers()



def downgrade() -> None:
    with op.batch_alter_table('statements', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_statements_group_id_statement_groups'), type_='foreignkey')
        batch_op.drop_index(batch_op.f('ix_statements_group_id'))
        batch_op.drop_column('group_id')
    _restore_search_triggers()

    with op.batch_alter_table('statement_groups', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_statement_groups_representative_id'))
        batch_op.drop_index(batch_op.f('ix_statement_groups_actor_id'))

    op.drop_table('statement_groups')

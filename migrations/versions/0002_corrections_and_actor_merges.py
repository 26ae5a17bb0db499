"""corrections and actor merges

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25 12:12:21.115607
"""
from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = '0002'
down_revision: str | None = '0001'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('actor_merges',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('source_slug', sa.String(length=200), nullable=False),
    sa.Column('source_name', sa.String(length=300), nullable=False),
    sa.Column('target_id', sa.Integer(), nullable=False),
    sa.Column('merged_by', sa.String(length=100), nullable=True),
    sa.Column('merged_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('statements_moved', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['target_id'], ['actors.id'], name=op.f('fk_actor_merges_target_id_actors'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_actor_merges')),
    sa.UniqueConstraint('source_slug', name=op.f('uq_actor_merges_source_slug'))
    )
    with op.batch_alter_table('actor_merges', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_actor_merges_target_id'), ['target_id'], unique=False)

    with op.batch_alter_table('statements', schema=None) as batch_op:
        batch_op.add_column(sa.Column('corrected_by', sa.String(length=100), nullable=True))
        batch_op.add_column(sa.Column('corrected_at', sa.DateTime(timezone=True), nullable=True))



def downgrade() -> None:
    with op.batch_alter_table('statements', schema=None) as batch_op:
        batch_op.drop_column('corrected_at')
        batch_op.drop_column('corrected_by')

    with op.batch_alter_table('actor_merges', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_actor_merges_target_id'))

    op.drop_table('actor_merges')

"""sync support: updated_at and deletions

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25 12:16:07.412111
"""
from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = '0003'
down_revision: str | None = '0002'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('statement_deletions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('statement_id', sa.Integer(), nullable=False),
    sa.Column('article_id', sa.Integer(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_statement_deletions'))
    )
    with op.batch_alter_table('statement_deletions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_statement_deletions_deleted_at'), ['deleted_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_statement_deletions_statement_id'), ['statement_id'], unique=False)

    # Existing articles were last changed when they were ingested.
    with op.batch_alter_table('articles', schema=None) as batch_op:
        batch_op.add_column(sa.Column('updated_at', sa.DateTime(timezone=True), nullable=True))
    op.execute("UPDATE articles SET updated_at = ingested_at")
    with op.batch_alter_table('articles', schema=None) as batch_op:
        batch_op.alter_column('updated_at', existing_type=sa.DateTime(timezone=True), nullable=False)
        batch_op.create_index(batch_op.f('ix_articles_updated_at'), ['updated_at'], unique=False)

    with op.batch_alter_table('statements', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_statements_updated_at'), ['updated_at'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('statements', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_statements_updated_at'))

    with op.batch_alter_table('articles', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_articles_updated_at'))
        batch_op.drop_column('updated_at')

    with op.batch_alter_table('statement_deletions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_statement_deletions_statement_id'))
        batch_op.drop_index(batch_op.f('ix_statement_deletions_deleted_at'))

    op.drop_table('statement_deletions')

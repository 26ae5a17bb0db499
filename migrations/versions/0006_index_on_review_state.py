"""index on review state

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-25 13:29:11.019071
"""
from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = '0006'
down_revision: str | None = '0005'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # A plain CREATE INDEX (no batch rebuild: the full-text triggers on statements stay).
    op.create_index(op.f('ix_statements_review_state'), 'statements', ['review_state'], unique=False)


def downgrade() -> None:
    op.drop_index(op.f('ix_statements_review_state'), table_name='statements')

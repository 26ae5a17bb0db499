"""the timeline's index covers the columns its filters read

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-05 12:30:00

`ix_statements_said_on_id` (said_on, id) ordered the timeline, but every statement a walk of
it tested against the default filter (not rejected, one report per group) or an actor's or a
kind's was read from the table. `ix_statements_timeline` holds those columns too, so a walk
tests statements from the index alone and reads the table only for the rows it returns.
"""
from __future__ import annotations

from collections.abc import Sequence

from alembic import op


revision: str = '0014'
down_revision: str | None = '0013'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

COLUMNS = ['said_on', 'id', 'review_state', 'group_id', 'is_representative', 'actor_id', 'kind']


def upgrade() -> None:
    op.create_index('ix_statements_timeline', 'statements', COLUMNS, unique=False)
    op.drop_index('ix_statements_said_on_id', table_name='statements')


def downgrade() -> None:
    op.create_index('ix_statements_said_on_id', 'statements', ['said_on', 'id'], unique=False)
    op.drop_index('ix_statements_timeline', table_name='statements')

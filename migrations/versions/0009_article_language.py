"""language of each article

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-05 09:30:00

An article in a language the extractor cannot read is stored without statements and with the
language it was detected in, so it is named rather than mistaken for an article without
statements, and `tracker reprocess --language` can read it once that language is supported.
Articles stored before this have no language (NULL).
"""
from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = '0009'
down_revision: str | None = '0008'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column('articles', sa.Column('language', sa.String(length=12), nullable=True))
    op.create_index(op.f('ix_articles_language'), 'articles', ['language'], unique=False)


def downgrade() -> None:
    op.drop_index(op.f('ix_articles_language'), table_name='articles')
    if op.get_bind().dialect.name == 'sqlite':
        # A plain ALTER TABLE: a batch rebuild of articles would drop the table its statements refer to.
        op.execute("ALTER TABLE articles DROP COLUMN language")
    else:
        op.drop_column('articles', 'language')

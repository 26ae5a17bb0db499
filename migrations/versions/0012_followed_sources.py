"""followed sources, their article links, per-host fetch slots

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-05 09:30:00

Sources are polled by `tracker worker` (app/pipeline/follow/). The job queue's own tables on
PostgreSQL (procrastinate_*) are procrastinate's, applied by its schema manager, not here.
"""
from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = '0012'
down_revision: str | None = '0011'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        'sources',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('url', sa.String(length=2000), nullable=False),
        sa.Column('name', sa.String(length=200), nullable=False),
        sa.Column('kind', sa.String(length=20), nullable=False),
        sa.Column('interval_seconds', sa.Integer(), nullable=False),
        sa.Column('paused', sa.Boolean(), server_default=sa.false(), nullable=False),
        sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('next_run_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('last_fetch_at', sa.DateTime(timezone=True), nullable=True),
        sa.Column('last_outcome', sa.String(length=20), nullable=True),
        sa.Column('last_status', sa.Integer(), nullable=True),
        sa.Column('last_error', sa.String(length=1000), nullable=True),
        sa.Column('last_found', sa.Integer(), nullable=False),
        sa.Column('last_new', sa.Integer(), nullable=False),
        sa.Column('etag', sa.String(length=500), nullable=True),
        sa.Column('last_modified', sa.String(length=100), nullable=True),
        sa.Column('failures', sa.Integer(), nullable=False),
        sa.Column('found_total', sa.Integer(), nullable=False),
        sa.Column('articles_total', sa.Integer(), nullable=False),
        sa.Column('statements_total', sa.Integer(), nullable=False),
        sa.CheckConstraint("kind IN ('feed', 'sitemap')", name=op.f('ck_sources_kind')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_sources')),
        sa.UniqueConstraint('url', name=op.f('uq_sources_url')),
    )
    op.create_index(op.f('ix_sources_next_run_at'), 'sources', ['next_run_at'], unique=False)
    op.create_table(
        'source_items',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('source_id', sa.Integer(), nullable=False),
        sa.Column('url', sa.String(length=2000), nullable=False),
        sa.Column('title', sa.String(length=500), nullable=True),
        sa.Column('state', sa.String(length=20), nullable=False),
        sa.Column('attempts', sa.Integer(), nullable=False),
        sa.Column('error', sa.String(length=1000), nullable=True),
        sa.Column('article_id', sa.Integer(), nullable=True),
        sa.Column('statements', sa.Integer(), nullable=False),
        sa.Column('found_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('done_at', sa.DateTime(timezone=True), nullable=True),
        sa.CheckConstraint("state IN ('pending', 'done', 'failed')", name=op.f('ck_source_items_state')),
        sa.ForeignKeyConstraint(
            ['article_id'], ['articles.id'], name=op.f('fk_source_items_article_id_articles'), ondelete='SET NULL'
        ),
        sa.ForeignKeyConstraint(
            ['source_id'], ['sources.id'], name=op.f('fk_source_items_source_id_sources'), ondelete='CASCADE'
        ),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_source_items')),
        sa.UniqueConstraint('url', name=op.f('uq_source_items_url')),
    )
    op.create_index('ix_source_items_source_state', 'source_items', ['source_id', 'state'], unique=False)
    op.create_table(
        'host_slots',
        sa.Column('host', sa.String(length=300), nullable=False),
        sa.Column('slot', sa.Integer(), nullable=False),
        sa.Column('busy_until', sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint('host', 'slot', name=op.f('pk_host_slots')),
    )


def downgrade() -> None:
    op.drop_table('host_slots')
    op.drop_index('ix_source_items_source_state', table_name='source_items')
    op.drop_table('source_items')
    op.drop_index(op.f('ix_sources_next_run_at'), table_name='sources')
    op.drop_table('sources')

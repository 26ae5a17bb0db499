"""initial schema

Revision ID: 0001
Revises: 
Create Date: 2026-11-25 12:05:08.670057
"""
from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = '0001'
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('actors',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('slug', sa.String(length=200), nullable=False),
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.Column('kind', sa.String(length=40), nullable=False),
    sa.Column('country', sa.String(length=2), nullable=True),
    sa.Column('parent_id', sa.Integer(), nullable=True),
    sa.Column('wikidata', sa.String(length=20), nullable=True),
    sa.Column('in_registry', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.CheckConstraint("kind IN ('person', 'institution', 'state', 'international_organisation', 'media', 'group')", name=op.f('ck_actors_kind')),
    sa.ForeignKeyConstraint(['parent_id'], ['actors.id'], name=op.f('fk_actors_parent_id_actors'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_actors')),
    sa.UniqueConstraint('slug', name=op.f('uq_actors_slug'))
    )
    with op.batch_alter_table('actors', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_actors_country'), ['country'], unique=False)

    op.create_table('api_tokens',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('token_hash', sa.String(length=64), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('revoked_at', sa.DateTime(timezone=True), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_api_tokens')),
    sa.UniqueConstraint('token_hash', name=op.f('uq_api_tokens_token_hash'))
    )
    op.create_table('articles',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=500), nullable=True),
    sa.Column('source', sa.String(length=200), nullable=True),
    sa.Column('url', sa.String(length=2000), nullable=True),
    sa.Column('published', sa.Date(), nullable=True),
    sa.Column('body', sa.Text(), nullable=False),
    sa.Column('content_hash', sa.String(length=64), nullable=False),
    sa.Column('ingested_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_articles')),
    sa.UniqueConstraint('content_hash', name=op.f('uq_articles_content_hash')),
    sa.UniqueConstraint('url', name=op.f('uq_articles_url'))
    )
    with op.batch_alter_table('articles', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_articles_published'), ['published'], unique=False)

    op.create_table('actor_aliases',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('actor_id', sa.Integer(), nullable=False),
    sa.Column('alias', sa.String(length=300), nullable=False),
    sa.Column('normalized', sa.String(length=300), nullable=False),
    sa.ForeignKeyConstraint(['actor_id'], ['actors.id'], name=op.f('fk_actor_aliases_actor_id_actors'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_actor_aliases')),
    sa.UniqueConstraint('actor_id', 'normalized', name='actor_normalized')
    )
    with op.batch_alter_table('actor_aliases', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_actor_aliases_normalized'), ['normalized'], unique=False)

    op.create_table('actor_roles',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('actor_id', sa.Integer(), nullable=False),
    sa.Column('role', sa.String(length=60), nullable=False),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('organisation_id', sa.Integer(), nullable=True),
    sa.Column('country', sa.String(length=2), nullable=True),
    sa.Column('start', sa.Date(), nullable=True),
    sa.Column('end', sa.Date(), nullable=True),
    sa.ForeignKeyConstraint(['actor_id'], ['actors.id'], name=op.f('fk_actor_roles_actor_id_actors'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['organisation_id'], ['actors.id'], name=op.f('fk_actor_roles_organisation_id_actors'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_actor_roles'))
    )
    with op.batch_alter_table('actor_roles', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_actor_roles_actor_id'), ['actor_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_actor_roles_role'), ['role'], unique=False)

    op.create_table('statements',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('article_id', sa.Integer(), nullable=False),
    sa.Column('actor_id', sa.Integer(), nullable=True),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('start', sa.Integer(), nullable=False),
    sa.Column('end', sa.Integer(), nullable=False),
    sa.Column('cue', sa.String(length=100), nullable=True),
    sa.Column('speaker', sa.String(length=300), nullable=True),
    sa.Column('speaker_start', sa.Integer(), nullable=True),
    sa.Column('speaker_end', sa.Integer(), nullable=True),
    sa.Column('category_code', sa.String(length=10), nullable=True),
    sa.Column('category_label', sa.String(length=100), nullable=True),
    sa.Column('date', sa.Date(), nullable=True),
    sa.Column('date_precision', sa.String(length=10), nullable=True),
    sa.Column('said_on', sa.Date(), nullable=False),
    sa.Column('confidence', sa.Float(), nullable=False),
    sa.Column('review_state', sa.String(length=20), nullable=False),
    sa.Column('extractor_version', sa.String(length=40), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.CheckConstraint("kind IN ('direct', 'indirect', 'contact')", name=op.f('ck_statements_kind')),
    sa.CheckConstraint("review_state IN ('extracted', 'corrected', 'rejected')", name=op.f('ck_statements_review_state')),
    sa.CheckConstraint('"start" >= 0 AND "end" > "start"', name=op.f('ck_statements_span')),
    sa.ForeignKeyConstraint(['actor_id'], ['actors.id'], name=op.f('fk_statements_actor_id_actors'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['article_id'], ['articles.id'], name=op.f('fk_statements_article_id_articles'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_statements'))
    )
    with op.batch_alter_table('statements', schema=None) as batch_op:
        batch_op.create_index('ix_statements_actor_said_on', ['actor_id', 'said_on'], unique=False)
        batch_op.create_index(batch_op.f('ix_statements_article_id'), ['article_id'], unique=False)
        batch_op.create_index('ix_statements_said_on_id', ['said_on', 'id'], unique=False)

    op.create_table('statement_targets',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('statement_id', sa.Integer(), nullable=False),
    sa.Column('country', sa.String(length=2), nullable=True),
    sa.Column('actor_id', sa.Integer(), nullable=True),
    sa.CheckConstraint('country IS NOT NULL OR actor_id IS NOT NULL', name=op.f('ck_statement_targets_something')),
    sa.ForeignKeyConstraint(['actor_id'], ['actors.id'], name=op.f('fk_statement_targets_actor_id_actors'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['statement_id'], ['statements.id'], name=op.f('fk_statement_targets_statement_id_statements'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_statement_targets'))
    )
    with op.batch_alter_table('statement_targets', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_statement_targets_actor_id'), ['actor_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_statement_targets_country'), ['country'], unique=False)
        batch_op.create_index(batch_op.f('ix_statement_targets_statement_id'), ['statement_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('statement_targets', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_statement_targets_statement_id'))
        batch_op.drop_index(batch_op.f('ix_statement_targets_country'))
        batch_op.drop_index(batch_op.f('ix_statement_targets_actor_id'))

    op.drop_table('statement_targets')
    with op.batch_alter_table('statements', schema=None) as batch_op:
        batch_op.drop_index('ix_statements_said_on_id')
        batch_op.drop_index(batch_op.f('ix_statements_article_id'))
        batch_op.drop_index('ix_statements_actor_said_on')

    op.drop_table('statements')
    with op.batch_alter_table('actor_roles', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_actor_roles_role'))
        batch_op.drop_index(batch_op.f('ix_actor_roles_actor_id'))

    op.drop_table('actor_roles')
    with op.batch_alter_table('actor_aliases', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_actor_aliases_normalized'))

    op.drop_table('actor_aliases')
    with op.batch_alter_table('articles', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_articles_published'))

    op.drop_table('articles')
    op.drop_table('api_tokens')
    with op.batch_alter_table('actors', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_actors_country'))

    op.drop_table('actors')

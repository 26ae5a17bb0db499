"""accounts, sessions, login failures, statement history; the reviewed state; statement versions

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-05 09:20:00

Editors sign in (users, user_sessions kept in the database so every web worker agrees,
login_failures for rate limits), their changes are kept (statement_changes), API tokens
belong to users, a statement carries a version (a second editor working from an older
one gets a conflict), and `reviewed` joins the review states.

Widening the review_state CHECK on SQLite: a table rebuild (batch mode) would drop the
full-text triggers and cascade through the foreign keys, so the stored CREATE TABLE text
is edited instead, the procedure SQLite documents for changes that leave every stored row
valid (https://sqlite.org/lang_altertable.html, "otheralter").
"""
from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = '0011'
down_revision: str | None = '0010'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

OLD_STATES = "review_state IN ('extracted', 'corrected', 'rejected')"
NEW_STATES = "review_state IN ('extracted', 'corrected', 'rejected', 'reviewed')"


def _replace_check(old: str, new: str) -> None:
    bind = op.get_bind()
    if bind.dialect.name == 'sqlite':
        version = bind.exec_driver_sql('PRAGMA schema_version').scalar()
        bind.exec_driver_sql('PRAGMA writable_schema=ON')
        bind.exec_driver_sql(
            "UPDATE sqlite_master SET sql = replace(sql, ?, ?) WHERE type = 'table' AND name = 'statements'",
            (old, new),
        )
        stored = bind.exec_driver_sql("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'statements'").scalar()
        if new not in stored:
            bind.exec_driver_sql('PRAGMA writable_schema=OFF')
            raise RuntimeError(f'statements has no CHECK ({old}) to replace; its schema is not one of ours')
        bind.exec_driver_sql(f'PRAGMA schema_version={int(version) + 1}')
        bind.exec_driver_sql('PRAGMA writable_schema=OFF')
    else:
        op.drop_constraint(op.f('ck_statements_review_state'), 'statements', type_='check')
        op.create_check_constraint(op.f('ck_statements_review_state'), 'statements', new)


def upgrade() -> None:
    op.create_table('users',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('password_hash', sa.String(length=200), nullable=False),
    sa.Column('role', sa.String(length=20), nullable=False),
    sa.Column('must_change_password', sa.Boolean(), server_default=sa.false(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('disabled_at', sa.DateTime(timezone=True), nullable=True),
    sa.CheckConstraint("role IN ('editor', 'admin')", name=op.f('ck_users_role')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_users')),
    sa.UniqueConstraint('name', name=op.f('uq_users_name'))
    )
    op.create_table('user_sessions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('token_hash', sa.String(length=64), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.Column('csrf_token', sa.String(length=64), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('expires_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_user_sessions_user_id_users'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_user_sessions')),
    sa.UniqueConstraint('token_hash', name=op.f('uq_user_sessions_token_hash'))
    )
    op.create_index(op.f('ix_user_sessions_user_id'), 'user_sessions', ['user_id'], unique=False)
    op.create_index(op.f('ix_user_sessions_expires_at'), 'user_sessions', ['expires_at'], unique=False)
    op.create_table('login_failures',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('account', sa.String(length=100), nullable=False),
    sa.Column('address', sa.String(length=64), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_login_failures'))
    )
    op.create_index('ix_login_failures_account_at', 'login_failures', ['account', 'at'], unique=False)
    op.create_index('ix_login_failures_address_at', 'login_failures', ['address', 'at'], unique=False)
    op.create_table('statement_changes',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('statement_id', sa.Integer(), nullable=False),
    sa.Column('action', sa.String(length=20), nullable=False),
    sa.Column('by', sa.String(length=100), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('changes', sa.JSON(), nullable=False),
    sa.Column('reason', sa.Text(), nullable=True),
    sa.ForeignKeyConstraint(['statement_id'], ['statements.id'], name=op.f('fk_statement_changes_statement_id_statements'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_statement_changes'))
    )
    op.create_index(op.f('ix_statement_changes_statement_id'), 'statement_changes', ['statement_id'], unique=False)
    # api_tokens holds no triggers: a batch rebuild on SQLite is safe there.
    with op.batch_alter_table('api_tokens', schema=None) as batch_op:
        batch_op.add_column(sa.Column('user_id', sa.Integer(), nullable=True))
        batch_op.create_index(batch_op.f('ix_api_tokens_user_id'), ['user_id'], unique=False)
        batch_op.create_foreign_key(batch_op.f('fk_api_tokens_user_id_users'), 'users', ['user_id'], ['id'], ondelete='CASCADE')
    # Plain ALTER TABLE on statements (no batch rebuild: the full-text triggers stay).
    op.add_column('statements', sa.Column('version', sa.Integer(), server_default='1', nullable=False))
    _replace_check(OLD_STATES, NEW_STATES)


def downgrade() -> None:
    op.execute("UPDATE statements SET review_state = 'extracted' WHERE review_state = 'reviewed'")
    _replace_check(NEW_STATES, OLD_STATES)
    if op.get_bind().dialect.name == 'sqlite':
        op.execute('ALTER TABLE statements DROP COLUMN version')
    else:
        op.drop_column('statements', 'version')
    with op.batch_alter_table('api_tokens', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_api_tokens_user_id_users'), type_='foreignkey')
        batch_op.drop_index(batch_op.f('ix_api_tokens_user_id'))
        batch_op.drop_column('user_id')
    op.drop_index(op.f('ix_statement_changes_statement_id'), table_name='statement_changes')
    op.drop_table('statement_changes')
    op.drop_index('ix_login_failures_address_at', table_name='login_failures')
    op.drop_index('ix_login_failures_account_at', table_name='login_failures')
    op.drop_table('login_failures')
    op.drop_index(op.f('ix_user_sessions_expires_at'), table_name='user_sessions')
    op.drop_index(op.f('ix_user_sessions_user_id'), table_name='user_sessions')
    op.drop_table('user_sessions')
    op.drop_table('users')

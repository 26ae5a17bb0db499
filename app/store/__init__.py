"""The write layer: every INSERT, UPDATE and DELETE of the app goes through this package.

Store functions only flush; they never commit. The transaction belongs to the
caller: a web request (`app.web.deps.get_session`), or one `unit_of_work` per
batch in the CLI and the pipeline. An article and its statements are always
flushed into the same transaction, so a failure leaves nothing behind.

- `articles`: an extracted article stored once (by text or URL) or replaced by its new version
- `statements`: an article's statements, added or replaced keeping hand corrections; deletion tombstones
- `groups`: reports of the same utterance grouped across articles
- `actors`: actors created on first sight, merges (a merged slug redirects to the survivor)
- `registry`: the actor registry mirrored into the actor tables
- `corrections`: hand corrections of one statement
- `tokens`: API tokens issued and revoked
- `accounts`: users, their sessions, failed sign-ins
"""

from __future__ import annotations

from app.store.accounts import (
    close_session,
    create_user,
    disable_user,
    forget_login_attempt,
    note_login_attempt,
    open_session,
    set_password,
)
from app.store.actors import MergeResult, actor_by_slug, actor_for, merge_actors
from app.store.articles import StoreResult, content_hash, find_existing, is_unchanged, store_article
from app.store.corrections import StatementPatch, accept_statement, correct_statement
from app.store.errors import ConflictError, CorrectionError
from app.store.groups import assign_groups, repair_groups
from app.store.registry import sync_registry
from app.store.statements import ChangeReport, add_statements, replace_statements
from app.store.tokens import create_token, revoke_token, revoke_tokens
from app.store.unit import unit_of_work

__all__ = [
    "ChangeReport",
    "ConflictError",
    "CorrectionError",
    "MergeResult",
    "StatementPatch",
    "StoreResult",
    "actor_by_slug",
    "actor_for",
    "add_statements",
    "accept_statement",
    "assign_groups",
    "close_session",
    "content_hash",
    "correct_statement",
    "create_token",
    "create_user",
    "disable_user",
    "find_existing",
    "is_unchanged",
    "merge_actors",
    "forget_login_attempt",
    "note_login_attempt",
    "open_session",
    "repair_groups",
    "replace_statements",
    "revoke_token",
    "set_password",
    "revoke_tokens",
    "store_article",
    "sync_registry",
    "unit_of_work",
]

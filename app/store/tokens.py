"""API token writes: issuing and revoking (checking a token is a read, in `app.auth`)."""

from __future__ import annotations

import datetime as dt
import secrets

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.auth import TOKEN_PREFIX, hash_token
from app.models import ApiToken, User


def create_token(session: Session, name: str, user: User | None = None) -> str:
    """A new token (acting with `user`'s role, or as an editor without one); only its hash is
    stored, so this is the one chance to see it."""
    token = TOKEN_PREFIX + secrets.token_urlsafe(32)
    session.add(ApiToken(name=name, token_hash=hash_token(token), user=user))
    session.flush()
    return token


def revoke_tokens(session: Session, name: str) -> int:
    """Revoke every live token of that name; returns how many."""
    tokens = session.scalars(select(ApiToken).where(ApiToken.name == name, ApiToken.revoked_at.is_(None))).all()
    for token in tokens:
        token.revoked_at = dt.datetime.now(dt.UTC)
    session.flush()
    return len(tokens)


def revoke_token(session: Session, token_id: int) -> bool:
    """Revoke one token by id (the admin page's button); False when there is no live one."""
    token = session.get(ApiToken, token_id)
    if token is None or token.revoked_at is not None:
        return False
    token.revoked_at = dt.datetime.now(dt.UTC)
    session.flush()
    return True

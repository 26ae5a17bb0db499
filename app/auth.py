"""API tokens: random secrets shown once, stored as sha256, compared in constant time."""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import secrets

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import ApiToken

TOKEN_PREFIX = "st_"


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def create_token(session: Session, name: str) -> str:
    """A new token; only its hash is stored, so this is the one chance to see it."""
    token = TOKEN_PREFIX + secrets.token_urlsafe(32)
    session.add(ApiToken(name=name, token_hash=hash_token(token)))
    session.flush()
    return token


def revoke_tokens(session: Session, name: str) -> int:
    tokens = session.scalars(select(ApiToken).where(ApiToken.name == name, ApiToken.revoked_at.is_(None))).all()
    for token in tokens:
        token.revoked_at = dt.datetime.now(dt.UTC)
    return len(tokens)


def verify_token(session: Session, token: str) -> ApiToken | None:
    """The live token matching `token`, or None (unknown or revoked)."""
    digest = hash_token(token)
    row = session.scalars(select(ApiToken).where(ApiToken.token_hash == digest)).first()
    if row is None or row.revoked_at is not None:
        return None
    # The lookup is by hash; the constant-time compare guards against timing on the final check.
    return row if hmac.compare_digest(row.token_hash, digest) else None

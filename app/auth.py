"""API tokens: random secrets shown once, stored as sha256, compared in constant time.

Checking a token lives here; issuing and revoking are writes (`app.store.tokens`).
"""

from __future__ import annotations

import hashlib
import hmac

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import ApiToken

TOKEN_PREFIX = "st_"


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def verify_token(session: Session, token: str) -> ApiToken | None:
    """The live token matching `token`, or None (unknown or revoked)."""
    digest = hash_token(token)
    row = session.scalars(select(ApiToken).where(ApiToken.token_hash == digest)).first()
    if row is None or row.revoked_at is not None:
        return None
    # The lookup is by hash; the constant-time compare guards against timing on the final check.
    return row if hmac.compare_digest(row.token_hash, digest) else None

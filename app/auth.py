"""Who is asking: API tokens, passwords and signed-in sessions (the checks, all reads).

Tokens and session cookies are random secrets of which only the sha256 is stored, compared
in constant time; passwords are hashed with Argon2 (argon2-cffi). Issuing, revoking and
signing in or out are writes, in `app.store.tokens` and `app.store.accounts`.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import hmac
import secrets
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func, select
from sqlalchemy.orm import Session, joinedload

from app.models import ApiToken, LoginFailure, User, UserSession

TOKEN_PREFIX = "st_"
EDIT_ROLES = frozenset({"editor", "admin"})

# argon2-cffi's defaults (RFC 9106's second recommended profile: 64 MiB, 3 passes).
_hasher = PasswordHasher()
# Verified against when the account does not exist, so an unknown name costs as long as a wrong password.
_DUMMY_HASH = _hasher.hash("no such account")


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def verify_token(session: Session, token: str) -> ApiToken | None:
    """The live token matching `token`, or None (unknown, revoked, or its user disabled)."""
    digest = hash_token(token)
    row = session.scalars(
        select(ApiToken).options(joinedload(ApiToken.user)).where(ApiToken.token_hash == digest)
    ).first()
    if row is None or row.revoked_at is not None or row.role is None:
        return None
    # The lookup is by hash; the constant-time compare guards against timing on the final check.
    return row if hmac.compare_digest(row.token_hash, digest) else None


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def check_password(session: Session, name: str, password: str) -> User | None:
    """The active user `name` if `password` is theirs, else None (after the same work either way)."""
    user = session.scalars(select(User).where(User.name == name)).first()
    try:
        _hasher.verify(user.password_hash if user is not None else _DUMMY_HASH, password)
    except (VerificationError, InvalidHashError):
        return None
    return user if user is not None and user.active else None


@dataclass(frozen=True)
class Identity:
    """A signed-in user as a request sees them: loaded once per request, detached from any session."""

    user_id: int
    name: str
    role: str
    session_id: int
    csrf_token: str
    must_change_password: bool = False

    @property
    def csrf_field(self) -> str:
        """The CSRF token as a form carries it: masked afresh on every call (a random pad, then the
        token XOR the pad), so the secret never appears twice alike in a compressed page
        (BREACH); `csrf_matches` takes the pad off again."""
        token = self.csrf_token.encode()
        pad = secrets.token_bytes(len(token))
        return base64.urlsafe_b64encode(pad + bytes(a ^ b for a, b in zip(pad, token))).decode()

    @property
    def can_edit(self) -> bool:
        return self.role in EDIT_ROLES

    @property
    def is_admin(self) -> bool:
        return self.role == "admin"


def identity_for_cookie(session: Session, cookie: str, now: dt.datetime | None = None) -> Identity | None:
    """The user behind a session cookie, or None: unknown, expired, or the user disabled."""
    now = now or dt.datetime.now(dt.UTC)
    row = session.scalars(
        select(UserSession).options(joinedload(UserSession.user)).where(UserSession.token_hash == hash_token(cookie))
    ).first()
    if row is None or _aware(row.expires_at) <= now or not row.user.active:
        return None
    user = row.user
    return Identity(user.id, user.name, user.role, row.id, row.csrf_token, user.must_change_password)


def csrf_matches(identity: Identity, given: str | None) -> bool:
    """Whether a form's (masked) CSRF field holds this session's token."""
    if not given or len(given) > 200:
        return False
    try:
        raw = base64.urlsafe_b64decode(given.encode("ascii"))
    except (ValueError, UnicodeEncodeError):
        return False
    half = len(raw) // 2
    if half == 0 or len(raw) != 2 * half:
        return False
    token = bytes(a ^ b for a, b in zip(raw[:half], raw[half:]))
    return hmac.compare_digest(identity.csrf_token.encode(), token)


@dataclass(frozen=True)
class LoginLimits:
    """Sign-in attempts allowed within `window` before further ones are refused.

    Per account *and* address (guessing one password from one place), per address (trying many
    accounts) and, much higher, per account from anywhere (guessing spread over many addresses).
    The pair limit is the tight one, so a stranger cannot lock an editor out by failing on purpose
    from elsewhere; only a guess spread over many addresses reaches the account-wide limit.
    """

    per_account_and_address: int = 5
    per_address: int = 20
    per_account: int = 100
    window: dt.timedelta = dt.timedelta(minutes=15)


def login_blocked(session: Session, account: str, address: str, limits: LoginLimits, now: dt.datetime) -> bool:
    """Whether this attempt, already counted among the failures (see `note_login_attempt`), is one
    too many. Counting it before the password is checked is what makes parallel guesses count."""
    since = now - limits.window
    recent = select(func.count()).select_from(LoginFailure).where(LoginFailure.at >= since)
    checks = (
        (
            recent.where(LoginFailure.account == account, LoginFailure.address == address),
            limits.per_account_and_address,
        ),
        (recent.where(LoginFailure.address == address), limits.per_address),
        (recent.where(LoginFailure.account == account), limits.per_account),
    )
    return any(session.scalar(query) > limit for query, limit in checks)


PASSWORD_CHECKS_AT_ONCE = 4
"""Argon2 takes about 64 MiB and 0.2 s a check: a burst of sign-ins waits for a free slot (and gets a
503 when none frees up in time) instead of taking the process's memory."""
_password_slots = threading.BoundedSemaphore(PASSWORD_CHECKS_AT_ONCE)


class PasswordChecksBusy(Exception):
    """Every password-check slot stayed taken: try again in a moment."""


@contextmanager
def password_check_slot(wait: float = 5.0) -> Iterator[None]:
    if not _password_slots.acquire(timeout=wait):
        raise PasswordChecksBusy
    try:
        yield
    finally:
        _password_slots.release()


def _aware(moment: dt.datetime) -> dt.datetime:
    """SQLite gives naive datetimes back; they were stored as UTC."""
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=dt.UTC)


def password_matches(session: Session, user_id: int, password: str) -> bool:
    """Whether `password` is this user's current one (to change it, they give the old one)."""
    user = session.get(User, user_id)
    try:
        return user is not None and _hasher.verify(user.password_hash, password)
    except (VerificationError, InvalidHashError):
        return False

"""Account writes: users created and disabled, sessions opened and closed, failed sign-ins noted."""

from __future__ import annotations

import datetime as dt
import re
import secrets

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from app.auth import hash_password, hash_token
from app.models import ROLES, LoginFailure, User, UserSession
from app.store.errors import CorrectionError

USER_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._@-]{0,99}")
MIN_PASSWORD = 12


def create_user(session: Session, name: str, role: str, password: str, one_time: bool = False) -> User:
    """A new user; the name is refused when taken or not a plain login name, the password when short.
    `one_time`: the password was generated and shown once; their first sign-in asks for their own."""
    if not USER_NAME.fullmatch(name):
        raise CorrectionError("name", "a user name is letters, digits and . _ @ - (at most 100, no spaces)")
    if role not in ROLES:
        raise CorrectionError("role", f"role must be one of {', '.join(ROLES)}")
    if len(password) < MIN_PASSWORD:
        raise CorrectionError("password", f"a password needs at least {MIN_PASSWORD} characters")
    if session.scalars(select(User.id).where(User.name == name)).first() is not None:
        raise CorrectionError("name", f"there is already a user {name!r}")
    user = User(name=name, role=role, password_hash=hash_password(password), must_change_password=one_time)
    session.add(user)
    session.flush()
    return user


def set_password(session: Session, user_id: int, password: str, keep_session: int | None = None) -> None:
    """A new password of the user's own; their other sessions end (a stolen one among them)."""
    if len(password) < MIN_PASSWORD:
        raise CorrectionError("password", f"a password needs at least {MIN_PASSWORD} characters")
    user = session.get(User, user_id)
    if user is None:
        raise CorrectionError("name", "no such user")
    user.password_hash = hash_password(password)
    user.must_change_password = False
    others = delete(UserSession).where(UserSession.user_id == user_id)
    if keep_session is not None:
        others = others.where(UserSession.id != keep_session)
    session.execute(others)
    session.flush()


def disable_user(session: Session, name: str) -> User:
    """The user can no longer sign in; their sessions end and their tokens stop working."""
    user = session.scalars(select(User).where(User.name == name)).first()
    if user is None:
        raise CorrectionError("name", f"no user {name!r}")
    if user.disabled_at is None:
        user.disabled_at = dt.datetime.now(dt.UTC)
    session.execute(delete(UserSession).where(UserSession.user_id == user.id))
    session.flush()
    return user


def open_session(session: Session, user: User, lifetime: dt.timedelta) -> str:
    """A new session for `user`; returns the cookie's secret (only its hash is stored)."""
    secret = secrets.token_urlsafe(32)
    now = dt.datetime.now(dt.UTC)
    session.add(
        UserSession(
            token_hash=hash_token(secret),
            user_id=user.id,
            csrf_token=secrets.token_urlsafe(32),
            created_at=now,
            expires_at=now + lifetime,
        )
    )
    # Sign-in is a good moment to sweep this user's expired sessions.
    session.execute(delete(UserSession).where(UserSession.user_id == user.id, UserSession.expires_at <= now))
    session.flush()
    return secret


def close_session(session: Session, session_id: int) -> None:
    session.execute(delete(UserSession).where(UserSession.id == session_id))
    session.flush()


def note_login_attempt(session: Session, account: str, address: str, now: dt.datetime, keep: dt.timedelta) -> int:
    """Count a sign-in attempt as failed until it is known to be right (`forget_login_attempt`), so
    that parallel guesses are counted before any of them is checked; older ones are no longer needed."""
    attempt = LoginFailure(account=account[:100], address=address[:64], at=now)
    session.add(attempt)
    session.execute(delete(LoginFailure).where(LoginFailure.at < now - keep))
    session.flush()
    return attempt.id


def forget_login_attempt(session: Session, attempt_id: int) -> None:
    """The attempt succeeded, or was refused unchecked: it is no failure."""
    session.execute(delete(LoginFailure).where(LoginFailure.id == attempt_id))

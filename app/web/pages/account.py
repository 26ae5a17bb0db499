"""`/login` and `/logout`: signing in with a name and password, rate-limited, and out again.

Sign-in works without JavaScript. The form carries a CSRF secret of its own (a short-lived
SameSite=Strict cookie and the same value in a hidden field), since there is no session yet;
failed attempts are counted in the database per account and per address (`app.auth.LoginLimits`).
"""

from __future__ import annotations

import datetime as dt
import hmac
import secrets
from typing import Annotated
from urllib.parse import urlencode

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse

from app.auth import (
    LoginLimits,
    PasswordChecksBusy,
    check_password,
    login_blocked,
    password_check_slot,
    password_matches,
)
from app.store import (
    CorrectionError,
    close_session,
    forget_login_attempt,
    note_login_attempt,
    open_session,
    set_password,
    unit_of_work,
)
from app.web.deps import CommittedSessionDep as SessionDep
from app.web.identity import (
    LOGIN_COOKIE,
    SESSION_COOKIE,
    SignedInForm,
    SignedInPage,
    identity_of,
    local_path,
    set_cookie,
)
from app.web.pages.common import render

router = APIRouter()
LIMITS = LoginLimits()
LOGIN_FORM_SECONDS = 3600


def _login_page(request: Request, next_path: str, message: str | None = None, status: int = 200, name: str = ""):
    secret = secrets.token_urlsafe(24)
    response = render(
        request,
        "account/login.html",
        {"next": next_path, "message": message, "login_csrf": secret, "name": name},
        status_code=status,
    )
    set_cookie(request, response, LOGIN_COOKIE, secret, LOGIN_FORM_SECONDS, "strict")
    response.headers["Cache-Control"] = "no-store"
    return response


@router.get("/login", response_class=HTMLResponse)
def login_form(request: Request, next: str | None = None):
    if identity_of(request) is not None:
        return RedirectResponse(local_path(next, "/review"), status_code=303)
    return _login_page(request, local_path(next, "/review"))


@router.post("/login", response_class=HTMLResponse)
def login(
    request: Request,
    session: SessionDep,
    name: Annotated[str, Form(max_length=100)] = "",
    password: Annotated[str, Form(max_length=1000)] = "",
    csrf_token: Annotated[str, Form(max_length=100)] = "",
    next: Annotated[str, Form(max_length=2000)] = "/review",
):
    target = local_path(next, "/review")
    expected = request.cookies.get(LOGIN_COOKIE, "")
    if not expected or not hmac.compare_digest(expected.encode(), csrf_token.encode()):
        return _login_page(request, target, "The sign-in form had expired; please try again.", 403, name)
    now = dt.datetime.now(dt.UTC)
    address = request.client.host if request.client else "unknown"
    name = name.strip()
    # The attempt is committed as a failure before anything is checked, so parallel guesses all count.
    with unit_of_work(request.app.state.session_factory) as counting:
        attempt = note_login_attempt(counting, name, address, now, keep=LIMITS.window)
    if login_blocked(session, name, address, LIMITS, now):
        forget_login_attempt(session, attempt)  # refused unchecked: not a guess
        minutes = int(LIMITS.window.total_seconds() // 60)
        response = _login_page(
            request, target, f"Too many failed sign-ins; wait {minutes} minutes and try again.", 429, name
        )
        response.headers["Retry-After"] = str(int(LIMITS.window.total_seconds()))
        return response
    try:
        with password_check_slot():
            user = check_password(session, name, password)
    except PasswordChecksBusy:
        forget_login_attempt(session, attempt)
        response = _login_page(request, target, "Too many sign-ins at once; try again in a moment.", 503, name)
        response.headers["Retry-After"] = "5"
        return response
    if user is None:
        return _login_page(request, target, "Wrong user name or password.", 401, name)
    forget_login_attempt(session, attempt)
    secret = open_session(session, user, dt.timedelta(hours=request.app.state.settings.session_hours))
    if user.must_change_password:  # a one-time password: their own first
        target = f"/account/password?{urlencode({'next': target})}"
    response = RedirectResponse(target, status_code=303)
    lifetime = int(request.app.state.settings.session_hours * 3600)
    set_cookie(request, response, SESSION_COOKIE, secret, lifetime, "lax")
    response.delete_cookie(LOGIN_COOKIE, path="/")
    return response


@router.post("/logout")
def logout(request: Request, session: SessionDep, identity: SignedInForm):
    close_session(session, identity.session_id)
    response = RedirectResponse("/", status_code=303)
    response.delete_cookie(SESSION_COOKIE, path="/", httponly=True, samesite="lax")
    return response


def _password_page(request: Request, next_path: str, message: str | None = None, status: int = 200):
    response = render(request, "account/password.html", {"next": next_path, "message": message}, status_code=status)
    response.headers["Cache-Control"] = "no-store"
    return response


@router.get("/account/password", response_class=HTMLResponse)
def password_form(request: Request, _me: SignedInPage, next: str | None = None):
    return _password_page(request, local_path(next, "/review"))


@router.post("/account/password", response_class=HTMLResponse)
def change_password(
    request: Request,
    session: SessionDep,
    me: SignedInForm,
    current: Annotated[str, Form(max_length=1000)] = "",
    new: Annotated[str, Form(max_length=1000)] = "",
    again: Annotated[str, Form(max_length=1000)] = "",
    next: Annotated[str, Form(max_length=2000)] = "/review",
):
    """A password of their own (the old one proves it is them); their other sessions end."""
    target = local_path(next, "/review")
    try:
        with password_check_slot():
            matches = password_matches(session, me.user_id, current)
    except PasswordChecksBusy:
        return _password_page(request, target, "Too many password checks at once; try again in a moment.", 503)
    if not matches:
        return _password_page(request, target, "The current password is wrong.", 400)
    if new != again:
        return _password_page(request, target, "The two new passwords differ.", 400)
    if new == current:
        return _password_page(request, target, "Choose a new password, not the one you have.", 400)
    try:
        set_password(session, me.user_id, new, keep_session=me.session_id)
    except CorrectionError as exc:
        return _password_page(request, target, exc.message[0].upper() + exc.message[1:] + ".", 400)
    return RedirectResponse(target, status_code=303)

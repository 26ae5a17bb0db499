"""Who is signed in, for pages: the session cookie, CSRF checks, and the editor/admin guards.

`SessionLoader` (ASGI middleware) looks the session cookie up once per request, only when one
is sent, and leaves the `Identity` (or None) in the request's state, where templates and the
guards below read it. Every form that changes something carries the session's CSRF token in
a hidden field; the guards refuse a missing or wrong one, a missing or expired session, and a
role that may not do the thing, before the endpoint runs.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from http.cookies import SimpleCookie
from typing import Annotated

from fastapi import Depends, HTTPException, Request
from fastapi.responses import Response
from starlette.concurrency import run_in_threadpool
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from app.auth import Identity, csrf_matches, identity_for_cookie

SESSION_COOKIE = "tracker_session"
LOGIN_COOKIE = "tracker_login"  # the sign-in form's own CSRF secret, before there is a session
CSRF_FIELD = "csrf_token"
IDENTITY = "identity"
SESSION_SENT = "session_cookie_sent"


@dataclass(frozen=True)
class SessionPolicy:
    lifetime: dt.timedelta = dt.timedelta(hours=12)


class SessionLoader:
    """Resolve the session cookie (when there is one) into the request's `identity`."""

    def __init__(self, app: ASGIApp):
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["path"].startswith("/static/"):
            await self.app(scope, receive, send)
            return
        cookie = _cookie(scope, SESSION_COOKIE)
        identity = None
        if cookie:
            factory = scope["app"].state.session_factory
            identity = await run_in_threadpool(_lookup, factory, cookie)
        state = scope.setdefault("state", {})
        state[IDENTITY] = identity
        state[SESSION_SENT] = bool(cookie)
        if identity is None:
            await self.app(scope, receive, send)
            return

        async def private(message: Message) -> None:
            # A signed-in page holds the session's CSRF token and the editor's controls: no shared
            # cache may keep it, nor the browser's history serve it after signing out.
            if message["type"] == "http.response.start":
                headers = [(k, v) for k, v in message.get("headers", []) if k.lower() != b"cache-control"]
                message = {**message, "headers": [*headers, (b"cache-control", b"private, no-store")]}
            await send(message)

        await self.app(scope, receive, private)


def _lookup(factory, cookie: str) -> Identity | None:
    with factory() as session:
        return identity_for_cookie(session, cookie)


def _cookie(scope: Scope, name: str) -> str | None:
    for key, value in scope.get("headers", []):
        if key == b"cookie":
            jar = SimpleCookie()
            try:
                jar.load(value.decode("latin-1"))
            except Exception:  # a malformed Cookie header is no session
                return None
            if name in jar:
                return jar[name].value
    return None


def identity_of(request: Request) -> Identity | None:
    return getattr(request.state, IDENTITY, None)


def set_cookie(request: Request, response: Response, name: str, value: str, max_age: int, same_site: str) -> None:
    """HttpOnly always; Secure when the page was served over HTTPS."""
    response.set_cookie(
        name,
        value,
        max_age=max_age,
        path="/",
        httponly=True,
        samesite=same_site,
        secure=request.url.scheme == "https",
    )


def _signed_in(request: Request) -> Identity:
    identity = identity_of(request)
    if identity is None:
        if getattr(request.state, SESSION_SENT, False):
            raise HTTPException(401, "Your session has expired or was ended; sign in again.")
        raise HTTPException(401, "Sign in as an editor to change statements.")
    return identity


async def _csrf_checked(request: Request, identity: Identity) -> Identity:
    form = await request.form()
    given = form.get(CSRF_FIELD)
    if not csrf_matches(identity, given if isinstance(given, str) else None):
        raise HTTPException(403, "The form's security token is missing or out of date; reload the page and try again.")
    return identity


async def require_editor(request: Request) -> Identity:
    """A changing form from a signed-in editor or admin, with its session's CSRF token."""
    identity = _signed_in(request)
    if not identity.can_edit:
        raise HTTPException(403, "Your account may not change statements.")
    return await _csrf_checked(request, _own_password(identity))


async def require_admin(request: Request) -> Identity:
    """A changing form from a signed-in admin, with its session's CSRF token."""
    identity = _signed_in(request)
    if not identity.is_admin:
        raise HTTPException(403, "Only an admin may manage accounts and tokens.")
    return await _csrf_checked(request, _own_password(identity))


async def require_signed_in_form(request: Request) -> Identity:
    """Any signed-in user's changing form (signing out), with its CSRF token."""
    return await _csrf_checked(request, _signed_in(request))


def _own_password(identity: Identity) -> Identity:
    if identity.must_change_password:
        raise HTTPException(403, "Choose a password of your own first, at /account/password.")
    return identity


def viewer_editor(request: Request) -> Identity:
    """A page only editors see (the review queue, the edit form)."""
    identity = _signed_in(request)
    if not identity.can_edit:
        raise HTTPException(403, "Your account may not change statements.")
    return _own_password(identity)


def viewer_admin(request: Request) -> Identity:
    identity = _signed_in(request)
    if not identity.is_admin:
        raise HTTPException(403, "Only an admin may manage accounts and tokens.")
    return _own_password(identity)


def viewer_signed_in(request: Request) -> Identity:
    return _signed_in(request)


EditorForm = Annotated[Identity, Depends(require_editor)]
AdminForm = Annotated[Identity, Depends(require_admin)]
SignedInForm = Annotated[Identity, Depends(require_signed_in_form)]
EditorPage = Annotated[Identity, Depends(viewer_editor)]
AdminPage = Annotated[Identity, Depends(viewer_admin)]
SignedInPage = Annotated[Identity, Depends(viewer_signed_in)]


def local_path(target: str | None, default: str = "/") -> str:
    """`target` if it is a path on this site (where to go after a form), else `default`."""
    if not target or not target.startswith("/") or target.startswith("//") or "\\" in target:
        return default
    if any(ord(c) < 0x20 for c in target):
        return default
    return target

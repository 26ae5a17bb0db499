"""Shared by the editing tests: make accounts, sign in through the real form, read CSRF tokens."""

from __future__ import annotations

import re

from app.store import create_user, unit_of_work

PASSWORD = "a long enough password"
CSRF = re.compile(r'name="csrf_token" value="([^"]+)"')
VERSION = re.compile(r'name="version" value="(\d+)"')


def make_user(session_factory, name: str, role: str = "editor", password: str = PASSWORD) -> None:
    with unit_of_work(session_factory) as s:
        create_user(s, name, role, password)


def sign_in(client, name: str, password: str = PASSWORD, next_path: str = "/review"):
    """Sign in through the form as a browser would; returns the answer to the POST."""
    form = client.get("/login")
    login_csrf = CSRF.search(form.text).group(1)
    return client.post(
        "/login",
        data={"name": name, "password": password, "csrf_token": login_csrf, "next": next_path},
        follow_redirects=False,
    )


def csrf_of(client, path: str = "/") -> str:
    """The session's CSRF token, as the signed-in page at `path` carries it."""
    return CSRF.search(client.get(path).text).group(1)

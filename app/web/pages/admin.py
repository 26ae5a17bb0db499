"""`/admin/tokens`: an admin issues API tokens for users and revokes them, in the browser.

A new token is shown once, on the page the form answers with; only its hash is stored.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse

from app.query import review
from app.store import create_token, revoke_token
from app.web.deps import CommittedSessionDep as SessionDep
from app.web.deps import RowId
from app.web.identity import AdminForm, AdminPage
from app.web.pages.common import render

router = APIRouter()


def _page(request: Request, session, new_token: str | None = None, error: str | None = None, status: int = 200):
    response = render(
        request,
        "admin_tokens.html",
        {
            "tokens": review.list_tokens(session),
            "users": [u for u in review.list_users(session) if u.active],
            "new_token": new_token,
            "error": error,
        },
        status_code=status,
    )
    response.headers["Cache-Control"] = "no-store"
    return response


@router.get("/admin/tokens", response_class=HTMLResponse)
def tokens_page(request: Request, session: SessionDep, _admin: AdminPage):
    return _page(request, session)


@router.post("/admin/tokens", response_class=HTMLResponse)
def issue_token(
    request: Request,
    session: SessionDep,
    _admin: AdminForm,
    name: Annotated[str, Form(max_length=100)] = "",
    user: Annotated[str, Form(max_length=100)] = "",
):
    owner = review.user_by_name(session, user.strip())
    if not name.strip():
        return _page(request, session, error="Give the token a name (what or who it is for).", status=400)
    if owner is None or not owner.active:
        return _page(request, session, error=f"No active user {user!r}.", status=400)
    token = create_token(session, name.strip(), user=owner)
    return _page(request, session, new_token=token)


@router.post("/admin/tokens/{token_id}/revoke")
def revoke(token_id: RowId, session: SessionDep, _admin: AdminForm):
    revoke_token(session, token_id)
    return RedirectResponse("/admin/tokens", status_code=303)

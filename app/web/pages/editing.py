"""Editors' forms on statements: correct, accept, reject, restore; and the full correction page.

Plain HTML forms (POST, then a redirect back), so everything works without JavaScript;
`static/edit.js` only adds the actor search as you type, choosing a span by selecting words,
and the review queue's keys. Each form carries the statement's version: a change made from
an older version is refused with 409 and the page says what happened. The writes are
`app.store`'s, the same the API's PATCH makes.
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache
from typing import Annotated

from fastapi import APIRouter, Form, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse
from sqlalchemy.orm import Session

from app.lang import load_lexicon
from app.models import STATEMENT_KINDS, Actor, Statement
from app.query import review, service
from app.query.filters import MAX_ID
from app.store import ConflictError, CorrectionError, StatementPatch, accept_statement, correct_statement
from app.web.deps import CommittedSessionDep as SessionDep
from app.web.deps import RowId
from app.web.identity import EditorForm, EditorPage, local_path
from app.web.pages.common import render

router = APIRouter()
Text = Annotated[str, Form(max_length=300)]


@lru_cache(maxsize=4)
def cameo_labels(language: str) -> dict[str, str]:
    """CAMEO code → label from the language pack: the categories an editor may choose."""
    return dict(sorted(load_lexicon(language).extract.cameo.labels.items()))


def categories(request: Request) -> dict[str, str]:
    return cameo_labels(request.app.state.settings.language)


def _statement(session: Session, statement_id: int) -> Statement:
    statement = service.get_statement(session, statement_id)
    if statement is None:
        raise HTTPException(404, f"No statement with id {statement_id}.")
    return statement


def passage_context(statement: Statement) -> dict:
    """The paragraph(s) around the statement, and where they start in the article body."""
    body = statement.article.body
    before = body.rfind("\n\n", 0, statement.start)
    after = body.find("\n\n", statement.end)
    start = 0 if before < 0 else before + 2
    end = len(body) if after < 0 else after
    return {
        "context_start": start,
        "before": body[start : statement.start],
        "passage": body[statement.start : statement.end],
        "after": body[statement.end : end],
    }


def form_context(request: Request, statement: Statement) -> dict:
    """What the correction form needs besides the statement."""
    return {
        "kinds": STATEMENT_KINDS,
        "categories": categories(request),
        "targets_text": ", ".join(t.actor.slug if t.actor else t.country for t in statement.targets),
    }


def _edit_page(
    request: Request,
    session: Session,
    statement: Statement,
    *,
    error: tuple[str, str] | None = None,
    values: dict | None = None,
    candidates: list[Actor] | None = None,
    status: int = 200,
    back: str | None = None,
):
    context = {
        "st": statement,
        "error": error,
        "values": values or {},
        "candidates": candidates or [],
        "back": back or f"/statements/{statement.id}",
        "history": review.statement_history(session, statement.id),
        **passage_context(statement),
        **form_context(request, statement),
    }
    return render(request, "edit.html", context, status_code=status)


@router.get("/statements/{statement_id}/edit", response_class=HTMLResponse)
def edit_page(
    request: Request,
    statement_id: RowId,
    session: SessionDep,
    _editor: EditorPage,
    actor_q: Annotated[str | None, Query(max_length=200)] = None,
    next: Annotated[str | None, Query(max_length=2000)] = None,
):
    """The correction form on a page of its own; `actor_q` lists matching actors (the no-JS search)."""
    statement = _statement(session, statement_id)
    candidates = None
    if actor_q and actor_q.strip():
        candidates = _ranked(service.list_actors(session, q=actor_q, limit=20).items, actor_q)
    return _edit_page(
        request,
        session,
        statement,
        candidates=candidates,
        values={"actor_q": actor_q or ""},
        back=local_path(next, f"/statements/{statement.id}"),
    )


def _ranked(actors: list[Actor], typed: str) -> list[Actor]:
    """Actors whose name is what was typed first, then names beginning with it, then the rest."""
    typed = typed.strip().casefold()
    return sorted(actors, key=lambda a: (a.name.casefold() != typed, not a.name.casefold().startswith(typed)))


def _resolve_actor(session: Session, given: str) -> tuple[str | None, list[Actor]]:
    """The slug the editor meant: the slug itself, or the one actor whose name matches; else the choices."""
    given = given.strip()
    if not given:
        return None, []
    if service.get_actor(session, given) is not None:
        return given, []
    found = _ranked(service.list_actors(session, q=given, limit=20).items, given)
    exact = [a for a in found if a.name.casefold() == given.casefold()]
    if len(exact) == 1 or len(found) == 1:
        return (exact or found)[0].slug, []
    return None, found


def _parse_date(value: str) -> dt.date | str | None:
    value = value.strip()
    if value == "-":
        return ""
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise CorrectionError("date", f"{value!r} is not a date (YYYY-MM-DD)") from None


def _parse_int(name: str, value: str) -> int | None:
    value = value.strip()
    if not value:
        return None
    if not value.isdigit() or len(value) > 9:
        raise CorrectionError(name, f"{name} must be a whole number")
    return int(value)


def _redirect(next_path: str | None, default: str) -> RedirectResponse:
    return RedirectResponse(local_path(next_path, default), status_code=303)


def _conflict(request: Request, session: Session, statement: Statement, exc: ConflictError, values: dict):
    session.rollback()
    session.refresh(statement)
    return _edit_page(request, session, statement, error=(exc.param, exc.message), values=values, status=409)


@router.post("/statements/{statement_id}/edit", response_class=HTMLResponse)
def submit_correction(
    request: Request,
    statement_id: RowId,
    session: SessionDep,
    editor: EditorForm,
    version: Annotated[int, Form(ge=1, le=MAX_ID)],
    actor: Text = "",
    kind: Text = "",
    category: Text = "",
    start: Text = "",
    end: Text = "",
    date: Text = "",
    targets: Annotated[str, Form(max_length=2000)] = "",
    group: Text = "",
    reason: Annotated[str, Form(max_length=2000)] = "",
    next: Annotated[str, Form(max_length=2000)] = "",
):
    statement = _statement(session, statement_id)
    values = {
        "actor": actor,
        "kind": kind,
        "category": category,
        "start": start,
        "end": end,
        "date": date,
        "targets": targets,
        "group": group,
        "reason": reason,
    }
    back = f"/statements/{statement.id}"
    try:
        slug, candidates = _resolve_actor(session, actor)
        if candidates or (actor.strip() and slug is None):
            message = f"Several actors match {actor.strip()!r}; choose one." if candidates else f"No actor {actor!r}."
            return _edit_page(
                request, session, statement, error=("actor", message), values=values, candidates=candidates, status=400
            )
        target_list = None
        if targets.strip() != ", ".join(t.actor.slug if t.actor else t.country for t in statement.targets):
            target_list = tuple(t for t in (p.strip() for p in targets.replace(";", ",").split(",")) if t)
        group_value: int | str | None = None
        if group.strip() == "new":
            group_value = "new"
        elif group.strip():
            group_value = _parse_int("group", group)
        patch = StatementPatch(
            actor=slug if slug and (statement.actor is None or slug != statement.actor.slug) else None,
            kind=kind if kind and kind != statement.kind else None,
            category_code=category if category != (statement.category_code or "") else None,
            start=_parse_int("start", start),
            end=_parse_int("end", end),
            date=_parse_date(date) if date.strip() != (statement.date.isoformat() if statement.date else "") else None,
            targets=target_list,
            group=group_value,
            reason=reason,
        )
        if patch.start == statement.start and patch.end == statement.end:
            patch = StatementPatch(**{**patch.__dict__, "start": None, "end": None})
        if patch == StatementPatch(reason=reason):
            return _redirect(next, back)  # nothing changed: nothing to record
        correct_statement(
            session, statement, patch, by=editor.name, categories=categories(request), expected_version=version
        )
    except ConflictError as exc:
        return _conflict(request, session, statement, exc, values)
    except CorrectionError as exc:
        session.rollback()
        session.refresh(statement)
        return _edit_page(request, session, statement, error=(exc.param, exc.message), values=values, status=400)
    return _redirect(next, back)


@router.post("/statements/{statement_id}/accept")
def accept(
    request: Request,
    statement_id: RowId,
    session: SessionDep,
    editor: EditorForm,
    version: Annotated[int | None, Form(ge=1, le=MAX_ID)] = None,
    next: Annotated[str, Form(max_length=2000)] = "",
):
    statement = _statement(session, statement_id)
    try:
        accept_statement(session, statement, by=editor.name, expected_version=version)
    except ConflictError as exc:
        return _conflict(request, session, statement, exc, {})
    except CorrectionError as exc:
        raise HTTPException(400, exc.message) from None
    return _redirect(next, f"/statements/{statement.id}")


@router.post("/statements/{statement_id}/reject")
def reject(
    request: Request,
    statement_id: RowId,
    session: SessionDep,
    editor: EditorForm,
    version: Annotated[int | None, Form(ge=1, le=MAX_ID)] = None,
    reason: Annotated[str, Form(max_length=2000)] = "",
    next: Annotated[str, Form(max_length=2000)] = "",
):
    statement = _statement(session, statement_id)
    if not reason.strip():
        return _edit_page(
            request,
            session,
            statement,
            error=("reason", "Say why the statement is rejected (it is shown on its page)."),
            values={"reason": ""},
            status=400,
        )
    try:
        correct_statement(
            session, statement, StatementPatch(rejected=True, reason=reason), by=editor.name, expected_version=version
        )
    except ConflictError as exc:
        return _conflict(request, session, statement, exc, {"reason": reason})
    return _redirect(next, f"/statements/{statement.id}")


@router.post("/statements/{statement_id}/restore")
def restore(
    request: Request,
    statement_id: RowId,
    session: SessionDep,
    editor: EditorForm,
    version: Annotated[int | None, Form(ge=1, le=MAX_ID)] = None,
    reason: Annotated[str, Form(max_length=2000)] = "",
    next: Annotated[str, Form(max_length=2000)] = "",
):
    statement = _statement(session, statement_id)
    try:
        correct_statement(
            session, statement, StatementPatch(rejected=False, reason=reason), by=editor.name, expected_version=version
        )
    except ConflictError as exc:
        return _conflict(request, session, statement, exc, {})
    return _redirect(next, f"/statements/{statement.id}")

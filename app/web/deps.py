"""Request dependencies shared by pages and API: the session and the statement filter.

The filter dependency is built from a filter registry: its query parameters are the
registry's declarations, so a filter added to the registry is a parameter everywhere.
"""

from __future__ import annotations

import inspect
from collections.abc import Iterator
from functools import lru_cache
from inspect import Parameter
from typing import Annotated, Any

from fastapi import Depends, HTTPException, Path, Query, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from sqlalchemy.orm import Session

from app.auth import verify_token
from app.models import ApiToken
from app.pipeline.ingest.draft import without_control_characters
from app.query.filters import MAX_ID, Filter, InvalidParameter, Registry, StatementFilter
from app.query.service import checked_filter
from app.store import unit_of_work
from app.web.middleware import VERIFIED_TOKEN

KEYWORD_ONLY = Parameter.KEYWORD_ONLY
RowId = Annotated[int, Path(ge=1, le=MAX_ID, description="Numeric id.")]


def get_session(request: Request) -> Iterator[Session]:
    """One session per request; the request owns the transaction (commit on success, else roll back)."""
    with unit_of_work(request.app.state.session_factory) as session:
        yield session


SessionDep = Annotated[Session, Depends(get_session)]
# The same unit of work, committed before the response is sent (FastAPI ends a `yield` dependency of
# the default, request scope only after sending, which a streamed export needs). A form's redirect
# or a PATCH's answer must find the change, or the new session, already committed when the
# browser or client asks again.
CommittedSessionDep = Annotated[Session, Depends(get_session, scope="function")]


def read_session(request: Request) -> Session:
    """A session for an endpoint that only reads and opens it itself (`with read_session(r) as s`),
    in its own worker thread: a dependency would cross into a thread to open it and again to close it."""
    return request.app.state.session_factory()


async def refuse_control_characters(request: Request) -> None:
    """Every route's first dependency: a path or query parameter holding NUL or another C0 control
    character (tab, newline and carriage return excepted) is a 400 naming it, before any query runs
    (PostgreSQL refuses NUL in text; nothing we serve is named with control characters).
    A coroutine: it only reads the request, so it needs no worker thread."""
    candidates = [("path", request.url.path)]
    candidates += [(name, name + value) for name, value in request.query_params.multi_items()]
    for name, value in candidates:
        if without_control_characters(value) != value:
            shown = without_control_characters(name) or "parameter"
            raise InvalidParameter(shown, f"{shown} must not contain NUL or other control characters", status=400)


def _query_parameter(flt: Filter) -> inspect.Parameter:
    """The filter's `Param` as the FastAPI query parameter the OpenAPI schema documents."""
    spec = flt.param
    bounds = {k: v for k, v in (("max_length", spec.max_length), ("ge", spec.ge), ("le", spec.le)) if v is not None}
    extra = None
    if spec.schema is not None:  # what the parser accepts, narrower than any text
        extra = {"items": dict(spec.schema)} if spec.type == "list" else dict(spec.schema)
    query = Query(description=spec.description, json_schema_extra=extra, **bounds)
    annotation, default = {
        "list": (list[str], []),
        "text": (str | None, None),
        "int": (int | None, None),
        "bool": (bool, flt.default),
    }[spec.type]
    return inspect.Parameter(flt.name, KEYWORD_ONLY, annotation=Annotated[annotation, query], default=default)


def parse_filter(registry: Registry, raw: dict[str, Any]) -> StatementFilter:
    """The filter from its query parameters as FastAPI typed them (see `_query_parameter`)."""
    return StatementFilter(registry, **{flt.name: flt.parse(flt.name, raw[flt.name]) for flt in registry})


@lru_cache(maxsize=16)
def filter_dependency(registry: Registry, checked: bool = True, partial_names: bool = False) -> Any:
    """`Annotated[StatementFilter, Depends(...)]` taking one query parameter per filter, in registry order.

    Raw values are parsed first (a bad date names its parameter), then the values are checked
    together (`StatementFilter` validates), then names are resolved and values checked against
    the database (`checked_filter`: a typed "Armenia" becomes AM, "Lavrov" an actor slug).
    With `checked=False` the dependency is a coroutine without a session, and the endpoint
    calls `checked_filter` in its own session: the hot lists then cross into a worker thread
    once per request, not once per dependency. Pages pass `partial_names` (see `checked_filter`).
    """

    def parsed(raw: dict[str, Any]) -> StatementFilter:
        return parse_filter(registry, raw)

    def statement_filter(session: Session, **raw: Any) -> StatementFilter:
        return checked_filter(session, parsed(raw), partial_names)

    async def unchecked_filter(**raw: Any) -> StatementFilter:
        return parsed(raw)

    parameters = [_query_parameter(flt) for flt in registry]
    if checked:
        dependency = statement_filter
        parameters.insert(0, inspect.Parameter("session", KEYWORD_ONLY, annotation=SessionDep))
    else:
        dependency = unchecked_filter
    dependency.__signature__ = inspect.Signature(  # type: ignore[attr-defined]
        parameters, return_annotation=StatementFilter
    )
    return Annotated[StatementFilter, Depends(dependency)]


_bearer = HTTPBearer(auto_error=False)


def require_token(
    request: Request,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
) -> ApiToken:
    """Write endpoints need `Authorization: Bearer <token>` from `tracker token create`.

    `app.web.middleware.TokenGate` has checked the token before the body was read and left it
    in the request's state; this takes it from there (and documents the scheme in the OpenAPI
    schema). Called without the gate, it checks the token itself, in a short session of its own,
    so that a request that goes on to extract for seconds holds no database connection.
    """
    if (verified := getattr(request.state, VERIFIED_TOKEN, None)) is not None:
        return verified
    challenge = {"WWW-Authenticate": "Bearer"}
    if len(request.headers.getlist("authorization")) > 1:
        raise HTTPException(400, "send one Authorization header, not several")
    if credentials is None:
        raise HTTPException(401, "this endpoint needs an API token: Authorization: Bearer <token>", headers=challenge)
    with request.app.state.session_factory() as session:
        token = verify_token(session, credentials.credentials)
    if token is None:
        raise HTTPException(401, "the API token is unknown or revoked", headers=challenge)
    return token


TokenDep = Annotated[ApiToken, Depends(require_token)]

"""`GET /api/statements` for plain requests, without FastAPI's parameter machinery.

The list is the API's busiest endpoint, and solving its seventeen query parameters through
FastAPI's dependency system (each validated by pydantic, the filter's own coroutine, the
site-wide control-character check) cost about a tenth of a request: 0.33 of 3.15 ms in one
process, the difference between keeping up with Datasette and not (`perf.py`).

`StatementListFastPath` (middleware, inside the others) sees the list's requests first. One it
can read with certainty (every parameter known, given once where one is expected, within the
documented bounds, no control characters) it parses with the filters' own `parse` and answers
with the same `app.web.api.statement_list` the route calls. Any other request (a bad limit, an
unknown or repeated parameter, a value out of bounds, a value the filters refuse) goes on to the
FastAPI route as before, which answers it, errors included, exactly as it always has. The
OpenAPI document is the route's.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.types import ASGIApp, Receive, Scope, Send

from app.pipeline.ingest.draft import without_control_characters
from app.query.filters import Registry
from app.web.api import CURSOR_MAX, LIMIT_DEFAULT, LIMIT_MAX, LIMIT_MIN, statement_list
from app.web.deps import parse_filter


def _plain(registry: Registry, request: Request) -> tuple[dict[str, Any], int, str | None] | None:
    """(raw filter values as FastAPI would type them, limit, cursor), or None: let FastAPI read it."""
    pairs = request.query_params.multi_items()
    given_times = Counter(name for name, _ in pairs)
    for name, value in pairs:
        if without_control_characters(name + value) != name + value:
            return None
        if name in ("limit", "cursor"):
            if given_times[name] > 1:
                return None
        elif name not in registry or (given_times[name] > 1 and registry[name].param.type != "list"):
            return None  # unknown, or a single-valued parameter given twice
    raw: dict[str, Any] = {}
    for flt in registry:
        spec, given = flt.param, request.query_params.getlist(flt.name)
        if spec.type == "list":
            if given and (spec.max_length is not None or spec.ge is not None or spec.le is not None):
                return None
            raw[flt.name] = given
        elif not given:
            raw[flt.name] = flt.default if spec.type == "bool" else None
        elif spec.type == "text" and (spec.max_length is None or len(given[0]) <= spec.max_length):
            raw[flt.name] = given[0]
        else:
            return None  # numbers and yes/no values: FastAPI's parsing, not a copy of it
    limit_text = request.query_params.get("limit")
    if limit_text is None:
        limit = LIMIT_DEFAULT
    elif limit_text.isascii() and limit_text.isdigit() and LIMIT_MIN <= int(limit_text) <= LIMIT_MAX:
        limit = int(limit_text)
    else:
        return None
    cursor = request.query_params.get("cursor")
    if cursor is not None and len(cursor) > CURSOR_MAX:
        return None
    return raw, limit, cursor


class StatementListFastPath:
    """ASGI middleware, inside the others: a plain `GET /api/statements` is answered here; every
    other request, and one whose answer here raises (a 400 for a bad value, a 503 when the
    database is away), goes on to the app, whose route and error handlers answer it as always
    (a GET reads nothing it could spoil by being asked twice)."""

    def __init__(self, app: ASGIApp, registry: Registry):
        self.app = app
        self.registry = registry

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] != "GET" or scope["path"] != "/api/statements":
            await self.app(scope, receive, send)
            return
        request = Request(scope, receive)
        plain = _plain(self.registry, request)
        if plain is not None:
            raw, limit, cursor = plain
            try:
                response = await run_in_threadpool(_answer, self.registry, request, raw, limit, cursor)
            except Exception:
                response = None  # the route answers, through the app's error handlers
            if response is not None:
                await response(scope, receive, send)
                return
        await self.app(scope, receive, send)


def _answer(registry: Registry, request: Request, raw: dict[str, Any], limit: int, cursor: str | None):
    return statement_list(request, parse_filter(registry, raw), limit, cursor)

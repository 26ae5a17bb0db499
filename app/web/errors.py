"""Errors in one shape: RFC 9457 problem details for the API, a readable page for people."""

from __future__ import annotations

import logging
from http import HTTPStatus

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.exc import TimeoutError as PoolTimeout
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.routing import Match

from app.query.filters import InvalidParameter

log = logging.getLogger("tracker.web")


def _wants_json(request: Request) -> bool:
    return request.url.path.startswith(("/api", "/feeds/")) or "application/json" in request.headers.get("accept", "")


def problem(
    request: Request, status: int, detail: str, param: str | None = None, headers: dict[str, str] | None = None
) -> Response:
    title = HTTPStatus(status).phrase
    if _wants_json(request):
        body = {"type": "about:blank", "title": title, "status": status, "detail": detail}
        if param:
            body["param"] = param
        return JSONResponse(body, status_code=status, media_type="application/problem+json", headers=headers)
    templates = request.app.state.templates
    return templates.TemplateResponse(
        request,
        "error.html",
        {"status": status, "title": title, "detail": detail},
        status_code=status,
        headers=headers,
    )


def _validation_detail(exc: RequestValidationError) -> tuple[str, str | None]:
    first = exc.errors()[0]
    if first.get("type") == "json_invalid":  # its location is a character offset, not a field
        return f"body: {first.get('msg', 'invalid JSON')}", "body"
    loc = [str(p) for p in first.get("loc", ()) if p not in ("query", "path", "body")]
    param = ".".join(loc) or None
    message = first.get("msg", "invalid value")
    return (f"{param}: {message}" if param else message), param


def allowed_methods(request: Request) -> str:
    """Every method some route of the app answers at this path, for `Allow` (asked of each route
    as the router asks it: Starlette's own 405 names the first route matching the path only)."""
    methods = ("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE")
    return ", ".join(
        method
        for method in methods
        if any(
            route.matches({**request.scope, "method": method})[0] == Match.FULL for route in request.app.router.routes
        )
    )


def install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(InvalidParameter)
    async def _invalid_parameter(request: Request, exc: InvalidParameter) -> Response:
        return problem(request, exc.status, exc.message, exc.param)

    @app.exception_handler(RequestValidationError)
    async def _invalid_request(request: Request, exc: RequestValidationError) -> Response:
        detail, param = _validation_detail(exc)
        return problem(request, 422 if request.method != "GET" else 400, detail, param)

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(request: Request, exc: StarletteHTTPException) -> Response:
        headers = getattr(exc, "headers", None)
        if exc.status_code == 405:  # Starlette names the methods of the first route matching the path only
            headers = {**(headers or {}), "Allow": allowed_methods(request)}
        return problem(request, exc.status_code, str(exc.detail), headers=headers)

    @app.exception_handler(OperationalError)
    async def _database_down(request: Request, exc: OperationalError) -> Response:
        # The pool pre-pings connections, so once the database is back the next request succeeds.
        log.warning("database unavailable on %s: %s", request.url.path, exc.orig)
        return problem(
            request, 503, "The database is unavailable right now; try again shortly.", headers={"Retry-After": "5"}
        )

    @app.exception_handler(PoolTimeout)
    async def _pool_exhausted(request: Request, exc: PoolTimeout) -> Response:
        # Every connection is busy (a database that stopped answering holds them): 503, not 500;
        # the connections come back as their statement, lock or connect timeouts end.
        log.warning("no free database connection on %s: %s", request.url.path, exc)
        return problem(request, 503, "The database is busy right now; try again shortly.", headers={"Retry-After": "5"})

    @app.exception_handler(DBAPIError)
    async def _database_error(request: Request, exc: DBAPIError) -> Response:
        if exc.connection_invalidated:
            return await _database_down(request, exc)
        log.exception("database error on %s", request.url.path)
        return problem(request, 500, "Something went wrong on our side; it has been logged.")

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception) -> Response:
        log.exception("unhandled error on %s", request.url.path)
        return problem(request, 500, "Something went wrong on our side; it has been logged.")

"""ASGI middleware: the token check of write requests, the request body size limit,
security headers on every response (one policy for every page, the API docs included:
they load nothing from elsewhere and run no inline script, see `app.web.docs`), and ETags
(304 Not Modified) on pages and lists."""

from __future__ import annotations

import hashlib
import json

from sqlalchemy.exc import DBAPIError, OperationalError
from starlette.concurrency import run_in_threadpool
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from app.auth import verify_token

CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'"
)
SECURITY_HEADERS = [
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"strict-origin-when-cross-origin"),
    (b"x-frame-options", b"DENY"),
]


class SecurityHeaders:
    def __init__(self, app: ASGIApp):
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                headers.extend(SECURITY_HEADERS)
                headers.append((b"content-security-policy", CSP.encode()))
                message["headers"] = headers
            await send(message)

        await self.app(scope, receive, send_with_headers)


class BodySizeLimit:
    """Refuse request bodies over `max_bytes` with a 413 before the app reads them."""

    def __init__(self, app: ASGIApp, max_bytes: int):
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] in ("GET", "HEAD", "OPTIONS"):
            await self.app(scope, receive, send)
            return
        declared = dict(scope.get("headers", [])).get(b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > self.max_bytes:
            await self._too_large(send)
            return
        chunks, size = [], 0
        while True:
            message = await receive()
            if message["type"] != "http.request":
                return  # the client went away (or timed out) mid-body: nothing to answer, nothing to run
            size += len(message.get("body", b""))
            if size > self.max_bytes:
                await self._too_large(send)
                return
            chunks.append(message.get("body", b""))
            if not message.get("more_body"):
                break
        body, replayed = b"".join(chunks), False

        async def replay() -> Message:
            nonlocal replayed
            if replayed:
                return await receive()
            replayed = True
            return {"type": "http.request", "body": body, "more_body": False}

        await self.app(scope, replay, send)

    async def _too_large(self, send: Send) -> None:
        await _problem(send, 413, "Content Too Large", f"the request body is larger than {self.max_bytes} bytes")


async def _problem(send: Send, status: int, title: str, detail: str, headers: tuple = ()) -> None:
    payload = json.dumps({"type": "about:blank", "title": title, "status": status, "detail": detail}).encode()
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [
                (b"content-type", b"application/problem+json"),
                (b"content-length", str(len(payload)).encode()),
                *headers,
            ],
        }
    )
    await send({"type": "http.response.body", "body": payload})


WRITE_METHODS = ("POST", "PUT", "PATCH", "DELETE")
CHALLENGE = ((b"www-authenticate", b"Bearer"),)


class TokenGate:
    """Write requests to the API need one valid `Authorization: Bearer <token>` header, checked
    here before anything reads or parses the body: without one the answer is 401 (400 for
    several Authorization headers) and the body is never read. The token found is left in the
    request's state, where the endpoints' own dependency (`app.web.deps.require_token`, which
    documents the scheme) takes it instead of looking it up again."""

    def __init__(self, app: ASGIApp):
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] not in WRITE_METHODS or not scope["path"].startswith("/api/"):
            await self.app(scope, receive, send)
            return
        given = [value for name, value in scope.get("headers", []) if name == b"authorization"]
        if len(given) > 1:
            await _problem(send, 400, "Bad Request", f"send one Authorization header, not {len(given)}")
            return
        scheme, _, token = given[0].decode("latin-1").partition(" ") if given else ("", "", "")
        if scheme.lower() != "bearer" or not token.strip():
            detail = "this endpoint needs an API token: Authorization: Bearer <token>"
            await _problem(send, 401, "Unauthorized", detail, CHALLENGE)
            return
        try:
            known = await run_in_threadpool(_live_token, scope["app"].state.session_factory, token.strip())
        except DBAPIError as exc:
            if not isinstance(exc, OperationalError) and not exc.connection_invalidated:
                raise
            detail = "The database is unavailable right now; try again shortly."
            await _problem(send, 503, "Service Unavailable", detail, ((b"retry-after", b"5"),))
            return
        if known is None:
            await _problem(send, 401, "Unauthorized", "the API token is unknown or revoked", CHALLENGE)
            return
        scope.setdefault("state", {})[VERIFIED_TOKEN] = known
        await self.app(scope, receive, send)


# Where TokenGate leaves the token it verified, in the request's state.
VERIFIED_TOKEN = "api_token"


def _live_token(session_factory, token: str):
    with session_factory() as session:
        return verify_token(session, token)


class ETags:
    """A weak ETag on every whole (not streamed) 200 answer to a GET, and 304 Not
    Modified without a body when the request's `If-None-Match` names it.

    The tag is a hash of the body, so it changes exactly when what the client would see does
    (a page is still built: what is saved is sending it, and the client's parsing). Streamed
    answers (CSV, NDJSON) and answers that carry their own tag (static files) pass untouched.
    """

    def __init__(self, app: ASGIApp):
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] != "GET":
            await self.app(scope, receive, send)
            return
        asked = [v for k, v in scope.get("headers", []) if k == b"if-none-match"]
        start: Message | None = None

        async def tag(message: Message) -> None:
            nonlocal start
            if message["type"] == "http.response.start":
                headers = message.get("headers", [])
                if message["status"] != 200 or any(k.lower() == b"etag" for k, _ in headers):
                    start = None
                    await send(message)
                else:
                    start = message  # held until the body shows whether it is whole
                return
            if start is None:
                await send(message)
                return
            held, start = start, None
            if message.get("more_body"):  # streamed: no tag
                await send(held)
                await send(message)
                return
            body = message.get("body", b"")
            etag = b'W/"' + hashlib.blake2b(body, digest_size=12).hexdigest().encode() + b'"'
            headers = [*held.get("headers", []), (b"etag", etag)]
            if asked and _matches(asked, etag):
                kept = [(k, v) for k, v in headers if k.lower() not in (b"content-length", b"content-type")]
                await send({"type": "http.response.start", "status": 304, "headers": kept})
                await send({"type": "http.response.body", "body": b""})
                return
            await send({**held, "headers": headers})
            await send(message)

        await self.app(scope, receive, tag)


def _matches(asked: list[bytes], etag: bytes) -> bool:
    """Whether an If-None-Match header names `etag` (weak comparison, as RFC 9110 asks for GET)."""
    bare = etag.removeprefix(b"W/")
    for header in asked:
        for candidate in header.split(b","):
            candidate = candidate.strip()
            if candidate == b"*" or candidate.removeprefix(b"W/") == bare:
                return True
    return False

"""HTTP edges: the token before the body, one Authorization header, `Allow` on 405, the docs'
CSP, and a deadline for slow requests on a real uvicorn server over loopback."""

import re
import socket
import time
from contextlib import contextmanager

import pytest

from app.main import create_app
from app.store import create_token, unit_of_work
from app.web.server import DeadlineH11Protocol, DeadlineHttpToolsProtocol
from tests.live_server import live_server

pytestmark = pytest.mark.usefixtures("seeded")
JSON = {"content-type": "application/json"}


@pytest.fixture
def token(session_factory) -> str:
    with unit_of_work(session_factory) as s:
        return create_token(s, "edges")


def test_a_write_without_a_valid_token_is_401_before_the_body_is_parsed(client, token):
    for headers in ({}, {"Authorization": "Bearer st_unknown"}, {"Authorization": "Basic eDp5"}):
        response = client.post("/api/articles", content=b"{not json", headers=JSON | headers)
        assert response.status_code == 401, headers
        assert response.headers["www-authenticate"] == "Bearer" and response.json()["status"] == 401
    patch = client.patch("/api/statements/1", content=b"[", headers=JSON)
    assert patch.status_code == 401
    # with a valid token the same body is parsed, and refused for what it is
    assert client.post("/api/articles", content=b"{not json", headers=JSON | _auth(token)).status_code == 422


def test_duplicate_authorization_headers_are_refused(client, token):
    for pair in ([token, "st_unknown"], ["st_unknown", token], [token, token]):
        headers = [("content-type", "application/json"), *(("authorization", f"Bearer {t}") for t in pair)]
        response = client.post("/api/extract", json={"text": "He said hello."}, headers=headers)
        assert response.status_code == 400 and "one Authorization header" in response.json()["detail"]


def test_every_405_names_the_allowed_methods(client, token):
    expected = {
        ("OPTIONS", "/api/articles"): "GET, POST",
        ("OPTIONS", "/api/statements/1"): "GET, PATCH",
        ("DELETE", "/api/statements/1"): "GET, PATCH",
        ("PATCH", "/api/statements/facets"): "GET",
        ("PATCH", "/api/statements/timeline.json"): "GET",
        ("PUT", "/api/actors/russia/merge"): "POST",
    }
    for (method, path), allow in expected.items():
        response = client.request(method, path, headers=_auth(token))
        assert (response.status_code, response.headers.get("allow")) == (405, allow), (method, path)


def test_docs_are_served_from_the_app_under_the_site_policy(client):
    """Swagger UI comes from our own paths and starts from a static file: no CDN, no inline script."""
    response = client.get("/docs")
    assert response.status_code == 200
    policy = response.headers["content-security-policy"]
    assert "script-src 'self'" in policy and "cdn" not in policy and "sha256-" not in policy
    assert re.findall(rb"<script>(.*?)</script>", response.content, re.DOTALL) == []
    sources = re.findall(rb'(?:src|href)="([^"]+)"', response.content)
    assert sources and all(s.startswith((b"/", b"#")) for s in sources), sources
    starter = next(s for s in sources if s.startswith(b"/static/docs.") and s.endswith(b".js"))  # fingerprinted
    for asset in (b"/docs/assets/swagger-ui-bundle.js", b"/docs/assets/swagger-ui.css", starter):
        assert asset in sources
        fetched = client.get(asset.decode())
        assert fetched.status_code == 200 and len(fetched.content) > 100
    assert client.get("/docs/assets/index.html").status_code == 404  # the package's demo page is not served
    assert client.get("/redoc").status_code == 404
    assert response.headers["x-frame-options"] == "DENY"


# -- a real server --------------------------------------------------------------------------------


# `tracker serve` runs httptools' protocol where it is installed (it is a dependency), h11's elsewhere.
PROTOCOLS = [DeadlineH11Protocol, DeadlineHttpToolsProtocol]


@pytest.fixture(params=PROTOCOLS, ids=lambda p: p.__name__)
def protocol(request):
    return request.param


@contextmanager
def _live(settings, request_timeout: float, protocol=DeadlineHttpToolsProtocol, **config):
    app = create_app(settings)
    with live_server(app, http=protocol, request_timeout=request_timeout, **config) as port:
        yield port


def _trickle(port: int, head: bytes, drip: bytes, seconds: float = 6.0) -> tuple[bytes, float]:
    """Send `head`, then `drip` every 0.2 s for up to `seconds`; what the server answered, and when."""
    started = time.monotonic()
    with socket.create_connection(("127.0.0.1", port), timeout=seconds) as conn:
        conn.sendall(head)
        conn.setblocking(False)
        answer = b""
        while time.monotonic() - started < seconds:
            try:
                chunk = conn.recv(4096)
                if not chunk:
                    break
                answer += chunk
            except BlockingIOError:
                pass
            try:
                conn.sendall(drip)
            except OSError:
                pass  # the server closed the connection
            time.sleep(0.2)
    return answer, time.monotonic() - started


def test_slow_requests_are_timed_out(settings, protocol):
    with _live(settings, request_timeout=1.0, protocol=protocol) as port:
        answer, took = _trickle(port, b"GET /api/countries HTTP/1.1\r\nHost: x\r\n", b"X-Slow: 1\r\n")
        assert answer.startswith(b"HTTP/1.1 408"), (answer[:200], took)
        head = b"POST /api/extract HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 500\r\n"
        answer, _ = _trickle(port, head + b"Authorization: Bearer st_x\r\n\r\n", b" ")
        assert answer.startswith(b"HTTP/1.1 401")  # no valid token: answered at once, body never awaited
        answer, _ = _trickle(port, b"GET /api/countries HTTP/1.1\r\nHost: x\r\n\r\n", b"")
        assert answer.startswith(b"HTTP/1.1 200")  # a prompt request is served as before


def test_a_slow_body_is_timed_out_with_a_valid_token(settings, scratch_db, protocol):
    with unit_of_work(scratch_db.session_factory) as s:
        token = create_token(s, "slow-body")
    settings = settings.model_copy(update={"database_url": scratch_db.url})
    with _live(settings, request_timeout=1.0, protocol=protocol) as port:
        head = (
            b"POST /api/extract HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 500\r\n"
            b"Authorization: Bearer " + token.encode() + b'\r\n\r\n{"text": "'
        )
        answer, took = _trickle(port, head, b"a", seconds=10.0)
        assert answer.startswith(b"HTTP/1.1 408"), (answer[:200], took)


def _ask(port: int, request: bytes) -> bytes:
    with socket.create_connection(("127.0.0.1", port), timeout=10) as conn:
        conn.sendall(request)
        answer = b""
        while chunk := conn.recv(65536):
            answer += chunk
        return answer


def test_headers_over_the_limit_are_refused_before_the_app_runs(settings):
    """httptools' parser has no limit of its own: ours answers 431 and closes, whether the
    headers end (one big header) or never do (a stream of them); a request under it is served."""
    with _live(settings, request_timeout=5.0, max_header_bytes=4096) as port:
        big = b"GET /api/countries HTTP/1.1\r\nHost: x\r\nX-Big: " + b"a" * 5000 + b"\r\nConnection: close\r\n\r\n"
        assert _ask(port, big).startswith(b"HTTP/1.1 431")
        endless = b"GET /api/countries HTTP/1.1\r\nHost: x\r\n" + b"X-More: aaaaaaaaaaaaaaaaaaaa\r\n" * 300
        assert _ask(port, endless).startswith(b"HTTP/1.1 431")
        small = b"GET /api/countries HTTP/1.1\r\nHost: x\r\nX-Small: " + b"a" * 3000 + b"\r\nConnection: close\r\n\r\n"
        assert _ask(port, small).startswith(b"HTTP/1.1 200")


def test_serve_documents_its_limits(tmp_path):
    from typer.testing import CliRunner

    from app.cli import app

    text = CliRunner().invoke(app, ["serve", "--help"], terminal_width=200).output
    for option in ("--request-timeout", "--timeout-keep-alive", "--max-header-bytes", "--max-connections"):
        assert option in text


def _auth(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}

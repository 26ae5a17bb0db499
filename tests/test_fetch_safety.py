"""URL fetching cannot reach inside: internal addresses in any spelling, redirects to them, DNS
rebinding, other schemes, credentials, and a slow trickle, all refused (issue 19, item 6).

Only loopback traffic: a real HTTP server on 127.0.0.1 serves the "secret" page, another on
127.0.0.2 plays the allowed ("public") site. Every refusal test is paired with one that sets the
allow-list and fetches the same server, so a refusal cannot pass because the server is down.
Public addresses are checked with the address classifier on literal IPs, never connected to.
"""

from __future__ import annotations

import http.server
import socket
import threading
import time
from urllib.parse import parse_qs, urlsplit

import pytest
from pydantic import ValidationError
from typer.testing import CliRunner

from app.cli import app as cli
from app.config import Settings
from app.pipeline.ingest import ArticleDraft, IngestError, read_feed, read_inputs, read_url
from app.pipeline.ingest.safe_fetch import FetchPolicy, address_kind
from app.pipeline.ingest.web import FetchError, fetch
from app.store import create_token, unit_of_work

SECRET = "the internal memo says the vault code is 4711"
PAGE = """<!doctype html><html><head><title>{title}</title></head><body><article><h1>{title}</h1>
<p>The special envoy said on Monday that both delegations had agreed to meet again within a fortnight.</p>
<p>{text}, the spokesperson told reporters after the session ended late on Monday evening.</p>
</article></body></html>"""
FEED = """<?xml version="1.0"?><rss version="2.0"><channel><title>Herald</title>
{items}</channel></rss>"""
TRICKLE_STEPS, TRICKLE_PAUSE = 100, 0.1  # 10 s of one byte at a time, unless the client gives up
STOP = threading.Event()


class Handler(http.server.BaseHTTPRequestHandler):
    def log_message(self, *args) -> None:
        pass

    def _send(self, status: int, body: bytes = b"", **headers: str) -> None:
        self.send_response(status)
        for name, value in headers.items():
            self.send_header(name.replace("_", "-"), value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:
        path, query = urlsplit(self.path).path, parse_qs(urlsplit(self.path).query)
        if path == "/secret":
            self._send(200, PAGE.format(title="Internal memo", text=SECRET).encode(), Content_Type="text/html")
        elif path == "/page":
            body = PAGE.format(title="Envoy urges calm", text="Nobody gains from another round of fighting")
            self._send(200, body.encode(), Content_Type="text/html")
        elif path == "/redirect":
            self._send(302, Location=query["to"][0])
        elif path == "/loop":
            self._send(302, Location="/loop")
        elif path == "/trickle-body":
            self.send_response(200)
            self.send_header("Content-Length", str(TRICKLE_STEPS))
            self.end_headers()
            self._trickle(b"x")
        elif path == "/trickle-headers":
            self.wfile.write(b"HTTP/1.1 200 OK\r\n")
            self._trickle(b"X-Slow: a\r\n")
        else:
            self._send(404)

    def _trickle(self, piece: bytes) -> None:
        for _ in range(TRICKLE_STEPS):  # bounded; ends early when the client hangs up or the test ends
            if STOP.is_set():
                return
            try:
                self.wfile.write(piece)
                self.wfile.flush()
            except OSError:
                return
            time.sleep(TRICKLE_PAUSE)


def _serve(host: str):
    try:
        server = http.server.ThreadingHTTPServer((host, 0), Handler)
    except OSError as exc:  # pragma: no cover - every Linux has all of 127/8 on lo
        pytest.skip(f"cannot listen on {host}: {exc}")
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


@pytest.fixture(scope="module")
def inside():
    """The internal server (127.0.0.1) and the stand-in for a public one (127.0.0.2)."""
    STOP.clear()
    secret, public = _serve("127.0.0.1"), _serve("127.0.0.2")
    yield f"127.0.0.1:{secret.server_address[1]}", f"127.0.0.2:{public.server_address[1]}"
    STOP.set()
    secret.shutdown()
    public.shutdown()


ALLOW_LOOPBACK = FetchPolicy.parse("127.0.0.1")
ALLOW_PUBLIC = FetchPolicy.parse("127.0.0.2")  # the stand-in public site only


def _refused(url: str, policy: FetchPolicy | None = None) -> str:
    with pytest.raises(FetchError) as caught:
        fetch(url, 100_000, policy=policy)
    return str(caught.value)


def test_the_internal_server_is_fetched_when_allowed(inside):
    secret, public = inside
    assert SECRET in fetch(f"http://{secret}/secret", 100_000, policy=ALLOW_LOOPBACK).content.decode()
    assert b"Nobody gains" in fetch(f"http://{public}/page", 100_000, policy=ALLOW_PUBLIC).content
    via = fetch(f"http://{secret}/redirect?to=/secret", 100_000, policy=ALLOW_LOOPBACK)
    assert via.url == f"http://{secret}/secret" and SECRET in via.content.decode()


@pytest.mark.parametrize(
    "host",
    ["127.0.0.1", "127.1", "2130706433", "0x7f000001", "localhost", "LocalHost", "[::1]", "[::ffff:127.0.0.1]"],
)
def test_loopback_in_every_spelling_is_refused(inside, host):
    port = inside[0].rsplit(":", 1)[1]
    message = _refused(f"http://{host}:{port}/secret")
    assert "loopback address" in message and "TRACKER_FETCH_ALLOW" in message, message
    if host in ("127.1", "2130706433", "localhost"):
        assert f"{host} is 127.0.0.1" in message


def test_unspecified_address_is_refused(inside):
    port = inside[0].rsplit(":", 1)[1]
    assert "unspecified address (0.0.0.0)" in _refused(f"http://0.0.0.0:{port}/secret")
    assert "unspecified address" in _refused(f"http://[::]:{port}/secret")


def test_allowing_one_address_allows_its_mapped_form_only(inside):
    port = inside[0].rsplit(":", 1)[1]
    assert SECRET in fetch(f"http://[::ffff:127.0.0.1]:{port}/secret", 100_000, policy=ALLOW_LOOPBACK).content.decode()
    assert "loopback" in _refused(f"http://127.0.0.3:{port}/secret", ALLOW_LOOPBACK)


@pytest.mark.parametrize("userinfo", ["user:pass@", "user@", ":pass@"])
def test_credentials_in_the_url_are_refused_even_for_an_allowed_host(inside, userinfo):
    message = _refused(f"http://{userinfo}{inside[0]}/secret", ALLOW_LOOPBACK)
    assert "user name or password" in message


@pytest.mark.parametrize(
    "url", ["file:///etc/passwd", "ftp://127.0.0.1/secret", "javascript:alert(1)", "data:text/html,hi", "gopher://x/"]
)
def test_other_schemes_are_refused(url):
    assert "only http and https" in _refused(url, ALLOW_LOOPBACK)


@pytest.mark.parametrize("url", ["http://0177.0.0.1/", "http://[::1/", "http://a\x00b/", "http:///x", "http://:80/"])
def test_an_unparsable_url_is_a_clear_error_not_a_traceback(url):
    message = _refused(url)
    assert "not a valid URL" in message or "url has no host" in message, message


@pytest.mark.parametrize(
    "target",
    [
        "http://{secret}/secret",
        "http://127.1:{port}/secret",
        "http://2130706433:{port}/secret",
        "http://localhost:{port}/secret",
        "http://[::1]:{port}/secret",
    ],
)
def test_a_redirect_to_loopback_is_refused(inside, target):
    secret, public = inside
    to = target.format(secret=secret, port=secret.rsplit(":", 1)[1])
    message = _refused(f"http://{public}/redirect?to={to}", ALLOW_PUBLIC)
    assert "loopback address" in message, message
    # the same hop, once allowed, is followed: the refusal above is the check's doing
    both = FetchPolicy.parse("127.0.0.1,127.0.0.2,::1,localhost,127.1,2130706433")
    try:
        assert SECRET in fetch(f"http://{public}/redirect?to={to}", 100_000, policy=both).content.decode()
    except FetchError as exc:  # [::1] when the server only listens on IPv4: refused to connect, not by us
        assert "::1" in to and "loopback" not in str(exc)


def test_a_redirect_to_another_scheme_and_a_redirect_loop_are_refused(inside):
    secret, public = inside
    assert "only http and https" in _refused(f"http://{public}/redirect?to=file:///etc/passwd", ALLOW_PUBLIC)
    assert "too many redirects" in _refused(f"http://{secret}/loop", ALLOW_LOOPBACK)


def test_the_address_checked_is_the_address_connected_to(inside, monkeypatch):
    """DNS rebinding: the first answer is the allowed address, every later one is loopback. The
    fetch must ask once and connect to what it checked; asking again would reach 127.0.0.1."""
    public_port = int(inside[1].rsplit(":", 1)[1])
    real, asked = socket.getaddrinfo, []

    def rebinding(host, port, *args, **kwargs):
        if host != "rebind.test":
            return real(host, port, *args, **kwargs)
        asked.append(host)
        ip = "127.0.0.2" if len(asked) == 1 else "127.0.0.1"
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", (ip, port))]

    monkeypatch.setattr(socket, "getaddrinfo", rebinding)
    page = fetch(f"http://rebind.test:{public_port}/page", 100_000, policy=ALLOW_PUBLIC)
    assert b"Nobody gains" in page.content and asked == ["rebind.test"]
    asked.clear()
    asked.append("first answer already given")  # from now on the name means 127.0.0.1
    assert "loopback address (rebind.test is 127.0.0.1)" in _refused(f"http://rebind.test:{public_port}/page")


@pytest.mark.parametrize("path", ["/trickle-body", "/trickle-headers"])
def test_a_slow_trickle_ends_at_the_deadline(inside, path):
    policy = FetchPolicy.parse("127.0.0.1", deadline=2)
    started = time.monotonic()
    message = _refused(f"http://{inside[0]}{path}", policy)
    elapsed = time.monotonic() - started
    assert "gave up after 2 s" in message and "TRACKER_FETCH_DEADLINE" in message, message
    assert 1.9 <= elapsed < 3.5, elapsed


@pytest.mark.parametrize(
    ("ip", "kind"),
    [
        ("93.184.216.34", None),
        ("8.8.8.8", None),
        ("2606:4700:4700::1111", None),
        ("::ffff:93.184.216.34", None),
        ("10.1.2.3", "private"),
        ("172.16.0.1", "private"),
        ("192.168.1.1", "private"),
        ("169.254.169.254", "link-local"),  # cloud metadata
        ("100.64.0.1", "non-public"),  # carrier-grade NAT
        ("224.0.0.1", "multicast"),
        ("240.0.0.1", "reserved"),
        ("0.0.0.0", "unspecified"),
        ("::", "unspecified"),
        ("::1", "loopback"),
        ("fe80::1", "link-local"),
        ("fc00::1", "private"),
        ("ff02::1", "multicast"),
        ("::ffff:10.0.0.1", "private"),
        ("::ffff:169.254.169.254", "link-local"),
        ("2002:7f00:1::", "loopback"),  # 6to4 around 127.0.0.1
        ("64:ff9b::7f00:1", "loopback"),  # NAT64 around 127.0.0.1
    ],
)
def test_address_classifier(ip, kind):
    assert address_kind(ip) == kind


def test_allow_list_by_host_name_and_network():
    import ipaddress

    policy = FetchPolicy.parse("10.0.0.0/8, intranet.example")
    assert policy.refusal("intranet.example", ipaddress.ip_address("192.168.1.5")) is None
    assert policy.refusal("INTRANET.example.", ipaddress.ip_address("192.168.1.5")) is None
    assert policy.refusal("wiki", ipaddress.ip_address("10.9.8.7")) is None
    assert "private address (wiki is 192.168.1.5)" in policy.refusal("wiki", ipaddress.ip_address("192.168.1.5"))
    assert policy.refusal("example.org", ipaddress.ip_address("93.184.216.34")) is None


def test_settings_check_the_allow_list_and_deadline():
    settings = Settings(fetch_allow=" 127.0.0.1 , Intranet.Example  10.0.0.0/8", fetch_deadline=5)
    assert settings.fetch_allow == "127.0.0.1,intranet.example,10.0.0.0/8"
    policy = FetchPolicy.from_settings(settings)
    assert policy.deadline == 5 and policy.allow_hosts == {"intranet.example"} and len(policy.allow_networks) == 2
    assert Settings().fetch_allow == "" and Settings().fetch_deadline == 30
    for bad in ("10.0.0.0/33", "300.1.1.1", "not a host!", "::zz"):
        with pytest.raises(ValidationError, match="TRACKER_FETCH_ALLOW"):
            Settings(fetch_allow=bad)
    with pytest.raises(ValidationError):
        Settings(fetch_deadline=0)


def test_feeds_follow_the_same_rules(inside, tmp_path):
    secret, public = inside
    port = secret.rsplit(":", 1)[1]
    links = [f"http://{public}/page", f"http://{secret}/secret", f"http://localhost:{port}/secret"]
    feed = tmp_path / "feed.xml"
    feed.write_text(FEED.format(items="".join(f"<item><link>{u}</link></item>" for u in links)), encoding="utf-8")
    good, *bad = read_feed(str(feed), policy=ALLOW_PUBLIC)
    assert isinstance(good, ArticleDraft) and "Nobody gains" in good.text
    assert all(isinstance(b, IngestError) and "loopback address" in b.message for b in bad), bad
    assert [b.where for b in bad] == links[1:]
    # a feed URL on the inside is refused before anything is read from it
    (refused,) = read_feed(f"http://{public}/redirect?to=http://{secret}/secret", policy=ALLOW_PUBLIC)
    assert isinstance(refused, IngestError) and "loopback address" in refused.message
    # a command-line URL too, and the strict policy is the default
    (draft,) = read_inputs([f"http://{secret}/secret"])
    assert isinstance(draft, IngestError) and "loopback address" in draft.message
    allowed = read_url(f"http://{secret}/secret", policy=ALLOW_LOOPBACK)
    assert isinstance(allowed, ArticleDraft) and SECRET in allowed.text


def test_api_refuses_an_internal_url_with_a_422_naming_it(inside, database_url, session_factory, app_client):
    secret, _ = inside
    with unit_of_work(session_factory) as session:
        token = {"Authorization": f"Bearer {create_token(session, 'fetch-test')}"}
    client = app_client(Settings(database_url=database_url))
    for url in (f"http://{secret}/secret", f"http://localhost:{secret.rsplit(':', 1)[1]}/secret"):
        response = client.post("/api/articles", json={"url": url}, headers=token)
        assert response.status_code == 422, response.text
        problem = response.json()
        assert problem["param"] == "url" and "loopback address" in problem["detail"]
        assert "TRACKER_FETCH_ALLOW" in problem["detail"] and SECRET not in response.text
        extract = client.post("/api/extract", json={"url": url}, headers=token)
        assert extract.status_code == 422 and "loopback address" in extract.json()["detail"]
    allowing = Settings(database_url=database_url, fetch_allow="127.0.0.1")
    client = app_client(allowing)
    response = client.post("/api/articles", json={"url": f"http://{secret}/secret"}, headers=token)
    assert response.status_code == 201 and SECRET in response.json()["body"]
    octal = client.post("/api/articles", json={"url": "http://0177.0.0.1/"}, headers=token)
    assert octal.status_code == 422 and "not a valid URL" in octal.json()["detail"]
    down = client.post("/api/articles", json={"url": "http://127.0.0.1:9/gone"}, headers=token)
    assert down.status_code == 422 and "cannot fetch" in down.json()["detail"]


def test_cli_reports_each_refused_url_on_one_line_and_goes_on(inside, tmp_path, scratch_db, monkeypatch):
    secret, public = inside
    monkeypatch.setenv("DATABASE_URL", scratch_db.url)
    monkeypatch.setenv("TRACKER_FETCH_ALLOW", "127.0.0.2")
    (tmp_path / "a.md").write_text("---\ntitle: One\n---\nThe spokesperson said nothing new.\n", encoding="utf-8")
    runner = CliRunner()
    result = runner.invoke(
        cli, ["ingest", "-w", "1", "--no-progress", f"http://{secret}/secret", str(tmp_path / "a.md")]
    )
    assert result.exit_code == 1, result.output
    assert f"failed: http://{secret}/secret: url points to a loopback address (127.0.0.1)" in result.output
    assert "new 1, updated 0, unchanged 0, failed 1" in result.output and "Traceback" not in result.output
    feed = tmp_path / "feed.xml"
    items = f"<item><link>http://{public}/page</link></item><item><link>http://{secret}/secret</link></item>"
    feed.write_text(FEED.format(items=items), encoding="utf-8")
    result = runner.invoke(cli, ["ingest-feed", "-w", "1", "--no-progress", str(feed)])
    assert result.exit_code == 1, result.output
    assert f"failed: http://{secret}/secret: url points to a loopback address" in result.output
    assert "new 1, updated 0, unchanged 0, failed 1" in result.output

"""Two `tracker serve` processes over one PostgreSQL answer alike: no request state lives in one
process's memory (no sessions, rate-limit counters or caches that must agree; cursors are not
signed with a per-process secret; tokens are checked against the database on every write).

So any number of web processes, on any number of machines behind a load balancer, can serve one
database. Skipped on SQLite (one file, one machine).
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time

import httpx
import pytest

from app.config import PROJECT_ROOT
from app.store import create_token, create_user, revoke_tokens, unit_of_work
from app.store.sources import add_source

PORTS = (8820, 8821)
ARTICLE = {
    "title": "Talks resume",
    "url": "https://news.example/talks-resume",
    "published": "2024-03-01",
    "text": "Foreign Minister Sergey Lavrov said on Tuesday that Moscow was ready to resume talks. "
    '"We will not accept conditions set in advance," Lavrov told reporters. '
    "Secretary of State Antony Blinken said that Washington welcomed the talks.",
}


@pytest.fixture
def two_servers(scratch_db):
    if not scratch_db.url.startswith("postgresql"):
        pytest.skip("several web processes share PostgreSQL; SQLite is one file on one machine")
    env = {**os.environ, "DATABASE_URL": scratch_db.url}
    servers = [
        subprocess.Popen(
            [sys.executable, "-m", "app", "serve", "--port", str(port)],
            cwd=PROJECT_ROOT,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        for port in PORTS
    ]
    try:
        deadline = time.monotonic() + 60
        for port in PORTS:
            while True:
                try:
                    httpx.get(f"http://127.0.0.1:{port}/api/sources", timeout=2)
                    break
                except httpx.TransportError:
                    if time.monotonic() > deadline:
                        pytest.fail(f"tracker serve on port {port} did not start")
                    time.sleep(0.2)
        yield scratch_db, [f"http://127.0.0.1:{port}" for port in PORTS]
    finally:
        for server in servers:
            server.terminate()
            server.wait(20)


def test_two_servers_over_one_database_agree(two_servers):
    db, (a, b) = two_servers
    with unit_of_work(db.session_factory) as session:
        token = create_token(session, "crawler")
        add_source(session, "https://news.example/feed.xml", "Example News", 900)

    # a write through one server is there at once for the other
    created = httpx.post(f"{a}/api/articles", json=ARTICLE, headers={"Authorization": f"Bearer {token}"}, timeout=60)
    assert created.status_code == 201, created.text
    article_id = created.json()["id"]
    assert httpx.get(f"{b}/api/articles/{article_id}").json()["title"] == "Talks resume"
    again = httpx.post(f"{b}/api/articles", json=ARTICLE, headers={"Authorization": f"Bearer {token}"}, timeout=60)
    assert again.status_code == 200 and again.json()["id"] == article_id  # stored once, whoever is asked

    # the same answers, and a cursor one server issued pages on the other
    for path in ("/api/statements?limit=1", "/api/sources", "/api/statements/facets"):
        assert httpx.get(a + path).json() == httpx.get(b + path).json(), path
    first = httpx.get(f"{a}/api/statements?limit=1").json()
    assert first["next_cursor"]
    cursor = first["next_cursor"]
    assert (
        httpx.get(f"{b}/api/statements?limit=1&cursor={cursor}").json()
        == httpx.get(f"{a}/api/statements?limit=1&cursor={cursor}").json()
    )
    assert httpx.get(f"{b}/sources").text.count("Example News") == 1

    # a sign-in form from one server is accepted by the other (the form's secret is a cookie, not
    # server memory), and the session it opens works on both (sessions are rows)
    with unit_of_work(db.session_factory) as session:
        create_user(session, "ana", "editor", "correct horse battery")
    assert _sign_in(a, b, "ana", "correct horse battery") == 303
    # failed sign-ins are counted in the database: five on the two servers together block the sixth
    for server in (a, b, a, b, a):
        assert _sign_in(server, server, "ana", "wrong password") == 401  # the form again, with a message
    assert _sign_in(b, b, "ana", "correct horse battery") == 429
    assert _sign_in(a, a, "ana", "correct horse battery") == 429

    # a token revoked in the database is refused by both at once: no server remembers it
    with unit_of_work(db.session_factory) as session:
        revoke_tokens(session, "crawler")
    for server in (a, b):
        refused = httpx.post(f"{server}/api/articles", json=ARTICLE, headers={"Authorization": f"Bearer {token}"})
        assert refused.status_code == 401


def _sign_in(form_from: str, post_to: str, name: str, password: str) -> int:
    """Take the sign-in form from one server and post it to another; the status of the answer (a
    303 on success, and then the session cookie must open /review on both servers)."""
    with httpx.Client() as browser:
        form = browser.get(f"{form_from}/login")
        token = re.search(r'name="csrf_token" value="([^"]+)"', form.text).group(1)
        answer = browser.post(
            f"{post_to}/login", data={"name": name, "password": password, "csrf_token": token, "next": "/review"}
        )
        if answer.status_code == 303:
            for server in {form_from, post_to}:
                assert browser.get(f"{server}/review").status_code == 200
        return answer.status_code

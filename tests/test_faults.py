"""Faults: the database going away and coming back, over a real TCP connection."""

import socket
import threading
import time
from concurrent.futures import ThreadPoolExecutor

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError, OperationalError

from app.config import Settings
from app.db import make_engine
from app.main import create_app


class Proxy:
    """A loopback TCP proxy to the real PostgreSQL that can be cut and restored."""

    def __init__(self, host: str, port: int):
        self.target = (host, port)
        self.listener = socket.socket()
        self.listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.listener.bind(("127.0.0.1", 0))
        self.listener.listen()
        self.port = self.listener.getsockname()[1]
        self.up = True
        self.hanging = False
        self.connections: list[socket.socket] = []
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while True:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            if self.hanging:  # accepted, and then never a byte back
                self.connections.append(client)
                continue
            if not self.up:
                client.close()
                continue
            upstream = socket.create_connection(self.target)
            self.connections += [client, upstream]
            for a, b in ((client, upstream), (upstream, client)):
                threading.Thread(target=self._pipe, args=(a, b), daemon=True).start()

    @staticmethod
    def _pipe(src: socket.socket, dst: socket.socket) -> None:
        try:
            while data := src.recv(65536):
                dst.sendall(data)
        except OSError:
            pass
        finally:
            for s in (src, dst):
                try:
                    s.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass

    def cut(self) -> None:
        self.up = False
        for s in self.connections:
            try:
                s.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
        self.connections.clear()

    def hang(self) -> None:
        """A database that accepts connections but never answers: open ones fall silent too
        (they are cut, as a server that stopped would leave them), new ones get no reply."""
        self.cut()
        self.hanging = True

    def restore(self) -> None:
        self.cut()
        self.up = True
        self.hanging = False


def test_sqlite_file_that_cannot_be_opened_gives_503(tmp_path):
    app = create_app(Settings(database_url=f"sqlite:///{tmp_path}/missing-folder/tracker.db"))
    with TestClient(app) as client:
        response = client.get("/api/statements")
        assert response.status_code == 503 and response.json()["detail"].startswith("The database is unavailable")
    app.state.engine.dispose()


def test_unreachable_database_gives_503_then_recovers(database_url):
    if not database_url.startswith("postgresql"):
        pytest.skip("the proxy fault needs a network database (runs on PostgreSQL)")
    url = make_url(database_url)
    proxy = Proxy(url.host or "127.0.0.1", url.port or 5432)
    proxied = url.set(host="127.0.0.1", port=proxy.port).render_as_string(hide_password=False)
    app = create_app(Settings(database_url=proxied))
    with TestClient(app) as client:
        assert client.get("/api/statements").status_code == 200
        proxy.cut()
        api = client.get("/api/statements")
        assert api.status_code == 503 and api.json()["status"] == 503 and api.headers["retry-after"]
        page = client.get("/", headers={"accept": "text/html"})
        assert page.status_code == 503 and "database is unavailable" in page.text
        proxy.restore()
        assert client.get("/api/statements").status_code == 200
    app.state.engine.dispose()


def _proxied(database_url: str) -> tuple[Proxy, str]:
    if not database_url.startswith("postgresql"):
        pytest.skip("the proxy fault needs a network database (runs on PostgreSQL)")
    url = make_url(database_url)
    proxy = Proxy(url.host or "127.0.0.1", url.port or 5432)
    return proxy, url.set(host="127.0.0.1", port=proxy.port).render_as_string(hide_password=False)


def test_database_that_accepts_but_never_answers_gives_503s_then_recovers(database_url):
    proxy, proxied = _proxied(database_url)
    settings = Settings(database_url=proxied, db_connect_timeout=1, db_pool_timeout=1)
    app = create_app(settings)
    with TestClient(app, raise_server_exceptions=False) as client:
        assert client.get("/api/statements").status_code == 200
        proxy.hang()
        started = time.monotonic()
        with ThreadPoolExecutor(20) as pool:  # more requests than the pool has connections (15)
            answers = list(pool.map(lambda _: client.get("/api/statements"), range(20)))
        took = time.monotonic() - started
        assert [r.status_code for r in answers] == [503] * 20, [r.text for r in answers if r.status_code != 503][:1]
        assert all(r.json()["status"] == 503 and r.headers["retry-after"] for r in answers)
        assert took < 15, f"20 requests to a silent database took {took:.1f} s"
        for export in ("/api/statements.csv", "/api/statements.ndjson"):
            assert client.get(export).status_code == 503
        proxy.restore()
        assert client.get("/api/statements").status_code == 200  # no restart, no minute of 500s
    app.state.engine.dispose()


def test_postgresql_connections_carry_statement_lock_and_idle_timeouts(database_url):
    if not database_url.startswith("postgresql"):
        pytest.skip("server-side timeouts are PostgreSQL's")
    settings = Settings(
        database_url=database_url, db_statement_timeout=1, db_lock_timeout=2, db_idle_in_transaction_timeout=1
    )
    engine = make_engine(settings.database_url, settings.database_limits)
    try:
        with engine.connect() as conn:
            shown = {
                name: conn.scalar(text(f"SHOW {name}"))
                for name in ("statement_timeout", "lock_timeout", "idle_in_transaction_session_timeout")
            }
            assert shown == {
                "statement_timeout": "1s",
                "lock_timeout": "2s",
                "idle_in_transaction_session_timeout": "1s",
            }
        started = time.monotonic()
        with pytest.raises(OperationalError, match="statement timeout"), engine.connect() as conn:
            conn.execute(text("SELECT pg_sleep(10)"))
        assert time.monotonic() - started < 5
        with pytest.raises(DBAPIError, match="idle-in-transaction") as ended, engine.connect() as conn:
            conn.execute(text("SELECT 1"))
            time.sleep(2.5)
            conn.execute(text("SELECT 1"))
        assert ended.value.connection_invalidated  # the web app answers 503 for it
        with engine.connect() as conn:  # and the pool recovers by itself
            assert conn.scalar(text("SELECT 1")) == 1
    finally:
        engine.dispose()


def test_no_free_connection_is_a_503(database_url):
    app = create_app(Settings(database_url=database_url, db_pool_timeout=0.5))
    engine = app.state.engine
    with TestClient(app) as client:
        held = [engine.connect() for _ in range(engine.pool.size() + engine.pool._max_overflow)]
        try:
            answer = client.get("/api/statements")
            assert answer.status_code == 503 and answer.json()["detail"].startswith("The database is busy")
        finally:
            for conn in held:
                conn.close()
        assert client.get("/api/statements").status_code == 200
    engine.dispose()


def test_exports_do_not_start_before_their_query_ran(tmp_path, database_url):
    """CSV and NDJSON run their first query before the 200 goes out: an outage is a 503."""
    if database_url.startswith("postgresql"):
        proxy, url = _proxied(database_url)
        proxy.cut()
    else:
        url = f"sqlite:///{tmp_path}/missing-folder/tracker.db"
    app = create_app(Settings(database_url=url, db_connect_timeout=1))
    with TestClient(app, raise_server_exceptions=False) as client:
        for export in ("/api/statements.csv", "/api/statements.ndjson"):
            answer = client.get(export)
            assert answer.status_code == 503, (export, answer.status_code, answer.text[:200])
    app.state.engine.dispose()

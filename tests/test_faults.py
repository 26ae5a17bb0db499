"""Faults: the database going away and coming back, over a real TCP connection."""

import socket
import threading

import pytest
from fastapi.testclient import TestClient
from sqlalchemy.engine import make_url

from app.config import Settings
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
        self.connections: list[socket.socket] = []
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while True:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
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

    def restore(self) -> None:
        self.up = True


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

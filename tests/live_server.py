"""A real uvicorn server on a free loopback port, for tests that need real HTTP and real sockets."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

import uvicorn


@contextmanager
def live_server(app, wait: float = 20, **config) -> Iterator[int]:
    """Serve `app` in a thread until the block ends; yields the port. `config`: uvicorn.Config options,
    plus `request_timeout` and `max_header_bytes` (read by our protocols in `app.web.server`)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    request_timeout = config.pop("request_timeout", None)
    max_header_bytes = config.pop("max_header_bytes", None)
    server_config = uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", **config)
    if request_timeout is not None:
        server_config.request_timeout = request_timeout
    if max_header_bytes is not None:
        server_config.max_header_bytes = max_header_bytes
    server = uvicorn.Server(server_config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + wait
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    try:
        yield port
    finally:
        server.should_exit = True
        thread.join(timeout=wait)

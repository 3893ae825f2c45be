"""Serve an emulator app over HTTP on 127.0.0.1 for the tests that need a real socket."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Callable

import uvicorn
from starlette.applications import Starlette

from lox24.emulator import DEFAULT_TOKEN

T0 = 1_700_000_000  # the frozen clock of the `backend`/`app` fixtures
AUTH = {"X-LOX24-AUTH-TOKEN": DEFAULT_TOKEN}
PLAIN = {**AUTH, "Accept": "application/json"}


def serve(app: Starlette, http: str = "auto") -> tuple[str, Callable[[], None]]:
    """Serve `app` with uvicorn on a free 127.0.0.1 port in a thread: its base URL and a function that stops it."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    config = uvicorn.Config(app, log_level="warning", lifespan="off", ws="none", access_log=False, http=http)
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("the emulator did not start")
        time.sleep(0.01)

    def stop() -> None:
        server.should_exit = True
        thread.join(timeout=10)
        sock.close()

    return f"http://127.0.0.1:{port}", stop

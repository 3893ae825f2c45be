"""End-to-end fixtures: the emulator in-process (async, ASGITransport) and over a real socket (sync, uvicorn)."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass

import httpx
import pytest
import uvicorn

import lox24
from lox24.emulator import DEFAULT_TOKEN, create_app


@dataclass
class LiveEmulator:
    """A running emulator: its base URL and a plain httpx client for the control plane."""

    base_url: str
    control: httpx.Client

    def fault(self, **fault: object) -> None:
        self.control.post("/_emulator/faults", json=fault).raise_for_status()


@pytest.fixture(scope="module")
def live_emulator() -> Iterator[LiveEmulator]:
    """The emulator served by uvicorn on a free loopback port, in a background thread; stopped afterwards."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    config = uvicorn.Config(create_app(seed=1), log_level="warning", lifespan="off", ws="none", access_log=False)
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("the emulator did not start")
        time.sleep(0.01)
    base_url = f"http://127.0.0.1:{port}"
    control = httpx.Client(base_url=base_url, timeout=10)
    try:
        yield LiveEmulator(base_url=base_url, control=control)
    finally:
        control.close()
        server.should_exit = True
        thread.join(timeout=10)
        sock.close()


@pytest.fixture
def client(live_emulator: LiveEmulator) -> Iterator[lox24.Client]:
    with lox24.Client(token=DEFAULT_TOKEN, base_url=live_emulator.base_url, timeout=10) as c:
        yield c


@pytest.fixture
async def aclient() -> AsyncIterator[lox24.AsyncClient]:
    """An AsyncClient talking to a fresh in-process emulator through httpx.ASGITransport."""
    http = httpx.AsyncClient(transport=httpx.ASGITransport(app=create_app(seed=2)), base_url="http://emulator")
    async with lox24.AsyncClient(token=DEFAULT_TOKEN, http_client=http) as c:
        yield c
    await http.aclose()

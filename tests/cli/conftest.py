"""CLI fixtures: the real `lox24` commands (Click's CliRunner) against the emulator in-process."""

from __future__ import annotations

import asyncio
import json
import socket
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import httpx
import pytest
import uvicorn
from click.testing import CliRunner, Result
from starlette.applications import Starlette

from lox24.cli._app import Settings
from lox24.cli._main import cli
from lox24.emulator import DEFAULT_TOKEN, create_app
from lox24.emulator.app import ConnectionDroppedError


class SocketLikeASGITransport(httpx.ASGITransport):
    """ASGITransport, but a connection dropped by an injected fault surfaces as httpx does on a real socket."""

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        try:
            return await super().handle_async_request(request)
        except ConnectionDroppedError as exc:
            raise httpx.RemoteProtocolError("Server disconnected without sending a response.", request=request) from exc


@dataclass
class Emulator:
    """An in-process emulator and a way to run `lox24 ...` against it."""

    app: Starlette

    def http(self) -> httpx.AsyncClient:
        return httpx.AsyncClient(transport=SocketLikeASGITransport(app=self.app), base_url="http://emulator")

    def invoke(self, *args: str, token: str | None = DEFAULT_TOKEN, env: dict[str, str] | None = None) -> Result:
        settings = Settings(token=token, http_client_factory=self.http)
        return CliRunner().invoke(cli, list(args), obj=settings, env=env or {}, catch_exceptions=False)

    def call(self, method: str, path: str, **kwargs: Any) -> Any:
        """One raw request (control plane or API) to the emulator; returns the JSON body or None."""

        async def go() -> Any:
            async with self.http() as http:
                headers = {"X-LOX24-AUTH-TOKEN": DEFAULT_TOKEN, "Accept": "application/json"}
                r = await http.request(method, path, headers=headers, **kwargs)
                r.raise_for_status()
                return r.json() if r.content else None

        return asyncio.run(go())

    def outbox(self) -> list[dict[str, Any]]:
        """Every SMS the emulator holds."""
        found: list[dict[str, Any]] = []
        page = 1
        while batch := self.call("GET", "/sms", params={"page": page}):
            found.extend(batch)
            page += 1
        return found


@pytest.fixture(autouse=True)
def _no_lox24_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """The commands read LOX24_* variables; a developer's own token or base URL must not leak into the tests."""
    for name in ("LOX24_TOKEN", "LOX24_BASE_URL", "LOX24_SENDER_ID"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def emulator() -> Emulator:
    return Emulator(create_app(seed=11, balance=1000.0, ip_block=False))


@pytest.fixture
def as_json() -> Callable[[Result], Any]:
    def parse(result: Result) -> Any:
        return json.loads(result.stdout)

    return parse


@pytest.fixture
def served() -> Iterator[tuple[Emulator, str]]:
    """An emulator served by uvicorn on a free 127.0.0.1 port (for commands run as real processes)."""
    app = create_app(seed=5, balance=1000.0, ip_block=False)
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    config = uvicorn.Config(app, log_level="warning", lifespan="off", ws="none", access_log=False)
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("the emulator did not start")
        time.sleep(0.01)
    try:
        yield Emulator(app), f"http://127.0.0.1:{sock.getsockname()[1]}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        sock.close()

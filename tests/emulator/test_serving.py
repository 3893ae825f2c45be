"""Serving: the fast event loop and HTTP parser when they can be imported, asyncio + h11 otherwise."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
from typing import Any

import httpx
import pytest

from lox24.emulator import DEFAULT_TOKEN
from lox24.emulator.__main__ import UVICORN_SETTINGS, choose_http, choose_loop, importable, parse_args, uvicorn_settings


def nothing(_: str) -> bool:
    return False


def everything(_: str) -> bool:
    return True


def test_auto_takes_uvloop_and_httptools_when_they_can_be_imported() -> None:
    assert choose_loop("auto", everything) == "uvloop"
    assert choose_http("auto", everything) == "httptools"


def test_auto_falls_back_to_asyncio_and_h11_when_they_cannot() -> None:
    assert choose_loop("auto", nothing) == "asyncio"
    assert choose_http("auto", nothing) == "h11"
    # the fallbacks are never looked up: they come with Python and uvicorn
    assert choose_loop("asyncio", nothing) == "asyncio"
    assert choose_http("h11", nothing) == "h11"


def test_one_missing_package_falls_back_alone() -> None:
    only_httptools = {"httptools"}.__contains__
    assert (choose_loop("auto", only_httptools), choose_http("auto", only_httptools)) == ("asyncio", "httptools")


def test_an_explicit_choice_that_is_not_installed_is_a_clear_error() -> None:
    with pytest.raises(ValueError, match="uvloop is not installed"):
        choose_loop("uvloop", nothing)
    with pytest.raises(ValueError, match="httptools is not installed"):
        choose_http("httptools", nothing)
    with pytest.raises(ValueError, match="unknown event loop"):
        choose_loop("trio", everything)


def test_the_command_line_resolves_auto_to_what_is_installed() -> None:
    args = parse_args([])
    assert args.loop == ("uvloop" if importable("uvloop") else "asyncio")
    assert args.http == ("httptools" if importable("httptools") else "h11")
    forced = parse_args(["--loop", "asyncio", "--http", "h11"])
    assert (forced.loop, forced.http) == ("asyncio", "h11")
    with pytest.raises(SystemExit):
        parse_args(["--loop", "trio"])


def test_uvicorn_settings_keep_the_common_ones_and_name_loop_and_parser() -> None:
    settings = uvicorn_settings("asyncio", "h11", log_level="error")
    assert settings == {**UVICORN_SETTINGS, "loop": "asyncio", "http": "h11", "log_level": "error"}
    assert importable("json")
    assert not importable("no_such_module_lox24")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.mark.parametrize(("loop", "http"), [("asyncio", "h11"), ("auto", "auto")])
def test_the_emulator_serves_with_the_chosen_loop_and_parser(loop: str, http: str) -> None:
    port = free_port()
    argv = [sys.executable, "-m", "lox24.emulator", "--db", ":memory:", "--port", str(port)]
    proc = subprocess.Popen([*argv, "--loop", loop, "--http", http], stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 15
        status = 0
        while time.monotonic() < deadline and not status:
            try:
                status = httpx.get(
                    f"http://127.0.0.1:{port}/me", headers={"X-LOX24-AUTH-TOKEN": DEFAULT_TOKEN}
                ).status_code
            except httpx.HTTPError:
                time.sleep(0.05)
        assert status == 200
    finally:
        proc.terminate()
        _, err = proc.communicate(timeout=10)
    want = (choose_loop(loop), choose_http(http))
    assert f"serving with {want[0]} + {want[1]}" in err


async def run_lifespan(app: Any) -> list[str]:
    messages = [{"type": "lifespan.startup"}, {"type": "lifespan.shutdown"}]
    sent: list[str] = []

    async def receive() -> dict[str, str]:
        return messages.pop(0)

    async def send(message: dict[str, Any]) -> None:
        sent.append(message["type"])

    await app({"type": "lifespan", "asgi": {"version": "3.0"}, "state": {}}, receive, send)
    return sent


def test_command_line_defaults() -> None:
    args = parse_args([])
    assert (args.host, args.port, args.db, args.token, args.balance) == (
        "127.0.0.1",
        8024,
        "./lox24-emulator.sqlite3",
        None,
        50.0,
    )
    args = parse_args(["--token", "1:a", "--token", "2:b", "--db", ":memory:", "--seed", "3", "--no-ip-block"])
    assert (args.token, args.db, args.seed, args.no_ip_block) == (["1:a", "2:b"], ":memory:", 3, True)


async def test_app_survives_several_lifespans(app: Any, client: httpx.AsyncClient) -> None:
    for _ in range(2):
        assert await run_lifespan(app) == ["lifespan.startup.complete", "lifespan.shutdown.complete"]
    assert (await client.get("/me")).status_code == 200

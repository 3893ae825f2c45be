"""`lox24-emulator` / `python -m lox24.emulator`: run the emulator under uvicorn."""

from __future__ import annotations

import argparse
import importlib.util
import ipaddress
import math
import os
import sys
from collections.abc import Callable, Sequence
from typing import Any

DEFAULT_DB = "./lox24-emulator.sqlite3"
# How the emulator runs uvicorn (the benchmarks in benchmarks/ serve their baseline app with the same settings).
UVICORN_SETTINGS: dict[str, Any] = {"log_level": "warning", "access_log": False}


# Event loops and HTTP parsers: `auto` takes the fast one (uvloop, httptools; the `emulator` extra brings them)
# when it can be imported, and falls back to the standard library's asyncio and pure-Python h11 otherwise.
LOOPS: dict[str, str | None] = {"auto": None, "uvloop": "uvloop", "asyncio": None}
PARSERS: dict[str, str | None] = {"auto": None, "httptools": "httptools", "h11": None}  # h11 comes with uvicorn


def importable(module: str) -> bool:
    """Whether `module` can be imported here (without importing it)."""
    try:
        return importlib.util.find_spec(module) is not None
    except (ImportError, ValueError):
        return False


def _choose(
    what: str,
    requested: str,
    choices: dict[str, str | None],
    fast: str,
    fallback: str,
    can_import: Callable[[str], bool],
) -> str:
    if requested == "auto":
        return fast if can_import(fast) else fallback
    if requested not in choices:
        raise ValueError(f"unknown {what} {requested!r}: choose one of {', '.join(choices)}")
    module = choices[requested]
    if module is not None and not can_import(module):
        raise ValueError(f"{module} is not installed: pip install 'lox24[emulator]', or choose {fallback}")
    return requested


def choose_loop(requested: str = "auto", can_import: Callable[[str], bool] = importable) -> str:
    """The uvicorn `loop` to use: `uvloop` or `asyncio`; ValueError when an explicit choice is not installed.

    ```python
    choose_loop("auto", can_import=lambda name: False)  # 'asyncio'
    ```
    """
    return _choose("event loop", requested, LOOPS, "uvloop", "asyncio", can_import)


def choose_http(requested: str = "auto", can_import: Callable[[str], bool] = importable) -> str:
    """The uvicorn `http` protocol to use: `httptools` or `h11`; ValueError when an explicit choice is missing.

    ```python
    choose_http("auto", can_import=lambda name: name == "httptools")  # 'httptools'
    ```
    """
    return _choose("HTTP parser", requested, PARSERS, "httptools", "h11", can_import)


def uvicorn_settings(loop: str = "auto", http: str = "auto", log_level: str | None = None) -> dict[str, Any]:
    """The keyword arguments for `uvicorn.run` / `uvicorn.Config`: UVICORN_SETTINGS with a resolved loop and parser.

    ```python
    config = uvicorn.Config(create_app(), port=8024, **uvicorn_settings(loop="asyncio", http="h11"))
    ```
    """
    settings = {**UVICORN_SETTINGS, "loop": choose_loop(loop), "http": choose_http(http)}
    if log_level is not None:
        settings["log_level"] = log_level
    return settings


def _amount(value: str) -> float:
    """A balance: a finite number of euros, not negative."""
    try:
        amount = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {value!r}") from None
    if not math.isfinite(amount) or amount < 0:
        raise argparse.ArgumentTypeError(f"must be a finite amount >= 0: {value!r}")
    return amount


CONTROL_TOKEN_ENV = "LOX24_EMULATOR_CONTROL_TOKEN"  # noqa: S105 (a variable name)
MIN_CONTROL_TOKEN = 16


def is_loopback(host: str) -> bool:
    """Whether `host` only listens on this machine: `localhost` or a loopback address (127.0.0.0/8, ::1).

    ```python
    is_loopback("127.0.0.1"), is_loopback("0.0.0.0")  # (True, False)
    ```
    """
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False  # a host name: it may resolve to anything


def check_control_token(host: str, token: str | None) -> str | None:
    """The control token to use; ValueError when it is unusable, or missing for a non-loopback host (the control
    plane and the outbox page have no other protection)."""
    if token is not None:
        if len(token) < MIN_CONTROL_TOKEN or not token.isascii() or not token.isprintable() or " " in token:
            raise ValueError(
                f"the control token must be at least {MIN_CONTROL_TOKEN} printable ASCII characters without spaces"
                ' (for example: python -c "import secrets; print(secrets.token_urlsafe())")'
            )
        return token
    if not is_loopback(host):
        raise ValueError(
            f"--host {host} is not a loopback address: the control plane (/_emulator/*, the outbox page) has no"
            f" authentication, so set a control token (--control-token or ${CONTROL_TOKEN_ENV})"
        )
    return None


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="lox24-emulator", description="A local, stateful LOX24 SMS API emulator.")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8024)
    parser.add_argument(
        "--db", default=DEFAULT_DB, help=f"SQLite file (default {DEFAULT_DB}); ':memory:' to keep nothing"
    )
    parser.add_argument(
        "--token",
        action="append",
        default=None,
        help="accepted API token (repeatable); without it the documentation's token is accepted",
    )
    parser.add_argument(
        "--inactive-token", action="append", default=[], help="known token whose account is inactive (403)"
    )
    parser.add_argument("--balance", type=_amount, default=50.0, help="starting balance of new accounts (EUR)")
    parser.add_argument("--webhook-url", default=None, help="URL that receives the webhook events")
    parser.add_argument("--seed", type=int, default=None, help="seed of the id generator (repeatable runs)")
    parser.add_argument("--no-ip-block", action="store_true", help="never block an IP after bad tokens")
    parser.add_argument("--sync", choices=["normal", "full"], default="normal", help="SQLite synchronous mode")
    parser.add_argument("--log-level", default=UVICORN_SETTINGS["log_level"])
    parser.add_argument(
        "--loop", choices=list(LOOPS), default="auto", help="event loop (auto: uvloop if installed, else asyncio)"
    )
    parser.add_argument(
        "--http", choices=list(PARSERS), default="auto", help="HTTP parser (auto: httptools if installed, else h11)"
    )
    parser.add_argument(
        "--control-token",
        default=os.environ.get(CONTROL_TOKEN_ENV) or None,
        help=f"require this token (header X-Emulator-Token) on /_emulator/* and the outbox page (default"
        f" ${CONTROL_TOKEN_ENV}); needed to listen on a non-loopback --host",
    )
    args = parser.parse_args(argv)
    try:
        args.loop, args.http = choose_loop(args.loop), choose_http(args.http)
        args.control_token = check_control_token(args.host, args.control_token)
    except ValueError as exc:
        parser.error(str(exc))
    return args


def main(argv: Sequence[str] | None = None) -> None:
    """Start the emulator (blocks until interrupted)."""
    args = parse_args(argv)
    import uvicorn

    from .app import create_app

    app = create_app(
        db=args.db,
        tokens=args.token,
        balance=args.balance,
        webhook_url=args.webhook_url,
        seed=args.seed,
        inactive_tokens=args.inactive_token,
        ip_block=not args.no_ip_block,
        synchronous=args.sync,
        control_token=args.control_token,
    )
    where = args.db if args.db == ":memory:" else os.path.abspath(args.db)
    print(f"lox24-emulator: database {where}", file=sys.stderr, flush=True)
    print(f"lox24-emulator: listening on http://{args.host}:{args.port}", file=sys.stderr, flush=True)
    print(f"lox24-emulator: serving with {args.loop} + {args.http}", file=sys.stderr, flush=True)
    page = f"http://{args.host}:{args.port}/_emulator/ui" + ("?token=<control token>" if args.control_token else "")
    print(f"lox24-emulator: outbox page {page}", file=sys.stderr, flush=True)
    uvicorn.run(app, host=args.host, port=args.port, **uvicorn_settings(args.loop, args.http, args.log_level))


if __name__ == "__main__":
    main()

"""`lox24-emulator` / `python -m lox24.emulator`: run the emulator under uvicorn."""

from __future__ import annotations

import argparse
import math
import os
import sys
from collections.abc import Sequence
from typing import Any

DEFAULT_DB = "./lox24-emulator.sqlite3"
# How the emulator runs uvicorn (scripts/bench.py serves its baseline app with the same settings).
UVICORN_SETTINGS: dict[str, Any] = {"log_level": "warning", "access_log": False}


def _amount(value: str) -> float:
    """A balance: a finite number of euros, not negative."""
    try:
        amount = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {value!r}") from None
    if not math.isfinite(amount) or amount < 0:
        raise argparse.ArgumentTypeError(f"must be a finite amount >= 0: {value!r}")
    return amount


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
    parser.add_argument("--webhook-url", default=None, help="URL that receives sms.delivery events")
    parser.add_argument("--seed", type=int, default=None, help="seed of the id generator (repeatable runs)")
    parser.add_argument("--no-ip-block", action="store_true", help="never block an IP after bad tokens")
    parser.add_argument("--sync", choices=["normal", "full"], default="normal", help="SQLite synchronous mode")
    parser.add_argument("--log-level", default=UVICORN_SETTINGS["log_level"])
    return parser.parse_args(argv)


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
    )
    where = args.db if args.db == ":memory:" else os.path.abspath(args.db)
    print(f"lox24-emulator: database {where}", file=sys.stderr, flush=True)
    print(f"lox24-emulator: listening on http://{args.host}:{args.port}", file=sys.stderr, flush=True)
    uvicorn.run(app, host=args.host, port=args.port, **{**UVICORN_SETTINGS, "log_level": args.log_level})


if __name__ == "__main__":
    main()

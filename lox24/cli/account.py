"""`lox24 me`: the account."""

from __future__ import annotations

from typing import Any

import click

from ._app import Settings, emit, run

__all__ = ["COMMANDS"]


@click.command(epilog="\b\nExamples:\n  lox24 me\n  lox24 --json me | jq .balance_amount\n")
@click.pass_obj
def me(settings: Settings) -> None:
    """Show the account: name, balance, currency."""

    async def go() -> Any:
        async with settings.client() as client:
            return await client.me()

    emit(settings, run(go()))


COMMANDS = [me]

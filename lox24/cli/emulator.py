"""`lox24 emulator ...`: the local LOX24 emulator (`lox24-emulator`), with its own options."""

from __future__ import annotations

import click

__all__ = ["COMMANDS"]


@click.command(
    context_settings={"ignore_unknown_options": True, "allow_extra_args": True, "help_option_names": []},
    add_help_option=False,
    epilog=(
        "\b\nExamples:\n  lox24 emulator --port 8024   # outbox page: http://127.0.0.1:8024/_emulator/ui\n"
        "  lox24 emulator --host 0.0.0.0 --control-token $TOKEN   # off loopback the control token is required\n"
        "  lox24 emulator --help   # the emulator's options\n"
    ),
)
@click.argument("args", nargs=-1, type=click.UNPROCESSED)
def emulator(args: tuple[str, ...]) -> None:
    """Run the local LOX24 emulator (needs the `emulator` extra); `lox24 emulator --help` lists its options."""
    try:
        from lox24.emulator.__main__ import main
    except ImportError as exc:  # starlette/uvicorn missing
        raise click.UsageError(f'the emulator needs `pip install "lox24[emulator]"` ({exc})') from None
    main(list(args))


COMMANDS = [emulator]

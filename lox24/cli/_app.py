"""The `lox24` group: global options, the client factory, typed errors mapped to exit codes, output helpers."""

from __future__ import annotations

import importlib
import json
from collections.abc import Callable, Coroutine, Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, NoReturn, TypeVar

import click

if TYPE_CHECKING:
    import httpx

    import lox24

__all__ = ["API_ERROR", "BAD_INPUT", "OK", "PARTIAL", "LazyGroup", "Settings", "cli", "emit", "fail", "run"]

OK = 0
"""Everything worked."""
BAD_INPUT = 2
"""Bad input: a usage error, a value the client refused before sending, a missing token."""
API_ERROR = 3
"""LOX24 answered with an error, or could not be reached."""
PARTIAL = 4
"""Some items (CSV rows) failed while others went through."""

_T = TypeVar("_T")


@dataclass
class Settings:
    """What every command needs: credentials, base URL, output mode. Tests pass `http_client_factory`.

    ```python
    CliRunner().invoke(cli, ["me"], obj=Settings(token=TOKEN, http_client_factory=make_asgi_client))
    ```
    """

    token: str | None = None
    base_url: str | None = None
    json_output: bool = False
    timeout: float | None = None
    http_client_factory: Callable[[], httpx.AsyncClient] | None = None

    def client(self, *, connections: int | None = None) -> lox24.AsyncClient:
        """A new `lox24.AsyncClient` (use it with `async with`); `connections` widens the default pool."""
        import lox24

        kwargs: dict[str, Any] = {"token": self.token, "base_url": self.base_url}
        if self.timeout is not None:
            kwargs["timeout"] = self.timeout
        if self.http_client_factory is not None:
            kwargs["http_client"] = self.http_client_factory()
        elif connections is not None and connections > (lox24.DEFAULT_LIMITS.max_connections or 0):
            import httpx

            kwargs["limits"] = httpx.Limits(max_connections=connections, max_keepalive_connections=connections)
        return lox24.AsyncClient(**kwargs)


def fail(message: str, code: int = BAD_INPUT) -> NoReturn:
    """Print `Error: message` on stderr and exit with `code`.

    ```python
    fail("give at least one filter")  # exit code 2
    ```
    """
    click.echo(f"Error: {message}", err=True)
    raise SystemExit(code)


def run(coro: Coroutine[Any, Any, _T]) -> _T:
    """Run a command's coroutine, turning lox24's typed errors into a message and an exit code (2 or 3).

    ```python
    account = run(fetch_account(settings))
    ```
    """
    import asyncio

    import lox24

    try:
        return asyncio.run(coro)
    except lox24.Lox24ValidationError as exc:
        fail(str(exc), BAD_INPUT)
    except lox24.APIStatusError as exc:
        request_id = f" (request id {exc.request_id})" if exc.request_id else ""
        fail(f"{exc}{request_id}", API_ERROR)
    except lox24.APIError as exc:
        hint = " It may have been sent: check `lox24 sms list --callback-data ...`." if exc.may_have_been_sent else ""
        fail(f"{exc}{hint}", API_ERROR)
    except lox24.Lox24Error as exc:  # e.g. no token: the client's messages never contain the token
        fail(str(exc), BAD_INPUT)


def to_jsonable(value: Any) -> Any:
    """A generated model (`to_dict`), mapping, list or plain value as JSON-ready data.

    ```python
    to_jsonable([sms])  # [{"uuid": "...", "phone": "+49...", ...}]
    ```
    """
    if hasattr(value, "to_dict"):
        return value.to_dict()
    if isinstance(value, Mapping):
        return {str(k): to_jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [to_jsonable(v) for v in value]
    return value


def emit(settings: Settings, data: Any, *, columns: Iterable[str] | None = None, title: str | None = None) -> None:
    """Print `data` as JSON (`--json`) or as a Rich table: a list of rows, or one object as key/value pairs.

    ```python
    emit(settings, [sms], columns=["uuid", "phone", "price"])
    ```
    """
    plain = to_jsonable(data)
    if settings.json_output:
        click.echo(json.dumps(plain, ensure_ascii=False, indent=2, default=str))
        return
    from rich.console import Console
    from rich.table import Table

    table = Table(title=title)
    if isinstance(plain, list):
        names = list(columns) if columns is not None else sorted({k for row in plain for k in row})
        for name in names:
            table.add_column(name)
        for row in plain:
            table.add_row(*(_cell(row.get(name)) for name in names))
    else:
        table.add_column("field")
        table.add_column("value")
        for key, value in plain.items():
            if columns is None or key in columns:
                table.add_row(key, _cell(value))
    Console().print(table)


def _cell(value: Any) -> str:
    return "" if value is None else str(value)


class LazyGroup(click.Group):
    """A group whose commands are imported when one is run or asked for: `lox24 --help` lists them from
    `lazy` (name -> (module of lox24.cli, first paragraph of its help)) without importing a command module.

    ```python
    cli.lazy["me"] = ("account", "Show the account: name, balance, currency.")
    ```
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.lazy: dict[str, tuple[str, str]] = {}

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*self.commands, *self.lazy})

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name not in self.commands and cmd_name in self.lazy:
            module = importlib.import_module(f"lox24.cli.{self.lazy[cmd_name][0]}")
            for command in module.COMMANDS:
                self.add_command(command)
        return self.commands.get(cmd_name)

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        """The "Commands" section, as click writes it, from the `lazy` table for commands not loaded yet."""
        names = self.list_commands(ctx)
        if not names:
            return
        limit = formatter.width - 6 - max(len(name) for name in names)
        rows = []
        for name in names:
            command = self.commands.get(name)
            if command is None:  # (shortened as click shortens a command's help)
                rows.append((name, click.Command(name, help=self.lazy[name][1]).get_short_help_str(limit)))
            elif not command.hidden:
                rows.append((name, command.get_short_help_str(limit)))
        with formatter.section("Commands"):
            formatter.write_dl(rows)


EPILOG = """\b
Examples:
  export LOX24_TOKEN=1234567:e3f3...        # never printed by lox24
  lox24 segments "Grüße 🙂"                  # offline: encoding and parts
  lox24 send --to +491701234567 --text Hi --from MyShop
  lox24 --json sms list --callback-data order-42
  lox24 send-csv customers.csv --text "Hello {name}" --from MyShop --dry-run
  lox24 emulator --port 8024                 # a local LOX24 (LOX24_BASE_URL=http://127.0.0.1:8024)

\b
Exit codes: 0 ok, 2 bad input, 3 API error, 4 partial failure.
"""


@click.group(cls=LazyGroup, epilog=EPILOG, context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "--token",
    envvar="LOX24_TOKEN",
    show_envvar=True,
    metavar="TOKEN",
    help="API token (better: set LOX24_TOKEN). Never printed.",
)
@click.option(
    "--base-url",
    envvar="LOX24_BASE_URL",
    show_envvar=True,
    metavar="URL",
    help="API base URL (default https://api.lox24.eu).",
)
@click.option("--json", "json_output", is_flag=True, help="Machine-readable JSON output.")
@click.option(
    "--timeout", type=click.FloatRange(min=0, min_open=True), metavar="SECONDS", help="HTTP timeout per request."
)
@click.version_option(package_name="lox24", prog_name="lox24")
@click.pass_context
def cli(ctx: click.Context, token: str | None, base_url: str | None, json_output: bool, timeout: float | None) -> None:
    """Send, price and inspect LOX24 SMS from the command line."""
    settings = ctx.obj if isinstance(ctx.obj, Settings) else Settings()
    settings.token = token or settings.token
    settings.base_url = base_url or settings.base_url
    settings.json_output = json_output or settings.json_output
    settings.timeout = timeout if timeout is not None else settings.timeout
    ctx.obj = settings

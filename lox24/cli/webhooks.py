"""`lox24 webhooks serve`: a local receiver that validates and pretty-prints LOX24 events."""

from __future__ import annotations

import dataclasses
import enum
import ipaddress
import json
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import click

from ._app import Settings

if TYPE_CHECKING:
    from http.server import ThreadingHTTPServer

__all__ = ["COMMANDS", "describe", "make_server"]

MAX_BODY = 1 << 20
"""Bodies above 1 MiB are refused (413): a LOX24 event is a few hundred bytes."""


def describe(event: Any) -> dict[str, Any]:
    """The fields of a parsed `lox24.webhooks` event as plain JSON-ready data (enums by name), without `raw`.

    ```python
    describe(webhooks.parse(body))  # {'event': 'DeliveryReport', 'name': 'sms.delivery', 'dlr_code': 'DELIVERED', ...}
    ```
    """
    out: dict[str, Any] = {"event": type(event).__name__}
    for f in dataclasses.fields(event):
        if f.name == "raw":
            continue
        value = getattr(event, f.name)
        if isinstance(value, enum.Enum):
            value = value.name
        elif dataclasses.is_dataclass(value) and not isinstance(value, type):
            value = dataclasses.asdict(value)
        out[f.name] = value
    return out


def make_server(
    host: str, port: int, on_event: Callable[[dict[str, Any]], None], on_error: Callable[[str], None]
) -> ThreadingHTTPServer:
    """An HTTP server: a POST with a valid LOX24 event gets 204 and `on_event(describe(event))`; a malformed
    body gets 400 with the reason (LOX24 then retries) and `on_error(reason)`. Call `serve_forever()`.

    ```python
    server = make_server("127.0.0.1", 8025, print, print)
    ```
    """
    import threading
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    from lox24 import webhooks

    lock = threading.Lock()

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            if length > MAX_BODY:
                self._answer(413, "body too large")
                return
            body = self.rfile.read(length)
            try:
                event = webhooks.parse(body)
            except webhooks.WebhookError as exc:
                with lock:
                    on_error(f"{self.path}: {exc}")
                self._answer(400, str(exc))
                return
            with lock:
                on_event(describe(event))
            self._answer(204, "")

        def do_GET(self) -> None:
            self._answer(200, "lox24 webhook receiver: POST LOX24 events here\n")

        def _answer(self, status: int, text: str) -> None:
            data = text.encode()
            self.send_response(status)
            if status != 204:
                self.send_header("Content-Type", "text/plain; charset=utf-8")
                self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            if status != 204:
                self.wfile.write(data)

        def log_message(self, format: str, *args: Any) -> None:  # quiet: events are printed instead
            pass

    return ThreadingHTTPServer((host, port), Handler)


@click.group(epilog="\b\nExamples:\n  lox24 webhooks serve --port 8025\n")
def webhooks() -> None:
    """Receive LOX24 webhook events locally."""


@webhooks.command(
    epilog="""\b
Examples:
  lox24 webhooks serve --port 8025
  lox24 emulator --webhook-url http://127.0.0.1:8025/   # in another shell: the emulator's events arrive here
  lox24 --json webhooks serve --port 8025 | jq .dlr_code
"""
)
@click.option("--port", type=click.IntRange(0, 65535), default=8025, show_default=True, help="0 picks a free port.")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.pass_obj
def serve(settings: Settings, port: int, host: str) -> None:
    """Listen for LOX24 events, validate each with `lox24.webhooks.parse` and print it (204, or 400 if malformed)."""
    try:
        loopback = ipaddress.ip_address(host).is_loopback
    except ValueError:
        loopback = host == "localhost"
    if not loopback:
        click.echo(
            f"Warning: listening on {host}, reachable from other machines; there is no authentication.", err=True
        )

    def on_event(event: dict[str, Any]) -> None:
        if settings.json_output:
            click.echo(json.dumps(event, ensure_ascii=False, default=str))
            return
        details = "  ".join(f"{k}={v}" for k, v in event.items() if k not in ("event", "name") and v is not None)
        click.echo(f"{event['name']:<22} {details}")

    def on_error(reason: str) -> None:
        click.echo(f"rejected (400): {reason}", err=True)

    try:
        server = make_server(host, port, on_event, on_error)
    except OSError as exc:
        raise click.UsageError(f"cannot listen on {host}:{port}: {exc.strerror}") from None
    click.echo(f"listening on http://{host}:{server.server_address[1]}/ (Ctrl+C to stop)", err=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()


COMMANDS = [webhooks]

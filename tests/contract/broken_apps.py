"""Deliberately broken copies of the emulator: the contract suite must catch each of them.

Each factory wraps `lox24.emulator.create_app()` in an ASGI middleware that breaks one thing:

- `missing_price`:       SMS responses lose their required `price` field;
- `undocumented_status`: GET /me answers 418, a status the spec does not list for it;
- `server_error`:        POST /groups answers 500 when the group has a (non-empty) description.

They are used by test_breakage.py in-process, and by `make contract` itself:

    LOX24_CONTRACT_APP=tests/contract/broken_apps.py:missing_price make contract   # must fail
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable
from typing import Any

from lox24.emulator import create_app

Scope = dict[str, Any]
Message = dict[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
App = Callable[[Scope, Receive, Send], Awaitable[None]]
REQUEST_ID = b"0123456789abcdefABCDEF0123456789"


def emulator() -> App:
    """The emulator as the contract suite runs it (big balance, no IP block, fixed seed)."""
    return create_app(db=":memory:", balance=1e9, seed=1, ip_block=False)  # type: ignore[return-value]


async def _json_response(send: Send, status: int, body: dict[str, Any]) -> None:
    content = json.dumps(body).encode()
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(content)).encode()),
                (b"x-lox24-request-id", REQUEST_ID),
            ],
        }
    )
    await send({"type": "http.response.body", "body": content})


def _drop_price(node: Any) -> Any:
    if isinstance(node, dict):
        return {key: _drop_price(value) for key, value in node.items() if key != "price"}
    if isinstance(node, list):
        return [_drop_price(item) for item in node]
    return node


def missing_price() -> App:
    """Removes `price` from every JSON body of /sms... responses (Sms requires it)."""
    app = emulator()

    async def broken(scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not scope["path"].startswith("/sms"):
            await app(scope, receive, send)
            return
        start: Message = {}
        chunks: list[bytes] = []

        async def capture(message: Message) -> None:
            nonlocal start
            if message["type"] == "http.response.start":
                start = message
                return
            chunks.append(message.get("body", b""))
            if message.get("more_body"):
                return
            body = b"".join(chunks)
            headers = dict(start.get("headers", []))
            if b"json" in headers.get(b"content-type", b"") and body:
                body = json.dumps(_drop_price(json.loads(body))).encode()
            headers[b"content-length"] = str(len(body)).encode()
            await send({**start, "headers": list(headers.items())})
            await send({"type": "http.response.body", "body": body})

        await app(scope, receive, capture)

    return broken


def undocumented_status() -> App:
    """GET /me answers 418 I'm a teapot (GET /me documents 200, 401, 403, 429 and 5XX)."""
    app = emulator()

    async def broken(scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and scope["method"] == "GET" and scope["path"] == "/me":
            await _json_response(send, 418, {"type": "about:blank", "title": "I'm a teapot", "detail": "teapot"})
            return
        await app(scope, receive, send)

    return broken


def server_error() -> App:
    """POST /groups answers 500 when the body has a non-empty `description` string; otherwise the emulator."""
    app = emulator()

    async def broken(scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] != "POST" or scope["path"] != "/groups":
            await app(scope, receive, send)
            return
        messages: list[Message] = []
        while True:
            message = await receive()
            messages.append(message)
            if message["type"] != "http.request" or not message.get("more_body"):
                break
        raw = b"".join(m.get("body", b"") for m in messages if m["type"] == "http.request")
        try:
            body = json.loads(raw)
        except ValueError:
            body = None
        if isinstance(body, dict) and isinstance(body.get("description"), str) and body["description"]:
            await _json_response(send, 500, {"type": "about:blank", "title": "Internal Server Error", "detail": "boom"})
            return

        async def replay() -> Message:
            return messages.pop(0) if messages else {"type": "http.disconnect"}

        await app(scope, replay, send)

    return broken

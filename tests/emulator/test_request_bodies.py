"""Request bodies and query strings: 400 for what the spec refuses, never a 500, body limits, disconnects."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from starlette.applications import Starlette

from lox24.emulator import DEFAULT_TOKEN

HOSTILE_BODIES: list[bytes] = [
    b"",
    b"null",
    b"[]",
    b"42",
    b'"text"',
    b"{",
    b"[" * 100000 + b"]" * 100000,
    b'{"text": NaN, "sender_id": "a", "phone": "+491701234567"}',
    b'{"text": {}, "sender_id": [], "phone": {"a": 1}}',
    b'{"text": "x", "sender_id": "a", "phone": "+491701234567", "is_unicode": {}, "service_code": {}}',
    b'{"text": "x\'; DROP TABLE sms; --", "sender_id": "a", "phone": "+491701234567"}',
    '{"text": "\u202e\u0000\ud7ff\ufeff", "sender_id": "a", "phone": "+491701234567"}'.encode(),
    b'{"text": "x", "sender_id": "a", "phone": "+491701234567", "delivery_at": 1e400}',
    b'{"text": "x", "sender_id": "a", "phone": "+491701234567", "source": 99999999999999999999999999}',
    b"\xff\xfe\x00",
    b'{"text": "a\\ud800b", "sender_id": "a", "phone": "+491701234567"}',
    b'{"name": "\\udfff", "text": "x", "sender_id": "a", "phone": "+491701234567", "callback_data": "\\ud83d"}',
    b'{"\\ud800": 1, "text": "x", "sender_id": "a", "phone": "+491701234567"}',
    b'{"text": "' + b"a" * (1024 * 1024 + 10) + b'"}',
]


@pytest.mark.parametrize(
    "query",
    [
        "page=0",
        "page=abc",
        "page=1.5",
        "status_code[]=7",
        "status_code[]=abc",
        "is_sent=maybe",
        "uuid[]=nope",
        "iso2[]=de",
        "_order[created_at]=up",
        "created_at[gt]=-1",
        "phone=" + "1" * 17,
    ],
)
async def test_bad_query_parameters_are_400(client: httpx.AsyncClient, query: str) -> None:
    r = await client.get(f"/sms?{query}")
    assert r.status_code == 400
    body = r.json()
    assert body["violations"]
    assert body["detail"].startswith(body["violations"][0]["propertyPath"] + ": ")


@pytest.mark.parametrize(
    "path", ["/sms", "/sms/dryrun", "/bulks", "/groups", "/groups/7117/phones", "/groups/7117/phones/batch"]
)
async def test_never_500_on_hostile_bodies(client: httpx.AsyncClient, path: str) -> None:
    for raw in HOSTILE_BODIES:
        r = await client.post(path, content=raw, headers={"Content-Type": "application/json"})
        assert r.status_code < 500, (path, raw[:40], r.text)
        assert r.status_code in (201, 400, 422), (path, raw[:40], r.status_code)
    assert (await client.get("/sms", params={"text": "'; DROP TABLE sms; --"})).status_code == 200
    assert (await client.get("/sms")).status_code == 200


async def test_escaped_surrogate_pairs_are_fine(client: httpx.AsyncClient) -> None:
    raw = b'{"text": "\\ud83d\\ude00", "sender_id": "a", "phone": "+491701234567"}'
    r = await client.post("/sms", content=raw)
    assert r.status_code == 201
    assert (r.json()["text"], r.json()["is_unicode"], r.json()["chars_count"]) == ("😀", True, 2)


async def test_a_client_that_disconnects_mid_body_is_not_an_emulator_bug(
    app: Starlette, caplog: pytest.LogCaptureFixture
) -> None:
    messages: list[dict[str, Any]] = [
        {"type": "http.request", "body": b'{"text": "Hi", ', "more_body": True},
        {"type": "http.disconnect"},
    ]
    sent: list[dict[str, Any]] = []

    async def receive() -> dict[str, Any]:
        return messages.pop(0) if messages else {"type": "http.disconnect"}

    async def send(message: dict[str, Any]) -> None:
        sent.append(message)

    scope = {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": "POST",
        "scheme": "http",
        "path": "/sms",
        "raw_path": b"/sms",
        "query_string": b"",
        "root_path": "",
        "headers": [(b"x-lox24-auth-token", DEFAULT_TOKEN.encode()), (b"content-type", b"application/json")],
        "client": ("127.0.0.1", 50000),
        "server": ("emulator", 80),
    }
    await app(scope, receive, send)  # type: ignore[arg-type]
    assert sent[0]["status"] == 400
    assert "emulator bug" not in caplog.text
    assert app.state.backend.list_sms(app.state.backend.authenticate(DEFAULT_TOKEN, "127.0.0.1"), {})[1] == 0

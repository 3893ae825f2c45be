"""Large bodies: up to 4 MiB they are parsed and validated field by field (a violation naming `text`, as LOX24's
PHP stack does); beyond, a 413 with LOX24's Error body, found without reading the rest (chunked bodies too)."""

from __future__ import annotations

import json
import socket
from collections.abc import AsyncIterator
from typing import Any
from urllib.parse import urlsplit

import httpx
import pytest
from emulator_server import serve
from starlette.applications import Starlette

from lox24.emulator import DEFAULT_TOKEN
from lox24.emulator.__main__ import importable
from lox24.emulator.errors import CODE_TOO_LONG
from lox24.emulator.validation import MAX_BODY_BYTES

MIB = 1024 * 1024
PLAIN = {"X-LOX24-AUTH-TOKEN": DEFAULT_TOKEN, "Accept": "application/json"}
ERROR_KEYS = {"type", "title", "detail", "status"}


def sms(text: str) -> dict[str, Any]:
    return {"text": text, "sender_id": "Shop", "phone": "+491701234567"}


def padded_sms(size: int) -> bytes:
    """A valid POST /sms body of exactly `size` bytes: a short text, then spaces (JSON whitespace)."""
    raw = json.dumps(sms("Hi")).encode()
    return raw[:-1] + b" " * (size - len(raw)) + b"}"


def assert_text_too_long(r: httpx.Response, limit: int = 1530) -> None:
    assert r.status_code == 400, r.text[:300]
    body = r.json()
    assert [(v["propertyPath"], v["code"]) for v in body["violations"]] == [("text", CODE_TOO_LONG)]
    assert body["detail"] == f"text: This value is too long. It should have {limit} characters or less."


def assert_413(r: httpx.Response) -> None:
    assert r.status_code == 413, r.text[:300]
    assert r.headers["content-type"] == "application/json"
    body = r.json()
    assert set(body) == ERROR_KEYS
    assert (body["status"], body["title"]) == (413, "An error occurred")
    assert body["detail"] == "The request body is larger than 4194304 bytes (4 MiB)."


async def sms_count(client: httpx.AsyncClient) -> int:
    return len((await client.get("/sms")).json())


def test_the_limit_is_four_mib() -> None:
    assert MAX_BODY_BYTES == 4 * MIB


async def test_a_one_megabyte_text_is_a_violation_naming_text(client: httpx.AsyncClient) -> None:
    for path in ("/sms", "/sms/dryrun"):
        assert_text_too_long(await client.post(path, json=sms("a" * 1_000_000)))
    bulk = {"text": "a" * 1_000_000, "sender_id": "Shop", "phones": ["+491701234567"]}
    assert_text_too_long(await client.post("/bulks", json=bulk), 1785)
    big_group = await client.post("/groups", json={"name": "G", "description": "d" * 3_000_000})
    assert big_group.status_code == 400
    assert [v["propertyPath"] for v in big_group.json()["violations"]] == ["description"]
    assert await sms_count(client) == 0


async def test_a_body_of_exactly_the_limit_is_parsed_and_one_byte_more_is_413(client: httpx.AsyncClient) -> None:
    at_limit = await client.post("/sms", content=padded_sms(MAX_BODY_BYTES))
    assert at_limit.status_code == 201, at_limit.text[:300]
    assert_413(await client.post("/sms", content=padded_sms(MAX_BODY_BYTES + 1)))
    assert await sms_count(client) == 1


async def test_a_declared_length_over_the_limit_is_refused_before_reading(app: Starlette) -> None:
    received: list[str] = []
    sent: list[dict[str, Any]] = []

    async def receive() -> dict[str, Any]:
        received.append("http.request")
        return {"type": "http.request", "body": b" " * 65536, "more_body": True}

    async def send(message: dict[str, Any]) -> None:
        sent.append(message)

    headers = [(b"x-lox24-auth-token", DEFAULT_TOKEN.encode()), (b"content-length", str(5 * MIB).encode())]
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
        "headers": headers,
        "client": ("127.0.0.1", 50000),
        "server": ("emulator", 80),
    }
    await app(scope, receive, send)  # type: ignore[arg-type]
    assert sent[0]["status"] == 413
    assert received == []  # not one byte of the body was asked for


async def test_a_chunked_body_over_the_limit_is_413_after_reading_at_most_the_limit(
    client: httpx.AsyncClient,
) -> None:
    chunk = b" " * 65536
    sent = 0

    async def body() -> AsyncIterator[bytes]:  # no Content-Length: the transfer is chunked
        nonlocal sent
        for _ in range(160):  # 10 MiB
            sent += 1
            yield chunk

    for path in ("/sms", "/_emulator/clock"):
        sent = 0
        assert_413(await client.post(path, content=body()))
        assert sent * len(chunk) <= MAX_BODY_BYTES + 2 * len(chunk), path
    assert await sms_count(client) == 0


@pytest.mark.parametrize("http", ["h11", *(["httptools"] if importable("httptools") else [])])
def test_over_http(app: Starlette, http: str) -> None:
    url, stop = serve(app, http)
    try:
        with httpx.Client(base_url=url, headers=PLAIN, timeout=30) as c:
            assert_text_too_long(c.post("/sms", json=sms("a" * 1_000_000)))
            assert c.post("/sms", content=padded_sms(MAX_BODY_BYTES)).status_code == 201
            assert_413(c.post("/sms", content=padded_sms(MAX_BODY_BYTES + 1)))
            assert_413(c.post("/sms", content=b" " * (20 * MIB)))

            def chunks() -> Any:
                for _ in range(160):
                    yield b" " * 65536

            assert_413(c.post("/sms", content=chunks()))
            assert len(c.get("/sms").json()) == 1  # only the body of exactly 4 MiB made an SMS
        assert raw_expect_continue(url).startswith(b"HTTP/1.1 413 ")
    finally:
        stop()


def raw_expect_continue(url: str) -> bytes:
    """What curl does with a large body: send the headers with `Expect: 100-continue` and wait for the answer.

    The emulator refuses the declared length at once, so no `100 Continue` comes and the body is never sent.
    """
    parts = urlsplit(url)
    assert parts.hostname is not None
    assert parts.port is not None
    head = (
        f"POST /sms HTTP/1.1\r\nHost: {parts.netloc}\r\nX-LOX24-AUTH-TOKEN: {DEFAULT_TOKEN}\r\n"
        f"Content-Type: application/json\r\nContent-Length: {64 * MIB}\r\nExpect: 100-continue\r\n\r\n"
    )
    with socket.create_connection((parts.hostname, parts.port), timeout=10) as s:
        s.sendall(head.encode())
        answer = s.recv(65536)
    assert b"100 Continue" not in answer
    return answer

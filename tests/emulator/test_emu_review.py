"""Review fixes: webhook thread robustness, bounded per-IP auth state, group commit isolation, failed COMMITs,
streamed body limit, CSV formula injection."""

from __future__ import annotations

import asyncio
import csv
import io
import sqlite3
import threading
import time
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest
from starlette.applications import Starlette

from lox24.emulator import DEFAULT_TOKEN, Backend, FrozenClock, create_app
from lox24.emulator import backend as backend_module
from lox24.emulator import webhooks as webhooks_module
from lox24.emulator.__main__ import parse_args
from lox24.emulator.webhooks import WebhookSender

AUTH = {"X-LOX24-AUTH-TOKEN": DEFAULT_TOKEN}
SMS = {"text": "Hi", "sender_id": "Shop", "phone": "+491701234567"}
EVENT = {"id": "e1", "name": "sms.delivery", "data": {"id": "00000000-0000-4000-8000-000000000000"}}


# --- webhooks ------------------------------------------------------------------------------------


def test_webhook_thread_survives_a_malformed_url(monkeypatch: pytest.MonkeyPatch) -> None:
    # httpx.InvalidURL is not an httpx.HTTPError: it used to end the sender thread without a log entry.
    monkeypatch.setattr(webhooks_module, "RETRY_DELAYS", (0.0, 0.0, 0.0))
    sender = WebhookSender("http://[::1")
    try:
        sender.submit([EVENT])
        assert sender.wait_idle(5)
        assert [e["attempt_number"] for e in sender.log] == [1, 2, 3, 4]
        assert all(not e["delivered"] and "InvalidURL" in e["error"] for e in sender.log)
        assert sender._thread is not None
        assert sender._thread.is_alive()
    finally:
        sender.close()


async def test_config_rejects_a_webhook_url_that_is_not_http(client: httpx.AsyncClient) -> None:
    for bad in ("http://[::1", "ftp://example.org/hook", "not a url", "http://"):
        r = await client.post("/_emulator/config", json={"webhook_url": bad})
        assert r.status_code == 400, bad
        assert r.json()["violations"][0]["propertyPath"] == "webhook_url"
    assert (await client.get("/_emulator/config")).json()["webhook_url"] is None
    ok = await client.post("/_emulator/config", json={"webhook_url": "https://127.0.0.1:9/hook"})
    assert ok.status_code == 200
    assert ok.json()["webhook_url"] == "https://127.0.0.1:9/hook"
    assert (await client.post("/_emulator/config", json={"webhook_url": None})).json()["webhook_url"] is None


# --- per-IP auth state ---------------------------------------------------------------------------


def test_per_ip_auth_state_does_not_grow_without_bound(backend: Backend, clock: FrozenClock) -> None:
    def fail(ip: str) -> None:
        with pytest.raises(backend_module.EmulatorError):
            backend.authenticate("1:bad", ip)

    for i in range(3000):  # one bad token each from many addresses
        fail(f"10.0.{i // 256}.{i % 256}")
    for i in range(300):  # and some blocked addresses
        for _ in range(4):
            fail(f"10.9.{i // 256}.{i % 256}")
    assert len(backend._blocked_until) == 300
    clock.advance(backend_module.AUTH_BLOCK + 1)
    prune_at = getattr(backend_module, "AUTH_PRUNE_AT", 1024)
    for i in range(prune_at):
        fail(f"10.5.{i // 256}.{i % 256}")
    # what is left: recent failures only; expired failures and ended blocks were swept
    assert len(backend._auth_failures) <= prune_at
    assert not backend._blocked_until
    # the block itself still works
    for _ in range(3):
        fail("192.0.2.1")
    fail("192.0.2.1")
    with pytest.raises(backend_module.EmulatorError) as blocked:
        backend.authenticate(DEFAULT_TOKEN, "192.0.2.1")
    assert blocked.value.status == 429


# --- group commit --------------------------------------------------------------------------------


def _failing(write: backend_module.Write) -> backend_module.Write:
    """A write that stores its SMS and debits, then fails unexpectedly."""

    def run(c: sqlite3.Connection) -> dict[str, Any]:
        write(c)
        raise RuntimeError("boom")

    return run


def test_group_commit_isolates_a_write_that_fails(backend: Backend) -> None:
    who = backend.authenticate(DEFAULT_TOKEN, "127.0.0.1")
    before = backend.get_account(who)["balance_amount"]
    writes = [backend.prepare_create_sms(who, SMS, "127.0.0.1") for _ in range(3)]
    results = backend.run_batch([writes[0], _failing(writes[1]), writes[2]])
    assert isinstance(results[1], RuntimeError)
    ok = [r for r in results if isinstance(r, dict)]
    assert len(ok) == 2
    stored, total = backend.list_sms(who, {})
    assert total == 2
    assert {s["uuid"] for s in stored} == {r["uuid"] for r in ok}
    assert backend.get_account(who)["balance_amount"] == pytest.approx(before - 2 * ok[0]["price"])


async def test_group_commit_one_failing_request_does_not_fail_the_others(
    app: Starlette, client: httpx.AsyncClient
) -> None:
    backend: Backend = app.state.backend
    prepare = backend.prepare_create_sms

    def prepare_some_failing(who: Any, body: Any, ip: str) -> backend_module.Write:
        write = prepare(who, body, ip)
        return _failing(write) if body["text"] == "fail" else write

    backend.prepare_create_sms = prepare_some_failing  # type: ignore[method-assign]
    answers = await asyncio.gather(
        client.post("/sms", json=SMS), client.post("/sms", json={**SMS, "text": "fail"}), client.post("/sms", json=SMS)
    )
    assert [r.status_code for r in answers] == [201, 500, 201]
    listed = (await client.get("/sms")).json()
    assert sorted(s["uuid"] for s in listed) == sorted(answers[i].json()["uuid"] for i in (0, 2))


class _CommitFailsOnce:
    """A connection whose next COMMIT fails (as SQLITE_BUSY or an I/O error would), leaving the transaction open."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn
        self.armed = True

    def execute(self, sql: str, *args: Any) -> sqlite3.Cursor:
        if sql == "COMMIT" and self.armed:
            self.armed = False
            raise sqlite3.OperationalError("disk I/O error")
        return self._conn.execute(sql, *args)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._conn, name)


def test_a_failed_commit_does_not_wedge_the_database(backend: Backend) -> None:
    who = backend.authenticate(DEFAULT_TOKEN, "127.0.0.1")
    real = backend.conn
    backend.conn = _CommitFailsOnce(real)  # type: ignore[assignment]
    try:
        with pytest.raises(sqlite3.OperationalError):
            backend.create_group(who, {"name": "lost"})
        assert not real.in_transaction
        assert backend.create_group(who, {"name": "kept"})["name"] == "kept"
    finally:
        backend.conn = real
    assert [g["name"] for g in backend.list_groups(who, 1)[0]] == ["My Clients", "kept"]


# --- request bodies ------------------------------------------------------------------------------


async def test_a_chunked_body_over_the_limit_is_refused_without_reading_it_all(client: httpx.AsyncClient) -> None:
    chunk = b" " * 65536
    sent = 0

    async def body() -> AsyncIterator[bytes]:  # no Content-Length: the transfer is chunked
        nonlocal sent
        for _ in range(64):  # 4 MiB
            sent += 1
            yield chunk

    for path in ("/sms", "/_emulator/clock"):
        sent = 0
        r = await client.post(path, content=body())
        assert r.status_code == 400, path
        assert "larger than" in r.json()["detail"]
        assert sent * len(chunk) <= 1024 * 1024 + 2 * len(chunk), path


# --- CSV export ----------------------------------------------------------------------------------


async def test_csv_export_quotes_and_defuses_formulas(client: httpx.AsyncClient) -> None:
    values = {
        "a": '=HYPERLINK("http://evil")',
        "b": "@SUM(A1)",
        "c": "+cmd|' /C calc'!A0",
        "d": 'comma, "quote"\nnewline',
        "e": "-12.50",
        "callback_data": "\tx",
    }
    group = (await client.post("/groups", json={"name": "=Group", "name_a": "-x"})).json()
    r = await client.post(f"/groups/{group['id']}/phones", json={"phone": "+491701234567", **values})
    assert r.status_code == 201
    assert r.json()["a"] == values["a"]  # stored and answered as given
    text = (await client.get(f"/groups/{group['id']}/file/csv")).text
    header, row = list(csv.reader(io.StringIO(text)))
    assert header == ["id", "phone", "'-x", "col_B", "col_C", "col_D", "col_E", "callback_data"]
    assert row[1] == "+491701234567"  # the phone column is not touched
    assert row[2:] == [
        '\'=HYPERLINK("http://evil")',
        "'@SUM(A1)",
        "'+cmd|' /C calc'!A0",
        'comma, "quote"\nnewline',
        "-12.50",
        "'\tx",
    ]


async def test_a_blocked_ip_gets_429_on_unknown_paths_and_methods_too(
    client: httpx.AsyncClient, clock: FrozenClock
) -> None:
    for _ in range(4):
        assert (await client.get("/me", headers={"X-LOX24-AUTH-TOKEN": "1:wrong"})).status_code == 401
    for method, path in (("GET", "/me"), ("GET", "/nope"), ("PATCH", "/sms"), ("GET", "/sms/not-a-uuid")):
        r = await client.request(method, path)
        assert r.status_code == 429, (method, path)
        assert r.headers["retry-after"] == "600"
    assert (await client.get("/_emulator/health")).status_code == 200  # the control plane is not the API
    clock.advance(601)
    assert (await client.get("/nope")).status_code == 404


def test_webhook_log_is_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(webhooks_module, "RETRY_DELAYS", (0.0, 0.0, 0.0))
    monkeypatch.setattr(webhooks_module, "LOG_LIMIT", 10)
    sender = WebhookSender("http://127.0.0.1:9/unreachable")
    try:
        sender.submit([{**EVENT, "id": f"e{i}"} for i in range(5)])  # 5 events x 4 attempts
        assert sender.wait_idle(30)
        assert len(sender.log) == 10
        assert sender.log[-1]["event_id"] == "e4"
        assert sender.log[-1]["attempt_number"] == 4
    finally:
        sender.close()


def test_one_app_served_by_several_event_loops_does_not_stall(clock: FrozenClock) -> None:
    # e.g. uvicorn in one thread and an in-process ASGI client in another, on the same app: each loop's
    # group commit must settle its own futures, or requests sleep until the loop wakes up for another reason.
    app = create_app(clock=clock, seed=1, balance=1e6)
    statuses: list[int] = []
    errors: list[BaseException] = []

    async def load() -> None:
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://emulator", headers=AUTH) as c:
            for _ in range(5):
                answers = await asyncio.gather(*(c.post("/sms", json=SMS) for _ in range(20)))
                statuses.extend(r.status_code for r in answers)

    def worker() -> None:
        try:
            asyncio.run(load())
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    started = time.monotonic()
    threads = [threading.Thread(target=worker) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    elapsed = time.monotonic() - started
    try:
        assert not errors
        assert statuses == [201] * 400
        assert elapsed < 3.0, f"{elapsed:.1f} s for 400 requests"
        assert app.state.backend.list_sms(app.state.backend.authenticate(DEFAULT_TOKEN, "127.0.0.1"), {})[1] == 400
    finally:
        app.state.backend.close()


async def test_text_filters_ignore_case_beyond_ascii(client: httpx.AsyncClient) -> None:
    sms = (await client.post("/sms", json={**SMS, "text": "Über uns: ÄRGER"})).json()
    bulk = (await client.post("/bulks", json={**SMS, "text": "Öffnungszeiten", "phones": [SMS["phone"]]})).json()
    incoming = (await client.post("/_emulator/incomings", json={"text": "ÉTÉ"})).json()
    for needle in ("über", "Über", "ÜBER", "ärger"):
        found = (await client.get("/sms", params={"text": needle})).json()
        assert [s["uuid"] for s in found] == [sms["uuid"]], needle
    for needle in ("öffnung", "ÖFFNUNG"):
        assert [b["uuid"] for b in (await client.get("/bulks", params={"text": needle})).json()] == [bulk["uuid"]]
    found = (await client.get("/incomings", params={"text": "été"})).json()
    assert [i["uuid"] for i in found] == [incoming["uuid"]]


@pytest.mark.parametrize("balance", [float("nan"), float("inf"), -1.0])
def test_starting_balance_must_be_a_finite_amount(balance: float) -> None:
    # inf answered `"balance_amount": Infinity` (not JSON); NaN was stored as NULL; negative broke "never negative"
    with pytest.raises(ValueError, match="balance"):
        Backend(balance=balance)
    with pytest.raises(SystemExit):
        parse_args(["--balance", str(balance)])
    assert parse_args(["--balance", "0"]).balance == 0.0


async def test_a_client_that_disconnects_mid_body_is_not_an_emulator_bug(
    app: Starlette, caplog: pytest.LogCaptureFixture
) -> None:
    messages = [
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


def test_placeholders_that_blow_a_bulk_text_up_are_cut_short(backend: Backend) -> None:
    # 297 placeholders x 1530-character columns: ~455 000 characters a member, each encoded and stored in full
    # before (seconds per 100 members, megabytes per SMS); now marked too long (status 400) without that work.
    who = backend.authenticate(DEFAULT_TOKEN, "127.0.0.1")
    group = backend.create_group(who, {"name": "big"})
    backend.create_group_phones_batch(who, group["id"], [{"phone": "+491701234567", "a": "x" * 1530}] * 30)
    balance = backend.get_account(who)["balance_amount"]
    started = time.monotonic()
    bulk = backend.create_bulk(who, {"sender_id": "S", "text": "[colA]" * 297, "msg_groups": [group["id"]]}, "ip")
    assert time.monotonic() - started < 2.0
    assert bulk["msg_total_count"] == 30
    assert bulk["msg_total_cost"] == 0
    sms, total = backend.list_sms(who, {"bulk[]": [bulk["uuid"]]})
    assert total == 30
    for s in sms:
        assert s["status_code"] == 400
        assert s["parts_count"] > 10
        assert s["chars_count"] == 297 * 1530
        assert len(s["text"]) <= 1530
    assert backend.get_account(who)["balance_amount"] == balance

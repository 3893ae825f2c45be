"""Webhooks: delivery reports posted with retries, given up after four attempts, wall-clock ticks, robustness,
and the `sms.delivery.dryrun` event of a dry run (parsed by the `lox24.webhooks` parser)."""

from __future__ import annotations

import asyncio
import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import httpx
import pytest
from emulator_server import serve

from lox24 import webhooks as lox24_webhooks
from lox24.emulator import DEFAULT_TOKEN, FrozenClock, create_app
from lox24.emulator import webhooks as webhooks_module
from lox24.emulator.store import DRYRUN_UUID
from lox24.emulator.webhooks import WebhookSender

EVENT = {"id": "e1", "name": "sms.delivery", "data": {"id": "00000000-0000-4000-8000-000000000000"}}

T0 = 1_700_000_000

HEADERS = {"X-LOX24-AUTH-TOKEN": DEFAULT_TOKEN, "Accept": "application/json"}


class Receiver:
    """A local HTTP server that records JSON POSTs and fails the first `fail` of them."""

    def __init__(self, fail: int = 0) -> None:
        self.events: list[dict[str, Any]] = []
        self.fail = fail
        self.got = threading.Event()
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
                receiver.events.append(body)
                receiver.got.set()
                status = 500 if receiver.fail > 0 else 200
                receiver.fail -= 1
                self.send_response(status)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/hook"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    r = Receiver(fail=2)
    yield r
    r.close()


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


async def test_delivery_report_is_posted_with_retries(receiver: Receiver) -> None:
    app = create_app(clock=FrozenClock(T0), webhook_url=receiver.url, seed=3)
    try:
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://e", headers=HEADERS) as c:
            sms = (
                await c.post(
                    "/sms",
                    json={"text": "x", "sender_id": "S", "phone": "+491700000008", "callback_data": "cb-1"},
                )
            ).json()
            await c.post("/_emulator/clock", json={"advance": 2})
            assert receiver.events == []  # sent, no delivery report yet
            await c.post("/_emulator/clock", json={"advance": 10})
            assert app.state.webhooks.wait_idle(10)
            log = (await c.get("/_emulator/webhooks")).json()
    finally:
        app.state.webhooks.close()
        app.state.backend.close()
    assert [e["attempt_number"] for e in receiver.events] == [1, 2, 3]
    event = receiver.events[-1]
    assert event["name"] == "sms.delivery"
    assert (event["attempt_total"], event["attempts_total"]) == (4, 4)
    assert event["data"] == {
        "id": sms["uuid"],
        "key_id": 8291,
        "dlr_code": 8,
        "status_code": 100,
        "callback_data": "cb-1",
    }
    assert event["created_at"] == T0 + 6  # sent at T0 + 1, report 5 s later
    assert [entry["delivered"] for entry in log] == [False, False, True]


async def test_gives_up_after_four_attempts() -> None:
    receiver = Receiver(fail=10)
    app = create_app(clock=FrozenClock(T0), webhook_url=receiver.url)
    try:
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://e", headers=HEADERS) as c:
            await c.post("/sms", json={"text": "x", "sender_id": "S", "phone": "+491701234567"})
            await c.post("/_emulator/clock", json={"advance": 10})
            assert app.state.webhooks.wait_idle(10)
    finally:
        app.state.webhooks.close()
        app.state.backend.close()
        receiver.close()
    assert [e["attempt_number"] for e in receiver.events] == [1, 2, 3, 4]


async def test_wall_clock_webhook_fires_without_polling() -> None:
    receiver = Receiver()
    app = create_app(webhook_url=receiver.url)  # wall clock: the ticker thread carries time forward
    try:
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://e", headers=HEADERS) as c:
            # Move the clock straight past the delivery report without any request through the app.
            sms = (await c.post("/sms", json={"text": "x", "sender_id": "S", "phone": "+491701234567"})).json()
            app.state.backend.clock.advance(10)
        assert await asyncio.to_thread(receiver.got.wait, 5)
    finally:
        app.state.ticker.stop()
        app.state.webhooks.close()
        app.state.backend.close()
        receiver.close()
    assert [e["data"]["id"] for e in receiver.events] == [sms["uuid"]]


DRY_RUN = {"text": "Hi", "sender_id": "Shop", "phone": "+491701234567", "callback_data": "order-42"}


async def test_a_dry_run_sends_one_sms_delivery_dryrun_event() -> None:
    receiver = Receiver()
    app = create_app(clock=FrozenClock(T0), webhook_url=receiver.url, seed=4)
    try:
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://e", headers=HEADERS) as c:
            r = await c.post("/sms/dryrun", json=DRY_RUN)
            assert r.status_code == 201
            refused = await c.post("/sms/dryrun", json={**DRY_RUN, "phone": "12"})
            assert refused.status_code == 400  # a refused dry run sends nothing
            assert app.state.webhooks.wait_idle(10)
            await c.post("/_emulator/clock", json={"advance": 3600})  # nothing else follows, ever
            assert app.state.webhooks.wait_idle(10)
            log = (await c.get("/_emulator/webhooks")).json()
            assert (await c.get(f"/sms/{DRYRUN_UUID}")).status_code == 404  # still nothing stored
    finally:
        app.state.webhooks.close()
        app.state.backend.close()
        receiver.close()
    assert len(receiver.events) == 1
    event = receiver.events[0]
    assert set(event) == {
        "id", "api_version", "name", "created_at", "attempt_total", "attempts_total", "attempt_number",
        "notification_task_id", "data",
    }  # fmt: skip
    assert (event["name"], event["api_version"], event["created_at"]) == ("sms.delivery.dryrun", "2022-05-25", T0)
    assert (event["attempt_total"], event["attempts_total"], event["attempt_number"]) == (4, 4, 1)
    assert event["data"] == {
        "id": DRYRUN_UUID,
        "key_id": 8291,
        "dlr_code": 0,
        "status_code": 0,
        "callback_data": "order-42",
    }
    assert [(e["name"], e["data_id"], e["delivered"]) for e in log] == [("sms.delivery.dryrun", DRYRUN_UUID, True)]
    report = lox24_webhooks.parse(json.dumps(event).encode())
    assert isinstance(report, lox24_webhooks.DeliveryReport)
    assert (report.is_dry_run, report.id, report.key_id, report.callback_data) == (True, DRYRUN_UUID, 8291, "order-42")
    assert (report.dlr_code, report.status_code, report.delivered, report.failed) == (0, 0, False, False)


async def test_a_dry_run_without_a_webhook_url_sends_nothing(app: Any) -> None:
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://e", headers=HEADERS) as c:
        assert (await c.post("/sms/dryrun", json=DRY_RUN)).status_code == 201
        assert (await c.get("/_emulator/webhooks")).json() == []


def test_a_dry_run_over_http_with_the_webhook_url_set_at_runtime(app: Any) -> None:
    receiver = Receiver()
    url, stop = serve(app)
    try:
        with httpx.Client(base_url=url, headers=HEADERS, timeout=10) as c:
            c.post("/_emulator/config", json={"webhook_url": receiver.url}).raise_for_status()
            sms = c.post("/sms/dryrun", json={**DRY_RUN, "callback_data": None})
            assert sms.status_code == 201
            assert receiver.got.wait(5)
            assert app.state.webhooks.wait_idle(10)
            assert [e["name"] for e in c.get("/_emulator/webhooks").json()] == ["sms.delivery.dryrun"]
    finally:
        stop()
        receiver.close()
    report = lox24_webhooks.parse(receiver.events[0])
    assert isinstance(report, lox24_webhooks.DeliveryReport)
    assert (report.is_dry_run, report.id, report.callback_data) == (True, sms.json()["uuid"], None)

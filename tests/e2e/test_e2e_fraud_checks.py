"""Fraud checks end to end: the client against the emulator, create → clock moves → done, with the webhook."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import AsyncIterator, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import httpx
import pytest

import lox24
from lox24 import webhooks
from lox24.emulator import DEFAULT_TOKEN, FrozenClock, create_app

from .conftest import LiveEmulator


@pytest.fixture
def hook(live_emulator: LiveEmulator) -> Iterator[list[dict[str, Any]]]:
    """A local webhook receiver, set as the emulator's webhook URL for the test."""
    received: list[dict[str, Any]] = []

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            received.append(json.loads(self.rfile.read(int(self.headers["Content-Length"]))))
            self.send_response(204)
            self.end_headers()

        def log_message(self, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_address[1]}/lox24"
    live_emulator.control.post("/_emulator/config", json={"webhook_url": url}).raise_for_status()
    try:
        yield received
    finally:
        live_emulator.control.post("/_emulator/config", json={"webhook_url": None}).raise_for_status()
        server.shutdown()
        server.server_close()


def test_create_then_the_clock_moves_then_done_with_the_webhook(
    client: lox24.Client, live_emulator: LiveEmulator, hook: list[dict[str, Any]]
) -> None:
    check = client.fraud_checks.create(
        service_code="pro",
        phone="0170 0000666",  # a magic number: a VoIP number, risk 95
        email="jane.doe@example.com",
        address={"iso2": "DE", "city": "Berlin", "street_name": "Unter den Linden"},
        callback_data="e2e-fraud-1",
    )
    assert check.status_code is lox24.FraudCheckStatusCode.NEW
    assert isinstance(check.request_phone, lox24.FraudCheckPhone)
    assert check.request_phone.phone == "+491700000666"
    live_emulator.control.post("/_emulator/clock", json={"advance": 60}).raise_for_status()
    done = client.fraud_checks.wait(check.id, timeout=10, interval=0.2)
    assert done.status_code is lox24.FraudCheckStatusCode.DONE
    assert done.risk_score == 95
    assert done.price == 0.06
    assert isinstance(done.request_phone, lox24.FraudCheckPhone)
    assert done.request_phone.number_type == "voip"
    deadline = time.monotonic() + 10
    while not hook and time.monotonic() < deadline:
        time.sleep(0.05)
    event = webhooks.parse(hook[0])
    assert isinstance(event, webhooks.FraudCheckDone)
    assert event.data["check_id"] == check.id
    assert event.data["callback_data"] == "e2e-fraud-1"
    assert event.data["result"] == "fraud"
    found = client.fraud_checks.list(callback_data="e2e-fraud-1", status_code=10).to_list()
    assert [c.id for c in found] == [check.id]
    client.fraud_checks.delete(check.id)
    with pytest.raises(lox24.NotFoundError):
        client.fraud_checks.get(check.id)


def test_a_bad_body_refused_by_the_emulator_names_the_field(client: lox24.Client) -> None:
    with pytest.raises(lox24.BadRequestError) as exc:
        client.fraud_checks.create(service_code="pro", ip="not an ip", validate=False)
    assert [v.property_path for v in exc.value.violations] == ["ip"]


@pytest.fixture
async def frozen() -> AsyncIterator[tuple[lox24.AsyncClient, httpx.AsyncClient]]:
    """An AsyncClient and a control-plane client on one in-process emulator with a frozen clock."""
    app = create_app(clock=FrozenClock(1_767_225_600), seed=3)
    http = httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://emulator")
    async with lox24.AsyncClient(token=DEFAULT_TOKEN, http_client=http) as client:
        yield client, http
    await http.aclose()
    app.state.webhooks.close()
    app.state.backend.close()


async def test_async_wait_follows_the_virtual_clock(frozen: tuple[lox24.AsyncClient, httpx.AsyncClient]) -> None:
    client, control = frozen
    me = await client.me()
    check = await client.fraud_checks.create(service_code="direct", ip="198.51.100.20")
    with pytest.raises(TimeoutError, match="still at status 0"):
        await client.fraud_checks.wait(check.id, timeout=0.3, interval=0.1)  # the clock stands still
    (await control.post("/_emulator/clock", json={"advance": 1})).raise_for_status()
    assert (await client.fraud_checks.get(check.id)).status_code == 5
    (await control.post("/_emulator/clock", json={"advance": 2})).raise_for_status()
    done = await client.fraud_checks.wait(check.id, timeout=1, interval=0.1)
    assert (done.status_code, done.risk_score) == (10, 60)
    assert isinstance(done.request_ip, lox24.FraudCheckIp)
    assert done.request_ip.proxy_type is lox24.FraudCheckProxyType.VPN
    assert (await client.me()).balance_amount == pytest.approx(me.balance_amount - 0.09)
    assert [c.id async for c in client.fraud_checks.list(ip="198.51")] == [check.id]

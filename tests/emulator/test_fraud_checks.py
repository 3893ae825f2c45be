"""Fraud checks: validation, the status walk on the virtual clock, magic inputs, charges, filters, the webhook."""

from __future__ import annotations

import asyncio
import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import httpx
import pytest
from emulator_server import PLAIN, T0

from lox24 import webhooks as lox24_webhooks
from lox24.emulator import DEFAULT_TOKEN, Backend, FrozenClock, create_app
from lox24.emulator.errors import EmulatorError
from lox24.emulator.models.fraud_checks import PICKUP_DELAY, PRICES, SCORING_DELAY

FULL = {
    "service_code": "pro",
    "phone": "+491701234567",
    "email": "jane.doe@example.com",
    "ip": "81.169.145.105",
    "address": {"iso2": "DE", "city": "Berlin", "street_name": "Unter den Linden", "street_number": "1"},
    "callback_data": "signup-1",
}
DONE_AFTER = {s: PICKUP_DELAY[s] + SCORING_DELAY[s] for s in PRICES}


@pytest.fixture
def events(backend: Backend) -> list[dict[str, Any]]:
    got: list[dict[str, Any]] = []
    backend.on_events = got.extend
    return got


def balance(backend: Backend) -> float:
    return float(backend.conn.execute("SELECT balance FROM accounts").fetchone()[0])


def who(backend: Backend) -> Any:
    return backend.authenticate(DEFAULT_TOKEN, "127.0.0.1")


def test_a_check_walks_new_in_progress_done_and_is_charged_when_processing_starts(
    backend: Backend, clock: FrozenClock, events: list[dict[str, Any]]
) -> None:
    me, before = who(backend), balance(backend)
    check = backend.create_fraud_check(me, FULL)
    assert (check["status_code"], check["risk_score"], check["price"]) == (0, None, 0)
    assert check["request_phone"] == {"phone": "+491701234567", "status_code": 0, "created_at": T0, "updated_at": T0}
    assert balance(backend) == before
    clock.advance(PICKUP_DELAY["pro"])
    check = backend.get_fraud_check(me, check["id"])
    assert (check["status_code"], check["price"], check["updated_at"]) == (5, PRICES["pro"], T0 + 2)
    assert balance(backend) == pytest.approx(before - PRICES["pro"])
    assert events == []
    clock.advance(SCORING_DELAY["pro"])
    check = backend.get_fraud_check(me, check["id"])
    assert (check["status_code"], check["risk_score"], check["price"]) == (10, 5.0, PRICES["pro"])
    assert check["request_phone"]["number_type"] == "mobile"
    assert check["request_phone"]["region"] == "DE"
    assert check["request_email"]["is_possible"] is True
    assert check["request_ip"]["is_ok"] is True
    assert check["request_address"]["city"] == "Berlin"
    assert [e["name"] for e in events] == ["fraud-check.done"]
    data = events[0]["data"]
    assert (data["id"], data["status_code"], data["risk_score"], data["result"]) == (check["id"], 10, 5.0, "clean")
    assert data["callback_data"] == "signup-1"
    assert events[0]["created_at"] == T0 + DONE_AFTER["pro"]


def test_a_clock_jump_past_the_result_gives_the_same_end_in_one_tick(
    backend: Backend, clock: FrozenClock, events: list[dict[str, Any]]
) -> None:
    me = who(backend)
    check = backend.create_fraud_check(me, {"service_code": "economy", "phone": "+491700000666"})
    clock.advance(3600)
    check = backend.get_fraud_check(me, check["id"])
    assert (check["status_code"], check["risk_score"], check["price"]) == (10, 95.0, PRICES["economy"])
    assert check["updated_at"] == T0 + DONE_AFTER["economy"]
    assert check["request_phone"] == {
        "phone": "+491700000666",
        "status_code": 10,
        "created_at": T0,
        "updated_at": T0 + 10,
    }
    assert events[0]["data"]["result"] == "fraud"


@pytest.mark.parametrize(
    ("body", "score"),
    [
        ({"phone": "+491700000666"}, 95),
        ({"phone": "+491700000050"}, 50),
        ({"phone": "+4912"}, 80),  # not a real number: is_valid false
        ({"email": "someone@fraud.example"}, 95),
        ({"email": "someone@mailinator.com"}, 70),
        ({"email": "not-an-address"}, 80),
        ({"ip": "203.0.113.7"}, 95),
        ({"ip": "198.51.100.7"}, 60),
        ({"ip": "192.0.2.7"}, 40),
        ({"ip": "2001:db8::1"}, 75),
        ({"ip": "10.0.0.1"}, 20),
        ({"ip": "999.1.1.1"}, 50),
        ({"phone": "+447911123456", "address": {"iso2": "DE", "city": "Berlin", "street_name": "Weg"}}, 40),
        ({"phone": "+491701234567", "ip": "81.169.145.105", "email": "a.b@example.org"}, 5),
    ],
)
def test_magic_inputs_decide_the_risk_score(
    backend: Backend, clock: FrozenClock, body: dict[str, Any], score: int
) -> None:
    me = who(backend)
    check = backend.create_fraud_check(me, {"service_code": "direct", **body})
    clock.advance(DONE_AFTER["direct"])
    assert backend.get_fraud_check(me, check["id"])["risk_score"] == score


def test_details_follow_the_magic_ip_and_email(backend: Backend, clock: FrozenClock) -> None:
    me = who(backend)
    check = backend.create_fraud_check(
        me, {"service_code": "direct", "ip": "203.0.113.7", "email": "x@mailinator.com", "phone": "+4912"}
    )
    clock.advance(DONE_AFTER["direct"])
    check = backend.get_fraud_check(me, check["id"])
    assert (check["request_ip"]["proxy_type"], check["request_ip"]["iso2"]) == ("TOR", "NL")
    assert check["request_email"]["is_anonymous"] is True
    assert (check["request_phone"]["is_valid"], check["request_phone"]["phone"]) == (False, "+4912")


@pytest.mark.parametrize(
    ("body", "status"),
    [
        ({"phone": "+491700000021"}, 21),
        ({"phone": "+491700001000"}, 1000),
        ({"email": "invalid@example.com"}, 21),
        ({"email": "ERROR@example.com"}, 1000),
    ],
)
def test_error_inputs_end_the_check_with_their_status_and_refund_it(
    backend: Backend, clock: FrozenClock, events: list[dict[str, Any]], body: dict[str, Any], status: int
) -> None:
    me, before = who(backend), balance(backend)
    check = backend.create_fraud_check(me, {"service_code": "pro", **body})
    clock.advance(PICKUP_DELAY["pro"])
    backend.tick()
    assert balance(backend) == pytest.approx(before - PRICES["pro"])  # charged while in progress
    clock.advance(SCORING_DELAY["pro"])
    check = backend.get_fraud_check(me, check["id"])
    assert (check["status_code"], check["risk_score"], check["price"]) == (status, None, 0)
    assert balance(backend) == pytest.approx(before)
    assert (events[0]["data"]["status_code"], events[0]["data"]["result"]) == (status, "error")


def test_nothing_to_check_ends_with_21_at_once_without_a_charge(
    backend: Backend, clock: FrozenClock, events: list[dict[str, Any]]
) -> None:
    me, before = who(backend), balance(backend)
    check = backend.create_fraud_check(me, {"service_code": "direct"})
    clock.advance(PICKUP_DELAY["direct"])
    check = backend.get_fraud_check(me, check["id"])
    assert (check["status_code"], check["price"]) == (21, 0)
    assert balance(backend) == before
    assert len(events) == 1


def test_a_short_balance_ends_the_check_with_20_uncharged(
    backend: Backend, clock: FrozenClock, events: list[dict[str, Any]]
) -> None:
    me = who(backend)
    backend.conn.execute("UPDATE accounts SET balance=0.01")
    check = backend.create_fraud_check(me, FULL)  # accepted whatever the balance
    clock.advance(DONE_AFTER["pro"])
    check = backend.get_fraud_check(me, check["id"])
    assert (check["status_code"], check["price"], check["risk_score"]) == (20, 0, None)
    assert balance(backend) == pytest.approx(0.01)
    assert events[0]["data"]["status_code"] == 20


def test_economy_gives_only_the_score(backend: Backend, clock: FrozenClock) -> None:
    me = who(backend)
    check = backend.create_fraud_check(me, {"service_code": "economy", "ip": "198.51.100.1"})
    clock.advance(DONE_AFTER["economy"])
    check = backend.get_fraud_check(me, check["id"])
    assert check["risk_score"] == 60
    assert set(check["request_ip"]) == {"ip", "status_code", "created_at", "updated_at"}


def test_direct_is_done_before_economy(backend: Backend, clock: FrozenClock) -> None:
    me = who(backend)
    fast = backend.create_fraud_check(me, {"service_code": "direct", "phone": "+491701234567"})
    slow = backend.create_fraud_check(me, {"service_code": "economy", "phone": "+491701234567"})
    clock.advance(DONE_AFTER["direct"])
    assert backend.get_fraud_check(me, fast["id"])["status_code"] == 10
    assert backend.get_fraud_check(me, slow["id"])["status_code"] == 0


def test_delete_removes_a_check_and_its_pending_webhook(
    backend: Backend, clock: FrozenClock, events: list[dict[str, Any]]
) -> None:
    me = who(backend)
    check = backend.create_fraud_check(me, FULL)
    backend.delete_fraud_check(me, check["id"])
    clock.advance(3600)
    backend.tick()
    assert events == []
    with pytest.raises(EmulatorError) as exc:
        backend.get_fraud_check(me, check["id"])
    assert exc.value.status == 404
    with pytest.raises(EmulatorError):
        backend.delete_fraud_check(me, check["id"])


def test_checks_survive_a_restart_and_carry_on(tmp_path: Any, clock: FrozenClock) -> None:
    db = str(tmp_path / "emu.sqlite3")
    first = Backend(db=db, clock=clock)
    check = first.create_fraud_check(who(first), FULL)
    first.close()
    clock.advance(DONE_AFTER["pro"])
    second = Backend(db=db, clock=clock)
    try:
        assert second.get_fraud_check(who(second), check["id"])["status_code"] == 10
    finally:
        second.close()


def test_reset_forgets_the_checks(backend: Backend) -> None:
    check = backend.create_fraud_check(who(backend), FULL)
    backend.reset()
    with pytest.raises(EmulatorError):
        backend.get_fraud_check(who(backend), check["id"])


# --- over HTTP (in-process) ------------------------------------------------------------------------


async def test_http_create_get_list_delete(client: httpx.AsyncClient, app: Any) -> None:
    created = await client.post("/fraud-checks", json=FULL)
    assert created.status_code == 201, created.text
    check_id = created.json()["id"]
    await client.post("/_emulator/clock", json={"advance": DONE_AFTER["pro"]})
    got = await client.get(f"/fraud-checks/{check_id}", headers={"Accept": "application/ld+json"})
    body = got.json()
    assert got.headers["content-type"].startswith("application/ld+json")
    assert (body["@type"], body["@id"], body["@context"]) == (
        "fraud-check",
        f"/fraud-checks/{check_id}",
        "/contexts/fraud-check",
    )
    assert body["status_code"] == 10
    listed = (await client.get("/fraud-checks", headers={"Accept": "*/*"})).json()
    assert listed["hydra:totalItems"] == 1
    assert listed["hydra:member"][0]["id"] == check_id
    assert (await client.delete(f"/fraud-checks/{check_id}")).status_code == 204
    assert (await client.get(f"/fraud-checks/{check_id}")).status_code == 404
    assert (await client.get("/fraud-checks/not-a-uuid")).status_code == 404


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({}, "service_code"),
        ({"service_code": "premium"}, "service_code"),
        ({"service_code": "pro", "email": "a@b.c"}, "email"),
        ({"service_code": "pro", "email": "x" * 501}, "email"),
        ({"service_code": "pro", "ip": "1.2.3"}, "ip"),
        ({"service_code": "pro", "ip": "localhost.x"}, "ip"),
        ({"service_code": "pro", "ip": "1" * 40}, "ip"),
        ({"service_code": "pro", "phone": "phone!"}, "phone"),
        ({"service_code": "pro", "address": {"city": "Berlin", "street_name": "Weg"}}, "address.iso2"),
        ({"service_code": "pro", "address": {"iso2": "de", "city": "Berlin", "street_name": "Weg"}}, "address.iso2"),
        ({"service_code": "pro", "address": {"iso2": "DE", "city": "B", "street_name": "Weg"}}, "address.city"),
        ({"service_code": "pro", "address": {"iso2": "DE", "city": "Berlin"}}, "address.street_name"),
        (
            {"service_code": "pro", "address": {"iso2": "DE", "city": "Bonn", "street_name": "W", "postcode": "1"}},
            "address.street_name",
        ),
        ({"service_code": "pro", "callback_data": "x" * 37}, "callback_data"),
    ],
)
async def test_http_bad_bodies_are_400_naming_the_field(
    client: httpx.AsyncClient, body: dict[str, Any], field: str
) -> None:
    response = await client.post("/fraud-checks", json=body)
    assert response.status_code == 400, response.text
    assert field in [v["propertyPath"] for v in response.json()["violations"]]
    assert (await client.get("/fraud-checks")).json() == []  # nothing stored


async def test_http_filters_as_lox24_documents_them(client: httpx.AsyncClient) -> None:
    ids = []
    for body in (
        {"service_code": "pro", "email": "a@lox24.eu", "phone": "+491701234567", "callback_data": "Order-1"},
        {"service_code": "direct", "email": "b@gmail.com", "ip": "203.0.113.9"},
        {"service_code": "economy"},
    ):
        ids.append((await client.post("/fraud-checks", json=body)).json()["id"])
    await client.post("/_emulator/clock", json={"advance": 60})

    async def listed(query: str) -> list[str]:
        return [c["id"] for c in (await client.get(f"/fraud-checks?{query}")).json()]

    assert await listed("") == ids[::-1]  # newest first
    assert await listed("_order[created_at]=asc") == ids
    assert await listed("request_email.email=%40LOX24.eu") == [ids[0]]
    assert await listed("request_phone.phone=1701234") == [ids[0]]
    assert await listed("request_ip.ip=203.0") == [ids[1]]
    assert await listed("callback_data=order") == [ids[0]]
    assert await listed(f"id[0]={ids[0]}&id[1]={ids[2]}&_order[created_at]=asc") == [ids[0], ids[2]]  # PHP's form
    assert await listed(f"id[]={ids[1]}") == [ids[1]]
    assert await listed("status_code[]=21") == [ids[2]]
    assert await listed("status_code=10&_order[created_at]=asc") == ids[:2]
    bad = await client.get("/fraud-checks?status_code[]=7")
    assert bad.status_code == 400
    assert bad.json()["violations"][0]["propertyPath"] == "status_code[]"


async def test_http_webhook_is_posted_and_parses_as_fraud_check_done(receiver_url: tuple[str, list[Any]]) -> None:
    url, received = receiver_url
    clock = FrozenClock(T0)
    app = create_app(clock=clock, seed=1, webhook_url=url)
    try:
        async with httpx.AsyncClient(
            transport=httpx.ASGITransport(app=app), base_url="http://emulator", headers=PLAIN
        ) as c:
            check = (await c.post("/fraud-checks", json={"service_code": "direct", "ip": "198.51.100.1"})).json()
            await c.post("/_emulator/clock", json={"advance": DONE_AFTER["direct"]})
            for _ in range(200):
                if received:
                    break
                await asyncio.sleep(0.02)
        event = lox24_webhooks.parse(json.dumps(received[0]))
        assert isinstance(event, lox24_webhooks.FraudCheckDone)
        assert event.data["check_id"] == check["id"]
        assert event.data["risk_score"] == 60
        assert event.data["result"] == "suspicious"
    finally:
        app.state.webhooks.close()
        app.state.backend.close()


@pytest.fixture
def receiver_url() -> Iterator[tuple[str, list[Any]]]:
    received: list[Any] = []

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            received.append(json.loads(self.rfile.read(int(self.headers["Content-Length"]))))
            self.send_response(200)
            self.send_header("Content-Length", "0")
            self.end_headers()

        def log_message(self, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/hook", received
    server.shutdown()
    server.server_close()


def test_over_a_socket_the_php_form_and_plain_json_work(live_url: str) -> None:
    with httpx.Client(base_url=live_url, headers=PLAIN) as c:
        created = c.post("/fraud-checks", content=json.dumps(FULL), headers={"Content-Type": "application/json"})
        assert created.status_code == 201
        check_id = created.json()["id"]
        assert c.get(f"/fraud-checks?id[0]={check_id}").json()[0]["id"] == check_id
        assert c.get(f"/fraud-checks/{check_id}").json()["request_address"]["iso2"] == "DE"

"""Blocked numbers: the list (409, filters, JSON-LD) and how it is honoured by POST /sms and POST /bulks."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from emulator_server import AUTH

from lox24.emulator import DEFAULT_TOKEN, Backend, FrozenClock
from lox24.emulator.errors import EmulatorError

PLAIN = {**AUTH, "Accept": "application/json"}

PHONE = "+491701234567"  # delivered (dlr 1) unless blocked


def sms_body(**extra: Any) -> dict[str, Any]:
    return {"text": "Hello", "sender_id": "Shop", "phone": PHONE, **extra}


def balance(backend: Backend) -> float:
    who = backend.authenticate(DEFAULT_TOKEN, "1.1.1.1")
    return float(backend.get_account(who)["balance_amount"])


def test_an_sms_to_a_blocked_number_is_not_sent_not_charged_and_gets_no_report(
    backend: Backend, clock: FrozenClock
) -> None:
    who = backend.authenticate(DEFAULT_TOKEN, "1.1.1.1")
    events: list[dict[str, Any]] = []
    backend.on_events = events.extend
    backend.create_blocked_number(who, {"number": PHONE})
    before = balance(backend)
    sms = backend.create_sms(who, sms_body(), "1.1.1.1")
    assert (sms["status_code"], sms["price"], sms["is_sent"], sms["dlr_code"]) == (208, 0.0, False, 0)
    assert balance(backend) == before
    clock.advance(60)
    backend.tick()
    stored = backend.get_sms(who, sms["uuid"])
    assert (stored["status_code"], stored["dlr_code"], stored["is_sent"], stored["gateway_sent_at"]) == (
        208,
        0,
        False,
        0,
    )
    assert events == []  # no delivery report
    assert [s["uuid"] for s in backend.outbox()] == []  # never handed to the network


def test_other_numbers_and_other_accounts_are_not_affected(backend: Backend, clock: FrozenClock) -> None:
    who = backend.authenticate(DEFAULT_TOKEN, "1.1.1.1")
    backend.create_blocked_number(who, {"number": "+4915112345678"})
    sms = backend.create_sms(who, sms_body(), "1.1.1.1")
    assert sms["status_code"] == 0
    assert sms["price"] > 0
    # A number blocked by another account does not block this one's SMS.
    backend.upsert_account(token="7654321:" + "b" * 32)
    them = backend.authenticate("7654321:" + "b" * 32, "1.1.1.1")
    backend.create_blocked_number(them, {"number": "+4930123456"})
    assert backend.create_sms(who, sms_body(phone="+4930123456"), "1.1.1.1")["status_code"] == 0
    # Unblocked again: sent as usual.
    blocked = backend.create_blocked_number(who, {"number": PHONE})
    assert backend.create_sms(who, sms_body(), "1.1.1.1")["status_code"] == 208
    backend.delete_blocked_number(who, blocked["id"])
    assert backend.create_sms(who, sms_body(), "1.1.1.1")["status_code"] == 0


def test_a_bulk_skips_blocked_recipients_and_charges_the_others(backend: Backend, clock: FrozenClock) -> None:
    who = backend.authenticate(DEFAULT_TOKEN, "1.1.1.1")
    backend.create_blocked_number(who, {"number": PHONE})
    before = balance(backend)
    bulk = backend.create_bulk(who, {"text": "Sale", "sender_id": "Shop", "phones": [PHONE, "+4915112345678"]}, "1")
    assert bulk["msg_total_count"] == 2
    sent = backend.list_sms(who, {"bulk[]": [bulk["uuid"]]})[0]
    by_phone = {s["phone"]: s for s in sent}
    assert (by_phone[PHONE]["status_code"], by_phone[PHONE]["price"]) == (208, 0.0)
    assert by_phone["+4915112345678"]["price"] > 0
    assert bulk["msg_total_cost"] == pytest.approx(by_phone["+4915112345678"]["price"])
    assert balance(backend) == pytest.approx(before - by_phone["+4915112345678"]["price"])
    clock.advance(60)
    backend.tick()
    assert [s["phone"] for s in backend.outbox()] == ["+4915112345678"]
    assert backend.get_bulk(who, bulk["uuid"])["status_code"] == 10


def test_numbers_are_kept_in_e164_and_a_second_block_is_409(backend: Backend) -> None:
    who = backend.authenticate(DEFAULT_TOKEN, "1.1.1.1")
    first = backend.create_blocked_number(who, {"number": "+4901701234567"})  # a national trunk 0 after +49
    assert (first["number"], first["type"]) == (PHONE, 1)
    with pytest.raises(EmulatorError) as info:
        backend.create_blocked_number(who, {"number": PHONE})
    assert info.value.status == 409
    assert info.value.body["detail"].startswith("number:")
    odd = backend.create_blocked_number(who, {"number": "+1234567890"})  # not a real number: kept as given
    assert odd["number"] == "+1234567890"


async def test_http_crud_filters_and_both_representations(client: httpx.AsyncClient) -> None:
    created = await client.post("/blocked_numbers", json={"number": PHONE})
    assert created.status_code == 201
    item = created.json()
    assert set(item) == {"id", "number", "type", "added_at"}
    again = await client.post("/blocked_numbers", json={"number": PHONE})
    assert again.status_code == 409
    assert again.headers["content-type"].startswith("application/json")
    assert set(again.json()) >= {"type", "title", "detail"}
    await client.post("/blocked_numbers", json={"number": "+4915112345678"})
    ld = await client.get(f"/blocked_numbers/{item['id']}", headers={"Accept": "application/ld+json"})
    assert ld.json()["@id"] == f"/blocked_numbers/{item['id']}"
    assert ld.json()["@type"] == "blocked_numbers"
    listed = await client.get("/blocked_numbers", params={"number": PHONE})
    assert [b["number"] for b in listed.json()] == [PHONE]
    assert len((await client.get("/blocked_numbers", params={"type": 1})).json()) == 2
    assert (await client.get("/blocked_numbers", params={"type": 2})).json() == []
    hydra = (await client.get("/blocked_numbers", headers={"Accept": "application/ld+json"})).json()
    assert hydra["hydra:totalItems"] == 2
    assert (await client.delete(f"/blocked_numbers/{item['id']}")).status_code == 204
    assert (await client.get(f"/blocked_numbers/{item['id']}")).status_code == 404
    assert (await client.delete(f"/blocked_numbers/{item['id']}")).status_code == 404


@pytest.mark.parametrize(
    ("request_", "status", "field"),
    [
        (("POST", "/blocked_numbers", {"json": {"number": "491701234567"}}), 400, "number"),
        (("POST", "/blocked_numbers", {"json": {"number": "+123"}}), 400, "number"),
        (("POST", "/blocked_numbers", {"json": {}}), 400, "number"),
        (("POST", "/blocked_numbers", {"content": b"{"}), 400, ""),
        (("GET", "/blocked_numbers", {"params": {"type": "3"}}), 400, "type"),
        (("GET", "/blocked_numbers", {"params": {"type": "x"}}), 400, "type"),
        (("GET", "/blocked_numbers", {"params": {"page": "0"}}), 400, "page"),
    ],
)
async def test_bad_input_is_a_lox24_shaped_400(
    client: httpx.AsyncClient, request_: tuple[str, str, dict[str, Any]], status: int, field: str
) -> None:
    method, path, kwargs = request_
    response = await client.request(method, path, **kwargs)
    assert response.status_code == status
    assert response.json()["violations"][0]["propertyPath"] == field


@pytest.mark.parametrize("path", ["/blocked_numbers/0", "/blocked_numbers/abc", "/blocked_numbers/99999999999"])
async def test_bad_ids_are_404(client: httpx.AsyncClient, path: str) -> None:
    assert (await client.get(path)).status_code == 404


def test_over_http_with_a_php_style_request(live_url: str) -> None:
    with httpx.Client(base_url=live_url, headers=AUTH) as http:
        created = http.post(
            "/blocked_numbers",
            content=b'{"number": "+491701234567"}',
            headers={"Content-Type": "application/json", "Accept": "application/json"},
        )
        assert created.status_code == 201
        sms = http.post("/sms", json=sms_body(), headers=PLAIN).json()
        assert sms["status_code"] == 208
        assert http.get("/blocked_numbers?page=1", headers=PLAIN).json()[0]["number"] == PHONE


def test_reset_clears_the_block_list(backend: Backend) -> None:
    who = backend.authenticate(DEFAULT_TOKEN, "1.1.1.1")
    backend.create_blocked_number(who, {"number": PHONE})
    backend.reset()
    who = backend.authenticate(DEFAULT_TOKEN, "1.1.1.1")
    assert backend.list_blocked_numbers(who, {}) == ([], 0)
    assert backend.create_sms(who, sms_body(), "1.1.1.1")["status_code"] == 0


def test_the_block_list_survives_a_restart(tmp_path: Any, clock: FrozenClock) -> None:
    db = str(tmp_path / "emu.sqlite3")
    first = Backend(db=db, clock=clock)
    who = first.authenticate(DEFAULT_TOKEN, "1.1.1.1")
    first.create_blocked_number(who, {"number": PHONE})
    first.close()
    second = Backend(db=db, clock=clock)
    try:
        who = second.authenticate(DEFAULT_TOKEN, "1.1.1.1")
        assert second.create_sms(who, sms_body(), "1.1.1.1")["status_code"] == 208
    finally:
        second.close()

"""Bulks: expansion of phones and groups (placeholders), pricing, 3000 when unpaid, rules, list, cancel, delete."""

from __future__ import annotations

import time

import httpx
import pytest
from docs_samples import DOCS_BULK

from lox24.emulator import DEFAULT_TOKEN, Backend, FrozenClock
from lox24.emulator.errors import EmulatorError, ViolationError


def balance(backend: Backend) -> float:
    who = backend.authenticate(DEFAULT_TOKEN, "10.0.0.1")
    return float(backend.get_account(who)["balance_amount"])


T0 = 1_700_000_000


def test_bulk_expands_group_members_with_placeholders(backend: Backend, clock: FrozenClock) -> None:
    who = backend.authenticate(DEFAULT_TOKEN, "10.0.0.1")
    body = {"sender_id": "testbulk", "text": "Hi [colA] [name]!", "phones": ["+14155552671"], "msg_groups": [7117]}
    bulk = backend.create_bulk(who, body, "10.0.0.1")
    assert (bulk["status_code"], bulk["msg_total_count"]) == (0, 2)
    assert bulk["msg_total_cost"] == pytest.approx(0.056 + 0.075)
    items, _ = backend.list_sms(who, {"bulk[]": [bulk["uuid"]], "_order[created_at]": "asc"})
    texts = {i["phone"]: (i["text"], i["callback_data"]) for i in items}
    assert texts == {"+14155552671": ("Hi  !", None), "+491701234567": ("Hi Mr. Smith!", "12345")}
    clock.advance(0.5)
    assert backend.get_bulk_status(who, bulk["uuid"])["status_code"] == 5
    clock.advance(1)
    assert backend.get_bulk(who, bulk["uuid"])["status_code"] == 10


def test_bulk_cancel_refunds_unsent_sms(backend: Backend, clock: FrozenClock) -> None:
    who = backend.authenticate(DEFAULT_TOKEN, "10.0.0.1")
    body = {"sender_id": "x", "text": "t", "phones": ["+491701234567"] * 3, "delivery_at": int(clock.now()) + 60}
    bulk = backend.create_bulk(who, body, "10.0.0.1")
    assert balance(backend) == pytest.approx(50 - 3 * 0.075)
    assert backend.cancel_bulk(who, bulk["uuid"])["status_code"] == 15
    assert balance(backend) == pytest.approx(50)
    items, _ = backend.list_sms(who, {"bulk[]": [bulk["uuid"]]})
    assert {i["status_code"] for i in items} == {6000}
    backend.delete_bulk(who, bulk["uuid"])
    assert backend.list_sms(who, {})[1] == 0
    with pytest.raises(EmulatorError) as err:
        backend.get_bulk(who, bulk["uuid"])
    assert err.value.status == 404


def test_bulk_rules(backend: Backend) -> None:
    who = backend.authenticate(DEFAULT_TOKEN, "10.0.0.1")
    for body in (
        {"sender_id": "x", "text": "t"},
        {"sender_id": "x", "text": "t", "msg_groups": [999]},
        {"sender_id": "x", "text": "t", "phones": ["+4912345678"]},
        {"sender_id": "x", "text": "a" * 1700, "phones": ["+491701234567"]},
    ):
        with pytest.raises(ViolationError) as err:
            backend.create_bulk(who, body, "10.0.0.1")
        assert err.value.status == 422
    empty = backend.create_group(who, {"name": "empty"})
    bulk = backend.create_bulk(who, {"sender_id": "x", "text": "t", "msg_groups": [empty["id"]]}, "10.0.0.1")
    assert (bulk["status_code"], bulk["msg_total_count"]) == (201, 0)


def test_bulk_sms_the_balance_cannot_pay_get_3000(clock: FrozenClock) -> None:
    backend = Backend(clock=clock, balance=0.1)
    try:
        who = backend.authenticate(DEFAULT_TOKEN, "10.0.0.1")
        bulk = backend.create_bulk(who, {"sender_id": "x", "text": "t", "phones": ["+491701234567"] * 2}, "1.1.1.1")
        assert bulk["msg_total_cost"] == pytest.approx(0.075)
        items, _ = backend.list_sms(who, {"_order[created_at]": "asc"})
        assert sorted(i["status_code"] for i in items) == [0, 3000]
    finally:
        backend.close()


async def test_docs_curl_sample_post_bulks_uses_group_7117(client: httpx.AsyncClient) -> None:
    r = await client.post("/bulks", json=DOCS_BULK)
    assert r.status_code == 201
    bulk = r.json()
    assert (bulk["msg_total_count"], bulk["phones"], bulk["msg_groups"], bulk["is_dryrun"]) == (
        2,
        ["+49751234567"],
        [7117],
        False,
    )
    status = (await client.get(f"/bulks/{bulk['uuid']}/status")).json()
    assert "text" not in status
    assert status["uuid"] == bulk["uuid"]


async def test_bulk_cancel_and_delete_http(client: httpx.AsyncClient, clock: FrozenClock) -> None:
    body = {"sender_id": "x", "text": "t", "phones": ["+491701234567"], "delivery_at": T0 + 100}
    bulk = (await client.post("/bulks", json=body)).json()
    cancelled = await client.put(f"/bulks/{bulk['uuid']}/cancel")
    assert (cancelled.status_code, cancelled.json()["status_code"]) == (200, 15)
    sms = (await client.get("/sms", params={"bulk[]": bulk["uuid"]})).json()
    assert [s["status_code"] for s in sms] == [6000]
    listing = (await client.get("/bulks", params={"status_code[]": 15})).json()
    assert [b["uuid"] for b in listing] == [bulk["uuid"]]
    assert (await client.delete(f"/bulks/{bulk['uuid']}")).status_code == 204
    assert (await client.get("/sms")).json() == []


async def test_bulk_list_filters_and_order(client: httpx.AsyncClient) -> None:
    first = (
        await client.post("/bulks", json={"sender_id": "Alpha", "text": "one", "phones": ["+491701234567"]})
    ).json()
    await client.post("/_emulator/clock", json={"advance": 5})
    second = (
        await client.post("/bulks", json={"sender_id": "Beta", "text": "two", "phones": ["+491701234567"]})
    ).json()
    assert [b["uuid"] for b in (await client.get("/bulks")).json()] == [second["uuid"], first["uuid"]]
    asc = (await client.get("/bulks", params={"_order[created_at]": "asc"})).json()
    assert [b["uuid"] for b in asc] == [first["uuid"], second["uuid"]]
    assert [b["uuid"] for b in (await client.get("/bulks", params={"sender_id": "alp"})).json()] == [first["uuid"]]
    assert [b["uuid"] for b in (await client.get("/bulks", params={"text": "TWO"})).json()] == [second["uuid"]]
    assert (await client.get("/bulks", params={"is_dryrun": "true"})).json() == []
    assert len((await client.get("/bulks", params={"created_at[gte]": T0 + 5})).json()) == 1
    # the second is due now (in progress until its SMS go out a second later), the first is done
    assert [b["status_code"] for b in (await client.get("/bulks")).json()] == [5, 10]
    assert (await client.get("/bulks", params={"status_code[]": 3})).status_code == 400


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

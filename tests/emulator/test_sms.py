"""SMS: create (priced, debited, magic outcomes), dry run, validation, filters, order, batch cancel and delete."""

from __future__ import annotations

import re
import threading
from typing import Any

import httpx
import pytest
from docs_samples import DOCS_BULK, DOCS_SMS

from lox24.emulator import DEFAULT_TOKEN, Backend, FrozenClock
from lox24.emulator.backend import DRYRUN_UUID
from lox24.emulator.errors import EmulatorError, ViolationError


def sms_body(**extra: Any) -> dict[str, Any]:
    return {"text": "Hello", "sender_id": "Shop", "phone": "+491701234567", **extra}


def balance(backend: Backend) -> float:
    who = backend.authenticate(DEFAULT_TOKEN, "10.0.0.1")
    return float(backend.get_account(who)["balance_amount"])


REQUEST_ID = re.compile(r"^[A-Za-z0-9]{32}$")

T0 = 1_700_000_000

SMS = {"text": "Hi", "sender_id": "Shop", "phone": "+491701234567"}


def test_create_sms_debits_and_progresses_on_the_virtual_clock(backend: Backend, clock: FrozenClock) -> None:
    who = backend.authenticate(DEFAULT_TOKEN, "10.0.0.1")
    sms = backend.create_sms(who, sms_body(callback_data="x1"), "10.0.0.1")
    assert (sms["status_code"], sms["is_sent"], sms["dlr_code"], sms["price"]) == (0, False, 0, 0.075)
    assert sms["iso2"] == "DE"
    assert balance(backend) == pytest.approx(50 - 0.075)
    clock.advance(1)
    sent = backend.get_sms(who, sms["uuid"])
    assert (sent["status_code"], sent["is_sent"], sent["dlr_code"]) == (100, True, 0)
    assert sent["gateway_sent_at"] == sms["created_at"] + 1
    clock.advance(4)
    assert backend.get_sms(who, sms["uuid"])["dlr_code"] == 0
    clock.advance(1)
    assert backend.get_sms(who, sms["uuid"])["dlr_code"] == 1


@pytest.mark.parametrize(
    ("phone", "status", "dlr", "refunded"),
    [
        ("+491700000008", 100, 8, False),
        ("+491700000016", 100, 16, False),
        ("+491700000208", 208, 0, True),
        ("+491700005000", 5000, 0, True),
        ("+491700002000", 2000, 0, True),
        ("+491711111111", 100, 1, False),
    ],
)
def test_magic_numbers_decide_the_outcome(
    backend: Backend, clock: FrozenClock, phone: str, status: int, dlr: int, refunded: bool
) -> None:
    who = backend.authenticate(DEFAULT_TOKEN, "10.0.0.1")
    sms = backend.create_sms(who, sms_body(phone=phone), "10.0.0.1")
    clock.advance(60)
    got = backend.get_sms(who, sms["uuid"])
    assert (got["status_code"], got["dlr_code"]) == (status, dlr)
    assert balance(backend) == pytest.approx(50 if refunded else 50 - 0.075)


def test_payment_required_leaves_balance_untouched(clock: FrozenClock) -> None:
    backend = Backend(clock=clock, balance=0.1)
    try:
        who = backend.authenticate(DEFAULT_TOKEN, "10.0.0.1")
        backend.create_sms(who, sms_body(), "10.0.0.1")
        with pytest.raises(EmulatorError) as err:
            backend.create_sms(who, sms_body(), "10.0.0.1")
        assert err.value.status == 402
        assert backend.get_account(who)["balance_amount"] == pytest.approx(0.025)
        assert backend.list_sms(who, {})[1] == 1
    finally:
        backend.close()


def test_balance_never_negative_under_concurrency(clock: FrozenClock) -> None:
    backend = Backend(clock=clock, balance=1.0)
    try:
        who = backend.authenticate(DEFAULT_TOKEN, "10.0.0.1")
        ok: list[str] = []
        refused: list[int] = []

        def send() -> None:
            for _ in range(5):
                try:
                    ok.append(backend.create_sms(who, sms_body(), "10.0.0.1")["uuid"])
                except EmulatorError as exc:
                    refused.append(exc.status)

        threads = [threading.Thread(target=send) for _ in range(8)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert len(ok) == 13  # 13 * 0.075 = 0.975 <= 1.0 < 14 * 0.075
        assert len(set(ok)) == 13
        assert set(refused) == {402}
        assert backend.get_account(who)["balance_amount"] == pytest.approx(0.025)
    finally:
        backend.close()


@pytest.mark.parametrize(
    ("extra", "path"),
    [
        ({"attempts_count_max": 2}, "attempts_count_max"),
        ({"attempts_count_max": 2, "service_code": "direct"}, "attempts_count_max"),
        ({"phone": "+4912345678"}, "phone"),
        ({"text": "ж" * 671}, "text"),
    ],
)
def test_unprocessable_rules(backend: Backend, extra: dict[str, Any], path: str) -> None:
    who = backend.authenticate(DEFAULT_TOKEN, "10.0.0.1")
    with pytest.raises(ViolationError) as err:
        backend.create_sms(who, sms_body(**extra), "10.0.0.1")
    assert err.value.status == 422
    assert [v.path for v in err.value.violations] == [path]


def test_voice_call_accepts_attempts(backend: Backend) -> None:
    who = backend.authenticate(DEFAULT_TOKEN, "10.0.0.1")
    sms = backend.create_sms(who, sms_body(service_code="text2speech", attempts_count_max=3), "10.0.0.1")
    assert (sms["service_code"], sms["attempts_count_max"]) == ("text2speech", 3)


def test_dry_run_stores_and_charges_nothing(backend: Backend) -> None:
    who = backend.authenticate(DEFAULT_TOKEN, "10.0.0.1")
    sms = backend.dry_run_sms(who, sms_body(phone="+14155552671", text="Hello! This is a test SMS message."), "1.2.3.4")
    assert (sms["uuid"], sms["price"], sms["chars_count"], sms["iso2"]) == (DRYRUN_UUID, 0.056, 34, "US")
    assert backend.list_sms(who, {})[1] == 0
    assert balance(backend) == 50


def test_batch_cancel_refunds_only_unsent(backend: Backend, clock: FrozenClock) -> None:
    who = backend.authenticate(DEFAULT_TOKEN, "10.0.0.1")
    sent = backend.create_sms(who, sms_body(), "10.0.0.1")
    clock.advance(1)
    later = [backend.create_sms(who, sms_body(delivery_at=int(clock.now()) + 600), "10.0.0.1") for _ in range(3)]
    assert backend.cancel_sms_batch(who, {}) == {"deleted_sms_count": 3}
    assert backend.get_sms(who, later[0]["uuid"])["status_code"] == 6000
    assert backend.get_sms(who, sent["uuid"])["status_code"] == 100
    assert balance(backend) == pytest.approx(50 - 0.075)
    clock.advance(3600)
    assert backend.get_sms(who, later[1]["uuid"])["status_code"] == 6000


def test_batch_delete_uses_filters(backend: Backend) -> None:
    who = backend.authenticate(DEFAULT_TOKEN, "10.0.0.1")
    backend.create_sms(who, sms_body(callback_data="keep"), "10.0.0.1")
    backend.create_sms(who, sms_body(callback_data="drop"), "10.0.0.1")
    assert backend.delete_sms_batch(who, {"callback_data[]": ["drop"]}) == {"deleted_sms_count": 1}
    items, total = backend.list_sms(who, {})
    assert total == 1
    assert items[0]["callback_data"] == "keep"


def test_account_wide_text_deletion_applies_when_the_request_leaves_it_out(
    backend: Backend, clock: FrozenClock
) -> None:
    who = backend.authenticate(DEFAULT_TOKEN, "1.1.1.1")
    backend.upsert_account(account_id=who.account_id, is_text_deleted=True)
    default = backend.create_sms(who, sms_body(), "1.1.1.1")
    kept = backend.create_sms(who, sms_body(is_text_deleted=False), "1.1.1.1")
    clock.advance(10)
    assert backend.get_sms(who, default["uuid"])["text"] == ""
    assert backend.get_sms(who, kept["uuid"])["text"] == "Hello"


async def test_docs_curl_sample_post_sms(client: httpx.AsyncClient, clock: FrozenClock) -> None:
    r = await client.post("/sms", json=DOCS_SMS, headers={"Content-Type": "application/json", "Accept": "*/*"})
    assert r.status_code == 201
    assert r.headers["content-type"].startswith("application/ld+json")
    body = r.json()
    assert body["@id"] == f"/sms/{body['uuid']}"
    assert body["@type"] == "sms"
    assert body["@context"] == "/contexts/sms"
    assert (body["phone"], body["iso2"], body["status_code"], body["is_sent"]) == ("+49751234567", "DE", 0, False)
    assert (body["is_unicode"], body["chars_count"], body["parts_count"], body["price"]) == (True, 12, 1, 0.075)
    assert (body["callback_data"], body["voice_lang"], body["source"], body["key_id"]) == ("123456", "DE", 111, 8291)
    assert body["delivery_at"] == 1573724611
    assert body["created_at"] == T0
    assert REQUEST_ID.match(r.headers["x-lox24-request-id"])
    clock.advance(10)
    got = (await client.get(f"/sms/{body['uuid']}")).json()
    assert (got["status_code"], got["is_sent"], got["dlr_code"], got["gateway_sent_at"]) == (100, True, 1, T0 + 1)


async def test_dry_run_answers_the_fixed_uuid(client: httpx.AsyncClient) -> None:
    r = await client.post("/sms/dryrun", json={**DOCS_SMS, "phone": "+14155552671"})
    assert r.status_code == 201
    assert r.json()["uuid"] == "11111111-2222-3333-4444-555555555555"
    assert (await client.get("/sms/11111111-2222-3333-4444-555555555555")).status_code == 404
    assert (await client.get("/me")).json()["balance_amount"] == 50
    bulk = await client.post("/bulks/dryrun", json=DOCS_BULK)
    assert (bulk.status_code, bulk.json()["is_dryrun"], bulk.json()["msg_total_count"]) == (201, True, 2)
    assert (await client.get(f"/bulks/{bulk.json()['uuid']}")).status_code == 404


async def test_filters(client: httpx.AsyncClient) -> None:
    a = (await client.post("/sms", json={"text": "Alpha", "sender_id": "A", "phone": "+14155552671"})).json()
    await client.post("/sms", json={"text": "beta", "sender_id": "B", "phone": "+491701234567", "callback_data": "c"})
    assert [s["uuid"] for s in (await client.get("/sms?iso2[]=US")).json()] == [a["uuid"]]
    assert [s["uuid"] for s in (await client.get("/sms?text=ALPH")).json()] == [a["uuid"]]
    assert len((await client.get("/sms?callback_data[]=c&callback_data[]=zz")).json()) == 1
    await client.post("/_emulator/clock", json={"advance": 1})  # both are handed to the network
    assert len((await client.get("/sms?status_code=100")).json()) == 2
    assert len((await client.get("/sms?is_sent=false")).json()) == 0


@pytest.mark.parametrize(
    ("body", "status", "path"),
    [
        ({"text": "x", "sender_id": "Shop"}, 400, "phone"),
        ({"text": "", "sender_id": "Shop", "phone": "+491701234567"}, 400, "text"),
        ({"text": "x", "sender_id": "TooLongSender", "phone": "+491701234567"}, 400, "sender_id"),
        ({"text": "x", "sender_id": "Shop", "phone": "+491701234567", "is_unicode": 0}, 400, "is_unicode"),
        ({"text": "x", "sender_id": "Shop", "phone": "+491701234567", "source": True}, 400, "source"),
        ({"text": "x", "sender_id": "Shop", "phone": "+491701234567", "service_code": "sms"}, 400, "service_code"),
        ({"text": "x", "sender_id": "Shop", "phone": "+491701234567", "voice_lang": "de"}, 400, "voice_lang"),
        ({"text": "x", "sender_id": "Shop", "phone": "+491701234567", "delivery_at": -1}, 400, "delivery_at"),
        (
            {"text": "x", "sender_id": "Shop", "phone": "+491701234567", "attempts_count_max": 1},
            422,
            "attempts_count_max",
        ),
        ({"text": "x", "sender_id": "Shop", "phone": "+4912345678"}, 422, "phone"),
        ({"text": "ж" * 700, "sender_id": "Shop", "phone": "+491701234567"}, 422, "text"),
    ],
)
async def test_sms_validation(client: httpx.AsyncClient, body: dict[str, Any], status: int, path: str) -> None:
    r = await client.post("/sms", json=body)
    assert r.status_code == status
    err = r.json()
    assert err["type"] == "https://tools.ietf.org/html/rfc2616#section-10"
    assert err["title"] == "An error occurred"
    assert [v["propertyPath"] for v in err["violations"]] == [path]


async def test_integral_float_is_an_integer_and_unknown_fields_are_ignored(client: httpx.AsyncClient) -> None:
    body = {"text": "x", "sender_id": "Shop", "phone": "+491701234567", "source": 23902688.0, "whatever": {"a": []}}
    r = await client.post("/sms", json=body)
    assert r.status_code == 201
    assert r.json()["source"] == 23902688
    assert "whatever" not in r.json()


async def test_payment_required(client: httpx.AsyncClient) -> None:
    await client.post("/_emulator/accounts", json={"id": 1234567, "balance": 0.01})
    r = await client.post("/sms", json={"text": "x", "sender_id": "Shop", "phone": "+491701234567"})
    assert r.status_code == 402
    assert set(r.json()) >= {"type", "title", "detail"}
    assert (await client.get("/me")).json()["balance_amount"] == 0.01


async def test_sms_delete_and_batch_ops_http(client: httpx.AsyncClient) -> None:
    uuids = [
        (
            await client.post(
                "/sms", json={"text": "x", "sender_id": "S", "phone": "+491701234567", "delivery_at": T0 + 60}
            )
        ).json()["uuid"]
        for _ in range(3)
    ]
    assert (await client.delete(f"/sms/{uuids[0]}")).status_code == 204
    assert (await client.delete(f"/sms/{uuids[0]}")).status_code == 404
    r = await client.post("/sms/ops/batch_cancel", params={"uuid[]": uuids[1]})
    assert r.json() == {"deleted_sms_count": 1}
    r = await client.post("/sms/ops/batch_delete")
    assert r.json() == {"deleted_sms_count": 2}


async def test_sms_order_by_gateway_sent_at_and_time_filters(client: httpx.AsyncClient) -> None:
    late = (
        await client.post(
            "/sms", json={"text": "late", "sender_id": "S", "phone": "+491701234567", "delivery_at": T0 + 50}
        )
    ).json()
    early = (await client.post("/sms", json={"text": "early", "sender_id": "S", "phone": "+491701234567"})).json()
    await client.post("/_emulator/clock", json={"advance": 100})
    by_sent = (await client.get("/sms", params={"_order[gateway_sent_at]": "asc"})).json()
    assert [s["uuid"] for s in by_sent] == [early["uuid"], late["uuid"]]
    assert [s["uuid"] for s in (await client.get("/sms", params={"delivery_at[gte]": T0 + 1})).json()] == [late["uuid"]]
    assert len((await client.get("/sms", params={"gateway_sent_at[lte]": T0 + 1})).json()) == 1
    assert len((await client.get("/sms", params={"created_at[lt]": T0})).json()) == 0
    assert len((await client.get("/sms", params={"key_id[]": 8291, "source[]": 5})).json()) == 0


async def test_voice_and_text_deletion(client: httpx.AsyncClient) -> None:
    body = {"text": "<speak>Hi</speak>", "sender_id": "S", "phone": "+491701234567", "service_code": "text2speech_ssml"}
    sms = (await client.post("/sms", json={**body, "attempts_count_max": 2, "voice_lang": "EN"})).json()
    assert (sms["service_code"], sms["attempts_count_max"], sms["price"]) == ("text2speech_ssml", 2, 0.3)


@pytest.mark.parametrize(
    ("host", "ip"),
    [("10.1.2.3", "10.1.2.3"), ("::ffff:10.1.2.3", "10.1.2.3"), ("::1", "127.0.0.1"), ("testclient", "127.0.0.1")],
)
async def test_stored_ip_is_ipv4(app: Any, host: str, ip: str) -> None:
    transport = httpx.ASGITransport(app=app, client=(host, 1234))
    async with httpx.AsyncClient(
        transport=transport, base_url="http://e", headers={"X-LOX24-AUTH-TOKEN": DEFAULT_TOKEN}
    ) as c:
        r = await c.post("/sms", json={"text": "x", "sender_id": "S", "phone": "+491701234567"})
    assert r.json()["ip"] == ip


@pytest.mark.parametrize(
    "body",
    [
        {"text": "x", "sender_id": "Shop\n", "phone": "+491701234567"},
        {"text": "x", "sender_id": "Shop", "phone": "+491701234567\n"},
    ],
)
async def test_patterns_do_not_accept_a_final_newline(client: httpx.AsyncClient, body: dict[str, Any]) -> None:
    assert (await client.post("/sms", json=body)).status_code == 400


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

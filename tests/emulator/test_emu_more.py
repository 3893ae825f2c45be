"""More behaviour: collection filters and orders, group rules, clocks, the command line."""

from __future__ import annotations

import time
from typing import Any

import httpx
import pytest

from lox24.emulator import DEFAULT_TOKEN, Clock, FrozenClock
from lox24.emulator.__main__ import parse_args

T0 = 1_700_000_000


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


async def test_group_rules(client: httpx.AsyncClient) -> None:
    bad = await client.post("/groups", json={"name": "x", "phones": {"a": {"phone": "+4912345678"}}})
    assert bad.status_code == 422
    assert bad.json()["violations"][0]["propertyPath"] == "phones.a.phone"
    assert (await client.post("/groups", json={"name": ""})).status_code == 400
    assert (await client.post("/groups", json={"name": "x", "phones": {"a": {"b": "no phone"}}})).status_code == 400
    assert (await client.post("/groups", json={"name": "x" * 51})).status_code == 400
    assert (await client.put("/groups/7117", json={"description": "no name"})).status_code == 400
    put = await client.put("/groups/7117", json={"name": "My Clients", "phones": {"new": {"phone": "+14155552671"}}})
    assert put.json()["count_items"] == 2
    assert (await client.post("/groups/424242/phones", json={"phone": "+491701234567"})).status_code == 404


async def test_phone_pages(client: httpx.AsyncClient) -> None:
    items = [{"phone": f"+4917012345{i:02d}"} for i in range(40)]
    results = (await client.post("/groups/7117/phones/batch", json=items)).json()
    assert {r["status"] for r in results} == {201}
    page2 = await client.get("/groups/7117/phones", params={"page": 2}, headers={"Accept": "application/ld+json"})
    body = page2.json()
    assert (body["hydra:totalItems"], len(body["hydra:member"]), body["@id"]) == (41, 11, "/groups/7117/phones")
    assert body["hydra:member"][0]["@id"].startswith("/phones/")
    assert "hydra:next" not in body["hydra:view"]


async def test_voice_and_text_deletion(client: httpx.AsyncClient) -> None:
    body = {"text": "<speak>Hi</speak>", "sender_id": "S", "phone": "+491701234567", "service_code": "text2speech_ssml"}
    sms = (await client.post("/sms", json={**body, "attempts_count_max": 2, "voice_lang": "EN"})).json()
    assert (sms["service_code"], sms["attempts_count_max"], sms["price"]) == ("text2speech_ssml", 2, 0.3)


def test_wall_clock_can_be_moved() -> None:
    clock = Clock()
    before = time.time()
    assert clock.advance(100) >= before + 100
    assert clock.set(T0) == pytest.approx(T0, abs=1)
    frozen = FrozenClock(T0)
    assert frozen.advance(-5) == T0  # never backward
    assert frozen.set(T0 - 10) == T0 - 10


def test_command_line_defaults() -> None:
    args = parse_args([])
    assert (args.host, args.port, args.db, args.token, args.balance) == (
        "127.0.0.1",
        8024,
        "./lox24-emulator.sqlite3",
        None,
        50.0,
    )
    args = parse_args(["--token", "1:a", "--token", "2:b", "--db", ":memory:", "--seed", "3", "--no-ip-block"])
    assert (args.token, args.db, args.seed, args.no_ip_block) == (["1:a", "2:b"], ":memory:", 3, True)


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


async def test_group_read_only_fields_are_ignored_but_typed(client: httpx.AsyncClient) -> None:
    ok = await client.post("/groups", json={"name": "x", "id": 5, "count_items": 9, "deleted_at": None})
    assert (ok.status_code, ok.json()["count_items"]) == (201, 0)
    assert ok.json()["id"] != 5
    for extra in ({"id": "5"}, {"count_items": -1}, {"deleted_at": "yesterday"}):
        assert (await client.post("/groups", json={"name": "x", **extra})).status_code == 400


async def run_lifespan(app: Any) -> list[str]:
    messages = [{"type": "lifespan.startup"}, {"type": "lifespan.shutdown"}]
    sent: list[str] = []

    async def receive() -> dict[str, str]:
        return messages.pop(0)

    async def send(message: dict[str, Any]) -> None:
        sent.append(message["type"])

    await app({"type": "lifespan", "asgi": {"version": "3.0"}, "state": {}}, receive, send)
    return sent


async def test_app_survives_several_lifespans(app: Any, client: httpx.AsyncClient) -> None:
    for _ in range(2):
        assert await run_lifespan(app) == ["lifespan.startup.complete", "lifespan.shutdown.complete"]
    assert (await client.get("/me")).status_code == 200

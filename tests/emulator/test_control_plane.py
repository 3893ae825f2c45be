"""The control plane: clock, outbox, reset, faults, accounts, injected incomings, config, health."""

from __future__ import annotations

import time

import httpx
import pytest

from lox24.emulator import DEFAULT_TOKEN, FrozenClock
from lox24.emulator.app import ConnectionDroppedError

T0 = 1_700_000_000

SMS = {"text": "Hello", "sender_id": "Shop", "phone": "+491701234567"}


async def test_control_plane_never_500(client: httpx.AsyncClient) -> None:
    for path, body in [
        ("/_emulator/clock", {"advance": 1e308}),
        ("/_emulator/clock", {"set": 1e300}),
        ("/_emulator/accounts", {"id": 1234567, "balance": 1e308}),
        ("/_emulator/accounts", {"token": ""}),
        ("/_emulator/faults", {"latency": 1e9}),
        ("/_emulator/incomings", {"msg_uuid": "x"}),
        ("/_emulator/config", {"ip_block": 1}),
        ("/_emulator/clock", []),
    ]:
        assert (await client.post(path, json=body)).status_code == 400, (path, body)


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


async def test_clock_read_advance_set(client: httpx.AsyncClient) -> None:
    assert (await client.get("/_emulator/clock")).json() == {"now": T0, "frozen": True}
    sms = (await client.post("/sms", json={**SMS, "delivery_at": T0 + 3600})).json()
    assert (await client.post("/_emulator/clock", json={"advance": 3600})).json()["now"] == T0 + 3600
    outbox = (await client.get("/_emulator/outbox")).json()
    assert [o["uuid"] for o in outbox] == [sms["uuid"]]
    assert outbox[0]["text"] == "Hello"
    assert (await client.post("/_emulator/clock", json={"set": T0 + 7200})).json()["now"] == T0 + 7200
    assert (await client.get(f"/sms/{sms['uuid']}")).json()["dlr_code"] == 1
    assert (await client.post("/_emulator/clock", json={"advance": -1})).status_code == 400
    assert (await client.post("/_emulator/clock", json={"advance": "x"})).status_code == 400


async def test_outbox_keeps_deleted_text(client: httpx.AsyncClient) -> None:
    sms = (await client.post("/sms", json={**SMS, "is_text_deleted": True})).json()
    await client.post("/_emulator/clock", json={"advance": 10})
    assert (await client.get(f"/sms/{sms['uuid']}")).json()["text"] == ""
    assert (await client.get("/_emulator/outbox")).json()[0]["text"] == "Hello"


async def test_reset_forgets_everything(client: httpx.AsyncClient) -> None:
    await client.post("/sms", json=SMS)
    await client.post("/groups", json={"name": "x"})
    assert (await client.post("/_emulator/reset")).status_code == 200
    assert (await client.get("/sms")).json() == []
    assert [g["id"] for g in (await client.get("/groups")).json()] == [7117]
    assert (await client.get("/me")).json()["balance_amount"] == 50


async def test_fault_429_with_retry_after_then_normal(client: httpx.AsyncClient) -> None:
    r = await client.post("/_emulator/faults", json={"status": 429, "method": "POST", "path": "/sms", "count": 2})
    assert r.status_code == 200
    assert (await client.get("/sms")).status_code == 200  # other method: not matched
    for _ in range(2):
        hit = await client.post("/sms", json=SMS)
        assert hit.status_code == 429
        assert hit.headers["retry-after"] == "1"
        assert len(hit.headers["x-lox24-request-id"]) == 32
    assert (await client.post("/sms", json=SMS)).status_code == 201
    assert (await client.get("/_emulator/faults")).json() == []


async def test_fault_5xx_glob_path(client: httpx.AsyncClient) -> None:
    await client.post("/_emulator/faults", json={"status": 502, "path": "/sms/*"})
    assert (await client.get("/sms/11111111-2222-3333-4444-555555555555")).status_code == 502
    assert (await client.get("/sms/11111111-2222-3333-4444-555555555555")).status_code == 404


async def test_fault_latency(client: httpx.AsyncClient) -> None:
    await client.post("/_emulator/faults", json={"kind": "latency", "latency": 0.2, "path": "/me"})
    start = time.monotonic()
    assert (await client.get("/me")).status_code == 200
    assert time.monotonic() - start >= 0.2


@pytest.mark.parametrize(("when", "stored"), [("before", 0), ("after", 1)])
async def test_fault_dropped_connection(client: httpx.AsyncClient, when: str, stored: int) -> None:
    await client.post("/_emulator/faults", json={"kind": "drop", "when": when, "method": "POST", "path": "/sms"})
    with pytest.raises(ConnectionDroppedError):
        await client.post("/sms", json={**SMS, "callback_data": "idem-1"})
    # "after": the SMS was committed although the answer was lost; callback_data finds it.
    assert len((await client.get("/sms", params={"callback_data[]": "idem-1"})).json()) == stored


async def test_bad_fault_is_400(client: httpx.AsyncClient) -> None:
    assert (await client.post("/_emulator/faults", json={"kind": "boom"})).status_code == 400
    assert (await client.post("/_emulator/faults", content=b"{")).status_code == 400
    assert (await client.get("/_emulator/nope")).status_code == 404
    assert (await client.put("/_emulator/reset")).headers["allow"] == "POST"


async def test_accounts_balance_activation_and_new_token(client: httpx.AsyncClient) -> None:
    accounts = (await client.get("/_emulator/accounts")).json()
    assert accounts[0]["id"] == 1234567
    assert accounts[0]["tokens"][0]["token"] == DEFAULT_TOKEN
    await client.post("/_emulator/accounts", json={"id": 1234567, "active": False})
    r = await client.get("/me")
    assert r.status_code == 403
    assert r.json()["detail"] == "Account isn't activated. Please wait or contact to support!"
    await client.post("/_emulator/accounts", json={"id": 1234567, "active": True, "balance": 7.5})
    assert (await client.get("/me")).json()["balance_amount"] == 7.5
    new = (await client.post("/_emulator/accounts", json={"token": "555:k", "balance": 1})).json()
    assert new["id"] == 555
    me = await client.get("/me", headers={"X-LOX24-AUTH-TOKEN": "555:k"})
    assert (me.json()["id"], me.json()["balance_amount"], me.json()["groups"]) == (555, 1, {})
    assert (await client.post("/_emulator/accounts", json={"id": 999})).status_code == 404


async def test_inject_incoming_and_read_it(client: httpx.AsyncClient) -> None:
    sms = (await client.post("/sms", json=SMS)).json()
    injected = await client.post("/_emulator/incomings", json={"msg_uuid": sms["uuid"], "text": "STOP"})
    assert injected.status_code == 200
    listing = (await client.get("/incomings", headers={"Accept": "application/ld+json"})).json()
    assert listing["hydra:totalItems"] == 1
    item = listing["hydra:member"][0]
    assert (item["from"], item["to"], item["text"], item["msg_uuid"]) == ("+491701234567", "Shop", "STOP", sms["uuid"])
    assert item["@id"] == f"/incomings/{item['uuid']}"
    other = await client.post("/_emulator/incomings", json={"from": "+14155552671", "text": "hi"})
    assert (await client.get("/incomings", params={"from": "1415"})).json()[0]["uuid"] == other.json()["uuid"]
    assert (await client.get(f"/incomings/{item['uuid']}")).json()["text"] == "STOP"
    assert (await client.delete(f"/incomings/{item['uuid']}")).status_code == 204
    assert (await client.get(f"/incomings/{item['uuid']}")).status_code == 404


async def test_config_turns_ip_block_off(client: httpx.AsyncClient, clock: FrozenClock) -> None:
    assert (await client.get("/_emulator/config")).json() == {"webhook_url": None, "ip_block": True}
    await client.post("/_emulator/config", json={"ip_block": False})
    for _ in range(6):
        assert (await client.get("/me", headers={"X-LOX24-AUTH-TOKEN": "bad"})).status_code == 401
    assert (await client.get("/me")).status_code == 200


async def test_health(client: httpx.AsyncClient) -> None:
    r = await client.get("/_emulator/health", headers={"X-LOX24-AUTH-TOKEN": ""})
    assert (r.status_code, r.json()) == (200, {"status": "ok"})

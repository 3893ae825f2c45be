"""HTTP behaviour through the ASGI app: the docs' samples, negotiation, pagination, errors, never a 500."""

from __future__ import annotations

import asyncio
import re
from typing import Any

import httpx
import pytest

from lox24.emulator import DEFAULT_TOKEN, FrozenClock

T0 = 1_700_000_000
AUTH = {"X-LOX24-AUTH-TOKEN": DEFAULT_TOKEN}

REQUEST_ID = re.compile(r"^[A-Za-z0-9]{32}$")

# The exact body of the documentation's curl sample (shared/docs/lox24-seeds/post-sms.txt): delivery_at is in the past.
DOCS_SMS = {
    "sender_id": "My Sender",
    "phone": "+49751234567",
    "source": 111,
    "service_code": "direct",
    "text": "Test message",
    "delivery_at": 1573724611,
    "is_unicode": True,
    "callback_data": "123456",
    "voice_lang": "DE",
}
DOCS_BULK = {
    "sender_id": "testbulk",
    "text": "test bulk text",
    "service_code": "direct",
    "phones": ["+49751234567"],
    "msg_groups": [7117],
    "delivery_at": 1573724611,
    "is_unicode": True,
    "source": 1234,
    "voice_lang": "DE",
}


async def test_docs_curl_sample_post_sms(client: httpx.AsyncClient, clock: FrozenClock) -> None:
    r = await client.post("/sms", json=DOCS_SMS, headers={"Content-Type": "application/json", "Accept": "*/*"})
    assert r.status_code == 201
    assert r.headers["content-type"].startswith("application/ld+json")
    body = r.json()
    assert body["@id"] == f"/sms/{body['uuid']}"
    assert body["@type"] == "Sms"
    assert body["@context"] == "/contexts/Sms"
    assert (body["phone"], body["iso2"], body["status_code"], body["is_sent"]) == ("+49751234567", "DE", 0, False)
    assert (body["is_unicode"], body["chars_count"], body["parts_count"], body["price"]) == (True, 12, 1, 0.075)
    assert (body["callback_data"], body["voice_lang"], body["source"], body["key_id"]) == ("123456", "DE", 111, 8291)
    assert body["delivery_at"] == 1573724611
    assert body["created_at"] == T0
    assert REQUEST_ID.match(r.headers["x-lox24-request-id"])
    clock.advance(10)
    got = (await client.get(f"/sms/{body['uuid']}")).json()
    assert (got["status_code"], got["is_sent"], got["dlr_code"], got["gateway_sent_at"]) == (100, True, 1, T0 + 1)


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


async def test_dry_run_answers_the_fixed_uuid(client: httpx.AsyncClient) -> None:
    r = await client.post("/sms/dryrun", json={**DOCS_SMS, "phone": "+14155552671"})
    assert r.status_code == 201
    assert r.json()["uuid"] == "11111111-2222-3333-4444-555555555555"
    assert (await client.get("/sms/11111111-2222-3333-4444-555555555555")).status_code == 404
    assert (await client.get("/me")).json()["balance_amount"] == 50
    bulk = await client.post("/bulks/dryrun", json=DOCS_BULK)
    assert (bulk.status_code, bulk.json()["is_dryrun"], bulk.json()["msg_total_count"]) == (201, True, 2)
    assert (await client.get(f"/bulks/{bulk.json()['uuid']}")).status_code == 404


@pytest.mark.parametrize(
    ("accept", "ld"),
    [
        (None, True),
        ("*/*", True),
        ("application/ld+json", True),
        ("application/json", False),
        ("text/html, application/json;q=0.9", False),
        ("application/json, */*;q=0.8", False),
        ("application/json;q=0.5, application/ld+json", True),
        ("application/json;q=0", True),
    ],
)
async def test_accept_negotiation(app: Any, accept: str | None, ld: bool) -> None:
    headers = dict(AUTH)
    if accept is not None:
        headers["Accept"] = accept
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://emulator") as c:
        if accept is None:
            c.headers.pop("accept", None)
        item = await c.get("/groups/7117", headers=headers)
        listing = await c.get("/groups", headers=headers)
        error = await c.get("/groups/999999", headers=headers)
    if ld:
        assert item.headers["content-type"].startswith("application/ld+json")
        assert (item.json()["@id"], item.json()["@type"]) == ("/groups/7117", "Groups")
        assert listing.json()["@type"] == "hydra:Collection"
        assert listing.json()["hydra:totalItems"] == 1
        assert listing.json()["hydra:member"][0]["@id"] == "/groups/7117"
    else:
        assert item.headers["content-type"] == "application/json"
        assert "@id" not in item.json()
        assert isinstance(listing.json(), list)
    assert error.status_code == 404
    assert error.headers["content-type"] == "application/json"
    assert set(error.json()) >= {"type", "title", "detail"}


async def test_pagination_and_hydra_view(client: httpx.AsyncClient) -> None:
    for i in range(65):
        r = await client.post("/sms", json={"text": f"n{i}", "sender_id": "Shop", "phone": "+491701234567"})
        assert r.status_code == 201
    plain = await client.get("/sms", params={"page": 3})
    assert len(plain.json()) == 5
    first = await client.get("/sms", params={"sender_id": "shop"}, headers={"Accept": "application/ld+json"})
    body = first.json()
    assert body["hydra:totalItems"] == 65
    assert len(body["hydra:member"]) == 30
    assert body["hydra:member"][0]["text"] == "n64"  # newest first
    view = body["hydra:view"]
    assert view["@type"] == "hydra:PartialCollectionView"
    assert view["hydra:first"] == "/sms?sender_id=shop&page=1"
    assert view["hydra:last"] == "/sms?sender_id=shop&page=3"
    assert view["hydra:next"] == "/sms?sender_id=shop&page=2"
    assert "hydra:previous" not in view
    second = (await client.get("/sms?sender_id=shop&page=2", headers={"Accept": "application/ld+json"})).json()
    assert second["hydra:view"]["hydra:previous"] == "/sms?sender_id=shop&page=1"
    asc = (await client.get("/sms", params={"_order[created_at]": "asc"})).json()
    assert asc[0]["text"] == "n0"


@pytest.mark.parametrize(
    "query",
    [
        "page=0",
        "page=abc",
        "page=1.5",
        "status_code[]=7",
        "status_code[]=abc",
        "is_sent=maybe",
        "uuid[]=nope",
        "iso2[]=de",
        "_order[created_at]=up",
        "created_at[gt]=-1",
        "phone=" + "1" * 17,
    ],
)
async def test_bad_query_parameters_are_400(client: httpx.AsyncClient, query: str) -> None:
    r = await client.get(f"/sms?{query}")
    assert r.status_code == 400
    body = r.json()
    assert body["violations"]
    assert body["detail"].startswith(body["violations"][0]["propertyPath"] + ": ")


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


async def test_methods_not_in_the_spec_are_405_with_allow(client: httpx.AsyncClient) -> None:
    for method, path, allow in [
        ("OPTIONS", "/sms", "GET, POST"),
        ("PUT", "/sms/11111111-2222-3333-4444-555555555555", "GET, DELETE"),
        ("GET", "/sms/dryrun", "POST"),
        ("PATCH", "/groups/7117", "GET, PUT, DELETE"),
        ("HEAD", "/me", "GET"),
    ]:
        r = await client.request(method, path)
        assert r.status_code == 405, (method, path)
        assert r.headers["allow"] == allow
        assert REQUEST_ID.match(r.headers["x-lox24-request-id"])


async def test_unknown_paths_and_bad_ids_are_404(client: httpx.AsyncClient) -> None:
    for path in ["/nope", "/sms/not-a-uuid", "/groups/abc", "/groups/0", "/groups/99999999999", "/phones/-1", "/sms/"]:
        r = await client.get(path)
        assert r.status_code == 404, path
        assert r.json()["detail"]
        assert REQUEST_ID.match(r.headers["x-lox24-request-id"])


async def test_request_ids_are_unique(client: httpx.AsyncClient) -> None:
    ids = {(await client.get("/me")).headers["x-lox24-request-id"] for _ in range(20)}
    assert len(ids) == 20


async def test_auth_errors_and_ip_block(client: httpx.AsyncClient, clock: FrozenClock) -> None:
    r = await client.get("/me", headers={"X-LOX24-AUTH-TOKEN": ""})
    assert r.status_code == 401
    assert r.json()["detail"] == "Client ID or API key isn't active or invalid!"
    for _ in range(3):
        assert (await client.get("/me", headers={"X-LOX24-AUTH-TOKEN": "1:wrong"})).status_code == 401
    blocked = await client.get("/me")
    assert blocked.status_code == 429
    assert blocked.headers["retry-after"] == "600"
    assert REQUEST_ID.match(blocked.headers["x-lox24-request-id"])
    clock.advance(601)
    assert (await client.get("/me")).status_code == 200


async def test_groups_phones_http(client: httpx.AsyncClient) -> None:
    group = (await client.post("/groups", json={"name": "G", "description": "d", "name_a": "first"})).json()
    gid = group["id"]
    phone = await client.post(f"/groups/{gid}/phones", json={"phone": "+491701234567", "a": "Ann", "d": "x"})
    assert phone.status_code == 201
    assert (phone.json()["a"], phone.json()["d"]) == ("Ann", "x")
    batch = await client.post(
        f"/groups/{gid}/phones/batch", json=[{"phone": "+4912345678"}, {"a": "x"}, {"phone": "01701234568"}]
    )
    assert batch.status_code == 201
    assert [i["status"] for i in batch.json()] == [422, 400, 201]
    assert batch.json()[2]["body"]["phone"] == "+491701234568"
    assert (await client.post(f"/groups/{gid}/phones/batch", json=[])).status_code == 400
    assert (await client.post(f"/groups/{gid}/phones/batch", json=[1])).status_code == 400
    csv_r = await client.get(f"/groups/{gid}/file/csv")
    assert csv_r.headers["content-type"].startswith("text/csv")
    assert csv_r.text.splitlines()[0] == "id,phone,first,col_B,col_C,col_D,col_E,callback_data"
    put = await client.put(f"/groups/{gid}", json={"name": "G2"})
    assert (put.json()["name"], put.json()["description"], put.json()["count_items"]) == ("G2", "d", 2)
    pid = phone.json()["id"]
    assert (await client.put(f"/phones/{pid}", json={"phone": "+14155552671"})).json()["a"] == "Ann"
    assert (await client.delete(f"/phones/{pid}")).status_code == 204
    assert (await client.get(f"/phones/{pid}")).status_code == 404
    assert (await client.delete(f"/groups/{gid}")).status_code == 204
    assert (await client.get(f"/groups/{gid}/phones")).status_code == 404


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


async def test_me(client: httpx.AsyncClient) -> None:
    me = await client.get("/me", headers={"Accept": "application/ld+json"})
    body = me.json()
    assert (body["id"], body["currency"], body["balance_amount"], body["@type"]) == (1234567, "EUR", 50.0, "Account")
    assert body["services"] == ["direct", "text2speech", "text2speech_ssml"]


HOSTILE_BODIES: list[bytes] = [
    b"",
    b"null",
    b"[]",
    b"42",
    b'"text"',
    b"{",
    b"[" * 100000 + b"]" * 100000,
    b'{"text": NaN, "sender_id": "a", "phone": "+491701234567"}',
    b'{"text": {}, "sender_id": [], "phone": {"a": 1}}',
    b'{"text": "x", "sender_id": "a", "phone": "+491701234567", "is_unicode": {}, "service_code": {}}',
    b'{"text": "x\'; DROP TABLE sms; --", "sender_id": "a", "phone": "+491701234567"}',
    '{"text": "\u202e\u0000\ud7ff\ufeff", "sender_id": "a", "phone": "+491701234567"}'.encode(),
    b'{"text": "x", "sender_id": "a", "phone": "+491701234567", "delivery_at": 1e400}',
    b'{"text": "x", "sender_id": "a", "phone": "+491701234567", "source": 99999999999999999999999999}',
    b"\xff\xfe\x00",
    b'{"text": "a\\ud800b", "sender_id": "a", "phone": "+491701234567"}',
    b'{"name": "\\udfff", "text": "x", "sender_id": "a", "phone": "+491701234567", "callback_data": "\\ud83d"}',
    b'{"\\ud800": 1, "text": "x", "sender_id": "a", "phone": "+491701234567"}',
    b'{"text": "' + b"a" * (1024 * 1024 + 10) + b'"}',
]


@pytest.mark.parametrize(
    "path", ["/sms", "/sms/dryrun", "/bulks", "/groups", "/groups/7117/phones", "/groups/7117/phones/batch"]
)
async def test_never_500_on_hostile_bodies(client: httpx.AsyncClient, path: str) -> None:
    for raw in HOSTILE_BODIES:
        r = await client.post(path, content=raw, headers={"Content-Type": "application/json"})
        assert r.status_code < 500, (path, raw[:40], r.text)
        assert r.status_code in (201, 400, 422), (path, raw[:40], r.status_code)
    assert (await client.get("/sms", params={"text": "'; DROP TABLE sms; --"})).status_code == 200
    assert (await client.get("/sms")).status_code == 200


async def test_escaped_surrogate_pairs_are_fine(client: httpx.AsyncClient) -> None:
    raw = b'{"text": "\\ud83d\\ude00", "sender_id": "a", "phone": "+491701234567"}'
    r = await client.post("/sms", content=raw)
    assert r.status_code == 201
    assert (r.json()["text"], r.json()["is_unicode"], r.json()["chars_count"]) == ("😀", True, 2)


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


async def test_concurrent_posts_share_commits_and_keep_the_balance(
    app: Any, client: httpx.AsyncClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    backend = app.state.backend
    batches: list[int] = []
    run_batch = backend.run_batch

    def spy(writes: Any) -> Any:
        batches.append(len(writes))
        return run_batch(writes)

    monkeypatch.setattr(backend, "run_batch", spy)
    await client.post("/_emulator/accounts", json={"id": 1234567, "balance": 0.3})  # four SMS at 0.075
    body = {"text": "x", "sender_id": "S", "phone": "+491701234567"}
    answers = await asyncio.gather(*[client.post("/sms", json=body) for _ in range(10)])
    created = [r.json()["uuid"] for r in answers if r.status_code == 201]
    assert sorted(r.status_code for r in answers) == [201] * 4 + [402] * 6
    assert len(set(created)) == 4
    assert (await client.get("/me")).json()["balance_amount"] == 0
    assert sorted(s["uuid"] for s in (await client.get("/sms")).json()) == sorted(created)
    assert sum(batches) == 10
    assert max(batches) > 1  # group commit: several requests, one transaction

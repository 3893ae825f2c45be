"""JSON-LD identifiers as LOX24 prints them: `@context` `/contexts/<shortName>`, `@type` `<shortName>`.

The shortNames are those of LOX24's API Platform resources, read from the schema names of LOX24's own
OpenAPI file (`schema.sms.jsonld-sms_read`, `schema.bulks.jsonld-bulk_read`, `schema.groups.jsonld-group_read`,
`schema.phones.jsonld-phone_read`, `schema.incomings.jsonld-incoming_read`, `schema.client.jsonld-get`); the
POST /sms page prints `"@context": "/contexts/sms"`, `"@id": "/sms/<uuid>"`, `"@type": "sms"`.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest
from starlette.applications import Starlette

from lox24.emulator import DEFAULT_TOKEN

LD = {"X-LOX24-AUTH-TOKEN": DEFAULT_TOKEN, "Accept": "application/ld+json"}
SMS = {"text": "Hello! This is a test SMS message.", "sender_id": "Shop", "phone": "+14155552671"}
# The keys of the POST /sms page's "Basic sms Message response", in its order (attempts_count_max, newer
# than that example, comes last as in the page's schema).
SEED_SMS_KEYS = [
    "@context", "@id", "@type", "text", "sender_id", "phone", "delivery_at", "status_code", "gateway_sent_at",
    "source", "dlr_code", "ip", "created_at", "is_unicode", "uuid", "iso2", "voice_lang", "parts_count",
    "chars_count", "callback_data", "bulk_id", "key_id", "service_code", "is_text_deleted", "price", "is_sent",
    "requests", "clicks", "attempts_count_max",
]  # fmt: skip


@pytest.fixture
async def ld(app: Starlette) -> AsyncIterator[httpx.AsyncClient]:
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://emulator", headers=LD) as c:
        yield c


def assert_item(r: httpx.Response, status: int, short: str, iri: str) -> dict[str, Any]:
    assert r.status_code == status, r.text
    assert r.headers["content-type"].startswith("application/ld+json")
    body: dict[str, Any] = r.json()
    assert (body["@context"], body["@id"], body["@type"]) == (f"/contexts/{short}", iri, short)
    assert list(body)[:3] == ["@context", "@id", "@type"]
    return body


def assert_collection(r: httpx.Response, short: str, path: str, member_iris: list[str]) -> None:
    assert r.status_code == 200, r.text
    body = r.json()
    assert (body["@context"], body["@id"], body["@type"]) == (f"/contexts/{short}", path, "hydra:Collection")
    assert [m["@id"] for m in body["hydra:member"]] == member_iris
    assert all(m["@type"] == short for m in body["hydra:member"])
    assert all("@context" not in m for m in body["hydra:member"])  # API Platform puts it on the collection only
    assert body["hydra:totalItems"] == len(member_iris)


async def test_sms_item_matches_the_post_sms_page(ld: httpx.AsyncClient) -> None:
    r = await ld.post("/sms", json=SMS)
    body = assert_item(r, 201, "sms", f"/sms/{r.json()['uuid']}")
    assert list(body) == SEED_SMS_KEYS
    assert (body["requests"], body["clicks"]) == (f"/sms/{body['uuid']}/requests", f"/sms/{body['uuid']}/clicks")
    assert_item(await ld.get(f"/sms/{body['uuid']}"), 200, "sms", f"/sms/{body['uuid']}")
    dry = assert_item(await ld.post("/sms/dryrun", json=SMS), 201, "sms", "/sms/11111111-2222-3333-4444-555555555555")
    assert list(dry) == SEED_SMS_KEYS
    assert_collection(await ld.get("/sms"), "sms", "/sms", [f"/sms/{body['uuid']}"])
    filtered = await ld.get("/sms", params={"sender_id": "nobody"})
    assert_collection(filtered, "sms", "/sms", [])


async def test_bulk_items_and_collection(ld: httpx.AsyncClient) -> None:
    bulk = {"text": "Sale", "sender_id": "Shop", "phones": ["+491701234567"], "delivery_at": 1_900_000_000}
    r = await ld.post("/bulks", json=bulk)
    uuid = r.json()["uuid"]
    body = assert_item(r, 201, "bulks", f"/bulks/{uuid}")
    # the GET /bulks/{id} page's order: sender, text and recipients right after delivery_at
    assert list(body)[3:9] == ["uuid", "delivery_at", "sender_id", "text", "phones", "msg_groups"]
    assert_item(await ld.get(f"/bulks/{uuid}"), 200, "bulks", f"/bulks/{uuid}")
    status = assert_item(await ld.get(f"/bulks/{uuid}/status"), 200, "bulks", f"/bulks/{uuid}")
    assert "text" not in status
    assert_collection(await ld.get("/bulks"), "bulks", "/bulks", [f"/bulks/{uuid}"])
    assert_item(await ld.put(f"/bulks/{uuid}/cancel"), 200, "bulks", f"/bulks/{uuid}")
    dry = await ld.post("/bulks/dryrun", json=bulk)
    assert_item(dry, 201, "bulks", f"/bulks/{dry.json()['uuid']}")


async def test_group_and_phone_items_and_collections(ld: httpx.AsyncClient) -> None:
    r = await ld.post("/groups", json={"name": "VIP"})
    gid = r.json()["id"]
    assert_item(r, 201, "groups", f"/groups/{gid}")
    assert_item(await ld.get(f"/groups/{gid}"), 200, "groups", f"/groups/{gid}")
    assert_item(await ld.put(f"/groups/{gid}", json={"name": "VIP2"}), 200, "groups", f"/groups/{gid}")
    assert_collection(await ld.get("/groups"), "groups", "/groups", ["/groups/7117", f"/groups/{gid}"])
    p = await ld.post(f"/groups/{gid}/phones", json={"phone": "+491701234567"})
    pid = p.json()["id"]
    assert_item(p, 201, "phones", f"/phones/{pid}")
    assert_item(await ld.get(f"/phones/{pid}"), 200, "phones", f"/phones/{pid}")
    assert_item(await ld.put(f"/phones/{pid}", json={"phone": "+491701234568"}), 200, "phones", f"/phones/{pid}")
    path = f"/groups/{gid}/phones"
    assert_collection(await ld.get(path), "phones", path, [f"/phones/{pid}"])


async def test_incoming_items_and_collection(ld: httpx.AsyncClient, app: Starlette) -> None:
    incoming = app.state.backend.inject_incoming(from_number="+491701234567", to_number="+4915550000", text="Hi")
    iri = f"/incomings/{incoming['uuid']}"
    assert_item(await ld.get(iri), 200, "incomings", iri)
    assert_collection(await ld.get("/incomings"), "incomings", "/incomings", [iri])


async def test_account_is_the_client_resource(ld: httpx.AsyncClient) -> None:
    body = assert_item(await ld.get("/me"), 200, "client", "/me")
    assert body["id"] == 1234567


async def test_plain_json_has_no_jsonld_keys(ld: httpx.AsyncClient) -> None:
    plain = {"Accept": "application/json"}
    created = await ld.post("/sms", json=SMS, headers=plain)
    assert not [k for k in created.json() if k.startswith("@")]
    assert list(created.json()) == SEED_SMS_KEYS[3:]
    listing = (await ld.get("/sms", headers=plain)).json()
    assert isinstance(listing, list)
    assert not [k for k in listing[0] if k.startswith("@")]

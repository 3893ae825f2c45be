"""Rendering: content negotiation (JSON or JSON-LD) and Hydra pages with view links."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from lox24.emulator import DEFAULT_TOKEN

AUTH = {"X-LOX24-AUTH-TOKEN": DEFAULT_TOKEN}


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
        assert (item.json()["@id"], item.json()["@type"]) == ("/groups/7117", "groups")
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

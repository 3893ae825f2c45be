"""`client.bulks`: every method, sync and async."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest
import respx

import lox24

from .conftest import BULK_UUID, bulk_payload, bulk_status_payload, collection, error_payload, violations_payload


def _json(route: respx.Route) -> Any:
    return json.loads(route.calls.last.request.content)


def test_create(client: lox24.Client, api: respx.MockRouter) -> None:
    route = api.post("/bulks").mock(return_value=httpx.Response(201, json=bulk_payload()))
    bulk = client.bulks.create(text="Sale!", sender_id="MyShop", phones=["01701234567"], groups=[7117])
    assert isinstance(bulk, lox24.Bulk)
    assert bulk.uuid == BULK_UUID
    assert bulk.status_code is lox24.BulkStatusCode.NEW
    assert _json(route) == {"text": "Sale!", "sender_id": "MyShop", "phones": ["+491701234567"], "msg_groups": [7117]}


def test_create_with_all_params(client: lox24.Client, api: respx.MockRouter) -> None:
    route = api.post("/bulks").mock(return_value=httpx.Response(201, json=bulk_payload()))
    client.bulks.create(
        text="Sale!", sender_id="MyShop", groups=[1, 2], delivery_at=1893456000, is_unicode=True,
        service_code="direct", voice_lang="EN", source=3, is_text_deleted=False,
    )  # fmt: skip
    assert _json(route) == {
        "text": "Sale!", "sender_id": "MyShop", "msg_groups": [1, 2], "delivery_at": 1893456000, "is_unicode": True,
        "service_code": "direct", "voice_lang": "EN", "source": 3, "is_text_deleted": False,
    }  # fmt: skip


def test_create_validates_recipients_before_sending(client: lox24.Client, api: respx.MockRouter) -> None:
    route = api.post("/bulks").mock(return_value=httpx.Response(201, json=bulk_payload()))
    with pytest.raises(lox24.Lox24ValidationError) as info:
        client.bulks.create(text="Sale!", sender_id="MyShop")
    assert info.value.field == "phones"
    with pytest.raises(lox24.Lox24ValidationError, match=r"phones\[1\]"):
        client.bulks.create(text="Sale!", sender_id="MyShop", phones=["+491701234567", "nope"])
    assert route.call_count == 0


def test_create_raises_unprocessable(client: lox24.Client, api: respx.MockRouter) -> None:
    api.post("/bulks").mock(return_value=httpx.Response(422, json=violations_payload()))
    with pytest.raises(lox24.UnprocessableEntityError) as info:
        client.bulks.create(text="Sale!", sender_id="MyShop", groups=[1])
    assert info.value.violations[0].property_path == "phone"


def test_create_is_not_retried_after_a_5xx(client: lox24.Client, api: respx.MockRouter) -> None:
    route = api.post("/bulks").mock(return_value=httpx.Response(502, json=error_payload(502)))
    with pytest.raises(lox24.InternalServerError) as info:
        client.bulks.create(text="Sale!", sender_id="MyShop", groups=[1])
    assert route.call_count == 1
    assert info.value.may_have_been_sent


def test_dry_run(client: lox24.Client, api: respx.MockRouter) -> None:
    route = api.post("/bulks/dryrun").mock(return_value=httpx.Response(201, json=bulk_payload(is_dryrun=True)))
    assert client.bulks.dry_run(text="Sale!", sender_id="MyShop", groups=[7117]).is_dryrun is True
    assert _json(route)["msg_groups"] == [7117]


def test_get_status_cancel_delete_path_params(client: lox24.Client, api: respx.MockRouter) -> None:
    get = api.get(f"/bulks/{BULK_UUID}").mock(return_value=httpx.Response(200, json=bulk_payload()))
    status = api.get(f"/bulks/{BULK_UUID}/status").mock(
        return_value=httpx.Response(200, json=bulk_status_payload(status_code=5))
    )
    cancel = api.put(f"/bulks/{BULK_UUID}/cancel").mock(
        return_value=httpx.Response(200, json=bulk_status_payload(status_code=15))
    )
    delete = api.delete(f"/bulks/{BULK_UUID}").mock(return_value=httpx.Response(204))
    assert client.bulks.get(BULK_UUID).text == "Sale!"
    assert client.bulks.status(BULK_UUID).status_code is lox24.BulkStatusCode.IN_PROGRESS
    assert client.bulks.cancel(BULK_UUID).status_code is lox24.BulkStatusCode.CANCELED
    client.bulks.delete(BULK_UUID)
    assert (get.call_count, status.call_count, cancel.call_count, delete.call_count) == (1, 1, 1, 1)


def test_get_raises_not_found(client: lox24.Client, api: respx.MockRouter) -> None:
    api.get("/bulks/ffffffff-0000-4000-8000-000000000404").mock(
        return_value=httpx.Response(404, json=error_payload(404))
    )
    with pytest.raises(lox24.NotFoundError):
        client.bulks.get("ffffffff-0000-4000-8000-000000000404")


def test_list_pages_and_filters(client: lox24.Client, api: respx.MockRouter) -> None:
    route = api.get("/bulks").mock(
        side_effect=[
            httpx.Response(200, json=collection([bulk_status_payload(uuid="b1")], total=2, next_page=2, path="/bulks")),
            httpx.Response(200, json=collection([bulk_status_payload(uuid="b2")], total=2, path="/bulks")),
        ]
    )
    bulks = list(client.bulks.list(status_code=lox24.BulkStatusCode.PROCESSED, is_dryrun=False, created_at=(9, None)))
    assert [b.uuid for b in bulks] == ["b1", "b2"]
    assert isinstance(bulks[0], lox24.BulkStatusJsonLd)
    params = route.calls[0].request.url.params
    assert params.get_list("status_code[]") == ["10"]
    assert params["is_dryrun"] == "0"
    assert params["created_at[gte]"] == "9"
    assert route.calls[1].request.url.params["page"] == "2"


async def test_async_bulks(aclient: lox24.AsyncClient, api: respx.MockRouter) -> None:
    api.post("/bulks").mock(return_value=httpx.Response(201, json=bulk_payload()))
    api.post("/bulks/dryrun").mock(return_value=httpx.Response(201, json=bulk_payload(is_dryrun=True)))
    api.get(f"/bulks/{BULK_UUID}").mock(return_value=httpx.Response(200, json=bulk_payload()))
    api.get(f"/bulks/{BULK_UUID}/status").mock(return_value=httpx.Response(200, json=bulk_status_payload()))
    api.put(f"/bulks/{BULK_UUID}/cancel").mock(
        return_value=httpx.Response(200, json=bulk_status_payload(status_code=15))
    )
    delete = api.delete(f"/bulks/{BULK_UUID}").mock(return_value=httpx.Response(204))
    api.get("/bulks").mock(return_value=httpx.Response(200, json=collection([bulk_status_payload()], path="/bulks")))
    assert (await aclient.bulks.create(text="Sale!", sender_id="MyShop", groups=[1])).uuid == BULK_UUID
    assert (await aclient.bulks.dry_run(text="Sale!", sender_id="MyShop", groups=[1])).is_dryrun
    assert (await aclient.bulks.get(BULK_UUID)).uuid == BULK_UUID
    assert (await aclient.bulks.status(BULK_UUID)).status_code is lox24.BulkStatusCode.NEW
    assert (await aclient.bulks.cancel(BULK_UUID)).status_code is lox24.BulkStatusCode.CANCELED
    await aclient.bulks.delete(BULK_UUID)
    assert delete.call_count == 1
    assert [b.uuid async for b in aclient.bulks.list()] == [BULK_UUID]

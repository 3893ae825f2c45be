"""`client.incomings`: inbound SMS, sync and async."""

from __future__ import annotations

import httpx
import pytest
import respx

import lox24

from .conftest import SMS_UUID, collection, error_payload, incoming_payload

IN_UUID = "99999999-2222-3333-4444-555555555555"


def test_get_delete_list(client: lox24.Client, api: respx.MockRouter) -> None:
    api.get(f"/incomings/{IN_UUID}").mock(return_value=httpx.Response(200, json=incoming_payload()))
    delete = api.delete(f"/incomings/{IN_UUID}").mock(return_value=httpx.Response(204))
    route = api.get("/incomings").mock(
        side_effect=[
            httpx.Response(200, json=collection([incoming_payload()], total=2, next_page=2, path="/incomings")),
            httpx.Response(200, json=collection([incoming_payload(uuid="second")], total=2, path="/incomings")),
        ]
    )
    reply = client.incomings.get(IN_UUID)
    assert isinstance(reply, lox24.Incoming)
    assert (reply.from_, reply.text) == ("+491701234567", "Yes please")
    client.incomings.delete(IN_UUID)
    assert delete.call_count == 1
    replies = list(client.incomings.list(msg_uuid=SMS_UUID, from_="+491701234567", order={"received_at": "asc"}))
    assert [r.uuid for r in replies] == [IN_UUID, "second"]
    assert isinstance(replies[0], lox24.IncomingJsonLd)
    params = route.calls[0].request.url.params
    assert params.get_list("msg_uuid[]") == [SMS_UUID]
    assert params["from"] == "+491701234567"
    assert params["_order[received_at]"] == "asc"


def test_get_raises_not_found(client: lox24.Client, api: respx.MockRouter) -> None:
    api.get("/incomings/ffffffff-0000-4000-8000-000000000404").mock(
        return_value=httpx.Response(404, json=error_payload(404))
    )
    with pytest.raises(lox24.NotFoundError):
        client.incomings.get("ffffffff-0000-4000-8000-000000000404")


async def test_async_incomings(aclient: lox24.AsyncClient, api: respx.MockRouter) -> None:
    api.get(f"/incomings/{IN_UUID}").mock(return_value=httpx.Response(200, json=incoming_payload()))
    delete = api.delete(f"/incomings/{IN_UUID}").mock(return_value=httpx.Response(204))
    api.get("/incomings").mock(return_value=httpx.Response(200, json=collection([incoming_payload()])))
    assert (await aclient.incomings.get(IN_UUID)).uuid == IN_UUID
    await aclient.incomings.delete(IN_UUID)
    assert delete.call_count == 1
    assert [r.uuid async for r in aclient.incomings.list(text="Yes")] == [IN_UUID]

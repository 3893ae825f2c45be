"""`client.blocked_numbers`: the block list, sync and async (respx)."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest
import respx

import lox24

from .conftest import collection, error_payload


def blocked_payload(**overrides: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "@context": "/contexts/blocked_numbers",
        "@id": "/blocked_numbers/42",
        "@type": "blocked_numbers",
        "id": 42,
        "number": "+491701234567",
        "type": 1,
        "added_at": 1755868416,
    }
    data.update(overrides)
    return data


def test_create_sends_the_number_and_parses_the_answer(client: lox24.Client, api: respx.MockRouter) -> None:
    route = api.post("/blocked_numbers").mock(return_value=httpx.Response(201, json=blocked_payload()))
    blocked = client.blocked_numbers.create("+491701234567")
    assert json.loads(route.calls.last.request.content) == {"number": "+491701234567"}
    assert isinstance(blocked, lox24.BlockedNumber)
    assert (blocked.id, blocked.number, blocked.type_, blocked.added_at) == (
        42,
        "+491701234567",
        lox24.BlockedNumberType.CUSTOMER,
        1755868416,
    )
    assert blocked.additional_properties["@id"] == "/blocked_numbers/42"


def test_create_of_a_blocked_number_raises_conflict_and_is_not_retried(
    client: lox24.Client, api: respx.MockRouter
) -> None:
    route = api.post("/blocked_numbers").mock(return_value=httpx.Response(409, json=error_payload(409)))
    with pytest.raises(lox24.ConflictError) as info:
        client.blocked_numbers.create("+491701234567")
    assert info.value.status_code == 409
    assert route.call_count == 1


@pytest.mark.parametrize("number", ["491701234567", "+49 170", "+123", "+" + "1" * 21, 491701234567, ""])
def test_create_refuses_a_malformed_number_before_sending(
    client: lox24.Client, api: respx.MockRouter, number: Any
) -> None:
    route = api.post("/blocked_numbers")
    with pytest.raises(lox24.Lox24ValidationError) as info:
        client.blocked_numbers.create(number)
    assert info.value.field == "number"
    assert not route.called


def test_create_without_validation_sends_what_it_is_given(client: lox24.Client, api: respx.MockRouter) -> None:
    route = api.post("/blocked_numbers").mock(return_value=httpx.Response(400, json=error_payload(400)))
    with pytest.raises(lox24.BadRequestError):
        client.blocked_numbers.create("0170", validate=False)
    assert json.loads(route.calls.last.request.content) == {"number": "0170"}


def test_get_delete_and_list_with_filters(client: lox24.Client, api: respx.MockRouter) -> None:
    api.get("/blocked_numbers/42").mock(return_value=httpx.Response(200, json=blocked_payload()))
    delete = api.delete("/blocked_numbers/42").mock(return_value=httpx.Response(204))
    route = api.get("/blocked_numbers").mock(
        side_effect=[
            httpx.Response(
                200, json=collection([blocked_payload(type=2)], total=2, next_page=2, path="/blocked_numbers")
            ),
            httpx.Response(200, json=collection([blocked_payload(id=43, type=2)], total=2, path="/blocked_numbers")),
        ]
    )
    assert client.blocked_numbers.get(42).number == "+491701234567"
    client.blocked_numbers.delete(42)
    assert delete.call_count == 1
    items = list(client.blocked_numbers.list(type=lox24.BlockedNumberType.UNSUBSCRIBED, number="+491701234567"))
    assert [b.id for b in items] == [42, 43]
    assert all(isinstance(b, lox24.BlockedNumberJsonLd) and b.type_ == 2 for b in items)
    first = route.calls[0].request.url.params
    assert (first["type"], first["number"], first["page"]) == ("2", "+491701234567", "1")
    assert route.calls[1].request.url.params["page"] == "2"


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [({"type": 3}, "type"), ({"type": True}, "type"), ({"type": "2"}, "type"), ({"number": ""}, "number")],
)
def test_list_refuses_bad_filters_before_sending(
    client: lox24.Client, api: respx.MockRouter, kwargs: dict[str, Any], field: str
) -> None:
    route = api.get("/blocked_numbers")
    with pytest.raises(lox24.Lox24ValidationError) as info:
        client.blocked_numbers.list(**kwargs)
    assert info.value.field == field
    assert not route.called


@pytest.mark.parametrize("bad", [0, -1, True, "42", 2**31])
def test_path_ids_are_checked(client: lox24.Client, api: respx.MockRouter, bad: Any) -> None:
    with pytest.raises(lox24.Lox24ValidationError):
        client.blocked_numbers.get(bad)
    with pytest.raises(lox24.Lox24ValidationError):
        client.blocked_numbers.delete(bad)


def test_unknown_id_raises_not_found(client: lox24.Client, api: respx.MockRouter) -> None:
    api.get("/blocked_numbers/404").mock(return_value=httpx.Response(404, json=error_payload(404)))
    with pytest.raises(lox24.NotFoundError):
        client.blocked_numbers.get(404)


def test_raw_responses(client: lox24.Client, api: respx.MockRouter) -> None:
    api.post("/blocked_numbers").mock(return_value=httpx.Response(201, json=blocked_payload()))
    api.get("/blocked_numbers/42").mock(return_value=httpx.Response(200, json=blocked_payload()))
    api.delete("/blocked_numbers/42").mock(return_value=httpx.Response(204))
    raw = client.with_raw_response.blocked_numbers.create("+491701234567")
    assert raw.status_code == 201
    assert raw.parse().id == 42
    assert client.with_raw_response.blocked_numbers.get(42).parse().number == "+491701234567"
    assert client.with_raw_response.blocked_numbers.delete(42).status_code == 204


async def test_async_blocked_numbers(aclient: lox24.AsyncClient, api: respx.MockRouter) -> None:
    create = api.post("/blocked_numbers").mock(return_value=httpx.Response(201, json=blocked_payload()))
    api.get("/blocked_numbers/42").mock(return_value=httpx.Response(200, json=blocked_payload()))
    delete = api.delete("/blocked_numbers/42").mock(return_value=httpx.Response(204))
    listed = api.get("/blocked_numbers").mock(return_value=httpx.Response(200, json=collection([blocked_payload()])))
    assert (await aclient.blocked_numbers.create("+491701234567")).id == 42
    assert json.loads(create.calls.last.request.content) == {"number": "+491701234567"}
    assert (await aclient.blocked_numbers.get(42)).type_ == lox24.BlockedNumberType.CUSTOMER
    await aclient.blocked_numbers.delete(42)
    assert delete.call_count == 1
    assert [b.number async for b in aclient.blocked_numbers.list(type=1)] == ["+491701234567"]
    assert listed.calls.last.request.url.params["type"] == "1"
    raw = await aclient.with_raw_response.blocked_numbers.get(42)
    assert raw.parse().id == 42


async def test_async_conflict(aclient: lox24.AsyncClient, api: respx.MockRouter) -> None:
    route = api.post("/blocked_numbers").mock(return_value=httpx.Response(409, json=error_payload(409)))
    with pytest.raises(lox24.ConflictError):
        await aclient.blocked_numbers.create("+491701234567")
    assert route.call_count == 1

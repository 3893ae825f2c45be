"""`client.groups`, `client.groups.phones(id)` and `client.phones`: every method, sync and async."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest
import respx

import lox24

from .conftest import collection, error_payload, group_payload, phone_payload


def _json(route: respx.Route) -> Any:
    return json.loads(route.calls.last.request.content)


def test_create(client: lox24.Client, api: respx.MockRouter) -> None:
    route = api.post("/groups").mock(return_value=httpx.Response(201, json=group_payload()))
    group = client.groups.create(name="My Clients", description="Newsletter", columns={"a": "prefix", "name_b": "city"})
    assert isinstance(group, lox24.Group)
    assert (group.id, group.name, group.name_a) == (7117, "My Clients", "prefix")
    assert _json(route) == {"name": "My Clients", "description": "Newsletter", "name_a": "prefix", "name_b": "city"}


def test_create_with_column_list_and_no_description(client: lox24.Client, api: respx.MockRouter) -> None:
    route = api.post("/groups").mock(return_value=httpx.Response(201, json=group_payload()))
    client.groups.create(name="G", columns=["first", None])
    assert _json(route) == {"name": "G", "name_a": "first", "name_b": None}


def test_create_validates(client: lox24.Client, api: respx.MockRouter) -> None:
    route = api.post("/groups").mock(return_value=httpx.Response(201, json=group_payload()))
    with pytest.raises(lox24.Lox24ValidationError, match="name"):
        client.groups.create(name="")
    with pytest.raises(lox24.Lox24ValidationError, match="columns"):
        client.groups.create(name="G", columns={"z": "nope"})
    assert route.call_count == 0


def test_get_list_update_delete_export(client: lox24.Client, api: respx.MockRouter) -> None:
    api.get("/groups/7117").mock(return_value=httpx.Response(200, json=group_payload()))
    api.get("/groups").mock(
        return_value=httpx.Response(200, json=collection([group_payload(), group_payload(id=2)], path="/groups"))
    )
    update = api.put("/groups/7117").mock(return_value=httpx.Response(200, json=group_payload(name="VIP")))
    delete = api.delete("/groups/7117").mock(return_value=httpx.Response(204))
    api.get("/groups/7117/file/csv").mock(
        return_value=httpx.Response(200, text="phone;a\n+491701234567;Dr.\n", headers={"Content-Type": "text/csv"})
    )
    assert client.groups.get(7117).name == "My Clients"
    groups = client.groups.list().to_list()
    assert [g.id for g in groups] == [7117, 2]
    assert isinstance(groups[0], lox24.GroupJsonLd)
    assert client.groups.update(7117, name="VIP").name == "VIP"
    assert _json(update) == {"name": "VIP"}
    client.groups.update(7117, name="VIP", description=None, columns={"c": "zip"})
    assert _json(update) == {"name": "VIP", "description": None, "name_c": "zip"}
    client.groups.delete(7117)
    assert delete.call_count == 1
    assert client.groups.export_csv(7117).startswith("phone;a")


def test_get_raises_not_found(client: lox24.Client, api: respx.MockRouter) -> None:
    api.get("/groups/1").mock(return_value=httpx.Response(404, json=error_payload(404)))
    with pytest.raises(lox24.NotFoundError):
        client.groups.get(1)


def test_group_phones_add_sends_columns_as_top_level_keys(client: lox24.Client, api: respx.MockRouter) -> None:
    route = api.post("/groups/7117/phones").mock(return_value=httpx.Response(201, json=phone_payload()))
    entry = client.groups.phones(7117).add("0170 1234567", callback_data="cb", columns={"a": "Dr.", "d": "x"})
    assert isinstance(entry, lox24.Phone)
    assert entry["a"] == "Dr."
    assert entry.additional_properties["d"] is None
    assert _json(route) == {"phone": "+491701234567", "callback_data": "cb", "a": "Dr.", "d": "x"}


def test_group_phones_add_validates(client: lox24.Client, api: respx.MockRouter) -> None:
    route = api.post("/groups/7117/phones").mock(return_value=httpx.Response(201, json=phone_payload()))
    with pytest.raises(lox24.Lox24ValidationError, match="phone"):
        client.groups.phones(7117).add("123")
    with pytest.raises(lox24.Lox24ValidationError, match="columns"):
        client.groups.phones(7117).add("+491701234567", columns={"f": "x"})
    assert route.call_count == 0


def test_group_phones_add_many(client: lox24.Client, api: respx.MockRouter) -> None:
    results_json = [
        {"status": 201, "body": phone_payload()},
        {"status": 422, "body": error_payload(422, "Unprocessable", "duplicate")},
    ]
    route = api.post("/groups/7117/phones/batch").mock(return_value=httpx.Response(201, json=results_json))
    results = client.groups.phones(7117).add_many(["+491701234567", {"phone": "01511 2345678", "b": "Berlin"}])
    assert [r.status for r in results] == [201, 422]
    assert isinstance(results[0], lox24.PhoneBatchResult)
    assert isinstance(results[0].body, lox24.Phone)
    assert isinstance(results[1].body, lox24.Error)
    assert _json(route) == [{"phone": "+491701234567"}, {"phone": "+4915112345678", "b": "Berlin"}]
    with pytest.raises(lox24.Lox24ValidationError, match=r"entries\[0\]"):
        client.groups.phones(7117).add_many([{"a": "no phone"}])


def test_group_phones_add_checks_callback_data_length(client: lox24.Client, api: respx.MockRouter) -> None:
    route = api.post("/groups/7117/phones").mock(return_value=httpx.Response(201, json=phone_payload()))
    with pytest.raises(lox24.Lox24ValidationError, match="callback_data") as info:
        client.groups.phones(7117).add("+491701234567", callback_data="x" * 37)
    assert info.value.field == "callback_data"
    with pytest.raises(lox24.Lox24ValidationError, match=r"entries\[1\]\.callback_data"):
        client.groups.phones(7117).add_many(["+491701234567", {"phone": "+491701234568", "callback_data": "y" * 37}])
    assert route.call_count == 0
    client.groups.phones(7117).add("+491701234567", callback_data="x" * 36)
    assert route.call_count == 1


def test_group_phones_add_many_without_validation_sends_an_entry_without_phone(
    client: lox24.Client, api: respx.MockRouter
) -> None:
    # The spec's PhoneBatchItem allows it; LOX24 answers that item alone with a 400 in the batch result.
    results_json = [
        {"status": 400, "body": error_payload(400, "An error occurred", "phone: This value should not be blank.")}
    ]
    route = api.post("/groups/7117/phones/batch").mock(return_value=httpx.Response(201, json=results_json))
    results = client.groups.phones(7117).add_many([{"a": "no phone"}], validate=False)
    assert [r.status for r in results] == [400]
    assert _json(route) == [{"a": "no phone"}]


def test_group_phones_list(client: lox24.Client, api: respx.MockRouter) -> None:
    route = api.get("/groups/7117/phones").mock(
        side_effect=[
            httpx.Response(200, json=collection([phone_payload()], total=2, next_page=2, path="/groups/7117/phones")),
            httpx.Response(200, json=collection([phone_payload(id=43)], total=2, path="/groups/7117/phones")),
        ]
    )
    entries = list(client.groups.phones(7117).list())
    assert [e.id for e in entries] == [42, 43]
    assert entries[0]["a"] == "Dr."
    assert route.call_count == 2


def test_phones_get_update_delete(client: lox24.Client, api: respx.MockRouter) -> None:
    api.get("/phones/42").mock(return_value=httpx.Response(200, json=phone_payload()))
    update = api.put("/phones/42").mock(return_value=httpx.Response(200, json=phone_payload(a="Prof.")))
    delete = api.delete("/phones/42").mock(return_value=httpx.Response(204))
    assert client.phones.get(42).phone == "+491701234567"
    assert client.phones.update(42, phone="+491701234567", columns={"a": "Prof."})["a"] == "Prof."
    assert _json(update) == {"phone": "+491701234567", "a": "Prof."}
    client.phones.update(42, phone="+491701234567", callback_data=None)
    assert _json(update) == {"phone": "+491701234567", "callback_data": None}
    client.phones.delete(42)
    assert delete.call_count == 1


async def test_async_groups_and_phones(aclient: lox24.AsyncClient, api: respx.MockRouter) -> None:
    create = api.post("/groups").mock(return_value=httpx.Response(201, json=group_payload()))
    api.get("/groups/7117").mock(return_value=httpx.Response(200, json=group_payload()))
    api.get("/groups").mock(return_value=httpx.Response(200, json=collection([group_payload()], path="/groups")))
    api.put("/groups/7117").mock(return_value=httpx.Response(200, json=group_payload(name="VIP")))
    api.delete("/groups/7117").mock(return_value=httpx.Response(204))
    api.get("/groups/7117/file/csv").mock(return_value=httpx.Response(200, text="phone\n"))
    api.post("/groups/7117/phones").mock(return_value=httpx.Response(201, json=phone_payload()))
    api.post("/groups/7117/phones/batch").mock(
        return_value=httpx.Response(201, json=[{"status": 201, "body": phone_payload()}])
    )
    api.get("/groups/7117/phones").mock(return_value=httpx.Response(200, json=collection([phone_payload()])))
    api.get("/phones/42").mock(return_value=httpx.Response(200, json=phone_payload()))
    api.put("/phones/42").mock(return_value=httpx.Response(200, json=phone_payload()))
    phone_delete = api.delete("/phones/42").mock(return_value=httpx.Response(204))

    group = await aclient.groups.create(name="My Clients", columns={"a": "prefix"})
    assert _json(create) == {"name": "My Clients", "name_a": "prefix"}
    assert (await aclient.groups.get(group.id)).id == 7117
    assert [g.id async for g in aclient.groups.list()] == [7117]
    assert (await aclient.groups.update(7117, name="VIP")).name == "VIP"
    await aclient.groups.delete(7117)
    assert await aclient.groups.export_csv(7117) == "phone\n"
    phones = aclient.groups.phones(7117)
    assert (await phones.add("+491701234567", columns={"a": "Dr."}))["a"] == "Dr."
    assert [r.status for r in await phones.add_many(["+491701234567"])] == [201]
    assert [p.id async for p in phones.list()] == [42]
    assert (await aclient.phones.get(42)).id == 42
    assert (await aclient.phones.update(42, phone="+491701234567")).id == 42
    await aclient.phones.delete(42)
    assert phone_delete.call_count == 1

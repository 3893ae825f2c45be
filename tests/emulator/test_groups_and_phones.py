"""Groups and their phones: CRUD, the docs' group 7117, rules, pages, read-only fields, CSV export."""

from __future__ import annotations

import csv
import io

import httpx
import pytest

from lox24.emulator import DEFAULT_TOKEN, Backend
from lox24.emulator.errors import EmulatorError


def test_groups_and_phones_crud(backend: Backend) -> None:
    who = backend.authenticate(DEFAULT_TOKEN, "10.0.0.1")
    group = backend.create_group(
        who, {"name": "VIP", "name_a": "first", "phones": {"k1": {"phone": "01701234567", "a": "Ann"}}}
    )
    assert (group["name"], group["count_items"], group["deleted_at"]) == ("VIP", 1, None)
    assert group["id"] > 7117
    phones, total = backend.list_group_phones(who, group["id"], 1)
    assert (total, phones[0]["phone"], phones[0]["a"]) == (1, "+491701234567", "Ann")
    updated = backend.update_group(who, group["id"], {"name": "VIP2"})
    assert (updated["name"], updated["name_a"]) == ("VIP2", "first")
    phone = backend.update_phone(who, phones[0]["id"], {"phone": "+14155552671", "b": "B"})
    assert (phone["phone"], phone["a"], phone["b"]) == ("+14155552671", "Ann", "B")
    results = backend.create_group_phones_batch(
        who, group["id"], [{"phone": "+491701234568"}, {"a": "no phone"}, {"phone": "+4912345678"}]
    )
    assert [r["status"] for r in results] == [201, 400, 422]
    assert results[1]["body"]["detail"].startswith("phone:")
    csv_text = backend.export_group_csv(who, group["id"])
    assert csv_text.splitlines()[0] == "id,phone,first,col_B,col_C,col_D,col_E,callback_data"
    assert len(csv_text.splitlines()) == 3
    backend.delete_phone(who, phone["id"])
    assert backend.get_group(who, group["id"])["count_items"] == 1
    backend.delete_group(who, group["id"])
    with pytest.raises(EmulatorError):
        backend.get_group(who, group["id"])


def test_docs_group_7117_is_seeded(backend: Backend) -> None:
    who = backend.authenticate(DEFAULT_TOKEN, "10.0.0.1")
    group = backend.get_group(who, 7117)
    assert (group["name"], group["name_b"], group["count_items"]) == ("My Clients", "name", 1)
    assert backend.get_account(who)["groups"] == {"7117": "/groups/7117"}


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


async def test_group_read_only_fields_are_ignored_but_typed(client: httpx.AsyncClient) -> None:
    ok = await client.post("/groups", json={"name": "x", "id": 5, "count_items": 9, "deleted_at": None})
    assert (ok.status_code, ok.json()["count_items"]) == (201, 0)
    assert ok.json()["id"] != 5
    for extra in ({"id": "5"}, {"count_items": -1}, {"deleted_at": "yesterday"}):
        assert (await client.post("/groups", json={"name": "x", **extra})).status_code == 400


async def test_csv_export_quotes_and_defuses_formulas(client: httpx.AsyncClient) -> None:
    values = {
        "a": '=HYPERLINK("http://evil")',
        "b": "@SUM(A1)",
        "c": "+cmd|' /C calc'!A0",
        "d": 'comma, "quote"\nnewline',
        "e": "-12.50",
        "callback_data": "\tx",
    }
    group = (await client.post("/groups", json={"name": "=Group", "name_a": "-x"})).json()
    r = await client.post(f"/groups/{group['id']}/phones", json={"phone": "+491701234567", **values})
    assert r.status_code == 201
    assert r.json()["a"] == values["a"]  # stored and answered as given
    text = (await client.get(f"/groups/{group['id']}/file/csv")).text
    header, row = list(csv.reader(io.StringIO(text)))
    assert header == ["id", "phone", "'-x", "col_B", "col_C", "col_D", "col_E", "callback_data"]
    assert row[1] == "+491701234567"  # the phone column is not touched
    assert row[2:] == [
        '\'=HYPERLINK("http://evil")',
        "'@SUM(A1)",
        "'+cmd|' /C calc'!A0",
        'comma, "quote"\nnewline',
        "-12.50",
        "'\tx",
    ]

"""The filter grammar module (lox24/emulator/filters.py) on an in-memory SQLite table, and its tables vs the spec."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml

from lox24.emulator import filters
from lox24.emulator.filters import SMS_FILTERS, FilterError, parse

T0 = 1_700_000_000  # the emulator tests' frozen clock (conftest.T0)

SPEC = yaml.safe_load((Path(__file__).parents[2] / "spec" / "lox24.yaml").read_text())

U = [f"{i:08x}-0000-4000-8000-000000000000" for i in range(6)]
T = 1_700_000_000
# uuid, text, phone, created_at, delivery_at, status_code, chars_count, is_sent, dlr_code
ROWS = [
    (U[0], "Hello World", "+491701234567", T - 100, T, 0, 11, 0, None),
    (U[1], "hello again", "+491701234568", T - 50, T, 100, 11, 1, 1),
    (U[2], "Grüße aus Köln", "+4930123456", T, T + 60, 0, 14, 0, None),
    (U[3], "other", "+14155552671", T + 10, T + 3600, 6000, 5, 0, 2),
    (U[4], "ÄRGER", "+447911123456", T + 20, T - 1, 0, 5, 1, 1),
    (U[5], "last", "+33612345678", T + 30, T + 1, 100, 4, 1, None),
]


@pytest.fixture
def db() -> Iterator[sqlite3.Connection]:
    conn = sqlite3.connect(":memory:")
    conn.create_function("ulower", 1, lambda s: None if s is None else str(s).lower(), deterministic=True)
    conn.execute(
        "CREATE TABLE sms (uuid TEXT, text TEXT, phone TEXT, created_at INTEGER, delivery_at INTEGER,"
        " status_code INTEGER, chars_count INTEGER, is_sent INTEGER, dlr_code INTEGER)"
    )
    conn.executemany("INSERT INTO sms VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", ROWS)
    yield conn
    conn.close()


def select(db: sqlite3.Connection, query: Any, *, strict: bool = True, order: str = "rowid") -> list[str]:
    """The uuids the filters select, in the filters' order (else insertion order)."""
    sel = parse(query, SMS_FILTERS, strict=strict, ignore=("page",), lower="ulower")
    # The clause is built from the field table only; the values travel as parameters.
    sql = f"SELECT uuid FROM sms WHERE {sel.where} ORDER BY {sel.order_by or order}"  # noqa: S608
    return [r[0] for r in db.execute(sql, sel.params)]


def refused(query: Any, parameter: str, *, strict: bool = True) -> FilterError:
    with pytest.raises(FilterError) as info:
        parse(query, SMS_FILTERS, strict=strict)
    err = info.value
    assert err.parameter == parameter
    assert err.status == 400
    assert err.body["violations"][0]["propertyPath"] == parameter
    return err


# --- the two observed disasters --------------------------------------------------------------------------


def test_indexed_list_with_one_uuid_selects_exactly_that_row(db: sqlite3.Connection) -> None:
    assert select(db, f"uuid[0]={U[2]}") == [U[2]]
    assert select(db, [("uuid[0]", U[2])]) == [U[2]]


def test_between_with_equal_bounds_selects_only_rows_at_that_time(db: sqlite3.Connection) -> None:
    assert select(db, f"delivery_at[between]={T}..{T}") == [U[0], U[1]]


# --- lists ---------------------------------------------------------------------------------------------


def test_indexed_and_bracket_and_plain_forms_are_the_same(db: sqlite3.Connection) -> None:
    indexed = select(db, f"uuid[0]={U[1]}&uuid[1]={U[3]}")
    brackets = select(db, f"uuid[]={U[1]}&uuid[]={U[3]}")
    assert indexed == brackets == [U[1], U[3]]
    assert select(db, f"uuid={U[4]}") == [U[4]]
    # URL-encoded brackets, as httpx writes them
    assert select(db, f"uuid%5B%5D={U[1]}&uuid%5B0%5D={U[5]}") == [U[1], U[5]]


def test_indexed_list_repeated_index_keeps_the_last_value_on_lists_and_is_refused_on_batches(
    db: sqlite3.Connection,
) -> None:
    assert select(db, f"uuid[0]={U[1]}&uuid[0]={U[2]}", strict=False) == [U[2]]
    refused(f"uuid[0]={U[1]}&uuid[0]={U[2]}", "uuid[0]")


def test_int_multi_value_and_exact(db: sqlite3.Connection) -> None:
    assert select(db, "status_code[]=100&status_code[]=6000") == [U[1], U[3], U[5]]
    assert select(db, "status_code=0") == [U[0], U[2], U[4]]
    assert select(db, "dlr_code[0]=1") == [U[1], U[4]]


def test_partial_text_is_case_insensitive_including_non_ascii(db: sqlite3.Connection) -> None:
    assert select(db, "text=HELLO") == [U[0], U[1]]
    assert select(db, "text=ärger") == [U[4]]
    assert select(db, "text=köln") == [U[2]]
    assert select(db, "phone=4917") == [U[0], U[1]]


def test_partial_text_does_not_treat_like_wildcards_specially(db: sqlite3.Connection) -> None:
    assert select(db, "text=%25") == []
    assert select(db, "text=_") == []


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        (f"created_at[gt]={T}", [3, 4, 5]),
        (f"created_at[gte]={T}", [2, 3, 4, 5]),
        (f"created_at[lt]={T}", [0, 1]),
        (f"created_at[lte]={T}", [0, 1, 2]),
        (f"created_at[between]={T - 50}..{T + 10}", [1, 2, 3]),
        (f"created_at[gte]={T - 50}&created_at[lt]={T + 20}", [1, 2, 3]),
        ("chars_count[between]=5..11", [0, 1, 3, 4]),
        ("chars_count[]=5&chars_count[]=14", [2, 3, 4]),
    ],
)
def test_ranges(db: sqlite3.Connection, query: str, expected: list[int]) -> None:
    assert select(db, query) == [U[i] for i in expected]


def test_booleans(db: sqlite3.Connection) -> None:
    assert select(db, "is_sent=1") == select(db, "is_sent=true") == [U[1], U[4], U[5]]
    assert select(db, "is_sent=false") == [U[0], U[2], U[3]]


def test_filters_combine_with_and(db: sqlite3.Connection) -> None:
    assert select(db, "is_sent=1&status_code[]=100&text=a") == [U[1], U[5]]


def test_ordering(db: sqlite3.Connection) -> None:
    assert select(db, "_order[created_at]=desc") == [U[5], U[4], U[3], U[2], U[1], U[0]]
    assert select(db, "_order[created_at]=asc&status_code=100") == [U[1], U[5]]
    refused("_order[created_at]=up", "_order[created_at]")
    refused("_order[text]=asc", "_order[text]")


def test_exists() -> None:
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE bulks (uuid TEXT, is_unicode INTEGER)")
    conn.executemany("INSERT INTO bulks VALUES (?, ?)", [("a", None), ("b", 1), ("c", 0)])
    for value, expected in (("0", ["a"]), ("false", ["a"]), ("1", ["b", "c"]), ("true", ["b", "c"])):
        sel = parse(f"exists[is_unicode]={value}", filters.BULK_FILTERS, strict=True)
        rows = conn.execute(f"SELECT uuid FROM bulks WHERE {sel.where}", sel.params)  # noqa: S608
        assert [r[0] for r in rows] == expected
    with pytest.raises(FilterError):
        parse("exists[is_unicode]=maybe", filters.BULK_FILTERS, strict=False)
    conn.close()


def test_no_filter_selects_everything_and_page_is_left_to_the_caller(db: sqlite3.Connection) -> None:
    assert select(db, "") == U
    assert select(db, "page=2", strict=False) == U


# --- unknown parameters: ignored by lists, refused by batch operations ----------------------------------


@pytest.mark.parametrize(
    "key", ["colour", "text[lt]", "uuid[between]", "is_sent[]", "exists[text]", "page", "uuid[x]", "a[b][c]", "[]"]
)
def test_unknown_parameters_are_ignored_on_lists_and_refused_on_batches(db: sqlite3.Connection, key: str) -> None:
    assert select(db, [(key, "1")], strict=False) == U
    refused([(key, "1")], key)


# --- malformed values: always refused, naming the parameter; never widened -----------------------------


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("delivery_at[between]", "5"),
        ("delivery_at[between]", "5.."),
        ("delivery_at[between]", "..5"),
        ("delivery_at[between]", "1...2"),
        ("delivery_at[between]", "a..b"),
        ("created_at[gte]", "yesterday"),
        ("created_at[gte]", "2026-01-01"),
        ("created_at[gte]", "-1"),
        ("created_at[gte]", "1.5"),
        ("created_at[gte]", "١٢٣"),
        ("created_at[gte]", "99999999999999999999"),
        ("status_code[]", "abc"),
        ("status_code[]", "7777"),
        ("status_code", "7777"),
        ("uuid[]", "not-a-uuid"),
        ("uuid[0]", ""),
        ("iso2[]", "de"),
        ("is_sent", "yes"),
        ("source[lt]", ""),
    ],
)
def test_malformed_values_are_refused_in_both_modes(key: str, value: str) -> None:
    refused([(key, value)], key)
    err = refused([(key, value)], key, strict=False)
    assert key in err.detail


def test_reversed_between_is_refused_on_batches_and_selects_nothing_on_lists(db: sqlite3.Connection) -> None:
    err = refused(f"delivery_at[between]={T + 9}..{T}", "delivery_at[between]")
    assert "less than or equal" in err.detail
    assert select(db, f"delivery_at[between]={T + 9}..{T}", strict=False) == []


def test_blank_partial_text_is_refused_on_batches_and_ignored_on_lists(db: sqlite3.Connection) -> None:
    refused("text=", "text")
    assert select(db, "text=", strict=False) == U


def test_repeated_scalar_keeps_the_last_on_lists_and_is_refused_on_batches(db: sqlite3.Connection) -> None:
    assert select(db, "status_code=0&status_code=100", strict=False) == [U[1], U[5]]
    refused("status_code=0&status_code=100", "status_code")


def test_too_many_values_are_refused() -> None:
    query = "&".join(f"uuid[{i}]={U[0]}" for i in range(101))
    refused(query, "uuid[]", strict=False)


def test_values_only_ever_reach_sql_as_parameters() -> None:
    evil = "x') OR 1=1 --"
    sel = parse([("text", evil)], SMS_FILTERS, strict=True)
    assert evil not in sel.where
    assert sel.params == [evil]


# --- the field tables against the spec -------------------------------------------------------------------


def _spec_query_names(operation_id: str) -> set[str]:
    for item in SPEC["paths"].values():
        for op in item.values():
            if isinstance(op, dict) and op.get("operationId") == operation_id:
                out = set()
                for p in op.get("parameters", []):
                    if "$ref" in p:
                        p = SPEC["components"]["parameters"][p["$ref"].rsplit("/", 1)[1]]
                    if p["in"] == "query":
                        out.add(p["name"])
                return out
    raise AssertionError(operation_id)


@pytest.mark.parametrize("operation_id", sorted(filters.OPERATIONS))
def test_field_tables_declare_exactly_the_spec_parameters(operation_id: str) -> None:
    table, strict = filters.OPERATIONS[operation_id]
    declared = _spec_query_names(operation_id)
    if not strict:
        assert "page" in declared
        declared.discard("page")
    assert filters.names(table) == declared


@pytest.mark.parametrize("operation_id", sorted(filters.OPERATIONS))
def test_every_spec_parameter_parses_with_its_example_value(operation_id: str) -> None:
    table, strict = filters.OPERATIONS[operation_id]
    samples = {
        "[between]": "1..2",
        "uuid": U[0],
        "msg_uuid": U[0],
        "bulk": U[0],
        "iso2": "DE",
        "id": U[0],
        "country": "DE",
    }
    for name in filters.names(table):
        base = name.split("[", 1)[0]
        if name.endswith("[between]"):
            value = samples["[between]"]
        elif name.startswith("_order["):
            value = "asc"
        elif name.startswith("exists[") or table[base].kind == "bool":
            value = "true"
        elif base in samples:
            value = samples[base]
        elif table[base].kind == "partial":
            value = "x"
        elif (choices := table[base].choices) is not None and choices:
            value = str(min(choices))
        else:
            value = "1"
        parse([(name, value)], table, strict=strict)


@pytest.mark.parametrize(
    ("choices", "schema"),
    [
        (filters.SMS_STATUS_CODES, "SmsStatusCode"),
        (filters.BULK_STATUS_CODES, "BulkStatusCode"),
        (filters.DLR_CODES, "DlrCode"),
        (filters.FRAUD_CHECK_STATUS_CODES, "FraudCheckStatusCode"),
    ],
)
def test_code_choices_are_the_spec_enums(choices: frozenset[int], schema: str) -> None:
    assert choices == set(SPEC["components"]["schemas"][schema]["enum"])


# --- wired into the emulator: over HTTP (in-process ASGI) ---------------------------------------------


async def _four_scheduled(client: httpx.AsyncClient) -> list[str]:
    """Four scheduled SMS: two at T0+100, one at T0+200, one at T0+300 (uuids in that order)."""
    uuids = []
    for at in (T0 + 100, T0 + 100, T0 + 200, T0 + 300):
        body = {"sender_id": "Lox24", "phone": "+491701234567", "text": f"at {at}", "delivery_at": at}
        response = await client.post("/sms", json=body)
        assert response.status_code == 201, response.text
        uuids.append(response.json()["uuid"])
    return uuids


async def _stored(client: httpx.AsyncClient) -> list[tuple[str, int]]:
    listing = (await client.get("/sms", params={"_order[created_at]": "asc"})).json()
    return [(s["uuid"], s["status_code"]) for s in listing]


async def test_http_batch_delete_with_one_indexed_uuid_deletes_exactly_that_sms(client: httpx.AsyncClient) -> None:
    uuids = await _four_scheduled(client)
    response = await client.post(f"/sms/ops/batch_delete?uuid[0]={uuids[1]}")
    assert response.json() == {"deleted_sms_count": 1}
    assert [u for u, _ in await _stored(client)] == [uuids[0], uuids[2], uuids[3]]


async def test_http_between_equal_bounds_on_list_cancel_and_delete(client: httpx.AsyncClient) -> None:
    uuids = await _four_scheduled(client)
    at = f"{T0 + 100}..{T0 + 100}"
    listed = (await client.get(f"/sms?delivery_at[between]={at}")).json()
    assert sorted(s["uuid"] for s in listed) == sorted(uuids[:2])
    assert (await client.post(f"/sms/ops/batch_cancel?delivery_at[between]={at}")).json() == {"deleted_sms_count": 2}
    assert [c for _, c in await _stored(client)] == [6000, 6000, 0, 0]
    deleted = await client.post(f"/sms/ops/batch_delete?delivery_at[between]={T0 + 200}..{T0 + 300}")
    assert deleted.json() == {"deleted_sms_count": 2}
    assert [u for u, _ in await _stored(client)] == uuids[:2]


async def test_http_indexed_lists_on_get_sms(client: httpx.AsyncClient) -> None:
    uuids = await _four_scheduled(client)
    listed = (await client.get(f"/sms?uuid[0]={uuids[0]}&uuid[1]={uuids[3]}")).json()
    assert sorted(s["uuid"] for s in listed) == sorted([uuids[0], uuids[3]])


@pytest.mark.parametrize(
    ("query", "parameter"),
    [
        ("colour=red", "colour"),
        ("delivery_at[between]=5", "delivery_at[between]"),
        (f"delivery_at[between]={T0 + 300}..{T0 + 100}", "delivery_at[between]"),
        ("uuid[0]=not-a-uuid", "uuid[0]"),
        ("page=1", "page"),
        ("text[gte]=a", "text[gte]"),
        ("created_at[gte]=yesterday", "created_at[gte]"),
    ],
)
@pytest.mark.parametrize("operation", ["batch_cancel", "batch_delete"])
async def test_http_batch_refuses_unknown_or_malformed_filters_and_changes_nothing(
    client: httpx.AsyncClient, operation: str, query: str, parameter: str
) -> None:
    await _four_scheduled(client)
    before = await _stored(client)
    balance = (await client.get("/me")).json()["balance_amount"]
    response = await client.post(f"/sms/ops/{operation}?{query}")
    assert response.status_code == 400, response.text
    assert [v["propertyPath"] for v in response.json()["violations"]] == [parameter]
    assert await _stored(client) == before
    assert (await client.get("/me")).json()["balance_amount"] == balance


async def test_http_lists_ignore_unknown_filters_but_refuse_malformed_ones(client: httpx.AsyncClient) -> None:
    uuids = await _four_scheduled(client)
    assert len((await client.get("/sms?colour=red&text[gte]=a")).json()) == len(uuids)
    response = await client.get("/sms?delivery_at[between]=5")
    assert response.status_code == 400
    assert response.json()["violations"][0]["propertyPath"] == "delivery_at[between]"


def test_between_follows_the_spec_pattern() -> None:
    pattern = SPEC["components"]["parameters"]["CreatedAtBetween"]["schema"]["pattern"]
    assert pattern == r"^[0-9]{1,12}\.\.[0-9]{1,12}$"
    assert parse("created_at[between]=0..999999999999", SMS_FILTERS, strict=True).params == [0, 999999999999]
    for bad in ("-1..5", "1..0000000000000", " 1..2"):
        refused([("created_at[between]", bad)], "created_at[between]")

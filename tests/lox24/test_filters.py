"""The filter keywords of the list and batch methods: the exact query each form sends, and what is refused
before anything is sent (respx; sync and async)."""

from __future__ import annotations

import datetime as dt
from typing import Any
from urllib.parse import unquote

import httpx
import pytest
import respx

import lox24

from .conftest import collection

A = "11111111-2222-3333-4444-555555555555"
B = "22222222-3333-4444-5555-666666666666"
T1, T2 = 1755868416, 1755954816
AWARE = dt.datetime.fromtimestamp(T1, tz=dt.UTC)
BERLIN = dt.timezone(dt.timedelta(hours=2))


def _query(route: respx.Route) -> str:
    """The last request's query, percent-decoded, without `page=` (lists only)."""
    query = unquote(route.calls.last.request.url.query.decode())
    return "&".join(part for part in query.split("&") if not part.startswith("page="))


@pytest.fixture
def sms_list(api: respx.MockRouter) -> respx.Route:
    return api.get("/sms").mock(return_value=httpx.Response(200, json=collection([])))


@pytest.fixture
def batch(api: respx.MockRouter) -> respx.Route:
    return api.post(path__startswith="/sms/ops/").mock(return_value=httpx.Response(200, json={"deleted_sms_count": 1}))


@pytest.mark.parametrize(
    ("filters", "query"),
    [
        ({"uuid": [A, B]}, f"uuid[]={A}&uuid[]={B}"),
        ({"uuid": A}, f"uuid[]={A}"),
        ({"uuid": (A, B)}, f"uuid[]={A}&uuid[]={B}"),  # a tuple is a list where a field has no range
        ({"delivery_at": (T1, T2)}, f"delivery_at[between]={T1}..{T2}"),
        ({"delivery_at": (T1, T1)}, f"delivery_at[between]={T1}..{T1}"),
        ({"created_at": (T1, None)}, f"created_at[gte]={T1}"),
        ({"created_at": (None, T2)}, f"created_at[lte]={T2}"),
        ({"created_at": (AWARE, AWARE.astimezone(BERLIN))}, f"created_at[between]={T1}..{T1}"),
        ({"created_at": lox24.Range(gt=T1, lt=T2)}, f"created_at[gt]={T1}&created_at[lt]={T2}"),
        ({"created_at": lox24.Range(gte=T1, lte=T2)}, f"created_at[between]={T1}..{T2}"),
        ({"created_at": lox24.Range(gte=AWARE, lt=T2)}, f"created_at[gte]={T1}&created_at[lt]={T2}"),
        ({"gateway_sent_at": [T1, AWARE]}, f"gateway_sent_at[]={T1}&gateway_sent_at[]={T1}"),
        ({"gateway_sent_at": T2}, f"gateway_sent_at[]={T2}"),
        ({"parts_count": lox24.Range(gt=1)}, "parts_count[gt]=1"),
        ({"chars_count": (1, 160)}, "chars_count[between]=1..160"),
        ({"source": [1, 2]}, "source[]=1&source[]=2"),
        ({"source": 7}, "source[]=7"),
        ({"status_code": [lox24.SmsStatusCode.NEW, 100]}, "status_code[]=0&status_code[]=100"),
        ({"dlr_code": lox24.DlrCode.DELIVERED}, "dlr_code[]=1"),
        ({"key_id": [3]}, "key_id[]=3"),
        ({"iso2": ["DE", "CH"]}, "iso2[]=DE&iso2[]=CH"),
        ({"bulk": B, "callback_data": "order-42"}, f"bulk[]={B}&callback_data[]=order-42"),
        ({"text": "hello", "phone": "4917", "sender_id": "Shop", "ip": "10.0"},
         "text=hello&phone=4917&sender_id=Shop&ip=10.0"),
        ({"is_sent": True, "is_unicode": False}, "is_sent=1&is_unicode=0"),
        ({"uuid": A, "text": None, "created_at": None}, f"uuid[]={A}"),  # None: no filter
    ],
)  # fmt: skip
def test_each_sms_filter_form_sends_lox24s_query(
    client: lox24.Client, sms_list: respx.Route, batch: respx.Route, filters: dict[str, Any], query: str
) -> None:
    client.sms.list(**filters).to_list()
    assert _query(sms_list) == query
    assert client.sms.cancel(**filters) == 1
    assert _query(batch) == query
    assert batch.calls.last.request.url.path == "/sms/ops/batch_cancel"
    assert client.sms.delete_many(**filters) == 1
    assert _query(batch) == query
    assert batch.calls.last.request.url.path == "/sms/ops/batch_delete"


def test_ordering_of_sms(client: lox24.Client, sms_list: respx.Route) -> None:
    client.sms.list(order={"created_at": "desc"}).to_list()
    assert _query(sms_list) == "_order[created_at]=desc"
    client.sms.list(order={"gateway_sent_at": "asc", "created_at": "desc"}, is_sent=True).to_list()
    assert _query(sms_list) == "_order[created_at]=desc&_order[gateway_sent_at]=asc&is_sent=1"
    client.sms.list(order={}).to_list()
    assert _query(sms_list) == ""


async def test_async_sms_filters_send_the_same_query(
    aclient: lox24.AsyncClient, sms_list: respx.Route, batch: respx.Route
) -> None:
    await aclient.sms.list(uuid=[A, B], delivery_at=(T1, T2), order={"created_at": "desc"}).to_list()
    assert _query(sms_list) == f"_order[created_at]=desc&uuid[]={A}&uuid[]={B}&delivery_at[between]={T1}..{T2}"
    assert await aclient.sms.cancel(delivery_at=(T1, T1)) == 1
    assert _query(batch) == f"delivery_at[between]={T1}..{T1}"
    assert await aclient.sms.delete_many(created_at=lox24.Range(lt=AWARE), is_sent=False) == 1
    assert _query(batch) == f"is_sent=0&created_at[lt]={T1}"


def test_bulks_filters(client: lox24.Client, api: respx.MockRouter) -> None:
    route = api.get("/bulks").mock(return_value=httpx.Response(200, json=collection([], path="/bulks")))
    client.bulks.list(is_unicode_exists=False).to_list()
    assert _query(route) == "exists[is_unicode]=0"
    client.bulks.list(
        status_code=[lox24.BulkStatusCode.PROCESSED], text="Sale", sender_id="Shop", key_id=4, source=(1, 9),
        is_dryrun=True, is_unicode=True, is_unicode_exists=True, created_at=(T1, None), delivery_at=(None, T2),
        processed_at=lox24.Range(gt=T1), msg_total_count=lox24.Range(gte=100), order={"msg_total_count": "desc"},
    ).to_list()  # fmt: skip
    assert _query(route) == (
        "_order[msg_total_count]=desc&text=Sale&sender_id=Shop&status_code[]=10"
        f"&created_at[gte]={T1}&delivery_at[lte]={T2}&processed_at[gt]={T1}&msg_total_count[gte]=100"
        "&source[between]=1..9&key_id[]=4&is_unicode=1&is_dryrun=1&exists[is_unicode]=1"
    )


async def test_async_incomings_filters(aclient: lox24.AsyncClient, api: respx.MockRouter) -> None:
    route = api.get("/incomings").mock(return_value=httpx.Response(200, json=collection([], path="/incomings")))
    await aclient.incomings.list(
        text="yes", from_="+4917", to="+4915", msg_uuid=[A, B], order={"received_at": "desc"}
    ).to_list()
    assert _query(route) == f"_order[received_at]=desc&text=yes&from=+4917&to=+4915&msg_uuid[]={A}&msg_uuid[]={B}"


@pytest.mark.parametrize(
    ("filters", "field", "rule"),
    [
        ({"uuid": []}, "uuid", "empty list"),
        ({"uuid": ""}, "uuid", "non-empty"),
        ({"uuid": {A}}, "uuid", "list of values"),  # a set: no order, and not what the type says
        ({"uuid": 5}, "uuid", "non-empty strings"),
        ({"text": ""}, "text", "empty one matches everything"),
        ({"text": 5}, "text", "non-empty string"),
        ({"delivery_at": (None, None)}, "delivery_at", "at least one bound"),
        ({"delivery_at": (T2, T1)}, "delivery_at", "lower bound"),
        ({"delivery_at": (T1, T2, T2)}, "delivery_at", "pair"),
        ({"delivery_at": (dt.datetime(2026, 1, 1), None)}, "delivery_at", "naive"),
        ({"created_at": dt.datetime(2026, 1, 1)}, "created_at", "aware"),
        ({"created_at": "yesterday"}, "created_at", "Unix timestamp"),
        ({"created_at": [T1, "x"]}, "created_at", "Unix timestamp"),
        ({"created_at": ("a", T2)}, "created_at", "int or an aware datetime"),
        ({"parts_count": (AWARE, None)}, "parts_count", "integers, not datetimes"),
        ({"parts_count": [1.5]}, "parts_count", "integers"),
        ({"source": [True]}, "source", "integers"),
        ({"status_code": ["abc"]}, "status_code", "SmsStatusCode"),
        ({"dlr_code": True}, "dlr_code", "DlrCode"),
        ({"is_sent": 1}, "is_sent", "True, False or None"),
    ],
)  # fmt: skip
def test_bad_filters_are_refused_before_anything_is_sent(
    client: lox24.Client, api: respx.MockRouter, filters: dict[str, Any], field: str, rule: str
) -> None:
    route = api.route().mock(return_value=httpx.Response(200, json={"deleted_sms_count": 99}))
    for call in (client.sms.list, client.sms.cancel, client.sms.delete_many):  # `list` checks before paging
        with pytest.raises(lox24.Lox24ValidationError, match=rule) as info:
            call(**filters)
        assert info.value.field == field
    assert route.call_count == 0


def test_range_checks_its_bounds() -> None:
    with pytest.raises(lox24.Lox24ValidationError, match="at least one bound"):
        lox24.Range()
    with pytest.raises(lox24.Lox24ValidationError, match="gt or gte"):
        lox24.Range(gt=1, gte=2)
    with pytest.raises(lox24.Lox24ValidationError, match="lt or lte"):
        lox24.Range(lt=1, lte=2)
    with pytest.raises(lox24.Lox24ValidationError, match="lower bound"):
        lox24.Range(gte=T2, lte=T1)
    with pytest.raises(lox24.Lox24ValidationError, match="lower bound"):
        lox24.Range(gt=T1, lt=T1)  # empty
    with pytest.raises(lox24.Lox24ValidationError, match="naive"):
        lox24.Range(gte=dt.datetime(2026, 1, 1))
    with pytest.raises(lox24.Lox24ValidationError, match="int or an aware datetime"):
        lox24.Range(lte="tomorrow")  # type: ignore[arg-type]
    assert lox24.Range(gte=T1, lte=T1) == lox24.Range(gte=T1, lte=T1)  # one second: allowed


def test_ordering_is_checked(client: lox24.Client, api: respx.MockRouter) -> None:
    route = api.route().mock(return_value=httpx.Response(200, json=collection([])))
    with pytest.raises(lox24.Lox24ValidationError, match="sort by created_at, gateway_sent_at only"):
        client.sms.list(order={"delivery_at": "asc"}).to_list()  # type: ignore[dict-item]
    with pytest.raises(lox24.Lox24ValidationError, match="'asc' or 'desc'"):
        client.bulks.list(order={"created_at": "DESC"}).to_list()  # type: ignore[dict-item]
    with pytest.raises(lox24.Lox24ValidationError, match="mapping"):
        client.incomings.list(order="received_at").to_list()  # type: ignore[arg-type]
    assert route.call_count == 0


async def test_async_refusals_send_nothing(aclient: lox24.AsyncClient, api: respx.MockRouter) -> None:
    route = api.route().mock(return_value=httpx.Response(200, json={"deleted_sms_count": 99}))
    with pytest.raises(lox24.Lox24ValidationError, match="at least one bound"):
        await aclient.sms.delete_many(created_at=(None, None))
    with pytest.raises(lox24.Lox24ValidationError, match="empty list"):
        await aclient.sms.cancel(uuid=[])
    with pytest.raises(ValueError, match="all_sms=True"):
        await aclient.sms.delete_many(uuid=None, created_at=None)
    with pytest.raises(lox24.Lox24ValidationError, match="empty list"):
        await aclient.bulks.list(status_code=[]).to_list()
    assert route.call_count == 0

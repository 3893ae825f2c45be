"""`client.sms`: every method, sync and async, with the request each one sends."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import httpx
import pytest
import respx

import lox24

from .conftest import SMS_UUID, collection, error_payload, sms_payload

SEND: dict[str, Any] = {"phone": "+491701234567", "text": "Hello", "sender_id": "MyShop"}


def _json(route: respx.Route) -> Any:
    return json.loads(route.calls.last.request.content)


def test_send(client: lox24.Client, api: respx.MockRouter) -> None:
    route = api.post("/sms").mock(return_value=httpx.Response(201, json=sms_payload()))
    sms = client.sms.send(**SEND)
    assert isinstance(sms, lox24.Sms)
    assert sms.uuid == SMS_UUID
    assert sms.status_code is lox24.SmsStatusCode.NEW
    assert sms.dlr_code is lox24.DlrCode.NONE
    assert sms.additional_properties["@id"] == f"/sms/{SMS_UUID}"
    assert _json(route) == {"phone": "+491701234567", "text": "Hello", "sender_id": "MyShop"}
    assert route.calls.last.request.headers["Content-Type"] == "application/json"


def test_send_with_all_params(client: lox24.Client, api: respx.MockRouter) -> None:
    route = api.post("/sms").mock(return_value=httpx.Response(201, json=sms_payload()))
    client.sms.send(
        phone="0170 1234567",
        text="Ihre Nummer",
        sender_id="MyShop",
        delivery_at=dt.datetime(2030, 1, 1, tzinfo=dt.UTC),
        callback_data="order-42",
        is_unicode=False,
        service_code="text2speech",
        voice_lang="DE",
        source=7,
        is_text_deleted=True,
        attempts_count_max=2,
    )
    assert _json(route) == {
        "phone": "+491701234567",
        "text": "Ihre Nummer",
        "sender_id": "MyShop",
        "delivery_at": 1893456000,
        "callback_data": "order-42",
        "is_unicode": False,
        "service_code": "text2speech",
        "voice_lang": "DE",
        "source": 7,
        "is_text_deleted": True,
        "attempts_count_max": 2,
    }


@pytest.mark.parametrize(
    ("override", "field"),
    [
        ({"phone": "12"}, "phone"),
        ({"sender_id": "ThisIsFarTooLong"}, "sender_id"),
        ({"text": "x" * 2000}, "text"),
        ({"callback_data": "c" * 100}, "callback_data"),
    ],
)
def test_send_validates_before_any_request(
    client: lox24.Client, api: respx.MockRouter, override: dict[str, Any], field: str
) -> None:
    route = api.post("/sms").mock(return_value=httpx.Response(201, json=sms_payload()))
    with pytest.raises(ValueError, match=field) as info:
        client.sms.send(**{**SEND, **override})
    assert isinstance(info.value, lox24.Lox24ValidationError)
    assert info.value.field == field
    assert info.value.rule
    assert route.call_count == 0


def test_send_without_validation_sends_as_is(client: lox24.Client, api: respx.MockRouter) -> None:
    route = api.post("/sms").mock(return_value=httpx.Response(422, json=error_payload(422)))
    with pytest.raises(lox24.UnprocessableEntityError):
        client.sms.send(**{**SEND, "phone": "12"}, validate=False)
    assert _json(route)["phone"] == "12"


def test_send_rejects_naive_datetimes(client: lox24.Client) -> None:
    with pytest.raises(ValueError, match="naive"):
        client.sms.send(**SEND, delivery_at=dt.datetime(2030, 1, 1))


def test_send_raises_insufficient_funds(client: lox24.Client, api: respx.MockRouter) -> None:
    api.post("/sms").mock(return_value=httpx.Response(402, json=error_payload(402, "Payment Required")))
    with pytest.raises(lox24.InsufficientFundsError):
        client.sms.send(**SEND)


async def test_async_send(aclient: lox24.AsyncClient, api: respx.MockRouter) -> None:
    route = api.post("/sms").mock(return_value=httpx.Response(201, json=sms_payload()))
    sms = await aclient.sms.send(**SEND, callback_data="a-1")
    assert sms.uuid == SMS_UUID
    assert _json(route)["callback_data"] == "a-1"


async def test_async_send_validates(aclient: lox24.AsyncClient, api: respx.MockRouter) -> None:
    route = api.post("/sms").mock(return_value=httpx.Response(201, json=sms_payload()))
    with pytest.raises(lox24.Lox24ValidationError):
        await aclient.sms.send(**{**SEND, "phone": "abc"})
    assert route.call_count == 0


def test_dry_run(client: lox24.Client, api: respx.MockRouter) -> None:
    route = api.post("/sms/dryrun").mock(return_value=httpx.Response(201, json=sms_payload(price=0.0)))
    sms = client.sms.dry_run(**SEND, callback_data="x")
    assert isinstance(sms, lox24.Sms)
    assert _json(route)["callback_data"] == "x"


async def test_async_dry_run(aclient: lox24.AsyncClient, api: respx.MockRouter) -> None:
    route = api.post("/sms/dryrun").mock(return_value=httpx.Response(201, json=sms_payload()))
    assert isinstance(await aclient.sms.dry_run(**SEND), lox24.Sms)
    assert route.call_count == 1


def test_get_path_params(client: lox24.Client, api: respx.MockRouter) -> None:
    route = api.get(f"/sms/{SMS_UUID}").mock(return_value=httpx.Response(200, json=sms_payload()))
    assert client.sms.get(SMS_UUID).uuid == SMS_UUID
    assert route.called


async def test_async_get(aclient: lox24.AsyncClient, api: respx.MockRouter) -> None:
    api.get(f"/sms/{SMS_UUID}").mock(return_value=httpx.Response(200, json=sms_payload()))
    assert (await aclient.sms.get(SMS_UUID)).uuid == SMS_UUID


def test_get_raises_not_found(client: lox24.Client, api: respx.MockRouter) -> None:
    api.get("/sms/ffffffff-0000-4000-8000-000000000404").mock(return_value=httpx.Response(404, json=error_payload(404)))
    with pytest.raises(lox24.NotFoundError):
        client.sms.get("ffffffff-0000-4000-8000-000000000404")


def test_delete(client: lox24.Client, api: respx.MockRouter) -> None:
    route = api.delete(f"/sms/{SMS_UUID}").mock(return_value=httpx.Response(204))
    client.sms.delete(SMS_UUID)
    assert route.call_count == 1


async def test_async_delete(aclient: lox24.AsyncClient, api: respx.MockRouter) -> None:
    route = api.delete(f"/sms/{SMS_UUID}").mock(return_value=httpx.Response(204))
    await aclient.sms.delete(SMS_UUID)
    assert route.call_count == 1


def _pages(api: respx.MockRouter, count: int, per_page: int = 2) -> respx.Route:
    def handler(request: httpx.Request) -> httpx.Response:
        page = int(request.url.params.get("page", "1"))
        items = [sms_payload(uuid=f"uuid-{page}-{i}") for i in range(per_page)]
        return httpx.Response(
            200, json=collection(items, total=count * per_page, next_page=page + 1 if page < count else None)
        )

    return api.get("/sms").mock(side_effect=handler)


def test_list_iterates_every_page(client: lox24.Client, api: respx.MockRouter) -> None:
    route = _pages(api, 3)
    uuids = [s.uuid for s in client.sms.list()]
    assert uuids == [f"uuid-{p}-{i}" for p in (1, 2, 3) for i in (0, 1)]
    assert [c.request.url.params["page"] for c in route.calls] == ["1", "2", "3"]


def test_list_is_lazy_and_exposes_pages(client: lox24.Client, api: respx.MockRouter) -> None:
    route = _pages(api, 3)
    pager = client.sms.list()
    assert route.call_count == 0
    first = pager.first_page()
    assert (first.number, first.next_number, first.total, len(first.items)) == (1, 2, 6, 2)
    assert isinstance(first.items[0], lox24.SmsJsonLd)
    assert [p.number for p in pager.pages()] == [1, 2, 3]


def test_list_stops_on_a_next_link_that_does_not_advance(client: lox24.Client, api: respx.MockRouter) -> None:
    route = api.get("/sms").mock(return_value=httpx.Response(200, json=collection([sms_payload()], next_page=1)))
    assert len(client.sms.list().to_list()) == 1
    assert route.call_count == 1


def test_list_filters_with_nice_names(client: lox24.Client, api: respx.MockRouter) -> None:
    route = api.get("/sms").mock(return_value=httpx.Response(200, json=collection([])))
    client.sms.list(
        status_code=[lox24.SmsStatusCode.NEW, 100],
        dlr_code=lox24.DlrCode.DELIVERED,
        callback_data="order-42",
        created_at=lox24.Range(gt=1755868416, lte=dt.datetime(2030, 1, 1, tzinfo=dt.UTC)),
        gateway_sent_at=(5, None),
        order={"created_at": "desc"},
        is_sent=True,
        phone="+491701234567",
        uuid=None,
    ).to_list()
    params = route.calls.last.request.url.params
    assert params.get_list("status_code[]") == ["0", "100"]
    assert params.get_list("dlr_code[]") == ["1"]
    assert params.get_list("callback_data[]") == ["order-42"]
    assert params["created_at[gt]"] == "1755868416"
    assert params["created_at[lte]"] == "1893456000"
    assert params["gateway_sent_at[gte]"] == "5"
    assert params["_order[created_at]"] == "desc"
    assert params["is_sent"] == "1"
    assert params["phone"] == "+491701234567"
    assert "uuid[]" not in params


def test_list_rejects_unknown_filters(client: lox24.Client) -> None:
    with pytest.raises(TypeError, match="created_after"):
        client.sms.list(created_after=1)  # type: ignore[call-arg]


async def test_async_list_iterates_every_page(aclient: lox24.AsyncClient, api: respx.MockRouter) -> None:
    route = _pages(api, 2)
    uuids = [s.uuid async for s in aclient.sms.list(status_code=0)]
    assert uuids == ["uuid-1-0", "uuid-1-1", "uuid-2-0", "uuid-2-1"]
    assert route.calls.last.request.url.params.get_list("status_code[]") == ["0"]
    assert len(await aclient.sms.list().to_list()) == 4
    assert (await aclient.sms.list().first_page()).next_number == 2


def test_cancel_returns_the_count(client: lox24.Client, api: respx.MockRouter) -> None:
    route = api.post("/sms/ops/batch_cancel").mock(return_value=httpx.Response(200, json={"deleted_sms_count": 20}))
    assert client.sms.cancel(callback_data=["a", "b"], delivery_at=(10, None)) == 20
    params = route.calls.last.request.url.params
    assert params.get_list("callback_data[]") == ["a", "b"]
    assert params["delivery_at[gte]"] == "10"


def test_cancel_reads_the_php_client_key_too(client: lox24.Client, api: respx.MockRouter) -> None:
    api.post("/sms/ops/batch_cancel").mock(return_value=httpx.Response(200, json={"canceled_sms_count": 3}))
    assert client.sms.cancel(status_code=0) == 3


def test_cancel_with_garbage_is_a_response_validation_error(client: lox24.Client, api: respx.MockRouter) -> None:
    api.post("/sms/ops/batch_cancel").mock(return_value=httpx.Response(200, json={"count": 3}))
    with pytest.raises(lox24.APIResponseValidationError):
        client.sms.cancel(status_code=0)


def test_batch_ops_refuse_to_touch_everything_without_a_filter(client: lox24.Client, api: respx.MockRouter) -> None:
    route = api.post(path__startswith="/sms/ops/").mock(return_value=httpx.Response(200, json={"deleted_sms_count": 9}))
    with pytest.raises(ValueError, match="all_sms=True"):
        client.sms.cancel()
    with pytest.raises(ValueError, match="all_sms=True"):
        client.sms.delete_many(callback_data=None)
    assert route.call_count == 0
    assert client.sms.delete_many(all_sms=True) == 9
    assert route.call_count == 1


def test_delete_many_returns_the_count(client: lox24.Client, api: respx.MockRouter) -> None:
    route = api.post("/sms/ops/batch_delete").mock(return_value=httpx.Response(200, json={"deleted_sms_count": 5}))
    assert client.sms.delete_many(created_at=lox24.Range(lt=1700000000), iso2="DE") == 5
    params = route.calls.last.request.url.params
    assert params["created_at[lt]"] == "1700000000"
    assert params.get_list("iso2[]") == ["DE"]


async def test_async_cancel_and_delete_many(aclient: lox24.AsyncClient, api: respx.MockRouter) -> None:
    api.post("/sms/ops/batch_cancel").mock(return_value=httpx.Response(200, json={"deleted_sms_count": 2}))
    api.post("/sms/ops/batch_delete").mock(return_value=httpx.Response(200, json={"deleted_sms_count": 4}))
    assert await aclient.sms.cancel(bulk="b") == 2
    assert await aclient.sms.delete_many(bulk=["b"]) == 4
    with pytest.raises(ValueError, match="all_sms"):
        await aclient.sms.cancel()


def test_list_without_hydra_view_is_a_single_page(client: lox24.Client, api: respx.MockRouter) -> None:
    page = collection([sms_payload()])
    del page["hydra:view"]
    route = api.get("/sms").mock(return_value=httpx.Response(200, json=page))
    assert len(client.sms.list().to_list()) == 1
    assert route.call_count == 1


def test_list_follows_absolute_next_links_and_starts_at_a_given_page(
    client: lox24.Client, api: respx.MockRouter
) -> None:
    first = collection([sms_payload(uuid="p3")])
    first["hydra:view"]["hydra:next"] = "https://api.lox24.eu/sms?callback_data%5B%5D=x&page=4"
    route = api.get("/sms").mock(
        side_effect=[httpx.Response(200, json=first), httpx.Response(200, json=collection([sms_payload(uuid="p4")]))]
    )
    assert [s.uuid for s in client.sms.list(page=3, callback_data="x")] == ["p3", "p4"]
    assert [c.request.url.params["page"] for c in route.calls] == ["3", "4"]
    assert route.calls[1].request.url.params.get_list("callback_data[]") == ["x"]


def test_timestamps_must_be_ints_or_datetimes(client: lox24.Client) -> None:
    with pytest.raises(TypeError, match="timestamp"):
        client.sms.send(**SEND, delivery_at="tomorrow")  # type: ignore[arg-type]
    with pytest.raises(lox24.Lox24ValidationError, match="int or an aware datetime"):
        client.sms.list(created_at=(True, None))

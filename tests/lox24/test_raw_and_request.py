"""Raw responses, `client.request()` and `client.call()` of any generated operation, per-call options."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest
import respx
from lox24_api.api.sms import create_sms, get_sms
from lox24_api.models import SmsCreate

import lox24

from .conftest import BASE, SMS_UUID, TOKEN, account_payload, error_payload, sms_payload

SEND: dict[str, Any] = {"phone": "+491701234567", "text": "Hello", "sender_id": "MyShop"}
RID = {"X-LOX24-REQUEST-ID": "req-42"}


def test_raw_send_gives_status_headers_request_id_request_and_parse(
    client: lox24.Client, api: respx.MockRouter
) -> None:
    api.post("/sms").mock(return_value=httpx.Response(201, json=sms_payload(), headers=RID))
    raw = client.with_raw_response.sms.send(**SEND)
    assert isinstance(raw, lox24.APIResponse)
    assert raw.status_code == 201
    assert raw.request_id == "req-42"
    assert raw.headers["content-type"] == "application/json"
    assert raw.http_request.method == "POST"
    assert raw.http_request.url == f"{BASE}/sms"
    assert raw.http_request.headers["X-LOX24-AUTH-TOKEN"] == "***"  # scrubbed once sent
    sms = raw.parse()
    assert isinstance(sms, lox24.Sms)
    assert sms.uuid == SMS_UUID
    assert api.calls.call_count == 1


async def test_raw_async_and_non_model_results(aclient: lox24.AsyncClient, api: respx.MockRouter) -> None:
    api.post("/sms/ops/batch_cancel").mock(return_value=httpx.Response(200, json={"deleted_sms_count": 3}, headers=RID))
    api.get("/me").mock(return_value=httpx.Response(200, json=account_payload(), headers=RID))
    raw = await aclient.with_raw_response.sms.cancel(callback_data="c-7")
    assert (raw.status_code, raw.request_id, raw.parse()) == (200, "req-42", 3)
    me = await aclient.with_raw_response.me()
    assert isinstance(me.parse(), lox24.Account)
    assert me.http_request.url.path == "/me"


def test_raw_group_phones_and_delete(client: lox24.Client, api: respx.MockRouter) -> None:
    api.delete(f"/sms/{SMS_UUID}").mock(return_value=httpx.Response(204, headers=RID))
    raw = client.with_raw_response.sms.delete(SMS_UUID)
    assert (raw.status_code, raw.parse()) == (204, None)
    assert "add" in dir(client.with_raw_response.groups.phones(7117))


def test_raw_errors_stay_typed(client: lox24.Client, api: respx.MockRouter) -> None:
    api.post("/sms").mock(return_value=httpx.Response(402, json=error_payload(402), headers=RID))
    with pytest.raises(lox24.InsufficientFundsError) as info:
        client.with_raw_response.sms.send(**SEND)
    assert info.value.request_id == "req-42"


def test_request_with_cast_to_and_shorthands(client: lox24.Client, api: respx.MockRouter) -> None:
    api.get("/me").mock(return_value=httpx.Response(200, json=account_payload()))
    route = api.post("/sms/dryrun").mock(return_value=httpx.Response(201, json=sms_payload()))
    api.put("/groups/7").mock(return_value=httpx.Response(200, json={"id": 7}))
    api.delete(f"/sms/{SMS_UUID}").mock(return_value=httpx.Response(204))
    api.get("/sms").mock(return_value=httpx.Response(200, json={"hydra:member": []}))
    me = client.request("GET", "/me", cast_to=lox24.Account)  # type: ignore[arg-type]  # lox24 accepts from_dict classes; its hint says Callable
    assert isinstance(me, lox24.Account)
    data = client.post("/sms/dryrun", body=SmsCreate(phone="+491701234567", text="Hi", sender_id="Shop"))
    assert data["uuid"] == SMS_UUID
    assert json.loads(route.calls.last.request.content) == {"phone": "+491701234567", "text": "Hi", "sender_id": "Shop"}
    assert route.calls.last.request.headers["X-LOX24-AUTH-TOKEN"] == TOKEN
    assert client.put("/groups/7", body={"name": "VIP"}) == {"id": 7}
    assert client.delete(f"/sms/{SMS_UUID}") is None
    assert client.get("/sms", params={"page": 2}) == {"hydra:member": []}
    assert api.calls.last.request.url.params["page"] == "2"


def test_request_errors_are_typed_and_paths_checked(client: lox24.Client, api: respx.MockRouter) -> None:
    api.get("/nope").mock(return_value=httpx.Response(404, json=error_payload(404, detail="Not Found")))
    with pytest.raises(lox24.NotFoundError):
        client.request("GET", "/nope")
    with pytest.raises(ValueError, match="path must start"):
        client.request("GET", "https://evil.example/me")


async def test_async_request_and_call(aclient: lox24.AsyncClient, api: respx.MockRouter) -> None:
    api.get("/me").mock(return_value=httpx.Response(200, json=account_payload()))
    api.get(f"/sms/{SMS_UUID}").mock(return_value=httpx.Response(200, json=sms_payload()))
    me = await aclient.get("/me", cast_to=lox24.Account)
    assert isinstance(me, lox24.Account)
    sms = await aclient.call(get_sms, uuid=SMS_UUID)
    assert isinstance(sms, lox24.Sms)


def test_call_of_a_generated_operation(client: lox24.Client, api: respx.MockRouter) -> None:
    route = api.post("/sms").mock(return_value=httpx.Response(201, json=sms_payload()))
    sms = client.call(create_sms, body=SmsCreate(phone="+491701234567", text="Hi", sender_id="Shop"))
    assert isinstance(sms, lox24.Sms)
    assert route.calls.last.request.headers["X-LOX24-AUTH-TOKEN"] == TOKEN
    api.get(f"/sms/{SMS_UUID}").mock(return_value=httpx.Response(404, json=error_payload(404)))
    with pytest.raises(lox24.NotFoundError):
        client.call(get_sms, uuid=SMS_UUID)


POST_FAILURES = [
    httpx.Response(503, json=error_payload(503)),
    httpx.ReadTimeout("read timed out"),
    httpx.RemoteProtocolError("Server disconnected without sending a response."),
    httpx.ReadError("Connection reset by peer"),
]


def _sync_posts(client: lox24.Client) -> list[Any]:
    body = SmsCreate(phone="+491701234567", text="Hi", sender_id="Shop")
    return [
        lambda: client.request("POST", "/sms", body=body),
        lambda: client.post("/sms", body=body),
        lambda: client.call(create_sms, body=body),
        lambda: client.with_raw_response.sms.send(**SEND),
        lambda: client.with_raw_response.call(create_sms, body=body),
    ]


@pytest.mark.parametrize("failure", POST_FAILURES, ids=["503", "read-timeout", "disconnect", "reset"])
def test_a_post_through_request_and_call_is_sent_exactly_once(
    client: lox24.Client, api: respx.MockRouter, failure: Any, sleeps: list[float]
) -> None:
    route = api.post("/sms")
    route.side_effect = failure if isinstance(failure, Exception) else None
    if not isinstance(failure, Exception):
        route.return_value = failure
    for send in _sync_posts(client):
        before = route.call_count
        with pytest.raises(lox24.APIError) as info:
            send()
        assert route.call_count == before + 1
        assert info.value.may_have_been_sent
    assert sleeps == []


@pytest.mark.parametrize("failure", POST_FAILURES, ids=["503", "read-timeout", "disconnect", "reset"])
async def test_an_async_post_through_request_and_call_is_sent_exactly_once(
    aclient: lox24.AsyncClient, api: respx.MockRouter, failure: Any
) -> None:
    route = api.post("/sms")
    if isinstance(failure, Exception):
        route.side_effect = failure
    else:
        route.return_value = failure
    body = SmsCreate(phone="+491701234567", text="Hi", sender_id="Shop")
    with pytest.raises(lox24.APIError):
        await aclient.post("/sms", body=body)
    with pytest.raises(lox24.APIError):
        await aclient.call(create_sms, body=body)
    assert route.call_count == 2


def test_a_get_through_request_is_retried(client: lox24.Client, api: respx.MockRouter) -> None:
    route = api.get("/me")
    route.side_effect = [httpx.Response(503, json=error_payload(503)), httpx.Response(200, json=account_payload())]
    raw = client.with_raw_response.request("GET", "/me", cast_to=lox24.Account)  # type: ignore[arg-type]  # lox24 accepts from_dict classes; its hint says Callable
    assert route.call_count == 2
    assert raw.status_code == 200
    assert isinstance(raw.parse(), lox24.Account)


def test_per_call_options_reach_the_request(client: lox24.Client, api: respx.MockRouter) -> None:
    route = api.post("/sms").mock(return_value=httpx.Response(201, json=sms_payload()))
    client.sms.send(
        **SEND, timeout=3.5, extra_headers={"X-Trace": "t-1"}, extra_query={"debug": "1"},
        extra_body={"callback_data": "from-extra"},
    )  # fmt: skip
    request = route.calls.last.request
    assert request.headers["X-Trace"] == "t-1"
    assert request.url.params["debug"] == "1"
    assert json.loads(request.content)["callback_data"] == "from-extra"
    assert request.extensions["timeout"] == httpx.Timeout(3.5).as_dict()
    client.sms.send(**SEND)  # and nothing sticks to the next call
    request = route.calls.last.request
    assert "X-Trace" not in request.headers
    assert "debug" not in request.url.params
    assert request.extensions["timeout"] == client.timeout.as_dict()


async def test_per_call_options_async_and_on_lists(aclient: lox24.AsyncClient, api: respx.MockRouter) -> None:
    route = api.get("/sms").mock(return_value=httpx.Response(200, json={"hydra:member": [], "hydra:totalItems": 0}))
    items = await aclient.sms.list(callback_data="x", extra_headers={"X-Trace": "t-2"}, timeout=None).to_list()
    assert items == []
    request = route.calls.last.request
    assert request.headers["X-Trace"] == "t-2"
    assert request.extensions["timeout"] == httpx.Timeout(None).as_dict()


def test_per_call_options_are_checked(client: lox24.Client, api: respx.MockRouter) -> None:
    with pytest.raises(ValueError, match="timeout"):
        client.sms.get(SMS_UUID, timeout=-1)
    with pytest.raises(TypeError, match="extra_body"):
        client.groups.phones(7117).add_many(["+491701234567"], extra_body={"x": 1})
    assert api.calls.call_count == 0

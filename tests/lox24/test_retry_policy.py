"""The retry policy through the client: what is retried, what never is (a POST that may have arrived), and how
long the client waits (backoff, Retry-After)."""

from __future__ import annotations

import email.utils
import time
from typing import Any

import httpx
import pytest
import respx

import lox24
from lox24 import _retry

from .conftest import BULK_UUID, SMS_UUID, account_payload, error_payload, sms_payload

SEND: dict[str, Any] = {"phone": "+491701234567", "text": "Hello", "sender_id": "MyShop", "callback_data": "order-42"}


@pytest.mark.parametrize(
    "failure",
    [
        httpx.Response(503, json=error_payload(503)),
        httpx.Response(500, text="<html>oops</html>"),
        httpx.Response(429, json=error_payload(429), headers={"Retry-After": "1"}),
        httpx.ReadTimeout("read timed out"),
        httpx.WriteTimeout("write timed out"),
        httpx.ReadError("connection reset by peer"),
        httpx.RemoteProtocolError("server disconnected"),
    ],
    ids=["503", "500-html", "429", "read-timeout", "write-timeout", "reset", "protocol"],
)
def test_post_sms_is_sent_exactly_once_when_it_may_have_arrived(
    client: lox24.Client, api: respx.MockRouter, failure: Any, sleeps: list[float]
) -> None:
    route = api.post("/sms").mock(side_effect=[failure, httpx.Response(201, json=sms_payload())])
    with pytest.raises(lox24.APIError) as info:
        client.sms.send(**SEND)
    assert route.call_count == 1
    assert sleeps == []
    if not isinstance(failure, httpx.Response) or failure.status_code >= 500:
        assert info.value.may_have_been_sent
        assert "client.sms.list(callback_data=" in str(info.value)


async def test_async_post_sms_is_sent_exactly_once_under_503_and_read_timeout(
    aclient: lox24.AsyncClient, api: respx.MockRouter
) -> None:
    route = api.post("/sms").mock(side_effect=[httpx.Response(503, json=error_payload(503))] * 3)
    with pytest.raises(lox24.InternalServerError):
        await aclient.sms.send(**SEND)
    assert route.call_count == 1
    route.mock(side_effect=httpx.ReadTimeout("slow"))
    with pytest.raises(lox24.APITimeoutError) as info:
        await aclient.sms.send(**SEND)
    assert route.call_count == 2
    assert info.value.may_have_been_sent


def test_post_timeout_maps_to_api_timeout_error(client: lox24.Client, api: respx.MockRouter) -> None:
    api.post("/sms").mock(side_effect=httpx.ReadTimeout("slow"))
    with pytest.raises(lox24.APITimeoutError) as info:
        client.sms.send(**SEND)
    assert isinstance(info.value, lox24.APIConnectionError)
    assert isinstance(info.value.__cause__, httpx.ReadTimeout)


@pytest.mark.parametrize(
    "not_sent", [httpx.ConnectError("refused"), httpx.ConnectTimeout("slow dns"), httpx.PoolTimeout("pool")]
)
def test_post_is_retried_when_nothing_was_sent(
    client: lox24.Client, api: respx.MockRouter, not_sent: Exception, sleeps: list[float]
) -> None:
    route = api.post("/sms").mock(side_effect=[not_sent, httpx.Response(201, json=sms_payload())])
    sms = client.sms.send(**SEND)
    assert sms.uuid == SMS_UUID
    assert route.call_count == 2
    assert len(sleeps) == 1


async def test_async_post_is_retried_on_connect_error(aclient: lox24.AsyncClient, api: respx.MockRouter) -> None:
    route = api.post("/sms").mock(side_effect=[httpx.ConnectError("refused"), httpx.Response(201, json=sms_payload())])
    assert (await aclient.sms.send(**SEND)).uuid == SMS_UUID
    assert route.call_count == 2


def test_connect_errors_give_up_after_max_retries(client: lox24.Client, api: respx.MockRouter) -> None:
    route = api.post("/sms").mock(side_effect=httpx.ConnectError("refused"))
    with pytest.raises(lox24.APIConnectionError) as info:
        client.sms.send(**SEND)
    assert route.call_count == 3  # 1 + max_retries (2)
    assert not info.value.may_have_been_sent
    assert "3 attempts" in str(info.value)


@pytest.mark.parametrize("status", [429, 500, 502, 503, 504])
def test_get_is_retried_and_succeeds(
    client: lox24.Client, api: respx.MockRouter, status: int, sleeps: list[float]
) -> None:
    route = api.get(f"/sms/{SMS_UUID}").mock(
        side_effect=[httpx.Response(status, json=error_payload(status)), httpx.Response(200, json=sms_payload())]
    )
    assert client.sms.get(SMS_UUID).uuid == SMS_UUID
    assert route.call_count == 2
    assert len(sleeps) == 1


def test_get_is_retried_on_read_timeout(client: lox24.Client, api: respx.MockRouter) -> None:
    route = api.get("/me").mock(side_effect=[httpx.ReadTimeout("slow"), httpx.Response(200, json=account_payload())])
    assert client.me().id == 1234567
    assert route.call_count == 2


async def test_async_get_is_retried_and_succeeds(
    aclient: lox24.AsyncClient, api: respx.MockRouter, sleeps: list[float]
) -> None:
    route = api.get("/me").mock(
        side_effect=[httpx.Response(502, text="Bad Gateway"), httpx.Response(200, json=account_payload())]
    )
    assert (await aclient.me()).id == 1234567
    assert route.call_count == 2
    assert len(sleeps) == 1


def test_put_and_delete_are_retried(client: lox24.Client, api: respx.MockRouter) -> None:
    put = api.put(f"/bulks/{BULK_UUID}/cancel").mock(
        side_effect=[httpx.Response(503, json=error_payload(503)), httpx.Response(200, json=_bulk_status())]
    )
    delete = api.delete(f"/sms/{SMS_UUID}").mock(
        side_effect=[httpx.Response(500, json=error_payload(500)), httpx.Response(204)]
    )
    client.bulks.cancel(BULK_UUID)
    client.sms.delete(SMS_UUID)
    assert (put.call_count, delete.call_count) == (2, 2)


def _bulk_status() -> dict[str, Any]:
    from .conftest import bulk_status_payload

    payload: dict[str, Any] = bulk_status_payload()
    return payload


def test_get_gives_up_after_max_retries_with_the_last_error(
    client: lox24.Client, api: respx.MockRouter, sleeps: list[float]
) -> None:
    route = api.get("/me").mock(
        return_value=httpx.Response(503, json=error_payload(503), headers={"X-LOX24-REQUEST-ID": "r-9"})
    )
    with pytest.raises(lox24.InternalServerError) as info:
        client.me()
    assert route.call_count == 3
    assert len(sleeps) == 2
    assert info.value.request_id == "r-9"
    assert not info.value.may_have_been_sent


def test_max_retries_zero_disables_retries(client: lox24.Client, api: respx.MockRouter) -> None:
    route = api.get("/me").mock(return_value=httpx.Response(503, json=error_payload(503)))
    with pytest.raises(lox24.InternalServerError):
        client.with_options(max_retries=0).me()
    assert route.call_count == 1


@pytest.mark.parametrize("method", ["get", "post"])
def test_401_is_never_retried(client: lox24.Client, api: respx.MockRouter, method: str, sleeps: list[float]) -> None:
    route = api.route(method=method.upper()).mock(
        return_value=httpx.Response(401, json=error_payload(401, "Unauthorized"))
    )
    call = client.me if method == "get" else lambda: client.sms.send(**SEND)
    with pytest.raises(lox24.AuthenticationError):
        call()
    assert route.call_count == 1
    assert sleeps == []


async def test_async_401_is_never_retried(aclient: lox24.AsyncClient, api: respx.MockRouter) -> None:
    route = api.get("/me").mock(return_value=httpx.Response(401, json=error_payload(401)))
    with pytest.raises(lox24.AuthenticationError):
        await aclient.me()
    assert route.call_count == 1


@pytest.mark.parametrize("status", [400, 402, 403, 404, 409, 422])
def test_client_errors_are_not_retried(client: lox24.Client, api: respx.MockRouter, status: int) -> None:
    route = api.get("/me").mock(return_value=httpx.Response(status, json=error_payload(status)))
    with pytest.raises(lox24.APIStatusError):
        client.me()
    assert route.call_count == 1


def test_retry_after_seconds_is_honoured(client: lox24.Client, api: respx.MockRouter, sleeps: list[float]) -> None:
    api.get("/me").mock(
        side_effect=[
            httpx.Response(429, json=error_payload(429), headers={"Retry-After": "7"}),
            httpx.Response(503, json=error_payload(503), headers={"Retry-After": "0.25"}),
            httpx.Response(200, json=account_payload()),
        ]
    )
    client.me()
    assert sleeps == [7.0, 0.25]


def test_retry_after_http_date_is_honoured(client: lox24.Client, api: respx.MockRouter, sleeps: list[float]) -> None:

    when = email.utils.formatdate(time.time() + 30, usegmt=True)
    api.get("/me").mock(
        side_effect=[httpx.Response(503, headers={"Retry-After": when}), httpx.Response(200, json=account_payload())]
    )
    client.me()
    assert len(sleeps) == 1
    assert 25 <= sleeps[0] <= 31


def test_retry_after_longer_than_a_minute_is_not_waited_for(
    client: lox24.Client, api: respx.MockRouter, sleeps: list[float]
) -> None:
    route = api.get("/me").mock(
        return_value=httpx.Response(429, json=error_payload(429), headers={"Retry-After": "600"})
    )
    with pytest.raises(lox24.RateLimitError) as info:
        client.me()
    assert route.call_count == 1
    assert sleeps == []
    assert info.value.response.headers["Retry-After"] == "600"


def test_backoff_grows_exponentially_with_jitter(
    client: lox24.Client, api: respx.MockRouter, sleeps: list[float]
) -> None:
    api.get("/me").mock(return_value=httpx.Response(503, json=error_payload(503)))
    with pytest.raises(lox24.InternalServerError):
        client.with_options(max_retries=4).me()
    assert len(sleeps) == 4
    for attempt, delay in enumerate(sleeps, start=1):
        nominal = min(0.5 * 2 ** (attempt - 1), 8.0)
        assert 0.75 * nominal <= delay <= nominal


def test_retry_after_http_date_in_minus_0000_is_read_as_utc_whatever_the_local_zone(
    monkeypatch: pytest.MonkeyPatch,
) -> None:

    # "-0000" parses to a naive datetime, which .timestamp() used to read in the machine's local zone:
    # ten hours west of UTC, a 30 s Retry-After became 10 h (and was raised instead of waited for).
    when = email.utils.formatdate(time.time() + 30).rsplit(" ", 1)[0] + " -0000"
    monkeypatch.setenv("TZ", "Etc/GMT+10")
    time.tzset()
    try:
        delay = _retry._retry_after(when)
    finally:
        monkeypatch.undo()
        time.tzset()
    assert delay is not None
    assert 25 <= delay <= 31


def test_unparseable_retry_after_falls_back_to_backoff() -> None:
    assert _retry._retry_after("soon") is None
    assert _retry._retry_after(None) is None
    assert _retry._retry_after("-3") == 0.0


def test_batch_post_is_not_retried(client: lox24.Client, api: respx.MockRouter) -> None:
    route = api.post("/sms/ops/batch_cancel").mock(return_value=httpx.Response(503, json=error_payload(503)))
    with pytest.raises(lox24.InternalServerError):
        client.sms.cancel(callback_data="c")
    assert route.call_count == 1

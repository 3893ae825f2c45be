"""`client.fraud_checks`: create, get, wait, list, delete, sync and async (respx)."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest
import respx

import lox24

from .conftest import collection, error_payload, violations_payload

CHECK_ID = "8481900d-86ce-11ea-aa81-96000028b339"
OTHER_ID = "d5ceb189-86cd-11ea-aa81-96000028b339"
ADDRESS = {"iso2": "DE", "city": "Berlin", "street_name": "Unter den Linden", "street_number": "1", "postcode": None}


def check_payload(**overrides: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "@context": "/contexts/fraud-check",
        "@id": f"/fraud-checks/{CHECK_ID}",
        "@type": "fraud-check",
        "id": CHECK_ID,
        "service_code": "pro",
        "status_code": 0,
        "risk_score": None,
        "price": 0,
        "callback_data": "signup-1",
        "request_phone": {
            "phone": "+491701234567",
            "status_code": 0,
            "created_at": 1755868416,
            "updated_at": 1755868416,
        },
        "request_email": None,
        "request_ip": None,
        "request_address": None,
        "created_at": 1755868416,
        "updated_at": 1755868416,
    }
    data.update(overrides)
    return data


DONE = check_payload(
    status_code=10,
    risk_score=95,
    price=0.06,
    request_ip={
        "ip": "203.0.113.7",
        "is_ok": True,
        "iso2": "NL",
        "proxy_type": "TOR",
        "connection_type": None,
        "geolocation": None,
        "status_code": 10,
    },
)


def test_create_sends_only_the_parts_given(client: lox24.Client, api: respx.MockRouter) -> None:
    route = api.post("/fraud-checks").mock(return_value=httpx.Response(201, json=check_payload()))
    check = client.fraud_checks.create(service_code="pro", phone="+491701234567", callback_data="signup-1")
    assert isinstance(check, lox24.FraudCheck)
    assert check.id == CHECK_ID
    assert check.status_code is lox24.FraudCheckStatusCode.NEW
    assert check.risk_score is None
    assert isinstance(check.request_phone, lox24.FraudCheckPhone)
    assert check.request_phone.phone == "+491701234567"
    assert json.loads(route.calls.last.request.content) == {
        "service_code": "pro",
        "phone": "+491701234567",
        "callback_data": "signup-1",
    }


def test_create_with_all_params(client: lox24.Client, api: respx.MockRouter) -> None:
    route = api.post("/fraud-checks").mock(return_value=httpx.Response(201, json=check_payload()))
    client.fraud_checks.create(
        service_code="direct",
        phone="+491701234567",
        email="jane.doe@example.com",
        ip="2a00:1450:4001:82a::200e",
        address=ADDRESS,
        callback_data="c",
        extra_headers={"X-Trace": "t-1"},
        extra_body={"future_field": 1},
    )
    request = route.calls.last.request
    assert json.loads(request.content) == {
        "service_code": "direct",
        "phone": "+491701234567",
        "email": "jane.doe@example.com",
        "ip": "2a00:1450:4001:82a::200e",
        "address": {"iso2": "DE", "city": "Berlin", "street_name": "Unter den Linden", "street_number": "1"},
        "callback_data": "c",
        "future_field": 1,
    }
    assert request.headers["X-Trace"] == "t-1"


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"service_code": "gold", "phone": "+491701234567"}, "service_code"),
        ({"service_code": "pro"}, "phone"),  # nothing to check
        ({"service_code": "pro", "email": "a@b"}, "email"),
        ({"service_code": "pro", "ip": "999.1.1.1"}, "ip"),
        ({"service_code": "pro", "ip": "localhost"}, "ip"),
        ({"service_code": "pro", "phone": "+4"}, "phone"),
        ({"service_code": "pro", "address": {"iso2": "de", "city": "Berlin", "street_name": "Weg"}}, "address.iso2"),
        ({"service_code": "pro", "address": {"iso2": "DE", "street_name": "Weg"}}, "address.city"),
        ({"service_code": "pro", "address": {"iso2": "DE", "city": "Bonn", "street_name": "Weg", "x": "1"}}, "address"),
        ({"service_code": "pro", "email": "jane@example.com", "callback_data": "x" * 37}, "callback_data"),
    ],
)
def test_create_refuses_bad_input_before_sending(
    client: lox24.Client, api: respx.MockRouter, kwargs: dict[str, Any], field: str
) -> None:
    route = api.post("/fraud-checks").mock(return_value=httpx.Response(201, json=check_payload()))
    with pytest.raises(lox24.Lox24ValidationError) as exc:
        client.fraud_checks.create(**kwargs)
    assert exc.value.field == field
    assert route.call_count == 0


def test_create_without_validation_lets_the_server_judge(client: lox24.Client, api: respx.MockRouter) -> None:
    api.post("/fraud-checks").mock(return_value=httpx.Response(400, json=violations_payload(400)))
    with pytest.raises(lox24.BadRequestError) as exc:
        client.fraud_checks.create(service_code="pro", ip="999.1.1.1", validate=False)
    assert exc.value.violations[0].property_path == "phone"


def test_create_is_never_retried_after_it_may_have_arrived(client: lox24.Client, api: respx.MockRouter) -> None:
    route = api.post("/fraud-checks").mock(return_value=httpx.Response(503, json=error_payload(503)))
    with pytest.raises(lox24.InternalServerError) as exc:
        client.fraud_checks.create(service_code="pro", phone="+491701234567")
    assert route.call_count == 1
    assert exc.value.may_have_been_sent


def test_get_and_delete_path_params(client: lox24.Client, api: respx.MockRouter) -> None:
    api.get(f"/fraud-checks/{CHECK_ID}").mock(return_value=httpx.Response(200, json=DONE))
    delete = api.delete(f"/fraud-checks/{CHECK_ID}").mock(return_value=httpx.Response(204))
    check = client.fraud_checks.get(CHECK_ID)
    assert (check.status_code, check.risk_score, check.price) == (lox24.FraudCheckStatusCode.DONE, 95, 0.06)
    assert isinstance(check.request_ip, lox24.FraudCheckIp)
    assert check.request_ip.proxy_type is lox24.FraudCheckProxyType.TOR
    client.fraud_checks.delete(CHECK_ID)
    assert delete.call_count == 1
    with pytest.raises(lox24.Lox24ValidationError):
        client.fraud_checks.get("../me")
    with pytest.raises(lox24.Lox24ValidationError):
        client.fraud_checks.delete("not-a-uuid")


def test_get_raises_not_found(client: lox24.Client, api: respx.MockRouter) -> None:
    api.get(f"/fraud-checks/{OTHER_ID}").mock(return_value=httpx.Response(404, json=error_payload(404)))
    with pytest.raises(lox24.NotFoundError):
        client.fraud_checks.get(OTHER_ID)


def test_wait_polls_get_until_the_check_ends(client: lox24.Client, api: respx.MockRouter, sleeps: list[float]) -> None:
    post = api.post("/fraud-checks")
    route = api.get(f"/fraud-checks/{CHECK_ID}").mock(
        side_effect=[
            httpx.Response(200, json=check_payload()),
            httpx.Response(200, json=check_payload(status_code=5)),
            httpx.Response(200, json=DONE),
        ]
    )
    check = client.fraud_checks.wait(CHECK_ID, timeout=60, interval=2)
    assert check.status_code == 10
    assert route.call_count == 3
    assert sleeps == [2, 2]
    assert post.call_count == 0  # waiting never creates a check


@pytest.mark.parametrize("status", [20, 21, 1000])
def test_wait_returns_a_check_that_ended_with_an_error(
    client: lox24.Client, api: respx.MockRouter, status: int
) -> None:
    api.get(f"/fraud-checks/{CHECK_ID}").mock(return_value=httpx.Response(200, json=check_payload(status_code=status)))
    assert client.fraud_checks.wait(CHECK_ID).status_code == status


def test_wait_times_out_with_the_last_status(client: lox24.Client, api: respx.MockRouter) -> None:
    route = api.get(f"/fraud-checks/{CHECK_ID}").mock(
        return_value=httpx.Response(200, json=check_payload(status_code=5))
    )
    with pytest.raises(TimeoutError, match="still at status 5"):
        client.fraud_checks.wait(CHECK_ID, timeout=0)
    assert route.call_count == 1


def test_wait_refuses_a_bad_interval(client: lox24.Client) -> None:
    with pytest.raises(lox24.Lox24ValidationError):
        client.fraud_checks.wait(CHECK_ID, interval=0)


def test_list_sends_lox24s_filter_names_and_pages(client: lox24.Client, api: respx.MockRouter) -> None:
    route = api.get("/fraud-checks").mock(
        side_effect=[
            httpx.Response(200, json=collection([DONE], total=2, next_page=2, path="/fraud-checks")),
            httpx.Response(200, json=collection([check_payload(id=OTHER_ID)], total=2, path="/fraud-checks")),
        ]
    )
    checks = list(
        client.fraud_checks.list(
            id=[CHECK_ID, OTHER_ID],
            status_code=[lox24.FraudCheckStatusCode.DONE, 21],
            callback_data="signup",
            phone="+4917",
            email="@lox24.eu",
            ip="203.0",
            order={"created_at": "asc"},
        )
    )
    assert [c.id for c in checks] == [CHECK_ID, OTHER_ID]
    assert isinstance(checks[0], lox24.FraudCheckJsonLd)
    params = route.calls[0].request.url.params
    assert params.get_list("id[]") == [CHECK_ID, OTHER_ID]
    assert params.get_list("status_code[]") == ["10", "21"]
    assert params["callback_data"] == "signup"
    assert params["request_phone.phone"] == "+4917"
    assert params["request_email.email"] == "@lox24.eu"
    assert params["request_ip.ip"] == "203.0"
    assert params["_order[created_at]"] == "asc"
    assert route.calls[1].request.url.params["page"] == "2"


@pytest.mark.parametrize(
    "kwargs",
    [{"status_code": ["ten"]}, {"id": []}, {"email": ""}, {"order": {"risk_score": "asc"}}, {"status_code": True}],
)
def test_list_refuses_bad_filters(client: lox24.Client, kwargs: dict[str, Any]) -> None:
    with pytest.raises(lox24.Lox24ValidationError):
        client.fraud_checks.list(**kwargs)


def test_raw_responses(client: lox24.Client, api: respx.MockRouter) -> None:
    api.post("/fraud-checks").mock(
        return_value=httpx.Response(201, json=check_payload(), headers={"X-LOX24-REQUEST-ID": "a" * 32})
    )
    api.get(f"/fraud-checks/{CHECK_ID}").mock(return_value=httpx.Response(200, json=DONE))
    api.delete(f"/fraud-checks/{CHECK_ID}").mock(return_value=httpx.Response(204))
    raw = client.with_raw_response.fraud_checks.create(service_code="economy", email="jane@example.com")
    assert (raw.status_code, raw.request_id) == (201, "a" * 32)
    assert raw.parse().id == CHECK_ID
    assert client.with_raw_response.fraud_checks.get(CHECK_ID).parse().risk_score == 95
    assert client.with_raw_response.fraud_checks.delete(CHECK_ID).status_code == 204


async def test_async_fraud_checks(aclient: lox24.AsyncClient, api: respx.MockRouter, sleeps: list[float]) -> None:
    create = api.post("/fraud-checks").mock(return_value=httpx.Response(201, json=check_payload()))
    api.get(f"/fraud-checks/{CHECK_ID}").mock(
        side_effect=[httpx.Response(200, json=check_payload(status_code=5))] + [httpx.Response(200, json=DONE)] * 2
    )
    delete = api.delete(f"/fraud-checks/{CHECK_ID}").mock(return_value=httpx.Response(204))
    api.get("/fraud-checks").mock(return_value=httpx.Response(200, json=collection([DONE], path="/fraud-checks")))
    check = await aclient.fraud_checks.create(service_code="pro", ip="203.0.113.7", address=ADDRESS)
    assert json.loads(create.calls.last.request.content)["address"]["iso2"] == "DE"
    done = await aclient.fraud_checks.wait(check.id, interval=0.5)
    assert (done.status_code, done.risk_score) == (10, 95)
    assert sleeps == [0.5]
    assert [c.id async for c in aclient.fraud_checks.list(status_code=10)] == [CHECK_ID]
    await aclient.fraud_checks.delete(CHECK_ID)
    assert delete.call_count == 1
    raw = await aclient.with_raw_response.fraud_checks.get(CHECK_ID)
    assert raw.status_code == 200
    with pytest.raises(lox24.Lox24ValidationError):
        await aclient.fraud_checks.create(service_code="pro")


async def test_async_wait_times_out(aclient: lox24.AsyncClient, api: respx.MockRouter) -> None:
    api.get(f"/fraud-checks/{CHECK_ID}").mock(return_value=httpx.Response(200, json=check_payload()))
    with pytest.raises(TimeoutError):
        await aclient.fraud_checks.wait(CHECK_ID, timeout=0)


@pytest.mark.parametrize(
    ("given", "sent"),
    [("0170 1234567", "+491701234567"), ("0049 170 1234567", "+491701234567"), ("+4912", "+4912")],
)
def test_create_sends_real_numbers_in_e164_and_others_as_given(
    client: lox24.Client, api: respx.MockRouter, given: str, sent: str
) -> None:
    route = api.post("/fraud-checks").mock(return_value=httpx.Response(201, json=check_payload()))
    client.fraud_checks.create(service_code="economy", phone=given)
    assert json.loads(route.calls.last.request.content)["phone"] == sent

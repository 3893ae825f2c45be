"""`client.verify_codes`: create, get, list, wait and send_and_wait (respx), sync and async."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest
import respx

import lox24

from .conftest import collection, error_payload, violations_payload

CODE_ID = "5d2f7c1e-3a4b-4c5d-8e6f-7a8b9c0d1e2f"


def verify_payload(**overrides: Any) -> dict[str, Any]:
    """A verify code as the emulator answers it (JSON-LD)."""
    data: dict[str, Any] = {
        "@context": "/contexts/VerifyCode",
        "@id": f"/verify_codes/{CODE_ID}",
        "@type": "VerifyCode",
        "id": CODE_ID,
        "user_id": 1234567,
        "phone": "+491701234567",
        "code": "4711",
        "code_length": 4,
        "lang": "DE",
        "routing_strategy": [
            {"channel": "telegram", "timeout_sec": 30, "sender_id": None, "template": None},
            {"channel": "sms", "timeout_sec": 300, "sender_id": "MyShop", "template": "Code: {{code}}"},
        ],
        "status": 0,
        "delivered_channel": None,
        "cost": None,
        "currency": "EUR",
        "payload": None,
        "created_at": 1767225600,
        "updated_at": 1767225600,
        "history": [],
        "is_code_deleted": False,
    }
    data.update(overrides)
    return data


DELIVERED = {
    "status": 10,
    "delivered_channel": "telegram",
    "cost": 2,
    "history": [
        {"channel": "telegram", "event": "sent", "created_at": 1767225601, "message": None},
        {"channel": "telegram", "event": "delivered", "created_at": 1767225604, "message": None},
    ],
}


def test_create_sends_the_strategy_and_parses_the_code(client: lox24.Client, api: respx.MockRouter) -> None:
    route = api.post("/verify_codes").mock(return_value=httpx.Response(201, json=verify_payload()))
    otp = client.verify_codes.create(
        phone="0170 1234567",
        routing_strategy=["telegram", {"channel": "sms", "sender_id": "MyShop", "template": "Code: {{code}}"}],
        code_length=6,
        lang="EN",
        payload="login-1",
        is_code_deleted=True,
    )
    assert isinstance(otp, lox24.VerifyCode)
    assert otp.id == CODE_ID
    assert otp.code == "4711"
    assert otp.status is lox24.VerifyCodeStatus.NEW
    assert [s.channel for s in otp.routing_strategy] == [lox24.VerifyChannel.TELEGRAM, lox24.VerifyChannel.SMS]
    sent = json.loads(route.calls.last.request.content)
    assert sent == {
        "phone": "+491701234567",  # normalised when validating
        "routing_strategy": [
            {"channel": "telegram"},
            {"channel": "sms", "sender_id": "MyShop", "template": "Code: {{code}}"},
        ],
        "code_length": 6,
        "lang": "EN",
        "payload": "login-1",
        "is_code_deleted": True,
    }
    assert route.calls.last.request.headers["content-type"] == "application/json"


def test_create_takes_model_steps_and_own_code(client: lox24.Client, api: respx.MockRouter) -> None:
    route = api.post("/verify_codes").mock(return_value=httpx.Response(201, json=verify_payload(code="123456")))
    step = lox24.VerifyRoutingStep(channel=lox24.VerifyChannel.VOICE, timeout_sec=90)
    client.verify_codes.create(phone="+491701234567", routing_strategy=[step, "sms"], code="123456")
    sent = json.loads(route.calls.last.request.content)
    assert sent["routing_strategy"] == [{"channel": "voice", "timeout_sec": 90}, {"channel": "sms"}]
    assert sent["code"] == "123456"
    assert "code_length" not in sent


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"routing_strategy": ["sms", "telegram"]}, "routing_strategy[0].channel"),
        ({"routing_strategy": ["telegram", "telegram"]}, "routing_strategy[1].channel"),
        ({"routing_strategy": ["fax"]}, "routing_strategy[0].channel"),
        ({"routing_strategy": []}, "routing_strategy"),
        ({"routing_strategy": "telegram"}, "routing_strategy"),
        ({"routing_strategy": [{"channel": "voice", "timeout_sec": 29}]}, "routing_strategy[0].timeout_sec"),
        ({"routing_strategy": [{"channel": "voice", "timeout_sec": 3601}]}, "routing_strategy[0].timeout_sec"),
        ({"routing_strategy": [{"channel": "sms", "template": "no placeholder"}]}, "routing_strategy[0].template"),
        ({"routing_strategy": [{"channel": "sms", "sender_id": "Sender-Too-Long"}]}, "routing_strategy[0].sender_id"),
        ({"routing_strategy": [{"channel": "sms", "colour": "red"}]}, "routing_strategy[0].colour"),
        ({"code": "12a4"}, "code"),
        ({"code": "123"}, "code"),
        ({"code_length": 9}, "code_length"),
        ({"code_length": True}, "code_length"),
        ({"lang": "de"}, "lang"),
        ({"payload": "x" * 129}, "payload"),
        ({"is_code_deleted": "yes"}, "is_code_deleted"),
        ({"phone": "12"}, "phone"),
        ({"phone": "+49 not a number"}, "phone"),
    ],
)
def test_create_refuses_bad_input_before_sending(
    client: lox24.Client, api: respx.MockRouter, kwargs: dict[str, Any], field: str
) -> None:
    route = api.post("/verify_codes").mock(return_value=httpx.Response(201, json=verify_payload()))
    args: dict[str, Any] = {"phone": "+491701234567", "routing_strategy": ["telegram"], **kwargs}
    with pytest.raises(lox24.Lox24ValidationError) as info:
        client.verify_codes.create(**args)
    assert info.value.field == field
    assert route.call_count == 0


def test_create_without_validation_leaves_the_rules_to_lox24(client: lox24.Client, api: respx.MockRouter) -> None:
    body = violations_payload(422)
    body["violations"][0]["propertyPath"] = "routing_strategy[0].channel"
    route = api.post("/verify_codes").mock(return_value=httpx.Response(422, json=body))
    with pytest.raises(lox24.UnprocessableEntityError) as info:
        client.verify_codes.create(phone="+491701234567", routing_strategy=["sms", "voice"], validate=False)
    assert [v.property_path for v in info.value.violations] == ["routing_strategy[0].channel"]
    sent = json.loads(route.calls.last.request.content)
    assert sent["routing_strategy"] == [{"channel": "sms"}, {"channel": "voice"}]


def test_create_is_never_retried_after_a_5xx(client: lox24.Client, api: respx.MockRouter) -> None:
    route = api.post("/verify_codes").mock(return_value=httpx.Response(503, json=error_payload(503)))
    with pytest.raises(lox24.InternalServerError) as info:
        client.verify_codes.create(phone="+491701234567", routing_strategy=["telegram"])
    assert route.call_count == 1
    assert info.value.may_have_been_sent


def test_get_list_and_raw(client: lox24.Client, api: respx.MockRouter) -> None:
    api.get(f"/verify_codes/{CODE_ID}").mock(return_value=httpx.Response(200, json=verify_payload(**DELIVERED)))
    route = api.get("/verify_codes").mock(
        side_effect=[
            httpx.Response(200, json=collection([verify_payload()], total=2, next_page=2, path="/verify_codes")),
            httpx.Response(200, json=collection([verify_payload(id="second")], total=2, path="/verify_codes")),
        ]
    )
    otp = client.verify_codes.get(CODE_ID)
    assert otp.status is lox24.VerifyCodeStatus.SUCCESS
    assert otp.delivered_channel is lox24.VerifyChannel.TELEGRAM
    assert otp.cost == 2
    assert [(h.channel, h.event) for h in otp.history] == [
        (lox24.VerifyChannel.TELEGRAM, lox24.VerifyHistoryEvent.SENT),
        (lox24.VerifyChannel.TELEGRAM, lox24.VerifyHistoryEvent.DELIVERED),
    ]
    codes = client.verify_codes.list().to_list()
    assert [c.id for c in codes] == [CODE_ID, "second"]
    assert isinstance(codes[0], lox24.VerifyCodeJsonLd)
    assert [call.request.url.params.get("page") for call in route.calls] == ["1", "2"]
    raw = client.with_raw_response.verify_codes.get(CODE_ID)
    assert raw.status_code == 200
    assert raw.parse().id == CODE_ID


def test_get_refuses_a_bad_id_and_maps_404(client: lox24.Client, api: respx.MockRouter) -> None:
    with pytest.raises(lox24.Lox24ValidationError) as info:
        client.verify_codes.get("../me")
    assert info.value.field == "id"
    missing = "ffffffff-0000-4000-8000-000000000404"
    api.get(f"/verify_codes/{missing}").mock(return_value=httpx.Response(404, json=error_payload(404)))
    with pytest.raises(lox24.NotFoundError):
        client.verify_codes.get(missing)


def test_wait_polls_until_a_final_status(client: lox24.Client, api: respx.MockRouter, sleeps: list[float]) -> None:
    route = api.get(f"/verify_codes/{CODE_ID}").mock(
        side_effect=[
            httpx.Response(200, json=verify_payload(status=5)),
            httpx.Response(200, json=verify_payload(status=5)),
            httpx.Response(200, json=verify_payload(**DELIVERED)),
        ]
    )
    otp = client.verify_codes.wait(CODE_ID, timeout=60, poll_interval=1.5)
    assert otp.status is lox24.VerifyCodeStatus.SUCCESS
    assert route.call_count == 3
    assert sleeps == [1.5, 1.5]


@pytest.mark.parametrize("status", [20, 100])
def test_wait_returns_failed_and_error_codes(client: lox24.Client, api: respx.MockRouter, status: int) -> None:
    api.get(f"/verify_codes/{CODE_ID}").mock(return_value=httpx.Response(200, json=verify_payload(status=status)))
    assert client.verify_codes.wait(CODE_ID).status == status


def test_wait_gives_up_after_its_timeout(client: lox24.Client, api: respx.MockRouter) -> None:
    route = api.get(f"/verify_codes/{CODE_ID}").mock(return_value=httpx.Response(200, json=verify_payload(status=5)))
    with pytest.raises(lox24.VerifyTimeoutError) as info:
        client.verify_codes.wait(CODE_ID, timeout=0)
    assert isinstance(info.value, TimeoutError)
    assert info.value.verify_code.id == CODE_ID
    assert info.value.verify_code.status is lox24.VerifyCodeStatus.IN_PROGRESS
    assert "still has status 5" in str(info.value)
    assert route.call_count == 1


def test_wait_default_budget_follows_the_strategy() -> None:
    from lox24._ops.verify_codes import wait_budget

    otp = lox24.VerifyCode.from_dict(verify_payload())
    assert wait_budget(otp, None) == 30 + 300 + 30
    assert wait_budget(otp, 5) == 5.0
    with pytest.raises(lox24.Lox24ValidationError):
        wait_budget(otp, -1)


def test_send_and_wait_creates_exactly_one_code(
    client: lox24.Client, api: respx.MockRouter, sleeps: list[float]
) -> None:
    create = api.post("/verify_codes").mock(return_value=httpx.Response(201, json=verify_payload()))
    get = api.get(f"/verify_codes/{CODE_ID}").mock(
        side_effect=[
            httpx.Response(200, json=verify_payload(status=5)),
            httpx.Response(200, json=verify_payload(status=20, cost=10)),
        ]
    )
    otp = client.verify_codes.send_and_wait("+491701234567", routing_strategy=["telegram", "sms"], poll_interval=3)
    assert otp.status is lox24.VerifyCodeStatus.FAILED
    assert (create.call_count, get.call_count, sleeps) == (1, 2, [3.0])


def test_send_and_wait_checks_its_arguments_before_creating(client: lox24.Client, api: respx.MockRouter) -> None:
    create = api.post("/verify_codes").mock(return_value=httpx.Response(201, json=verify_payload()))
    with pytest.raises(lox24.Lox24ValidationError) as info:
        client.verify_codes.send_and_wait("+491701234567", routing_strategy=["telegram"], poll_interval=0)
    assert info.value.field == "poll_interval"
    with pytest.raises(lox24.Lox24ValidationError) as info:
        client.verify_codes.send_and_wait("+491701234567", routing_strategy=["telegram"], timeout=-5)
    assert info.value.field == "timeout"
    assert create.call_count == 0


def test_send_and_wait_timeout_carries_the_one_code(client: lox24.Client, api: respx.MockRouter) -> None:
    create = api.post("/verify_codes").mock(return_value=httpx.Response(201, json=verify_payload()))
    api.get(f"/verify_codes/{CODE_ID}").mock(return_value=httpx.Response(200, json=verify_payload(status=5)))
    with pytest.raises(lox24.VerifyTimeoutError) as info:
        client.verify_codes.send_and_wait("+491701234567", routing_strategy=["telegram"], timeout=0)
    assert info.value.verify_code.id == CODE_ID
    assert create.call_count == 1


async def test_async_verify_codes(aclient: lox24.AsyncClient, api: respx.MockRouter, sleeps: list[float]) -> None:
    create = api.post("/verify_codes").mock(return_value=httpx.Response(201, json=verify_payload()))
    api.get(f"/verify_codes/{CODE_ID}").mock(
        side_effect=[
            httpx.Response(200, json=verify_payload(status=5)),
            httpx.Response(200, json=verify_payload(**DELIVERED)),
            httpx.Response(200, json=verify_payload(**DELIVERED)),
            httpx.Response(200, json=verify_payload(status=5)),
        ]
    )
    api.get("/verify_codes").mock(return_value=httpx.Response(200, json=collection([verify_payload()])))
    otp = await aclient.verify_codes.send_and_wait("+491701234567", routing_strategy=["telegram", "sms"])
    assert otp.delivered_channel is lox24.VerifyChannel.TELEGRAM
    assert create.call_count == 1
    assert sleeps == [2.0]
    assert (await aclient.verify_codes.get(CODE_ID)).status is lox24.VerifyCodeStatus.SUCCESS
    assert [c.id async for c in aclient.verify_codes.list()] == [CODE_ID]
    with pytest.raises(lox24.VerifyTimeoutError):
        await aclient.verify_codes.wait(CODE_ID, timeout=0)
    raw = await aclient.with_raw_response.verify_codes.create(phone="+491701234567", routing_strategy=["voice"])
    assert raw.status_code == 201
    assert raw.parse().id == CODE_ID
    with pytest.raises(lox24.Lox24ValidationError):
        await aclient.verify_codes.create(phone="+491701234567", routing_strategy=["sms", "voice"])
    assert create.call_count == 2

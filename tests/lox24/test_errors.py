"""Status -> exception mapping, error details, malformed responses and tolerant parsing."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
import respx

import lox24
from lox24._compat import is_unknown, patch_enums

from .conftest import SMS_UUID, error_payload, sms_payload, violations_payload

SEND: dict[str, Any] = {"phone": "+491701234567", "text": "Hello", "sender_id": "MyShop"}

STATUS_CLASSES = [
    (400, lox24.BadRequestError),
    (401, lox24.AuthenticationError),
    (402, lox24.InsufficientFundsError),
    (403, lox24.PermissionDeniedError),
    (404, lox24.NotFoundError),
    (409, lox24.ConflictError),
    (422, lox24.UnprocessableEntityError),
    (429, lox24.RateLimitError),
    (500, lox24.InternalServerError),
    (502, lox24.InternalServerError),
    (503, lox24.InternalServerError),
    (599, lox24.InternalServerError),
]


@pytest.mark.parametrize(("status", "cls"), STATUS_CLASSES)
def test_status_maps_to_exception_with_request_id_and_body(
    client: lox24.Client, api: respx.MockRouter, status: int, cls: type[lox24.APIStatusError]
) -> None:
    body = violations_payload(status) if status in (400, 422) else error_payload(status, "Title", f"Detail {status}")
    api.post("/sms").mock(
        return_value=httpx.Response(status, json=body, headers={"X-LOX24-REQUEST-ID": f"rid-{status}"})
    )
    with pytest.raises(cls) as info:
        client.sms.send(**SEND)
    exc = info.value
    assert type(exc) is cls
    assert isinstance(exc, lox24.APIStatusError)
    assert isinstance(exc, lox24.APIError)
    assert isinstance(exc, lox24.Lox24Error)
    assert exc.status_code == status
    assert exc.request_id == f"rid-{status}"
    assert f"rid-{status}" in str(exc)
    assert str(status) in str(exc)
    assert exc.response.status_code == status
    if status in (400, 422):
        assert isinstance(exc.body, lox24.ConstraintViolationList)
        assert [(v.property_path, v.message) for v in exc.violations] == [
            ("phone", "This value is not a valid phone number.")
        ]
        assert "phone: This value is not a valid phone number." in str(exc)
    else:
        assert isinstance(exc.body, lox24.Error)
        assert exc.body.detail == f"Detail {status}"
        assert exc.violations == []


@pytest.mark.parametrize(("status", "cls"), STATUS_CLASSES[:8])
async def test_async_status_maps_to_exception(
    aclient: lox24.AsyncClient, api: respx.MockRouter, status: int, cls: type[lox24.APIStatusError]
) -> None:
    api.get(f"/sms/{SMS_UUID}").mock(
        return_value=httpx.Response(status, json=error_payload(status), headers={"X-LOX24-REQUEST-ID": "a-rid"})
    )
    with pytest.raises(cls) as info:
        await aclient.sms.get(SMS_UUID)
    assert info.value.request_id == "a-rid"


def test_error_without_request_id_header(client: lox24.Client, api: respx.MockRouter) -> None:
    api.get(f"/sms/{SMS_UUID}").mock(return_value=httpx.Response(404, json=error_payload(404)))
    with pytest.raises(lox24.NotFoundError) as info:
        client.sms.get(SMS_UUID)
    assert info.value.request_id is None


def test_error_status_with_non_json_body_keeps_the_status_class(client: lox24.Client, api: respx.MockRouter) -> None:
    api.post("/sms").mock(return_value=httpx.Response(429, text="<html>Too Many Requests</html>"))
    with pytest.raises(lox24.RateLimitError) as info:
        client.sms.send(**SEND)
    assert info.value.body == "<html>Too Many Requests</html>"
    assert info.value.violations == []


def test_error_status_with_empty_body(client: lox24.Client, api: respx.MockRouter) -> None:
    api.post("/sms").mock(return_value=httpx.Response(403))
    with pytest.raises(lox24.PermissionDeniedError) as info:
        client.sms.send(**SEND)
    assert info.value.body is None
    assert "(empty body)" in str(info.value)


def test_undocumented_status_with_garbage_is_a_response_validation_error(
    client: lox24.Client, api: respx.MockRouter
) -> None:
    api.get(f"/sms/{SMS_UUID}").mock(return_value=httpx.Response(418, text="I'm a teapot"))
    with pytest.raises(lox24.APIResponseValidationError) as info:
        client.sms.get(SMS_UUID)
    assert info.value.status_code == 418
    assert "418" in str(info.value)


def test_undocumented_status_with_a_lox24_error_body_is_a_status_error(
    client: lox24.Client, api: respx.MockRouter
) -> None:
    api.get(f"/sms/{SMS_UUID}").mock(return_value=httpx.Response(410, json=error_payload(410, "Gone")))
    with pytest.raises(lox24.APIStatusError) as info:
        client.sms.get(SMS_UUID)
    assert type(info.value) is lox24.APIStatusError
    assert info.value.status_code == 410


def test_redirect_is_a_response_validation_error(client: lox24.Client, api: respx.MockRouter) -> None:
    api.get("/me").mock(return_value=httpx.Response(302, headers={"Location": "https://elsewhere"}))
    with pytest.raises(lox24.APIResponseValidationError, match="unexpected status 302"):
        client.me()


@pytest.mark.parametrize(
    "response",
    [
        httpx.Response(200, text="not json"),
        httpx.Response(200, json={k: v for k, v in sms_payload().items() if k != "price"}),
        httpx.Response(200, json=[1, 2, 3]),
        httpx.Response(200, json="a string"),
        httpx.Response(200, json=sms_payload(status_code="sent")),
    ],
    ids=["bad-json", "missing-required", "list", "string", "enum-of-wrong-type"],
)
def test_malformed_success_response_raises_response_validation_error(
    client: lox24.Client, api: respx.MockRouter, response: httpx.Response
) -> None:
    route = api.get(f"/sms/{SMS_UUID}").mock(return_value=response)
    with pytest.raises(lox24.APIResponseValidationError) as info:
        client.sms.get(SMS_UUID)
    assert route.call_count == 1
    assert info.value.status_code == 200
    assert not info.value.may_have_been_sent


async def test_async_malformed_success_response(aclient: lox24.AsyncClient, api: respx.MockRouter) -> None:
    api.get(f"/sms/{SMS_UUID}").mock(return_value=httpx.Response(200, text="{"))
    with pytest.raises(lox24.APIResponseValidationError):
        await aclient.sms.get(SMS_UUID)


def test_malformed_201_on_send_says_it_was_accepted(client: lox24.Client, api: respx.MockRouter) -> None:
    route = api.post("/sms").mock(return_value=httpx.Response(201, json={"uuid": SMS_UUID}))
    with pytest.raises(lox24.APIResponseValidationError) as info:
        client.sms.send(**SEND)
    assert route.call_count == 1
    assert info.value.may_have_been_sent
    assert "accepted" in str(info.value)
    assert isinstance(info.value.__cause__, KeyError)


def test_unexpected_2xx_status_on_send(client: lox24.Client, api: respx.MockRouter) -> None:
    api.post("/sms").mock(return_value=httpx.Response(200, json=sms_payload()))
    with pytest.raises(lox24.APIResponseValidationError) as info:
        client.sms.send(**SEND)
    assert info.value.may_have_been_sent


def test_unknown_enum_values_and_extra_fields_parse(client: lox24.Client, api: respx.MockRouter) -> None:
    payload = sms_payload(status_code=7777, dlr_code=64, service_code="whatsapp", voice_lang="XX", new_field={"x": 1})
    api.get(f"/sms/{SMS_UUID}").mock(return_value=httpx.Response(200, json=payload))
    sms = client.sms.get(SMS_UUID)
    assert sms.status_code == 7777
    assert isinstance(sms.status_code, lox24.SmsStatusCode)
    assert sms.status_code.name == "UNKNOWN_7777"
    assert is_unknown(sms.status_code)
    assert sms.dlr_code == 64
    assert isinstance(sms.dlr_code, lox24.DlrCode)
    assert sms.service_code == "whatsapp"
    assert sms.voice_lang == "XX"
    assert sms.additional_properties["new_field"] == {"x": 1}
    assert sms.to_dict()["status_code"] == 7777
    assert sms.to_dict()["new_field"] == {"x": 1}


def test_enum_patch_keeps_known_members_and_caches_pseudo_members() -> None:
    loaded = (lox24.SmsStatusCode, lox24.BulkStatusCode)  # the models load lazily: load these two first
    patched = patch_enums()
    assert all(cls in patched for cls in loaded)
    assert lox24.VoiceLang("XX").name == "UNKNOWN_XX"  # an enum loaded after patch_enums() is tolerant too
    assert lox24.SmsStatusCode(100) is lox24.SmsStatusCode.SENT
    assert not is_unknown(lox24.SmsStatusCode.SENT)
    assert lox24.SmsStatusCode(4242) is lox24.SmsStatusCode(4242)
    assert 4242 not in [m.value for m in lox24.SmsStatusCode]
    with pytest.raises(ValueError, match="not a valid"):
        lox24.SmsStatusCode("new")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="not a valid"):
        lox24.ServiceCode(3)  # type: ignore[arg-type]


def test_exception_tree() -> None:
    assert issubclass(lox24.APITimeoutError, lox24.APIConnectionError)
    assert issubclass(lox24.APIConnectionError, lox24.APIError)
    assert issubclass(lox24.APIResponseValidationError, lox24.APIError)
    assert issubclass(lox24.APIStatusError, lox24.APIError)
    assert issubclass(lox24.APIError, lox24.Lox24Error)
    assert issubclass(lox24.Lox24ValidationError, ValueError)
    for _, cls in STATUS_CLASSES:
        assert cls.__bases__ == (lox24.APIStatusError,)


def test_exception_tree_is_drawn_in_the_module_docstring() -> None:
    from lox24 import _exceptions

    doc = _exceptions.__doc__ or ""
    for name in _exceptions.__all__:
        assert name in doc, name

"""The client core: construction, headers, logging, redaction (the retry policy: test_retry_policy.py)."""

from __future__ import annotations

import importlib.metadata
import logging
import traceback
from typing import Any

import httpx
import pytest
import respx

import lox24

from .conftest import BASE, TOKEN, account_payload, error_payload

SEND: dict[str, Any] = {"phone": "+491701234567", "text": "Hello", "sender_id": "MyShop", "callback_data": "order-42"}


# --- construction ---------------------------------------------------------------------------------------------


def test_token_and_base_url_come_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LOX24_TOKEN", "env:token")
    monkeypatch.setenv("LOX24_BASE_URL", "http://127.0.0.1:8024")
    with respx.mock(base_url="http://127.0.0.1:8024") as router, lox24.Client() as client:
        route = router.get("/me").mock(return_value=httpx.Response(200, json=account_payload()))
        assert client.base_url == "http://127.0.0.1:8024"
        client.me()
    assert route.calls.last.request.headers["X-LOX24-AUTH-TOKEN"] == "env:token"


def test_explicit_arguments_beat_the_environment(monkeypatch: pytest.MonkeyPatch, api: respx.MockRouter) -> None:
    monkeypatch.setenv("LOX24_TOKEN", "env:token")
    monkeypatch.setenv("LOX24_BASE_URL", "http://127.0.0.1:8024")
    route = api.get("/me").mock(return_value=httpx.Response(200, json=account_payload()))
    with lox24.Client(token=TOKEN, base_url=BASE) as client:
        client.me()
    assert route.calls.last.request.headers["X-LOX24-AUTH-TOKEN"] == TOKEN


def test_default_base_url_is_production() -> None:
    assert lox24.Client(token=TOKEN).base_url == "https://api.lox24.eu"


def test_missing_token_raises_a_clear_error_with_a_hint() -> None:
    with pytest.raises(lox24.Lox24Error, match="LOX24_TOKEN") as info:
        lox24.Client()
    assert "token=" in str(info.value)


def test_negative_max_retries_is_refused() -> None:
    with pytest.raises(ValueError, match="max_retries"):
        lox24.Client(token=TOKEN, max_retries=-1)


def test_constructor_is_keyword_only() -> None:
    with pytest.raises(TypeError):
        lox24.Client(TOKEN)  # type: ignore[call-arg]


def test_default_timeout_is_short_to_connect_and_long_to_read() -> None:
    timeout = lox24.Client(token=TOKEN).timeout
    assert timeout.connect == 10.0
    assert timeout.read == 100.0


def test_timeout_float_applies_to_requests(api: respx.MockRouter) -> None:
    route = api.get("/me").mock(return_value=httpx.Response(200, json=account_payload()))
    with lox24.Client(token=TOKEN, base_url=BASE, timeout=3.5) as client:
        client.me()
    assert route.calls.last.request.extensions["timeout"] == {"connect": 3.5, "read": 3.5, "write": 3.5, "pool": 3.5}


def test_with_options_returns_a_changed_copy(api: respx.MockRouter) -> None:
    route = api.get("/me").mock(return_value=httpx.Response(200, json=account_payload()))
    client = lox24.Client(token=TOKEN, base_url=BASE, max_retries=2)
    copy = client.with_options(max_retries=5, timeout=7.0)
    assert copy is not client
    assert (copy.max_retries, copy.timeout.read) == (5, 7.0)
    assert (client.max_retries, client.timeout.read) == (2, 100.0)
    assert copy.base_url == client.base_url
    copy.me()
    assert route.calls.last.request.headers["X-LOX24-AUTH-TOKEN"] == TOKEN
    other = client.with_options(token="other:token")
    other.me()
    assert route.calls.last.request.headers["X-LOX24-AUTH-TOKEN"] == "other:token"


async def test_async_with_options_returns_a_changed_copy(aclient: lox24.AsyncClient) -> None:
    copy = aclient.with_options(max_retries=0)
    assert isinstance(copy, lox24.AsyncClient)
    assert (copy.max_retries, aclient.max_retries) == (0, 2)
    await copy.aclose()


def test_requests_carry_auth_and_json_ld_accept_headers(client: lox24.Client, api: respx.MockRouter) -> None:
    route = api.get("/me").mock(return_value=httpx.Response(200, json=account_payload()))
    client.me()
    headers = route.calls.last.request.headers
    assert headers["X-LOX24-AUTH-TOKEN"] == TOKEN
    assert headers["Accept"] == "application/ld+json"
    assert "authorization" not in headers


def test_user_http_client_is_used_but_not_modified_or_closed(api: respx.MockRouter) -> None:
    seen: list[str] = []
    user = httpx.Client(event_hooks={"request": [lambda r: seen.append(r.url.path)]})
    route = api.get("/me").mock(return_value=httpx.Response(200, json=account_payload()))
    with lox24.Client(token=TOKEN, base_url=BASE, http_client=user) as client:
        client.me()
    assert seen == ["/me"]
    assert route.calls.last.request.headers["X-LOX24-AUTH-TOKEN"] == TOKEN
    assert "x-lox24-auth-token" not in user.headers
    assert not user.is_closed
    user.close()


def test_base_url_falls_back_to_the_user_http_client() -> None:
    user = httpx.Client(base_url="http://emulator.local:8024")
    assert lox24.Client(token=TOKEN, http_client=user).base_url == "http://emulator.local:8024"
    user.close()


async def test_async_user_http_client_with_a_mock_transport() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        assert request.headers["X-LOX24-AUTH-TOKEN"] == TOKEN
        return httpx.Response(200, json=account_payload())

    user = httpx.AsyncClient(transport=httpx.MockTransport(handler), base_url="http://emulator")
    async with lox24.AsyncClient(token=TOKEN, http_client=user) as client:
        me = await client.me()
    assert me.balance_amount == 49.5
    assert not user.is_closed
    await user.aclose()


# --- logging and redaction ------------------------------------------------------------------------------------


def test_requests_and_retries_are_logged_at_debug_without_secrets(
    client: lox24.Client, api: respx.MockRouter, caplog: pytest.LogCaptureFixture
) -> None:
    api.get("/me").mock(
        side_effect=[
            httpx.Response(503, json=error_payload(503), headers={"X-LOX24-REQUEST-ID": "req-503"}),
            httpx.Response(200, json=account_payload(), headers={"X-LOX24-REQUEST-ID": "req-200"}),
        ]
    )
    with caplog.at_level(logging.DEBUG, logger="lox24"):
        client.me()
    messages = [r.getMessage() for r in caplog.records if r.name == "lox24"]
    assert any("request GET /me attempt=1" in m for m in messages)
    assert any("status=503" in m and "req-503" in m for m in messages)
    assert any(m.startswith("retrying GET /me") for m in messages)
    assert any("request GET /me attempt=2" in m for m in messages)
    assert any("status=200" in m and "req-200" in m for m in messages)
    everything = " ".join(messages) + " ".join(str(r.args) for r in caplog.records)
    assert TOKEN not in everything
    assert "s3cr3t" not in everything


def test_token_is_not_in_repr(client: lox24.Client, aclient: lox24.AsyncClient) -> None:
    for text in (
        repr(client),
        str(client),
        repr(aclient),
        repr(client._auth),
        repr(client._http),
        repr(vars(client)),
    ):
        assert TOKEN not in text
        assert "s3cr3t" not in text
    assert "max_retries=2" in repr(client)


def test_token_is_not_in_exception_messages_or_tracebacks(client: lox24.Client, api: respx.MockRouter) -> None:
    api.get("/me").mock(
        return_value=httpx.Response(401, json=error_payload(401, "Unauthorized", "Invalid credentials."))
    )
    api.post("/sms").mock(side_effect=httpx.ReadTimeout("timed out"))
    caught: list[BaseException] = []
    for call in (client.me, lambda: client.sms.send(**SEND)):
        try:
            call()
        except lox24.APIError as exc:
            caught.append(exc)
    assert len(caught) == 2
    for error in caught:
        formatted = "".join(traceback.format_exception(error))
        with_locals = "".join(traceback.TracebackException.from_exception(error, capture_locals=True).format())
        for text in (str(error), repr(error), formatted, with_locals):
            assert TOKEN not in text
            assert "s3cr3t" not in text


def test_missing_token_error_does_not_echo_anything_secret(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LOX24_TOKEN", "")
    with pytest.raises(lox24.Lox24Error):
        lox24.Client()


def test_bad_base_url_scheme_is_not_retried(sleeps: list[float]) -> None:
    with (
        lox24.Client(token=TOKEN, base_url="ftp://api.lox24.eu") as client,
        pytest.raises(lox24.APIConnectionError) as info,
    ):
        client.me()
    assert sleeps == []
    assert not info.value.may_have_been_sent
    assert "base_url" in str(info.value)


def test_user_agent_names_the_sdk(client: lox24.Client, api: respx.MockRouter) -> None:
    route = api.get("/me").mock(return_value=httpx.Response(200, json=account_payload()))
    client.me()
    assert route.calls.last.request.headers["User-Agent"] == f"lox24-python/{lox24.__version__}"
    # lox24.__version__ is the one source of the version: the installed distribution's comes from it too.
    assert importlib.metadata.version("lox24") == lox24.__version__


def test_token_is_blanked_in_requests_that_exceptions_carry(client: lox24.Client, api: respx.MockRouter) -> None:
    api.get("/me").mock(return_value=httpx.Response(401, json=error_payload(401)))
    api.post("/sms").mock(side_effect=httpx.ReadTimeout("slow"))
    with pytest.raises(lox24.AuthenticationError) as status_error:
        client.me()
    assert status_error.value.response.request.headers["X-LOX24-AUTH-TOKEN"] == "***"
    with pytest.raises(lox24.APITimeoutError) as timeout_error:
        client.sms.send(**SEND)
    assert timeout_error.value.request is not None
    assert timeout_error.value.request.headers["X-LOX24-AUTH-TOKEN"] == "***"


async def test_async_token_is_sent_and_then_blanked(aclient: lox24.AsyncClient, api: respx.MockRouter) -> None:
    sent: list[str] = []

    def record(request: httpx.Request) -> httpx.Response:
        sent.append(request.headers["X-LOX24-AUTH-TOKEN"])
        return httpx.Response(404, json=error_payload(404))

    api.get("/me").mock(side_effect=record)
    with pytest.raises(lox24.NotFoundError) as info:
        await aclient.me()
    assert sent == [TOKEN]
    assert info.value.response.request.headers["X-LOX24-AUTH-TOKEN"] == "***"

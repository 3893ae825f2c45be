"""`lox24.DefaultAioHttpClient` (the `aiohttp` extra) against the emulator on a real socket."""

from __future__ import annotations

import aiohttp
import httpx
import pytest
from httpx_aiohttp import AiohttpTransport

import lox24
from lox24 import _base_client
from lox24.emulator import DEFAULT_TOKEN

from .conftest import LiveEmulator

PHONE = "+491701234567"


async def test_send_get_and_a_dropped_post_is_sent_once(live_emulator: LiveEmulator) -> None:
    async with (
        lox24.DefaultAioHttpClient() as http,
        lox24.AsyncClient(token=DEFAULT_TOKEN, base_url=live_emulator.base_url, http_client=http) as client,
    ):
        sms = await client.sms.send(phone=PHONE, text="via aiohttp", sender_id="MyShop", callback_data="e2e-aio")
        assert (await client.sms.get(sms.uuid)).text == "via aiohttp"
        live_emulator.fault(kind="drop", method="POST", path="/sms", when="after", count=1)
        with pytest.raises(lox24.APIConnectionError) as info:
            await client.sms.send(phone=PHONE, text="once", sender_id="MyShop", callback_data="e2e-aio-drop")
        assert info.value.may_have_been_sent
        assert len(await client.sms.list(callback_data="e2e-aio-drop").to_list()) == 1
        assert not http.is_closed  # ours to close, not the client's


@pytest.mark.parametrize(
    ("cause", "expected", "attempts"),
    [
        (aiohttp.ServerDisconnectedError(), lox24.APIConnectionError, 1),  # httpx-aiohttp: ConnectTimeout
        (aiohttp.ClientOSError(104, "Connection reset by peer"), lox24.APIConnectionError, 1),
        (aiohttp.SocketTimeoutError("read"), lox24.APITimeoutError, 1),
        (aiohttp.ConnectionTimeoutError("connect"), lox24.APITimeoutError, 3),  # nothing sent: retried
    ],
)
async def test_aiohttp_errors_never_let_a_post_be_retried_after_sending(
    monkeypatch: pytest.MonkeyPatch, cause: Exception, expected: type[lox24.APIConnectionError], attempts: int
) -> None:
    calls: list[str] = []

    async def fail(self: AiohttpTransport, request: httpx.Request) -> httpx.Response:
        calls.append(request.method)
        raise httpx.ConnectTimeout(str(cause)) from cause  # what httpx-aiohttp 0.2 raises for all of these

    async def no_sleep(seconds: float) -> None:
        return None

    monkeypatch.setattr(AiohttpTransport, "handle_async_request", fail)
    monkeypatch.setattr(_base_client, "_asleep", no_sleep)
    async with lox24.DefaultAioHttpClient() as http:
        client = lox24.AsyncClient(token=DEFAULT_TOKEN, base_url="http://127.0.0.1:9", http_client=http)
        with pytest.raises(expected) as info:
            await client.sms.send(phone=PHONE, text="x", sender_id="MyShop")
    assert len(calls) == attempts
    assert info.value.may_have_been_sent is (attempts == 1)

"""`lox24.DefaultAioHttpClient`: an `httpx.AsyncClient` that sends through aiohttp (the `aiohttp` extra).

httpx-aiohttp maps aiohttp's errors to httpx's, but coarsely: a connection dropped *after* the request was
sent (`ServerDisconnectedError`, a reset) becomes `httpx.ConnectTimeout`, which says "nothing was sent" and
would let a POST be retried, i.e. an SMS sent twice. `_SafeAiohttpTransport` maps them again, from the
original aiohttp error, so that only a failure to connect counts as "not sent".
"""

from __future__ import annotations

from typing import Any

import aiohttp
import httpx
from httpx_aiohttp import AiohttpTransport

from ._constants import DEFAULT_LIMITS, DEFAULT_TIMEOUT

__all__ = ["DefaultAioHttpClient"]


def _remap(exc: httpx.TransportError) -> httpx.TransportError:
    cause = exc.__cause__
    if not isinstance(cause, aiohttp.ClientError | TimeoutError):
        return exc
    message = str(exc) or type(cause).__name__
    if isinstance(cause, aiohttp.ClientConnectorError):  # DNS, refused, TLS handshake: nothing was sent
        return httpx.ConnectError(message)
    if isinstance(cause, aiohttp.ConnectionTimeoutError):  # waiting for a pooled or new connection
        return httpx.ConnectTimeout(message)
    if isinstance(cause, aiohttp.ClientProxyConnectionError | aiohttp.ClientHttpProxyError):
        return httpx.ProxyError(message)
    if isinstance(cause, aiohttp.ServerTimeoutError | TimeoutError):  # the answer was late: it may have arrived
        return httpx.ReadTimeout(message)
    return httpx.ReadError(message)  # dropped or reset after sending: it may have arrived


class _SafeAiohttpTransport(AiohttpTransport):
    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        try:
            return await super().handle_async_request(request)
        except httpx.TransportError as exc:
            remapped = _remap(exc)
            if remapped is exc:
                raise
            remapped.request = request
            raise remapped from exc.__cause__


class DefaultAioHttpClient(httpx.AsyncClient):
    """An `httpx.AsyncClient` on aiohttp: less CPU per request and steady throughput at high concurrency
    (see the README, "Sending concurrently"). Install with `pip install "lox24[aiohttp]"`.

    ```python
    async with lox24.DefaultAioHttpClient() as http, lox24.AsyncClient(http_client=http) as client:
        await asyncio.gather(*(client.sms.send(phone=p, text="Hi", sender_id="MyShop") for p in phones))
    ```

    `limits` sizes aiohttp's connection pool; other keyword arguments go to `httpx.AsyncClient`. You close
    it (`AsyncClient.aclose()` leaves a client you passed in open).
    """

    def __init__(self, *, limits: httpx.Limits = DEFAULT_LIMITS, **kwargs: Any) -> None:
        kwargs.setdefault("timeout", DEFAULT_TIMEOUT)
        kwargs.setdefault("follow_redirects", False)
        transport = kwargs.pop("transport", None) or _SafeAiohttpTransport(
            limits=limits, verify=kwargs.get("verify", True), trust_env=kwargs.get("trust_env", True)
        )
        super().__init__(transport=transport, limits=limits, **kwargs)

"""Lanes: the transport of `AsyncClient`'s own pool, one single-connection httpx transport per connection.

httpcore's connection pool does bookkeeping on every request, on entry and again when the response closes,
that grows with its connections and queued requests: it walks every connection (is it idle? expired? is its
socket readable, which costs two system calls on asyncio), and every queued request against every
connection. With many calls in flight that work grows per SMS, and the client sent fewer SMS/s at 64 in
flight than at 4 (see the README, "Sending concurrently"). `_Lanes` keeps N single-connection transports
and hands a request the first idle one in O(1): each lane's pool only ever sees one connection and one
request. Lanes are made on first need (a client that sends one call at a time opens one connection), share
one TLS context, and a request that finds none idle waits in FIFO order (no timeout: `lox24`'s own bound of
requests in flight, `_async_slots`, normally keeps one free for it).

Nothing here decides whether a request may be retried: a lane raises exactly what its httpx transport
raises, so `lox24._retry` sees the same `ConnectError` / `ReadError` / … as without lanes.
"""

from __future__ import annotations

import asyncio
import ssl
from collections import deque
from collections.abc import AsyncIterator, Callable
from typing import Any

import httpx

__all__ = ["use_lanes"]


class _LaneStream(httpx.AsyncByteStream):
    """The response body of one lane; closing it gives the lane back (once)."""

    __slots__ = ("_release", "_stream")

    def __init__(self, stream: httpx.AsyncByteStream, release: Callable[[], None]) -> None:
        self._stream = stream
        self._release: Callable[[], None] | None = release

    async def __aiter__(self) -> AsyncIterator[bytes]:
        async for chunk in self._stream:
            yield chunk

    async def aclose(self) -> None:
        try:
            await self._stream.aclose()
        finally:
            release, self._release = self._release, None
            if release is not None:
                release()


class _Lanes(httpx.AsyncBaseTransport):
    """Up to `size` transports made by `make`, each used by one request at a time."""

    def __init__(self, make: Callable[[], httpx.AsyncBaseTransport], size: int) -> None:
        if size < 1:
            raise ValueError(f"need at least one lane, got {size}")
        self._make = make
        self._size = size
        self._lanes: list[httpx.AsyncBaseTransport] = []
        self._idle: deque[httpx.AsyncBaseTransport] = deque()
        self._waiters: deque[asyncio.Future[httpx.AsyncBaseTransport]] = deque()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        lane = await self._acquire()
        try:
            response = await lane.handle_async_request(request)
        except BaseException:
            self._release(lane)
            raise
        if isinstance(response.stream, httpx.ByteStream):  # already in memory: the connection is free again
            self._release(lane)
        else:  # free once the body is read and closed (httpx closes it, also on errors)
            response.stream = _LaneStream(response.stream, lambda: self._release(lane))  # type: ignore[arg-type]
        return response

    async def _acquire(self) -> httpx.AsyncBaseTransport:
        if self._idle and not self._waiters:
            return self._idle.popleft()
        if len(self._lanes) < self._size:
            lane = self._make()
            self._lanes.append(lane)
            return lane
        waiter: asyncio.Future[httpx.AsyncBaseTransport] = asyncio.get_running_loop().create_future()
        self._waiters.append(waiter)
        try:
            return await waiter
        except asyncio.CancelledError:
            if not waiter.cancelled():  # a lane was handed over just as we were cancelled: pass it on
                self._release(waiter.result())
            elif waiter in self._waiters:  # (`_release` drops cancelled waiters it meets on its way)
                self._waiters.remove(waiter)
            raise

    def _release(self, lane: httpx.AsyncBaseTransport) -> None:
        while self._waiters:
            waiter = self._waiters.popleft()
            if not waiter.done():
                waiter.set_result(lane)
                return
        self._idle.append(lane)

    async def aclose(self) -> None:
        for lane in self._lanes:
            await lane.aclose()


def _tls_context(transport: object) -> ssl.SSLContext:
    """The TLS context httpx made for the client's own transport (honours SSL_CERT_FILE etc.); made anew
    only if httpx keeps it elsewhere than in 0.27/0.28."""
    context = getattr(getattr(transport, "_pool", None), "_ssl_context", None)
    return context if isinstance(context, ssl.SSLContext) else httpx.create_ssl_context()


def use_lanes(http: Any, limits: httpx.Limits) -> None:
    """Give lox24's own `httpx.AsyncClient` lanes instead of its pooled default transport (a sync
    `httpx.Client`, whose threads wait in `lox24._base_client._sync_slots`, keeps its pool). Proxies
    configured by the environment keep their own transports (`http._mounts`)."""
    if not isinstance(http, httpx.AsyncClient) or not limits.max_connections:
        return
    context = _tls_context(http._transport)
    keep = 1 if limits.max_keepalive_connections is None else min(1, limits.max_keepalive_connections)
    one = httpx.Limits(max_connections=1, max_keepalive_connections=keep, keepalive_expiry=limits.keepalive_expiry)
    http._transport = _Lanes(lambda: httpx.AsyncHTTPTransport(verify=context, limits=one), limits.max_connections)

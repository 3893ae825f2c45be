"""`AsyncAPIClient`: the request loop, and the calls that need no resource method (`request`, `call`)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from contextlib import AbstractAsyncContextManager
from types import ModuleType
from typing import Any, TypeVar, overload

import httpx

from .. import _base_client
from .._base_client import (
    _RAW,
    RequestOptions,
    _async_slots,
    _BaseAPIClient,
    _judge,
    _no_slots,
    _Op,
    _operation,
    _options,
    _parse_json,
    _scrub,
    _use_lanes,
    log,
)
from .._constants import DEFAULT_LIMITS
from .._retry import _on_transport_error, _Retry
from .._types import NOT_GIVEN, NotGiven

__all__ = ["AsyncAPIClient"]

_T = TypeVar("_T")


class AsyncAPIClient(_BaseAPIClient):
    """The asynchronous request loop, and the calls that need no resource method."""

    _http: httpx.AsyncClient  # builds requests, and sends them unless the user gave an http_client
    _user_http: httpx.AsyncClient | None
    _owns_http: bool
    _slots: AbstractAsyncContextManager[Any]

    def _init_http(
        self,
        http_client: httpx.AsyncClient | None,
        limits: httpx.Limits | None = None,
        shared: AsyncAPIClient | None = None,
    ) -> None:
        if http_client is not None and limits is not None:
            raise ValueError("limits= sizes lox24's own pool; with http_client=, set the limits on that client")
        # A user http_client builds and sends every request itself (its transport, proxies, hooks), once.
        self._user_http = http_client
        self._owns_http = http_client is None and shared is None
        if http_client is not None:
            self._http = http_client
            self._slots = _no_slots()
        elif shared is not None:  # a with_options() copy: the same pool, and the same slots for it
            self._http = shared._http
            self._slots = shared._slots
        else:
            limits = limits or DEFAULT_LIMITS
            self._http = httpx.AsyncClient(limits=limits, follow_redirects=False)
            # Async: one single-connection transport per connection ("lanes", lox24/_lanes.py), so that
            # httpcore's per-request pool bookkeeping does not grow with the calls in flight.
            _use_lanes(self._http, limits)
            # At most as many requests in flight as the pool has connections: the others wait here, in
            # O(1), instead of in httpcore's queue, which is scanned on every request (see the README).
            self._slots = _async_slots(limits.max_connections)

    async def _request(
        self, op: _Op, kwargs: dict[str, Any], parse: Callable[[httpx.Response], Any], options: RequestOptions | None
    ) -> Any:
        """Send one operation under the retry policy; return what `parse` makes of the answer, or raise."""
        request = self._build_request(self._http, kwargs, options)
        attempt = 1
        try:
            while True:
                log.debug("request %s %s attempt=%d", op.method, request.url.path, attempt)
                try:
                    # Never follow redirects: a 307/308 would re-send a POST and carry the token elsewhere.
                    async with self._slots:
                        response = await self._http.send(request, auth=self._auth, follow_redirects=False)
                except httpx.TransportError as exc:
                    outcome = _on_transport_error(
                        exc, method=op.method, path=request.url.path, attempt=attempt, max_retries=self.max_retries
                    )
                except httpx.HTTPStatusError as exc:  # an event hook of the user's http_client raised it
                    response = exc.response
                    await response.aread()
                    outcome = self._outcome(op, request, response, parse, attempt)
                else:
                    outcome = self._outcome(op, request, response, parse, attempt)
                if not isinstance(outcome, _Retry):
                    return outcome
                await _base_client._asleep(outcome.delay)  # (looked up here, so tests can patch it)
                attempt += 1
        finally:
            _scrub(request)

    def _outcome(
        self, op: _Op, request: httpx.Request, response: httpx.Response, parse: Callable[[httpx.Response], Any],
        attempt: int,
    ) -> Any:  # fmt: skip
        slot = _RAW.get()
        if slot is not None:
            slot.response = response
        return _judge(op, request, response, parse, attempt=attempt, max_retries=self.max_retries)

    async def _call(self, op: _Op, options: RequestOptions | None, **kwargs: Any) -> Any:
        """Call the generated operation of a resource method's `_Op`."""
        _, request, parse = _operation(op.module, kwargs)
        return await self._request(op, request, parse, options)

    async def call(
        self,
        operation: ModuleType,
        /,
        *,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **kwargs: Any,
    ) -> Any:
        """Call any generated `lox24_api` operation, also one lox24 has no method for yet, with the same
        auth, retry policy (a POST is never re-sent once it may have arrived), logging and typed errors.

        ```python
        from lox24_api.api.sms import get_sms
        sms = await client.call(get_sms, uuid="11111111-2222-3333-4444-555555555555")
        ```

        `kwargs` are the operation's own keyword arguments (as for its `asyncio_detailed`, without `client`).
        Returns the model the operation parses for a 2xx answer; an error status raises as usual.
        """
        op, request, parse = _operation(operation, kwargs)
        return await self._request(op, request, parse, _options(timeout, extra_headers, extra_query, extra_body))

    @overload
    async def request(
        self,
        method: str,
        path: str,
        *,
        body: object = None,
        params: Mapping[str, Any] | None = None,
        cast_to: Callable[[Any], _T],
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> _T: ...

    @overload
    async def request(
        self,
        method: str,
        path: str,
        *,
        body: object = None,
        params: Mapping[str, Any] | None = None,
        cast_to: None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Any: ...

    async def request(
        self,
        method: str,
        path: str,
        *,
        body: object = None,
        params: Mapping[str, Any] | None = None,
        cast_to: Callable[[Any], Any] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Any:
        """Any request to the LOX24 API, with the client's auth, retry policy, logging and typed errors.

        ```python
        me = await client.request("GET", "/me", cast_to=lox24.Account)
        raw = await client.post("/sms/dryrun", body={"phone": "+491701234567", "text": "Hi", "sender_id": "Shop"})
        ```

        `body` is a JSON value or a generated model; `cast_to` a generated model class (its `from_dict` is
        used) or any callable taking the decoded JSON; without it the decoded JSON is returned (None for an
        empty body). Any 2xx answer is a success. A POST is never retried once it may have arrived.
        """
        kwargs = self._plain_request(method.upper(), path, body, params)
        options = _options(timeout, extra_headers, None, None)
        return await self._request(_Op(kwargs["method"], range(200, 300), None), kwargs, _parse_json(cast_to), options)

    async def get(self, path: str, *, params: Mapping[str, Any] | None = None, cast_to: Any = None) -> Any:
        """`request("GET", path, ...)`.

        ```python
        data = await client.get("/sms", params={"page": 2})
        ```
        """
        return await self.request("GET", path, params=params, cast_to=cast_to)

    async def post(self, path: str, *, body: object = None, cast_to: Any = None) -> Any:
        """`request("POST", path, ...)`; never retried once it may have arrived.

        ```python
        sms = await client.post("/sms", body={"phone": "+491701234567", "text": "Hi", "sender_id": "Shop"})
        ```
        """
        return await self.request("POST", path, body=body, cast_to=cast_to)

    async def put(self, path: str, *, body: object = None, cast_to: Any = None) -> Any:
        """`request("PUT", path, ...)`.

        ```python
        group = await client.put("/groups/7117", body={"name": "VIP"})
        ```
        """
        return await self.request("PUT", path, body=body, cast_to=cast_to)

    async def delete(self, path: str, *, params: Mapping[str, Any] | None = None) -> Any:
        """`request("DELETE", path, ...)`.

        ```python
        await client.delete("/sms/11111111-2222-3333-4444-555555555555")
        ```
        """
        return await self.request("DELETE", path, params=params)

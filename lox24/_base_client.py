"""The request loop shared by `Client` and `AsyncClient`: auth, retries, logging and `_unwrap`.

Every API call goes through `SyncAPIClient._request` / `AsyncAPIClient._request`, which call a generated
`*_detailed` function, classify what happened, and either return the parsed model, sleep and retry, or
raise one of `lox24._exceptions`. The decisions (`_on_transport_error`, `_unwrap`) are plain functions
shared by both clients, so sync and async cannot drift apart.
"""

from __future__ import annotations

import asyncio
import datetime
import email.utils
import logging
import os
import random
import time
from collections.abc import Awaitable, Callable, Generator
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import Any, Final, TypeVar

import httpx
from lox24_api.client import AuthenticatedClient
from lox24_api.models import ConstraintViolationList, Error
from lox24_api.types import Response

from . import __version__
from ._compat import patch_enums
from ._constants import (
    ACCEPT,
    AUTH_HEADER,
    DEFAULT_BASE_URL,
    ENV_BASE_URL,
    ENV_TOKEN,
    INITIAL_RETRY_DELAY,
    MAX_RETRY_AFTER,
    MAX_RETRY_DELAY,
    REQUEST_ID_HEADER,
)
from ._exceptions import (
    KNOWN_ERROR_STATUSES,
    RESEND_HINT,
    APIConnectionError,
    APIResponseValidationError,
    APITimeoutError,
    Lox24Error,
    describe_body,
    make_status_error,
)

__all__ = ["AsyncAPIClient", "SyncAPIClient"]

patch_enums()  # unknown future enum values parse as pseudo-members (lox24._compat)

_T = TypeVar("_T")

log = logging.getLogger("lox24")

IDEMPOTENT_METHODS: Final = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})
# Raised before a single byte of the request left this machine: safe to retry, even a POST.
NOT_SENT_ERRORS: Final = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
# What a malformed body makes the generated `from_dict` raise (JSONDecodeError is a ValueError).
PARSE_ERRORS: Final = (KeyError, ValueError, TypeError, AttributeError)


def _sleep(seconds: float) -> None:
    """Sleep between retries (tests patch this)."""
    time.sleep(seconds)


async def _asleep(seconds: float) -> None:
    """Sleep between retries, async (tests patch this)."""
    await asyncio.sleep(seconds)


class _Secret:
    """Holds the token so that repr(), str(), vars() and captured traceback locals show `***`."""

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        self._value = value

    def get(self) -> str:
        return self._value

    def __repr__(self) -> str:
        return "'***'"

    __str__ = __repr__

    def __reduce__(self) -> Any:
        raise TypeError("the LOX24 token is not picklable")


class _TokenAuth(httpx.Auth):
    """Adds `X-LOX24-AUTH-TOKEN`; its repr never shows the token."""

    def __init__(self, token: _Secret) -> None:
        self._token = token

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers[AUTH_HEADER] = self._token.get()
        yield request

    def __repr__(self) -> str:
        return "_TokenAuth(token='***')"


@dataclass
class _Capture:
    """What one call saw, recorded by the httpx event hooks (the generated functions hide the response
    when they fail to parse it, and we still need its status and headers)."""

    attempt: int = 1
    request: httpx.Request | None = None
    response: httpx.Response | None = None
    extra: dict[str, Any] = field(default_factory=dict)


_CAPTURE: ContextVar[_Capture | None] = ContextVar("lox24_capture", default=None)


def _request_hook(request: httpx.Request) -> None:
    cap = _CAPTURE.get()
    if cap is not None:
        cap.request = request
    log.debug("request %s %s attempt=%d", request.method, request.url.path, cap.attempt if cap is not None else 1)


def _response_hook(response: httpx.Response) -> None:
    cap = _CAPTURE.get()
    if cap is not None:
        cap.response = response
    log.debug(
        "response %s %s status=%d request_id=%s attempt=%d",
        response.request.method,
        response.request.url.path,
        response.status_code,
        response.headers.get(REQUEST_ID_HEADER),
        cap.attempt if cap is not None else 1,
    )


async def _async_request_hook(request: httpx.Request) -> None:
    _request_hook(request)


async def _async_response_hook(response: httpx.Response) -> None:
    _response_hook(response)


class _Retry:
    """Returned by `_unwrap` when the call should be repeated after `delay` seconds."""

    __slots__ = ("delay",)

    def __init__(self, delay: float) -> None:
        self.delay = delay


def _backoff(attempt: int) -> float:
    """Exponential backoff with jitter: 0.5 s, 1 s, 2 s, ... capped, each minus up to 25 %."""
    delay: float = min(INITIAL_RETRY_DELAY * 2 ** (attempt - 1), MAX_RETRY_DELAY)
    return delay * (1 - 0.25 * random.random())  # noqa: S311  (jitter, not cryptography)


def _retry_after(value: str | None) -> float | None:
    """Seconds from a `Retry-After` header (delta-seconds or HTTP-date); None when absent or unreadable."""
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:  # "-0000" (RFC 2822's "UTC, source unknown") parses naive; HTTP dates are GMT
        when = when.replace(tzinfo=datetime.UTC)
    return max(0.0, when.timestamp() - time.time())


def _retry_delay(attempt: int, response: httpx.Response | None) -> float | None:
    """How long to wait before the next attempt; None when `Retry-After` asks for longer than we wait."""
    if response is not None:
        after = _retry_after(response.headers.get("Retry-After"))
        if after is not None:
            return after if after <= MAX_RETRY_AFTER else None
    return _backoff(attempt)


def _scrub(request: httpx.Request | None) -> None:
    """Blank the token in a finished request, which exceptions (`.response.request`, `.request`) carry."""
    if request is not None and AUTH_HEADER in request.headers:
        request.headers[AUTH_HEADER] = "***"


def _path(cap: _Capture, fn: Callable[..., Any]) -> str:
    if cap.request is not None:
        return cap.request.url.path
    return fn.__module__.rsplit(".", 1)[-1]


def _on_transport_error(exc: httpx.TransportError, *, method: str, path: str, attempt: int, max_retries: int) -> _Retry:
    """Retry a transport error when that cannot send twice; raise otherwise."""
    if isinstance(exc, httpx.UnsupportedProtocol):  # a bad base_url: nothing was sent, and retrying cannot help
        raise APIConnectionError(f"{exc} (check base_url)", may_have_been_sent=False) from exc
    not_sent = isinstance(exc, NOT_SENT_ERRORS)
    idempotent = method in IDEMPOTENT_METHODS
    if (not_sent or idempotent) and attempt <= max_retries:
        delay = _backoff(attempt)
        log.debug(
            "retrying %s %s in %.2fs after %s (attempt %d of %d)",
            method, path, delay, type(exc).__name__, attempt + 1, max_retries + 1,
        )  # fmt: skip
        return _Retry(delay)
    may_have_been_sent = not not_sent and not idempotent
    message = f"{type(exc).__name__} during {method} {path}: {exc}"
    if may_have_been_sent:
        message += ". " + RESEND_HINT
    elif attempt > 1:
        message += f" (gave up after {attempt} attempts)"
    cls = APITimeoutError if isinstance(exc, httpx.TimeoutException) else APIConnectionError
    try:
        request: httpx.Request | None = exc.request
    except RuntimeError:
        request = None
    raise cls(message, request=request, may_have_been_sent=may_have_been_sent) from exc


def _error_body(response: httpx.Response) -> object:
    """The error body as an `Error` / `ConstraintViolationList` model, else raw JSON or text."""
    try:
        data = response.json()
    except ValueError:
        return response.text or None
    if isinstance(data, dict):
        try:
            if "violations" in data:
                return ConstraintViolationList.from_dict(data)
            return Error.from_dict(data)
        except PARSE_ERRORS:
            return data
    return data


@dataclass(frozen=True)
class _Op:
    """How to call and judge one generated operation."""

    method: str
    ok: tuple[int, ...]
    expect: type | None
    fallback: Callable[[httpx.Response], Any] | None = None


def _unwrap(
    op: _Op,
    *,
    response: httpx.Response,
    parsed: object,
    parse_error: BaseException | None,
    path: str,
    attempt: int,
    max_retries: int,
) -> Any:
    """Return the parsed model, `_Retry`, or raise the mapped exception. The one place that reads statuses."""
    status = response.status_code
    idempotent = op.method in IDEMPOTENT_METHODS
    where = f"{op.method} {path}"
    request_id = response.headers.get(REQUEST_ID_HEADER)
    rid = f", request_id={request_id}" if request_id else ""
    if status in op.ok:
        if parse_error is None and (op.expect is None or isinstance(parsed, op.expect)):
            return parsed
        if op.fallback is not None:
            try:
                return op.fallback(response)
            except PARSE_ERRORS:
                pass
        message = f"{where} answered {status} but the body does not match the spec ({parse_error!r}{rid})"
        if not idempotent:
            message += ". LOX24 accepted the request; do not simply re-send it"
        raise APIResponseValidationError(
            message, response=response, body=_error_body(response), may_have_been_sent=not idempotent
        ) from parse_error
    if status >= 400:
        body = parsed if isinstance(parsed, (Error, ConstraintViolationList)) else _error_body(response)
        if (status == 429 or status >= 500) and idempotent and attempt <= max_retries:
            delay = _retry_delay(attempt, response)
            if delay is not None:
                log.debug(
                    "retrying %s in %.2fs after status %d request_id=%s (attempt %d of %d)",
                    where, delay, status, request_id, attempt + 1, max_retries + 1,
                )  # fmt: skip
                return _Retry(delay)
        if (
            status not in KNOWN_ERROR_STATUSES
            and status < 500
            and not isinstance(body, (Error, ConstraintViolationList))
        ):
            raise APIResponseValidationError(
                f"{where} answered undocumented status {status} with a body that is not a LOX24 error "
                f"({describe_body(body)}{rid})",
                response=response,
                body=body,
            )
        may_have_been_sent = status >= 500 and not idempotent
        message = f"Error code: {status} - {describe_body(body)} ({where}{rid})"
        if may_have_been_sent:
            message += ". " + RESEND_HINT
        raise make_status_error(message, response=response, body=body, may_have_been_sent=may_have_been_sent)
    raise APIResponseValidationError(
        f"{where} answered unexpected status {status}{rid}",
        response=response,
        body=_error_body(response),
        may_have_been_sent=not idempotent and 200 <= status < 300,
    )


def _resolve_token(token: str | None) -> str:
    token = token if token is not None else os.environ.get(ENV_TOKEN)
    if token is not None and not isinstance(token, str):
        raise Lox24Error(f"The LOX24 API token must be a str, not {type(token).__name__}.")
    # A token read from a file or a secret mount often ends in a newline. Sent as is, h11 refuses the header
    # with a LocalProtocolError whose message quotes the whole header value, i.e. the token.
    token = token.strip() if token else token
    if not token:
        raise Lox24Error(
            f"No LOX24 API token. Pass lox24.Client(token=...) or set the {ENV_TOKEN} environment variable "
            "(the token is shown in your LOX24 account under Settings → API, as 'ID:secret')."
        )
    if not all("!" <= ch <= "~" for ch in token):
        # Never echo the token (or the offending character's position) in the message.
        raise Lox24Error(
            "The LOX24 API token contains whitespace, control or non-ASCII characters; "
            "it should look like 'ID:secret' (copy it again from your LOX24 account)."
        )
    return token


def _resolve_base_url(base_url: str | None, http_client: httpx.Client | httpx.AsyncClient | None) -> str:
    if base_url:
        return base_url
    if http_client is not None and str(http_client.base_url):
        return str(http_client.base_url)
    return os.environ.get(ENV_BASE_URL) or DEFAULT_BASE_URL


class _SendThrough(httpx.BaseTransport):
    """Send through a user-supplied `httpx.Client`, which we neither configure nor close.

    Redirects are never followed, whatever the user's client says: httpx would re-send a POST on a 307/308
    (a second SMS) and copy `X-LOX24-AUTH-TOKEN` to whatever host the `Location` names (it strips only
    `Authorization` across origins). A redirect surfaces as `APIResponseValidationError` instead.
    """

    def __init__(self, client: httpx.Client) -> None:
        self._client = client

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        return self._client.send(request, stream=True, follow_redirects=False)


class _AsyncSendThrough(httpx.AsyncBaseTransport):
    """Send through a user-supplied `httpx.AsyncClient`, which we neither configure nor close (and, as
    `_SendThrough`, without following redirects)."""

    def __init__(self, client: httpx.AsyncClient) -> None:
        self._client = client

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return await self._client.send(request, stream=True, follow_redirects=False)


class _BaseAPIClient:
    """Settings shared by the sync and async clients."""

    _token: _Secret
    base_url: str
    timeout: httpx.Timeout
    max_retries: int

    def _setup(
        self,
        *,
        token: str | None,
        base_url: str | None,
        timeout: float | httpx.Timeout | None,
        max_retries: int,
        http_client: httpx.Client | httpx.AsyncClient | None,
    ) -> None:
        if isinstance(max_retries, bool) or not isinstance(max_retries, int) or max_retries < 0:
            raise ValueError(f"max_retries must be an int >= 0, got {max_retries!r}")
        if not isinstance(timeout, (httpx.Timeout, int, float, type(None))) or isinstance(timeout, bool):
            raise TypeError(f"timeout must be seconds (a number), an httpx.Timeout or None, got {timeout!r}")
        if isinstance(timeout, (int, float)) and not timeout > 0:  # also refuses NaN
            raise ValueError(f"timeout must be > 0 seconds (or None for no timeout), got {timeout!r}")
        self._token = _Secret(_resolve_token(token))
        self.base_url = _resolve_base_url(base_url, http_client).rstrip("/")
        self.timeout = timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout)
        self.max_retries = max_retries

    def _httpx_kwargs(self) -> dict[str, Any]:
        return {
            "base_url": self.base_url,
            "auth": _TokenAuth(self._token),
            "headers": {"Accept": ACCEPT, "User-Agent": f"lox24-python/{__version__}"},
            "timeout": self.timeout,
        }

    def _raw_client(self) -> AuthenticatedClient:
        # The token goes through _TokenAuth on our own httpx client, so the generated (attrs) client,
        # whose repr would print its fields, never holds it.
        return AuthenticatedClient(
            base_url=self.base_url, token="", prefix="", auth_header_name=AUTH_HEADER, timeout=self.timeout
        )

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(base_url={self.base_url!r}, timeout={self.timeout!r}, "
            f"max_retries={self.max_retries})"
        )


class SyncAPIClient(_BaseAPIClient):
    """The synchronous request loop."""

    _http: httpx.Client
    _raw: AuthenticatedClient

    def _init_http(self, http_client: httpx.Client | None) -> None:
        kwargs = self._httpx_kwargs()
        if http_client is not None:
            kwargs["transport"] = _SendThrough(http_client)
        self._http = httpx.Client(event_hooks={"request": [_request_hook], "response": [_response_hook]}, **kwargs)
        self._raw = self._raw_client().set_httpx_client(self._http)

    def _request(self, fn: Callable[..., Response[Any]], op: _Op, **kwargs: Any) -> Any:
        """Call a generated `sync_detailed` function under the retry policy and unwrap its result."""
        attempt = 1
        while True:
            cap = _Capture(attempt=attempt)
            reset = _CAPTURE.set(cap)
            try:
                outcome = _call_sync(fn, self._raw, kwargs, op, cap, attempt, self.max_retries)
            finally:
                _CAPTURE.reset(reset)
                _scrub(cap.request)
            if not isinstance(outcome, _Retry):
                return outcome
            _sleep(outcome.delay)
            attempt += 1


def _judge(
    op: _Op, cap: _Capture, fn: Callable[..., Any], attempt: int, max_retries: int,
    result: Response[Any] | None, error: Exception | None,
) -> Any:  # fmt: skip
    """What one attempt's outcome (a generated `Response`, or the exception the call raised) means:
    the model, `_Retry`, or an exception. Shared by `_call_sync` and `_call_async`."""
    path = _path(cap, fn)
    if isinstance(error, httpx.TransportError):
        return _on_transport_error(error, method=op.method, path=path, attempt=attempt, max_retries=max_retries)
    if error is not None:
        if cap.response is None:  # raised before anything was sent (or received): not ours to explain
            raise error
        return _unwrap(
            op, response=cap.response, parsed=None, parse_error=error, path=path,
            attempt=attempt, max_retries=max_retries,
        )  # fmt: skip
    assert result is not None
    assert cap.response is not None  # the response hook ran
    return _unwrap(
        op, response=cap.response, parsed=result.parsed, parse_error=None, path=path,
        attempt=attempt, max_retries=max_retries,
    )  # fmt: skip


def _call_sync(
    fn: Callable[..., Response[Any]],
    raw: AuthenticatedClient,
    kwargs: dict[str, Any],
    op: _Op,
    cap: _Capture,
    attempt: int,
    max_retries: int,
) -> Any:
    try:
        result = fn(client=raw, **kwargs)
    except (httpx.TransportError, *PARSE_ERRORS) as exc:
        return _judge(op, cap, fn, attempt, max_retries, None, exc)
    return _judge(op, cap, fn, attempt, max_retries, result, None)


class AsyncAPIClient(_BaseAPIClient):
    """The asynchronous request loop."""

    _http: httpx.AsyncClient
    _raw: AuthenticatedClient

    def _init_http(self, http_client: httpx.AsyncClient | None) -> None:
        kwargs = self._httpx_kwargs()
        if http_client is not None:
            kwargs["transport"] = _AsyncSendThrough(http_client)
        self._http = httpx.AsyncClient(
            event_hooks={"request": [_async_request_hook], "response": [_async_response_hook]}, **kwargs
        )
        self._raw = self._raw_client().set_async_httpx_client(self._http)

    async def _request(self, fn: Callable[..., Awaitable[Response[Any]]], op: _Op, **kwargs: Any) -> Any:
        """Call a generated `asyncio_detailed` function under the retry policy and unwrap its result."""
        attempt = 1
        while True:
            cap = _Capture(attempt=attempt)
            reset = _CAPTURE.set(cap)
            try:
                outcome = await _call_async(fn, self._raw, kwargs, op, cap, attempt, self.max_retries)
            finally:
                _CAPTURE.reset(reset)
                _scrub(cap.request)
            if not isinstance(outcome, _Retry):
                return outcome
            await _asleep(outcome.delay)
            attempt += 1


async def _call_async(
    fn: Callable[..., Awaitable[Response[Any]]],
    raw: AuthenticatedClient,
    kwargs: dict[str, Any],
    op: _Op,
    cap: _Capture,
    attempt: int,
    max_retries: int,
) -> Any:
    try:
        result = await fn(client=raw, **kwargs)
    except (httpx.TransportError, *PARSE_ERRORS) as exc:
        return _judge(op, cap, fn, attempt, max_retries, None, exc)
    return _judge(op, cap, fn, attempt, max_retries, result, None)

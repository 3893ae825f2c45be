"""What the request loops of `Client` and `AsyncClient` share: settings, auth, retry decisions, `_unwrap`.

Every API call goes through `AsyncAPIClient._request` (lox24/_async/_api_client.py; the sync loop is written
from it by scripts/unasync.py): it builds one `httpx.Request` from a generated operation's `_get_kwargs`,
sends it, classifies what happened, and either returns the parsed model, sleeps and retries, or raises one of
`lox24._exceptions`. The decisions (`_on_transport_error`, `_judge`, `_unwrap`) are plain functions here.
"""

from __future__ import annotations

import importlib
import logging
import os
import threading
import time
from collections.abc import Callable, Collection, Generator, Mapping
from contextlib import AbstractAsyncContextManager, AbstractContextManager, nullcontext
from contextvars import ContextVar
from dataclasses import dataclass
from functools import cached_property
from typing import Any, Final, TypeVar

import httpx
from lox24_api.client import AuthenticatedClient
from lox24_api.models import ConstraintViolationList, Error

from . import __version__
from ._compat import patch_enums
from ._constants import (
    ACCEPT,
    AUTH_HEADER,
    DEFAULT_BASE_URL,
    ENV_BASE_URL,
    ENV_TOKEN,
    REQUEST_ID_HEADER,
)
from ._exceptions import (
    KNOWN_ERROR_STATUSES,
    RESEND_HINT,
    APIResponseValidationError,
    Lox24Error,
    describe_body,
    make_status_error,
)
from ._retry import IDEMPOTENT_METHODS, _Retry, _retry_delay
from ._types import NOT_GIVEN, NotGiven

__all__ = ["RequestOptions"]

patch_enums()  # unknown future enum values parse as pseudo-members (lox24._compat)

_T = TypeVar("_T")

log = logging.getLogger("lox24")

# What a malformed body makes the generated `from_dict` raise (JSONDecodeError is a ValueError).
PARSE_ERRORS: Final = (KeyError, ValueError, TypeError, AttributeError)


def _sleep(seconds: float) -> None:
    """Sleep between retries (tests patch this)."""
    time.sleep(seconds)


async def _asleep(seconds: float) -> None:
    """Sleep between retries, async (tests patch this)."""
    import asyncio  # here: a sync client never needs asyncio (about 10 ms to import)

    await asyncio.sleep(seconds)


def _async_slots(size: int | None) -> AbstractAsyncContextManager[Any]:
    """A semaphore for the async client's own pool (asyncio is imported only by the async client)."""
    import asyncio

    return asyncio.Semaphore(size) if size else _no_slots()


def _use_lanes(http: httpx.Client | httpx.AsyncClient, limits: httpx.Limits) -> None:
    """Lanes for the async client's own pool (lox24/_lanes.py, which imports asyncio); a sync pool stays."""
    if isinstance(http, httpx.AsyncClient):
        from ._lanes import use_lanes

        use_lanes(http, limits)


def _sync_slots(size: int | None) -> AbstractContextManager[Any]:
    """The same for the sync client, whose pool is shared by threads."""
    return threading.BoundedSemaphore(size) if size else _no_slots()


def _no_slots() -> nullcontext[None]:
    return nullcontext()


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


def _scrub(request: httpx.Request | None) -> None:
    """Blank the token in a finished request, which exceptions (`.response.request`, `.request`) carry."""
    if request is not None and AUTH_HEADER in request.headers:
        request.headers[AUTH_HEADER] = "***"


def _error_body(response: httpx.Response) -> object:
    """The error body as an `Error` / `ConstraintViolationList` model, else raw JSON or text."""
    try:
        data = response.json()
    except ValueError:
        return response.text or None
    if isinstance(data, dict):
        data = _plain_problem(data)
        try:
            if "violations" in data:
                return ConstraintViolationList.from_dict(data)
            return Error.from_dict(data)
        except PARSE_ERRORS:
            return data
    return data


def _plain_problem(data: dict[str, Any]) -> dict[str, Any]:
    """A JSON-LD/Hydra error (`@type`, `hydra:title`, `hydra:description`) in the plain problem form
    (`type`, `title`, `detail`) that `Error` / `ConstraintViolationList` read; other keys are kept."""
    if "title" in data or "hydra:title" not in data:
        return data
    plain = dict(data)
    plain["title"] = data["hydra:title"]
    plain.setdefault("detail", data.get("hydra:description", data["hydra:title"]))
    plain.setdefault("type", data.get("@type", ""))
    return plain


@dataclass(frozen=True)
class _Op:
    """How to call and judge one generated operation. `operation` (`"sms.create_sms"`, a module of
    `lox24_api.api`) and a model named by a string in `expect` load on first use: a client imports only
    the generated code its calls need."""

    method: str
    ok: Collection[int]
    expect: type | str | None
    fallback: Callable[[httpx.Response], Any] | None = None
    operation: str = ""

    @cached_property
    def module(self) -> Any:
        return importlib.import_module(f"lox24_api.api.{self.operation}")

    @cached_property
    def expect_type(self) -> type | None:
        if isinstance(self.expect, str):
            patch_enums()
            model: type = getattr(importlib.import_module("lox24_api.models"), self.expect)
            return model
        return self.expect


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
    if status in op.ok:
        expect = op.expect_type
        if parse_error is None and (expect is None or isinstance(parsed, expect)):
            return parsed  # the fast path: nothing below (headers, messages) is needed
    idempotent = op.method in IDEMPOTENT_METHODS
    where = f"{op.method} {path}"
    request_id = response.headers.get(REQUEST_ID_HEADER)
    rid = f", request_id={request_id}" if request_id else ""
    if status in op.ok:
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


@dataclass(frozen=True)
class RequestOptions:
    """Per-call options (`timeout=`, `extra_headers=`, `extra_query=`, `extra_body=` on every method)."""

    timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN
    extra_headers: Mapping[str, str] | None = None
    extra_query: Mapping[str, Any] | None = None
    extra_body: Mapping[str, Any] | None = None


def _options(
    timeout: float | httpx.Timeout | NotGiven | None,
    extra_headers: Mapping[str, str] | None,
    extra_query: Mapping[str, Any] | None,
    extra_body: Mapping[str, Any] | None,
) -> RequestOptions | None:
    """The per-call options of a resource method, or None when none was given (the common, fast case)."""
    if isinstance(timeout, NotGiven) and extra_headers is None and extra_query is None and extra_body is None:
        return None
    if not isinstance(timeout, NotGiven):
        _check_timeout(timeout)
    return RequestOptions(timeout, extra_headers, extra_query, extra_body)


def _check_timeout(timeout: object) -> None:
    if not isinstance(timeout, (httpx.Timeout, int, float, type(None))) or isinstance(timeout, bool):
        raise TypeError(f"timeout must be seconds (a number), an httpx.Timeout or None, got {timeout!r}")
    if isinstance(timeout, (int, float)) and not timeout > 0:  # also refuses NaN
        raise ValueError(f"timeout must be > 0 seconds (or None for no timeout), got {timeout!r}")


# What `_parse_response` of a generated operation needs from "a client": only `raise_on_unexpected_status`.
_PARSE_CLIENT: Final = AuthenticatedClient(base_url="", token="")

_ANY_2XX: Final = range(200, 300)


def _operation(module: Any, kwargs: dict[str, Any]) -> tuple[_Op, dict[str, Any], Callable[[httpx.Response], Any]]:
    """A generated operation module (`lox24_api.api.sms.create_sms`) as an `_Op`, its request and its parser."""
    request = module._get_kwargs(**kwargs)
    op = _Op(str(request["method"]).upper(), _ANY_2XX, None)
    parse: Callable[..., Any] = module._parse_response
    return op, request, lambda response: parse(client=_PARSE_CLIENT, response=response)


def _parse_json(cast_to: Callable[[Any], Any] | None) -> Callable[[httpx.Response], Any]:
    """The parser of `client.request(...)`: JSON (None for an empty body), through `cast_to` if given
    (a generated model's `from_dict`, or any callable taking the decoded JSON)."""

    def parse(response: httpx.Response) -> Any:
        if not response.content:
            return None
        data = response.json()
        if cast_to is None:
            return data
        from_dict = getattr(cast_to, "from_dict", None)
        return from_dict(data) if callable(from_dict) else cast_to(data)

    return parse


def _judge(
    op: _Op,
    request: httpx.Request,
    response: httpx.Response,
    parse: Callable[[httpx.Response], Any],
    *,
    attempt: int,
    max_retries: int,
) -> Any:
    """What one response means: the parsed value, `_Retry`, or an exception (`_unwrap`)."""
    if log.isEnabledFor(logging.DEBUG):  # (reading headers costs, even for a message nobody logs)
        log.debug(
            "response %s %s status=%d request_id=%s attempt=%d",
            op.method, request.url.path, response.status_code, response.headers.get(REQUEST_ID_HEADER), attempt,
        )  # fmt: skip
    parsed: object = None
    parse_error: BaseException | None = None
    if response.status_code in op.ok:
        try:
            parsed = parse(response)
        except PARSE_ERRORS as exc:
            parse_error = exc
    return _unwrap(
        op, response=response, parsed=parsed, parse_error=parse_error, path=request.url.path,
        attempt=attempt, max_retries=max_retries,
    )  # fmt: skip


class _RawSlot:
    """Where the request loop leaves the last response for `with_raw_response` (see lox24/_response.py)."""

    __slots__ = ("response",)

    def __init__(self) -> None:
        self.response: httpx.Response | None = None


_RAW: ContextVar[_RawSlot | None] = ContextVar("lox24_raw", default=None)


class _BaseAPIClient:
    """Settings shared by the sync and async clients."""

    _token: _Secret
    _auth: _TokenAuth
    _headers: dict[str, str]
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
        _check_timeout(timeout)
        self._token = _Secret(_resolve_token(token))
        self._auth = _TokenAuth(self._token)
        self.base_url = _resolve_base_url(base_url, http_client).rstrip("/")
        self.timeout = timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout)
        self.max_retries = max_retries
        self._headers = {"Accept": ACCEPT, "User-Agent": f"lox24-python/{__version__}"}

    def _build_request(
        self, builder: httpx.Client | httpx.AsyncClient, kwargs: dict[str, Any], options: RequestOptions | None
    ) -> httpx.Request:
        """One `httpx.Request` from a generated `_get_kwargs` result and the per-call options. The URL is
        absolute, so clients made by `with_options` can share one connection pool whatever their base URL."""
        headers = {**self._headers, **kwargs.get("headers", {})}
        params = kwargs.get("params")
        json = kwargs.get("json")
        timeout: float | httpx.Timeout | None = self.timeout
        if options is not None:
            headers.update(options.extra_headers or {})
            if options.extra_query:
                params = {**(params or {}), **options.extra_query}
            if options.extra_body:
                if json is not None and not isinstance(json, dict):
                    raise TypeError("extra_body needs a JSON object body; this operation sends a list")
                json = {**(json or {}), **options.extra_body}
            if not isinstance(options.timeout, NotGiven):
                timeout = options.timeout
        return builder.build_request(
            kwargs["method"].upper(), self.base_url + kwargs["url"], params=params, headers=headers, json=json,
            content=kwargs.get("content"), data=kwargs.get("data"), files=kwargs.get("files"), timeout=timeout,
        )  # fmt: skip

    def _plain_request(self, method: str, path: str, body: object, params: Mapping[str, Any] | None) -> dict[str, Any]:
        """`_get_kwargs`-shaped arguments for `client.request(...)`."""
        if not path.startswith("/"):
            raise ValueError(f"path must start with '/', got {path!r}")
        to_dict = getattr(body, "to_dict", None)
        json = to_dict() if callable(to_dict) else body
        kwargs: dict[str, Any] = {"method": method, "url": path, "params": dict(params) if params else None}
        if json is not None:
            kwargs["json"] = json
        return kwargs

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(base_url={self.base_url!r}, timeout={self.timeout!r}, "
            f"max_retries={self.max_retries})"
        )

"""The retry policy: which failures are retried, and after how long.

Never two SMS by itself: a request that failed before anything was sent (connect errors, pool timeouts) is
retried whatever its method; an idempotent one (GET, PUT, DELETE) also after a timeout or a dropped
connection; a POST that may have reached LOX24 is raised with `may_have_been_sent=True`. Delays are exponential
with jitter, or what `Retry-After` asks for up to `MAX_RETRY_AFTER`. `_judge` in `lox24._base_client` applies
the same rules to HTTP statuses.
"""

from __future__ import annotations

import datetime
import email.utils
import logging
import random
import time
from typing import Final

import httpx

from ._constants import INITIAL_RETRY_DELAY, MAX_RETRY_AFTER, MAX_RETRY_DELAY
from ._exceptions import RESEND_HINT, APIConnectionError, APITimeoutError

log = logging.getLogger("lox24")

IDEMPOTENT_METHODS: Final = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})
# Raised before a single byte of the request left this machine: safe to retry, even a POST.
NOT_SENT_ERRORS: Final = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)


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

"""Exceptions raised by the `lox24` client.

The tree is shallow; catch a leaf for one status or a branch for a family:

```
Lox24Error
├── APIError                            message, body
│   ├── APIStatusError                  status_code, request_id, response, violations
│   │   ├── BadRequestError             400
│   │   ├── AuthenticationError         401  (never retried: LOX24 blocks the IP after >3 in a minute)
│   │   ├── InsufficientFundsError      402  (balance or credit line too low)
│   │   ├── PermissionDeniedError       403  (account not activated)
│   │   ├── NotFoundError               404
│   │   ├── ConflictError               409
│   │   ├── UnprocessableEntityError    422  (violations say which field broke which rule)
│   │   ├── RateLimitError              429  (too many requests; the IP may be blocked)
│   │   └── InternalServerError         5xx
│   ├── APIConnectionError              no response (network, DNS, TLS, reset)
│   │   └── APITimeoutError
│   └── APIResponseValidationError      a response that does not match the spec
│
ValueError
└── Lox24ValidationError                refused before sending: .field and .rule (no request was made)
```

`request_id` comes from the `X-LOX24-REQUEST-ID` response header; quote it to LOX24 support.
`may_have_been_sent` is true when a POST failed in a way that leaves open whether LOX24 acted on it;
such a POST is never retried (see the README, "Retries").
"""

from __future__ import annotations

from typing import Any, Literal

import httpx
from lox24_api.models import ConstraintViolation, ConstraintViolationList, Error

from ._constants import REQUEST_ID_HEADER

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "InsufficientFundsError",
    "InternalServerError",
    "Lox24Error",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "UnprocessableEntityError",
]

RESEND_HINT = (
    "It was not retried, because LOX24 may already have accepted it and a retry could send (and charge) twice. "
    "Before re-sending, check with client.sms.list(callback_data=...) (or client.bulks.list(...)) "
    "whether it arrived."
)


class Lox24Error(Exception):
    """Base class of every exception raised by `lox24`."""


class APIError(Lox24Error):
    """An error talking to the LOX24 API.

    `body` is the parsed error body: an `lox24.Error` or `lox24.ConstraintViolationList` model, the raw
    JSON/text when it did not match the spec, or `None`.
    """

    message: str
    body: object
    may_have_been_sent: bool

    def __init__(self, message: str, *, body: object = None, may_have_been_sent: bool = False) -> None:
        super().__init__(message)
        self.message = message
        self.body = body
        self.may_have_been_sent = may_have_been_sent

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.message!r})"

    def __reduce__(self) -> tuple[Any, ...]:
        """Pickle by state: the subclasses take keyword-only arguments, which `Exception`'s default reduce
        (`cls(*args)`) cannot replay, so errors could not cross a process boundary (multiprocessing,
        Celery). The request they carry has had its token blanked already."""
        return (_restore, (type(self), self.args, self.__dict__.copy()))


def _restore(cls: type[APIError], args: tuple[Any, ...], state: dict[str, Any]) -> APIError:
    """Rebuild a pickled `APIError` without calling its `__init__`."""
    error = cls.__new__(cls)
    Exception.__init__(error, *args)
    error.__dict__.update(state)
    return error


class APIStatusError(APIError):
    """LOX24 answered with an error status (4xx/5xx).

    ```python
    try:
        client.sms.send(phone="+491701234567", text="Hi", sender_id="MyShop")
    except lox24.UnprocessableEntityError as e:
        print(e.status_code, e.request_id, [(v.property_path, v.message) for v in e.violations])
    ```
    """

    status_code: int
    request_id: str | None
    response: httpx.Response
    violations: list[ConstraintViolation]

    def __init__(
        self, message: str, *, response: httpx.Response, body: object, may_have_been_sent: bool = False
    ) -> None:
        super().__init__(message, body=body, may_have_been_sent=may_have_been_sent)
        self.response = response
        self.status_code = response.status_code
        self.request_id = response.headers.get(REQUEST_ID_HEADER)
        self.violations = list(body.violations) if isinstance(body, ConstraintViolationList) else []


class BadRequestError(APIStatusError):
    """400: the request is malformed (see `violations`)."""

    status_code: Literal[400]


class AuthenticationError(APIStatusError):
    """401: the token is missing or wrong. Never retried: LOX24 blocks the IP for ten minutes after more
    than three bad-auth requests in a minute."""

    status_code: Literal[401]


class InsufficientFundsError(APIStatusError):
    """402: the balance (or credit line) is not enough for this SMS."""

    status_code: Literal[402]


class PermissionDeniedError(APIStatusError):
    """403: the account is not activated (or may not use this resource)."""

    status_code: Literal[403]


class NotFoundError(APIStatusError):
    """404: no such resource (or it belongs to another account)."""

    status_code: Literal[404]


class ConflictError(APIStatusError):
    """409: the request conflicts with the resource's state."""

    status_code: Literal[409]


class UnprocessableEntityError(APIStatusError):
    """422: the data broke a rule; `violations` name each field (`property_path`) and rule (`message`)."""

    status_code: Literal[422]


class RateLimitError(APIStatusError):
    """429: too many requests; LOX24 may have blocked this IP for a while (see `Retry-After`)."""

    status_code: Literal[429]


class InternalServerError(APIStatusError):
    """5xx: LOX24 failed. For a POST, the SMS may still have been accepted (`may_have_been_sent`)."""


class APIConnectionError(APIError):
    """No usable response: connection refused or reset, DNS, TLS, protocol error."""

    request: httpx.Request | None

    def __init__(
        self,
        message: str = "Connection error.",
        *,
        request: httpx.Request | None = None,
        may_have_been_sent: bool = False,
    ) -> None:
        super().__init__(message, body=None, may_have_been_sent=may_have_been_sent)
        self.request = request


class APITimeoutError(APIConnectionError):
    """The request timed out (connect, write, read or waiting for a pooled connection)."""


class APIResponseValidationError(APIError):
    """The response does not match the spec: bad JSON, a missing required field, an unexpected status."""

    response: httpx.Response
    status_code: int

    def __init__(
        self, message: str, *, response: httpx.Response, body: object = None, may_have_been_sent: bool = False
    ) -> None:
        super().__init__(message, body=body, may_have_been_sent=may_have_been_sent)
        self.response = response
        self.status_code = response.status_code
        self.request_id: str | None = response.headers.get(REQUEST_ID_HEADER)


def make_status_error(
    message: str, *, response: httpx.Response, body: object, may_have_been_sent: bool = False
) -> APIStatusError:
    """Map an error status to its exception class (the one if-ladder)."""
    status = response.status_code
    cls: type[APIStatusError]
    if status == 400:
        cls = BadRequestError
    elif status == 401:
        cls = AuthenticationError
    elif status == 402:
        cls = InsufficientFundsError
    elif status == 403:
        cls = PermissionDeniedError
    elif status == 404:
        cls = NotFoundError
    elif status == 409:
        cls = ConflictError
    elif status == 422:
        cls = UnprocessableEntityError
    elif status == 429:
        cls = RateLimitError
    elif status >= 500:
        cls = InternalServerError
    else:
        cls = APIStatusError
    return cls(message, response=response, body=body, may_have_been_sent=may_have_been_sent)


KNOWN_ERROR_STATUSES = frozenset({400, 401, 402, 403, 404, 409, 422, 429})


def describe_body(body: Any) -> str:
    """A one-line summary of an error body for the exception message."""
    if isinstance(body, ConstraintViolationList) and body.violations:
        # The detail repeats the violations; list them once, each with its field.
        return f"{body.title}: " + "; ".join(f"{v.property_path}: {v.message}" for v in body.violations)
    if isinstance(body, (Error, ConstraintViolationList)):
        return f"{body.title}: {body.detail}" if body.detail and body.detail != body.title else body.title
    if body is None or body == "":
        return "(empty body)"
    text = str(body)
    return text if len(text) <= 200 else text[:200] + "…"

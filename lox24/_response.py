"""`lox24.APIResponse`: the HTTP response behind a result (`client.with_raw_response...`)."""

from __future__ import annotations

from typing import Generic, TypeVar

import httpx

from ._constants import REQUEST_ID_HEADER

__all__ = ["APIResponse"]

_R = TypeVar("_R")


class APIResponse(Generic[_R]):
    """What `client.with_raw_response.<resource>.<method>(...)` returns: the HTTP response, and `parse()`.

    ```python
    raw = client.with_raw_response.sms.send(phone="+491701234567", text="Hi", sender_id="MyShop")
    print(raw.status_code, raw.request_id, raw.headers["content-type"])
    sms = raw.parse()  # the lox24.Sms that client.sms.send(...) returns
    ```

    Errors are raised as by the plain method (`lox24.APIStatusError` etc.). The token is not in
    `http_request.headers` (it shows `***`).
    """

    def __init__(self, http_response: httpx.Response, parsed: _R) -> None:
        self.http_response = http_response
        self._parsed = parsed

    @property
    def status_code(self) -> int:
        """The HTTP status code."""
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        """The response headers."""
        return self.http_response.headers

    @property
    def request_id(self) -> str | None:
        """`X-LOX24-REQUEST-ID`: quote it to LOX24 support."""
        value: str | None = self.http_response.headers.get(REQUEST_ID_HEADER)
        return value

    @property
    def http_request(self) -> httpx.Request:
        """The request that was sent (the last attempt's)."""
        return self.http_response.request

    def parse(self) -> _R:
        """What the plain method returns."""
        return self._parsed

    def __repr__(self) -> str:
        return f"<APIResponse [{self.status_code}] request_id={self.request_id}>"

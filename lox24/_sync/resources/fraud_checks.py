# Written from lox24/_async/resources/fraud_checks.py by scripts/unasync.py; edit that file, then make generate.
"""`client.fraud_checks`: fraud detection (spec tag `fraud-checks`)."""

from __future__ import annotations

import time
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal

import httpx

from ... import _base_client
from ..._base_client import _options
from ..._ops.fraud_checks import (
    _CREATE_FRAUD_CHECK,
    _DELETE_FRAUD_CHECK,
    _GET_FRAUD_CHECK,
    _LIST_FRAUD_CHECKS,
    FINAL_STATUSES,
    _body,
    _list_kwargs,
)
from ..._ops.params import check_page, check_uuid
from ..._pagination import Page, to_page
from ..._types import NOT_GIVEN, NotGiven
from ..._validation import Lox24ValidationError
from ...types import SortDirection
from .._pagination import SyncPager
from .._raw import to_raw_response_wrapper
from ._base import SyncAPIResource

if TYPE_CHECKING:  # annotations only: the models load when a call parses them
    from lox24_api.models import FraudCheck, FraudCheckJsonLd, FraudCheckStatusCode

__all__ = ["FraudChecksResource", "FraudChecksResourceWithRawResponse"]

ServiceCode = Literal["economy", "pro", "direct"]


class FraudChecksResource(SyncAPIResource):
    """Fraud checks: `client.fraud_checks.create(...)`, `.get(id)`, `.wait(id)`, `.list(...)`, `.delete(id)`."""

    def create(
        self,
        *,
        service_code: ServiceCode,
        phone: str | None = None,
        email: str | None = None,
        ip: str | None = None,
        address: Mapping[str, str | None] | None = None,
        callback_data: str | None = None,
        validate: bool = True,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> FraudCheck:
        """Start a fraud check (`POST /fraud-checks`); it is processed asynchronously (status 0, then 5, then 10).

        ```python
        check = client.fraud_checks.create(service_code="pro", phone="+491701234567", ip="81.169.145.105")
        check = client.fraud_checks.wait(check.id, timeout=60)  # polls GET; never creates another check
        print(check.status_code, check.risk_score)  # 10 (done), 0 (good) … 100 (bad)
        ```

        Args:
            service_code: `economy` (only a risk score), `pro` or `direct` (with the details of each part;
                `direct` is processed with priority).
            phone, email, ip: what to check (each optional; at least one of them or `address`).
            address: `{"iso2": "DE", "city": "Berlin", "street_name": "…", "postcode": "…", "street_number": "…"}`
                (`iso2`, `city` and `street_name` required).
            callback_data: your own value (at most 36 characters), returned with the check and its webhook.
            validate: check the fields locally first (`lox24.Lox24ValidationError`, nothing sent).

        Like every POST it is never re-sent by the client once it may have reached LOX24 (a check costs money).
        """
        body = _body(service_code, phone, email, ip, address, callback_data, validate=validate)
        result: FraudCheck = self._client._call(
            _CREATE_FRAUD_CHECK, _options(timeout, extra_headers, extra_query, extra_body), body=body
        )
        return result

    def get(
        self,
        id: str,
        *,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> FraudCheck:
        """One fraud check with its result so far (`GET /fraud-checks/{id}`).

        ```python
        check = client.fraud_checks.get("8481900d-86ce-11ea-aa81-96000028b339")
        print(check.status_code, check.risk_score, check.request_ip)
        ```
        """
        result: FraudCheck = self._client._call(
            _GET_FRAUD_CHECK, _options(timeout, extra_headers, extra_query, extra_body), id=check_uuid(id, "id")
        )
        return result

    def wait(
        self,
        id: str,
        *,
        timeout: float = 60.0,
        interval: float = 1.0,
        request_timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> FraudCheck:
        """Poll `get(id)` until the check has finished (status 10, 20, 21 or 1000) and return it.

        ```python
        check = client.fraud_checks.create(service_code="direct", email="jane@example.com")
        done = client.fraud_checks.wait(check.id, timeout=30, interval=0.5)
        if done.status_code == lox24.FraudCheckStatusCode.DONE and (done.risk_score or 0) > 70:
            ...
        ```

        It only reads (GET); it never creates a check. LOX24 recommends the `fraud-check.done` webhook over
        polling for many checks. Raises `TimeoutError` (with the last status) when the check is still new or in
        progress after `timeout` seconds; API errors (a 404 for an unknown id, ...) are raised as by `get`.

        Args:
            timeout: seconds to wait in all.
            interval: seconds between two reads (at least 0.1).
            request_timeout: the timeout of each GET (as `timeout=` of the other methods).
        """
        check_uuid(id, "id")
        if isinstance(interval, bool) or not isinstance(interval, int | float) or interval < 0.1:
            raise Lox24ValidationError("interval", "must be a number of seconds of at least 0.1", interval)
        if isinstance(timeout, bool) or not isinstance(timeout, int | float) or timeout < 0:
            raise Lox24ValidationError("timeout", "must be a number of seconds (0 or more)", timeout)
        deadline = time.monotonic() + timeout
        while True:
            check = self.get(id, timeout=request_timeout)
            if int(check.status_code) in FINAL_STATUSES:
                return check
            left = deadline - time.monotonic()
            if left <= 0:
                raise TimeoutError(
                    f"fraud check {id} is still at status {int(check.status_code)} after {timeout} s; "
                    "read it later with get() (or wait for the fraud-check.done webhook)"
                )
            _base_client._sleep(min(interval, left))

    def list(
        self,
        *,
        id: str | Sequence[str] | None = None,
        status_code: FraudCheckStatusCode | int | Sequence[FraudCheckStatusCode | int] | None = None,
        callback_data: str | None = None,
        phone: str | None = None,
        email: str | None = None,
        ip: str | None = None,
        order: Mapping[Literal["created_at"], SortDirection] | None = None,
        page: int = 1,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> SyncPager[FraudCheckJsonLd]:
        """Every fraud check matching all the filters given, across all pages (`GET /fraud-checks`).

        ```python
        for check in client.fraud_checks.list(email="@lox24.eu", status_code=[10], order={"created_at": "asc"}):
            print(check.id, check.risk_score)
        ```

        Args:
            id: these checks, exact: one id or a list (`id[]`).
            status_code: one status or a list (`status_code[]`).
            callback_data, phone, email, ip: a part of the value (case-insensitive); `phone`, `email` and `ip`
                are LOX24's `request_phone.phone`, `request_email.email` and `request_ip.ip`.
            order: `{"created_at": "asc" | "desc"}` (newest first by default).
        """
        kwargs = _list_kwargs(locals(), order)

        def fetch(number: int) -> Page[FraudCheckJsonLd]:
            return to_page(
                self._client._call(
                    _LIST_FRAUD_CHECKS, _options(timeout, extra_headers, extra_query, extra_body), page=number, **kwargs
                ),
                number,
            )

        return SyncPager(fetch, start=check_page(page))

    def delete(
        self,
        id: str,
        *,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> None:
        """Delete a fraud check with all its data (`DELETE /fraud-checks/{id}`).

        ```python
        client.fraud_checks.delete(check.id)
        ```
        """
        self._client._call(
            _DELETE_FRAUD_CHECK, _options(timeout, extra_headers, extra_query, extra_body), id=check_uuid(id, "id")
        )


class FraudChecksResourceWithRawResponse:
    """The methods of `FraudChecksResource` that make one request, each returning a `lox24.APIResponse`."""

    def __init__(self, resource: FraudChecksResource) -> None:
        self._resource = resource
        self.create = to_raw_response_wrapper(resource.create)
        self.get = to_raw_response_wrapper(resource.get)
        self.delete = to_raw_response_wrapper(resource.delete)

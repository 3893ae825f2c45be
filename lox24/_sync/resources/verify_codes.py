# Written from lox24/_async/resources/verify_codes.py by scripts/unasync.py; edit that file, then make generate.
"""`client.verify_codes`: one-time passwords sent along a routing strategy (spec tag `verify_codes`)."""

from __future__ import annotations

import time
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

import httpx

from ... import _base_client
from ..._base_client import _options
from ..._ops.params import check_page, check_uuid
from ..._ops.verify_codes import (
    _CREATE_VERIFY_CODE,
    _GET_VERIFY_CODE,
    _LIST_VERIFY_CODES,
    FINAL_STATUSES,
    RoutingStep,
    VerifyTimeoutError,
    _body,
    check_poll_interval,
    check_wait_timeout,
    wait_budget,
)
from ..._pagination import Page, to_page
from ..._types import NOT_GIVEN, NotGiven
from .._pagination import SyncPager
from .._raw import to_raw_response_wrapper
from ._base import SyncAPIResource

if TYPE_CHECKING:  # annotations only: the models load when a call parses them
    from lox24_api.models import VerifyCode, VerifyCodeJsonLd, VoiceLang

__all__ = ["VerifyCodesResource", "VerifyCodesResourceWithRawResponse"]


class VerifyCodesResource(SyncAPIResource):
    """Verify codes (OTP): `client.verify_codes.create(...)`, `.get`, `.list`, `.wait`, `.send_and_wait`."""

    def create(
        self,
        *,
        phone: str,
        routing_strategy: Sequence[RoutingStep],
        code: str | None = None,
        code_length: int | None = None,
        lang: VoiceLang | str | None = None,
        payload: str | None = None,
        is_code_deleted: bool | None = None,
        validate: bool = True,
        region: str = "DE",
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> VerifyCode:
        """Create a verify code and start sending it (`POST /verify_codes`).

        ```python
        otp = client.verify_codes.create(phone="+491701234567", routing_strategy=["telegram", "sms"])
        print(otp.id, otp.code, otp.status)  # compare what the user types with otp.code
        ```

        Args:
            phone: the recipient, in any of the forms LOX24 accepts; sent as E.164 when `validate`.
            routing_strategy: the channels to try in order, each once, `"sms"` only last: channel names
                (`["telegram", "voice", "sms"]`), mappings (`{"channel": "sms", "timeout_sec": 120,
                "sender_id": "MyShop", "template": "Your code: {{code}}"}`) or `lox24.VerifyRoutingStep`s.
                `timeout_sec` (30 to 3600) is how long a channel gets to deliver before the next one.
            code: your own code (4 to 8 digits); `None` lets LOX24 make one of `code_length` digits (default 4).
            lang: language of LOX24's own texts (the 20 `lox24.VoiceLang` codes; default `DE`).
            payload: up to 128 characters of your own, returned with the code.
            is_code_deleted: delete the code at LOX24 once it reached a final status.
            validate: check the fields locally first (`lox24.Lox24ValidationError`, nothing sent).
            region: the country used to read a national phone number when validating.

        Never sent twice by the client: a failure after the request may have arrived is raised with
        `may_have_been_sent=True` (see `client.verify_codes.list()` before creating another).
        """
        body = _body(
            phone=phone, routing_strategy=routing_strategy, code=code, code_length=code_length, lang=lang,
            payload=payload, is_code_deleted=is_code_deleted, validate=validate, region=region,
        )  # fmt: skip
        result: VerifyCode = self._client._call(
            _CREATE_VERIFY_CODE, _options(timeout, extra_headers, extra_query, extra_body), body=body
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
    ) -> VerifyCode:
        """One verify code: status, delivered channel, cost and history (`GET /verify_codes/{id}`).

        ```python
        otp = client.verify_codes.get(otp.id)
        print(otp.status, otp.delivered_channel, [(h.channel, h.event) for h in otp.history])
        ```
        """
        result: VerifyCode = self._client._call(
            _GET_VERIFY_CODE, _options(timeout, extra_headers, extra_query, extra_body), id=check_uuid(id, "id")
        )
        return result

    def list(
        self,
        *,
        page: int = 1,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> SyncPager[VerifyCodeJsonLd]:
        """Every verify code of the account, newest first, across all pages (`GET /verify_codes`).

        ```python
        for otp in client.verify_codes.list():
            print(otp.id, otp.phone, otp.status)
        ```
        """

        def fetch(number: int) -> Page[VerifyCodeJsonLd]:
            return to_page(
                self._client._call(
                    _LIST_VERIFY_CODES, _options(timeout, extra_headers, extra_query, extra_body), page=number
                ),
                number,
            )

        return SyncPager(fetch, start=check_page(page))

    def wait(
        self,
        code: VerifyCode | VerifyCodeJsonLd | str,
        *,
        timeout: float | None = None,
        poll_interval: float = 2.0,
        request_timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> VerifyCode:
        """Read a verify code every `poll_interval` seconds until it succeeded, failed or hit an error.

        ```python
        otp = client.verify_codes.wait(otp.id, timeout=120)
        if otp.status == lox24.VerifyCodeStatus.SUCCESS:
            print("delivered by", otp.delivered_channel)
        ```

        `code` is a code from `create`, `get` or `list`, or its id. Only reads (`GET /verify_codes/{id}`):
        it never creates or re-sends a code. Returns the code with status 10, 20 or 100 (check it); raises
        `lox24.VerifyTimeoutError` (a `TimeoutError` carrying the code as last read) when `timeout` seconds
        passed first. `timeout=None` waits as long as the routing strategy can take: the sum of its steps'
        `timeout_sec`, plus 30 s. `request_timeout` is the timeout of each request.
        """
        interval = check_poll_interval(poll_interval)
        code_id = check_uuid(code if isinstance(code, str) else code.id, "id")
        started = time.monotonic()
        options = _options(request_timeout, extra_headers, extra_query, None)
        current: VerifyCode = self._client._call(_GET_VERIFY_CODE, options, id=code_id)
        budget = wait_budget(current if isinstance(code, str) else code, timeout)
        while current.status not in FINAL_STATUSES:
            waited = time.monotonic() - started
            if waited >= budget:
                raise VerifyTimeoutError(current, waited)
            _base_client._sleep(min(interval, budget - waited))
            current = self._client._call(_GET_VERIFY_CODE, options, id=code_id)
        return current

    def send_and_wait(
        self,
        phone: str,
        *,
        routing_strategy: Sequence[RoutingStep],
        timeout: float | None = None,
        poll_interval: float = 2.0,
        code: str | None = None,
        code_length: int | None = None,
        lang: VoiceLang | str | None = None,
        payload: str | None = None,
        is_code_deleted: bool | None = None,
        validate: bool = True,
        region: str = "DE",
        request_timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> VerifyCode:
        """The common OTP flow: create ONE verify code, then `wait` for its final status.

        ```python
        otp = client.verify_codes.send_and_wait("+491701234567", routing_strategy=["telegram", "sms"])
        if otp.status == lox24.VerifyCodeStatus.SUCCESS:
            ask_user_for_the_code(expected=otp.code)
        ```

        Exactly one `POST /verify_codes` is made, whatever happens: a failed create is raised as is (never
        re-sent), and a `lox24.VerifyTimeoutError` carries the code that was created, so that you can
        `wait` for it again instead of sending another. Arguments as in `create` and `wait`.
        """
        check_poll_interval(poll_interval)  # before the code exists: a bad argument must not cost a code
        check_wait_timeout(timeout)
        created = self.create(
            phone=phone, routing_strategy=routing_strategy, code=code, code_length=code_length, lang=lang,
            payload=payload, is_code_deleted=is_code_deleted, validate=validate, region=region,
            timeout=request_timeout, extra_headers=extra_headers,
        )  # fmt: skip
        return self.wait(
            created, timeout=timeout, poll_interval=poll_interval, request_timeout=request_timeout,
            extra_headers=extra_headers,
        )  # fmt: skip


class VerifyCodesResourceWithRawResponse:
    """The methods of `VerifyCodesResource` that make one request, each returning a `lox24.APIResponse`."""

    def __init__(self, resource: VerifyCodesResource) -> None:
        self._resource = resource
        self.create = to_raw_response_wrapper(resource.create)
        self.get = to_raw_response_wrapper(resource.get)

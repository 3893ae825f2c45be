# Written from lox24/_async/resources/sms.py by scripts/unasync.py; edit that file, then make generate.
"""`client.sms`: send, dry-run, look up, list, cancel and delete SMS (spec tag `sms`)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal

import httpx

from ..._base_client import _options
from ..._ops.params import check_page, check_uuid
from ..._ops.short_links import _GET_SMS_CLICKS, _LIST_SMS_CLICKS, _LIST_SMS_REQUESTS, click_kwargs, sms_clicks_kwargs
from ..._ops.sms import (
    _CANCEL_SMS_BATCH,
    _CREATE_SMS,
    _DELETE_SMS,
    _DELETE_SMS_BATCH,
    _DRY_RUN_SMS,
    _GET_SMS,
    _LIST_SMS,
    _batch_kwargs,
    _body,
    _list_kwargs,
)
from ..._pagination import Page, to_page
from ..._types import NOT_GIVEN, NotGiven, Timestamp
from ...types import NumberFilter, SortDirection, TimeFilter
from .._pagination import SyncPager
from .._raw import to_raw_response_wrapper
from ._base import SyncAPIResource

if TYPE_CHECKING:  # annotations only: the models load when a call parses them
    from lox24_api.models import (
        DlrCode,
        ServiceCode,
        ShortLinkRequestJsonLd,
        Sms,
        SmsBatchResult,
        SmsClicks,
        SmsClicksJsonLd,
        SmsJsonLd,
        SmsStatusCode,
        VoiceLang,
    )

__all__ = ["SmsResource", "SmsResourceWithRawResponse"]


class SmsResource(SyncAPIResource):
    """SMS: `client.sms.send(...)`, `.dry_run`, `.get`, `.delete`, `.list`, `.cancel`, `.delete_many`."""

    def send(
        self,
        *,
        phone: str,
        text: str,
        sender_id: str,
        delivery_at: Timestamp | None = None,
        callback_data: str | None = None,
        is_unicode: bool | None = None,
        service_code: ServiceCode | str | None = None,
        voice_lang: VoiceLang | str | None = None,
        source: int | None = None,
        is_text_deleted: bool | None = None,
        attempts_count_max: int | None = None,
        validate: bool = True,
        region: str = "DE",
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Sms:
        """Send one SMS (`POST /sms`); LOX24 debits the price from the balance.

        ```python
        sms = client.sms.send(phone="+491701234567", text="Hello", sender_id="MyShop", callback_data="order-42")
        print(sms.uuid, sms.status_code, sms.price)
        ```

        Args:
            phone: the recipient, in any of the four forms LOX24 accepts; sent as E.164 when `validate`.
            text: the message (up to ten SMS parts).
            sender_id: up to 11 letters/digits/spaces, or a phone number.
            delivery_at: schedule for later (Unix timestamp or aware `datetime`); `None` sends at once.
            callback_data: up to 36 characters returned in delivery reports. Set it: it is how you find
                out whether an SMS was sent after an ambiguous failure (`client.sms.list(callback_data=...)`).
            is_unicode: force UCS-2 (`True`) or GSM-7 (`False`); `None` detects it from the text.
            service_code: `"direct"` (SMS, the default), `"text2speech"` or `"text2speech_ssml"`.
            voice_lang: language of a text2speech call; `None` detects it.
            source, is_text_deleted, attempts_count_max: as documented by LOX24.
            validate: check the fields locally first and raise `lox24.Lox24ValidationError` (a `ValueError`
                naming the field and rule) without a network call.
            region: the country used to read a national phone number (`"01701234567"`) when validating.

        Raises `InsufficientFundsError` (402), `UnprocessableEntityError` (422, see `.violations`), ... A 5xx,
        read timeout or connection reset is never retried (`may_have_been_sent` is set on the exception).
        """
        body = _body(
            phone=phone, text=text, sender_id=sender_id, delivery_at=delivery_at, callback_data=callback_data,
            is_unicode=is_unicode, service_code=service_code, voice_lang=voice_lang, source=source,
            is_text_deleted=is_text_deleted, attempts_count_max=attempts_count_max, validate=validate, region=region,
        )  # fmt: skip
        result: Sms = self._client._call(
            _CREATE_SMS, _options(timeout, extra_headers, extra_query, extra_body), body=body
        )
        return result

    def dry_run(
        self,
        *,
        phone: str,
        text: str,
        sender_id: str,
        delivery_at: Timestamp | None = None,
        callback_data: str | None = None,
        is_unicode: bool | None = None,
        service_code: ServiceCode | str | None = None,
        voice_lang: VoiceLang | str | None = None,
        source: int | None = None,
        is_text_deleted: bool | None = None,
        attempts_count_max: int | None = None,
        validate: bool = True,
        region: str = "DE",
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Sms:
        """Validate and price an SMS without sending it (`POST /sms/dryrun`); same arguments as `send`.

        ```python
        preview = client.sms.dry_run(phone="+491701234567", text="Hello", sender_id="MyShop")
        print(preview.parts_count, preview.price)
        ```
        """
        body = _body(
            phone=phone, text=text, sender_id=sender_id, delivery_at=delivery_at, callback_data=callback_data,
            is_unicode=is_unicode, service_code=service_code, voice_lang=voice_lang, source=source,
            is_text_deleted=is_text_deleted, attempts_count_max=attempts_count_max, validate=validate, region=region,
        )  # fmt: skip
        result: Sms = self._client._call(
            _DRY_RUN_SMS, _options(timeout, extra_headers, extra_query, extra_body), body=body
        )
        return result

    def get(
        self,
        uuid: str,
        *,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Sms:
        """One SMS by its UUID (`GET /sms/{uuid}`).

        ```python
        sms = client.sms.get("11111111-2222-3333-4444-555555555555")
        print(sms.status_code, sms.dlr_code)
        ```
        """
        result: Sms = self._client._call(
            _GET_SMS, _options(timeout, extra_headers, extra_query, extra_body), uuid=check_uuid(uuid)
        )
        return result

    def delete(
        self,
        uuid: str,
        *,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> None:
        """Delete one SMS (`DELETE /sms/{uuid}`); a scheduled SMS is not sent.

        ```python
        client.sms.delete("11111111-2222-3333-4444-555555555555")
        ```
        """
        self._client._call(
            _DELETE_SMS, _options(timeout, extra_headers, extra_query, extra_body), uuid=check_uuid(uuid)
        )

    def list(
        self,
        *,
        uuid: str | Sequence[str] | None = None,
        status_code: SmsStatusCode | int | Sequence[SmsStatusCode | int] | None = None,
        dlr_code: DlrCode | int | Sequence[DlrCode | int] | None = None,
        callback_data: str | Sequence[str] | None = None,
        bulk: str | Sequence[str] | None = None,
        iso2: str | Sequence[str] | None = None,
        key_id: int | Sequence[int] | None = None,
        source: NumberFilter | None = None,
        text: str | None = None,
        phone: str | None = None,
        sender_id: str | None = None,
        ip: str | None = None,
        is_sent: bool | None = None,
        is_unicode: bool | None = None,
        created_at: TimeFilter | None = None,
        delivery_at: TimeFilter | None = None,
        gateway_sent_at: TimeFilter | None = None,
        chars_count: NumberFilter | None = None,
        parts_count: NumberFilter | None = None,
        order: Mapping[Literal["created_at", "gateway_sent_at"], SortDirection] | None = None,
        page: int = 1,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> SyncPager[SmsJsonLd]:
        """Every SMS matching all the filters given, across all pages (`GET /sms`), pages fetched lazily.

        ```python
        for sms in client.sms.list(status_code=[0, 100], created_at=(1755868416, None)):
            print(sms.uuid, sms.phone)
        sent = client.sms.list(callback_data="order-42", order={"created_at": "desc"}).to_list()
        ```

        Every LOX24 filter is a keyword; `None` (the default) means "no filter", and filters combine with AND.

        Args:
            uuid, status_code, dlr_code, callback_data, bulk, iso2, key_id: exact match, one value or a
                list of them (`uuid[]=a&uuid[]=b`); codes as ints or `SmsStatusCode`/`DlrCode`.
            source, chars_count, parts_count: one value or a list (exact), or a range (below).
            text, phone, sender_id, ip: a part of the value (case-insensitive): `text="hello"`.
            is_sent, is_unicode: `True` or `False` (sent as `1`/`0`).
            created_at, delivery_at, gateway_sent_at: a range: `(start, end)` (inclusive,
                `[between]=start..end`; `(start, None)` is `[gte]`, `(None, end)` is `[lte]`) or
                `lox24.Range(gt=..., lt=...)`; also one exact timestamp or a list. Timestamps are Unix
                seconds or aware `datetime`s.
            order: sort keys and directions, `{"created_at": "desc"}` (`_order[created_at]=desc`).
            page: the first page to fetch.

        A bad value (a naive `datetime`, a reversed range, an empty list or string, a wrong type) raises
        `lox24.Lox24ValidationError` before anything is sent.
        """
        kwargs = _list_kwargs(locals(), order)

        def fetch(number: int) -> Page[SmsJsonLd]:
            return to_page(
                self._client._call(
                    _LIST_SMS, _options(timeout, extra_headers, extra_query, extra_body), page=number, **kwargs
                ),
                number,
            )

        return SyncPager(fetch, start=check_page(page))

    def cancel(
        self,
        *,
        uuid: str | Sequence[str] | None = None,
        status_code: SmsStatusCode | int | Sequence[SmsStatusCode | int] | None = None,
        dlr_code: DlrCode | int | Sequence[DlrCode | int] | None = None,
        callback_data: str | Sequence[str] | None = None,
        bulk: str | Sequence[str] | None = None,
        iso2: str | Sequence[str] | None = None,
        key_id: int | Sequence[int] | None = None,
        source: NumberFilter | None = None,
        text: str | None = None,
        phone: str | None = None,
        sender_id: str | None = None,
        ip: str | None = None,
        is_sent: bool | None = None,
        is_unicode: bool | None = None,
        created_at: TimeFilter | None = None,
        delivery_at: TimeFilter | None = None,
        gateway_sent_at: TimeFilter | None = None,
        chars_count: NumberFilter | None = None,
        parts_count: NumberFilter | None = None,
        all_sms: bool = False,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> int:
        """Cancel every scheduled SMS matching the filters (`POST /sms/ops/batch_cancel`); returns the count.

        ```python
        n = client.sms.cancel(callback_data="campaign-7")
        n = client.sms.cancel(delivery_at=(at, at))  # the SMS scheduled for exactly `at`
        ```

        The filters are those of `list` (without `order`). Cancelled SMS get status 6000 and are refunded.
        With no filter, LOX24 would cancel *every* scheduled SMS, so that needs `all_sms=True`; for the same
        reason an empty list (`uuid=[]`, which the query would leave out), an empty string (`text=""`, which
        matches everything) or a range without bounds raises `Lox24ValidationError`. Not retried on failure
        (it is a POST).
        """
        kwargs = _batch_kwargs(locals(), all_sms, "cancel")
        result: SmsBatchResult = self._client._call(
            _CANCEL_SMS_BATCH, _options(timeout, extra_headers, extra_query, extra_body), **kwargs
        )
        return result.deleted_sms_count

    def delete_many(
        self,
        *,
        uuid: str | Sequence[str] | None = None,
        status_code: SmsStatusCode | int | Sequence[SmsStatusCode | int] | None = None,
        dlr_code: DlrCode | int | Sequence[DlrCode | int] | None = None,
        callback_data: str | Sequence[str] | None = None,
        bulk: str | Sequence[str] | None = None,
        iso2: str | Sequence[str] | None = None,
        key_id: int | Sequence[int] | None = None,
        source: NumberFilter | None = None,
        text: str | None = None,
        phone: str | None = None,
        sender_id: str | None = None,
        ip: str | None = None,
        is_sent: bool | None = None,
        is_unicode: bool | None = None,
        created_at: TimeFilter | None = None,
        delivery_at: TimeFilter | None = None,
        gateway_sent_at: TimeFilter | None = None,
        chars_count: NumberFilter | None = None,
        parts_count: NumberFilter | None = None,
        all_sms: bool = False,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> int:
        """Delete every SMS matching the filters (`POST /sms/ops/batch_delete`); returns the count.

        ```python
        n = client.sms.delete_many(created_at=lox24.Range(lt=1700000000))
        n = client.sms.delete_many(uuid=[first.uuid, second.uuid])
        ```

        The filters are those of `list` (without `order`). With no filter LOX24 would delete every SMS of the
        account, so that needs `all_sms=True`; an empty list, an empty string or a range without bounds is
        refused (`Lox24ValidationError`), as for `cancel`.
        """
        kwargs = _batch_kwargs(locals(), all_sms, "delete")
        result: SmsBatchResult = self._client._call(
            _DELETE_SMS_BATCH, _options(timeout, extra_headers, extra_query, extra_body), **kwargs
        )
        return result.deleted_sms_count

    # --- short-link clicks (spec tags `click-rate`, `requests`; operations in lox24/_ops/short_links.py) ---

    def clicks(
        self,
        *,
        requests_count: NumberFilter | None = None,
        created_at: TimeFilter | None = None,
        order: Mapping[Literal["created_at"], SortDirection] | None = None,
        page: int = 1,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> SyncPager[SmsClicksJsonLd]:
        """The click counts of the SMS that carry an advanced campaign's short link (`GET /sms/clicks`).

        ```python
        for row in client.sms.clicks(requests_count=lox24.Range(gte=1)):
            print(row.uuid, row.requests_count)
        ```

        Args:
            requests_count: clicks: one number or a list (exact), or a range `(low, high)` / `lox24.Range`.
            created_at: when the SMS was created: a range, one exact timestamp or a list.
            order: `{"created_at": "asc" | "desc"}` (newest first without it).
            page: the first page to fetch.
        """
        kwargs = sms_clicks_kwargs(locals(), order)

        def fetch(number: int) -> Page[SmsClicksJsonLd]:
            return to_page(
                self._client._call(
                    _LIST_SMS_CLICKS, _options(timeout, extra_headers, extra_query, extra_body), page=number, **kwargs
                ),
                number,
            )

        return SyncPager(fetch, start=check_page(page))

    def get_clicks(
        self,
        uuid: str,
        *,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> SmsClicks:
        """The click count of one SMS (`GET /sms/{uuid}/clicks`); `NotFoundError` when it has no
        advanced campaign's short link.

        ```python
        print((client.sms.get_clicks(sms.uuid)).requests_count)
        ```
        """
        result: SmsClicks = self._client._call(
            _GET_SMS_CLICKS, _options(timeout, extra_headers, extra_query, extra_body), uuid=check_uuid(uuid)
        )
        return result

    def click_requests(
        self,
        uuid: str,
        *,
        ip: str | None = None,
        url: str | None = None,
        user_agent: str | None = None,
        referer: str | None = None,
        browser: str | None = None,
        browser_version: str | None = None,
        os: str | None = None,
        os_version: str | None = None,
        software_type: str | None = None,
        hardware_type: str | None = None,
        country: str | Sequence[str] | None = None,
        date: TimeFilter | None = None,
        type_: int | Sequence[int] | None = None,
        order: Mapping[Literal["date"], SortDirection] | None = None,
        page: int = 1,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> SyncPager[ShortLinkRequestJsonLd]:
        """The clicks on the short link of one SMS (`GET /sms/{uuid}/requests`).

        ```python
        for click in client.sms.click_requests(sms.uuid):
            print(click.date, click.os)
        ```

        Args:
            ip, url, user_agent, referer, browser, browser_version, os, os_version, software_type,
                hardware_type: a part of the value (case-insensitive); `url` is the target URL.
            country: ISO 3166-1 alpha-2 codes, exact: one or a list.
            date: when the click happened: a range `(start, end)` (inclusive), `lox24.Range(...)`, one
                exact timestamp or a list (Unix seconds or aware `datetime`s).
            type_: LOX24's `type` (the campaign's type, 1 simple or 2 advanced), exact: one or a list.
            order: `{"date": "asc" | "desc"}` (newest first without it).
            page: the first page to fetch.
            uuid: the SMS.
        """
        sms_uuid = check_uuid(uuid)
        kwargs = click_kwargs(locals(), order)
        kwargs["uuid"] = sms_uuid

        def fetch(number: int) -> Page[ShortLinkRequestJsonLd]:
            return to_page(
                self._client._call(
                    _LIST_SMS_REQUESTS, _options(timeout, extra_headers, extra_query, extra_body), page=number, **kwargs
                ),
                number,
            )

        return SyncPager(fetch, start=check_page(page))


class SmsResourceWithRawResponse:
    """The methods of `SmsResource`, each returning a `lox24.APIResponse` (`client.with_raw_response`)."""

    def __init__(self, resource: SmsResource) -> None:
        self._resource = resource
        self.send = to_raw_response_wrapper(resource.send)
        self.dry_run = to_raw_response_wrapper(resource.dry_run)
        self.get = to_raw_response_wrapper(resource.get)
        self.delete = to_raw_response_wrapper(resource.delete)
        self.cancel = to_raw_response_wrapper(resource.cancel)
        self.delete_many = to_raw_response_wrapper(resource.delete_many)
        self.get_clicks = to_raw_response_wrapper(resource.get_clicks)

"""`client.sms`: send, dry-run, look up, list, cancel and delete SMS (spec tag `sms`)."""

from __future__ import annotations

from typing import Any, Unpack

import httpx
from lox24_api.api.sms import (
    cancel_sms_batch,
    create_sms,
    delete_sms,
    delete_sms_batch,
    dry_run_sms,
    get_sms,
    list_sms,
)
from lox24_api.models import (
    DlrCode,
    ServiceCode,
    Sms,
    SmsBatchResult,
    SmsCollection,
    SmsCreate,
    SmsJsonLd,
    SmsStatusCode,
    VoiceLang,
)

from .._base_client import _Op
from .._pagination import AsyncPager, Page, SyncPager, to_page
from .._types import Timestamp, as_timestamp, unset_if_none
from .._validation import Lox24ValidationError, validate_sms
from ..types import SmsFilters, SmsListFilters
from ._base import AsyncAPIResource, SyncAPIResource
from ._params import check_page, check_uuid, filter_kwargs

__all__ = ["AsyncSmsResource", "SmsResource"]

_ENUMS = {"status_code": SmsStatusCode, "dlr_code": DlrCode}
_FILTERS = SmsFilters.__required_keys__ | SmsFilters.__optional_keys__
_LIST_FILTERS = SmsListFilters.__required_keys__ | SmsListFilters.__optional_keys__


def _batch_count(response: httpx.Response) -> SmsBatchResult:
    """LOX24's docs name the count `deleted_sms_count`; its PHP client's tests use `canceled_sms_count`."""
    data = response.json()
    result = SmsBatchResult(deleted_sms_count=int(data["canceled_sms_count"]))
    result.additional_properties = {k: v for k, v in data.items() if k != "canceled_sms_count"}
    return result


_SEND = _Op("POST", (201,), Sms)
_GET = _Op("GET", (200,), Sms)
_DELETE = _Op("DELETE", (204,), None)
_LIST = _Op("GET", (200,), SmsCollection)
_BATCH = _Op("POST", (200,), SmsBatchResult, fallback=_batch_count)


def _body(
    *,
    phone: str,
    text: str,
    sender_id: str,
    delivery_at: Timestamp | None,
    callback_data: str | None,
    is_unicode: bool | None,
    service_code: ServiceCode | str | None,
    voice_lang: VoiceLang | str | None,
    source: int | None,
    is_text_deleted: bool | None,
    attempts_count_max: int | None,
    validate: bool,
    region: str,
) -> SmsCreate:
    at = as_timestamp(delivery_at)
    code = ServiceCode(service_code) if service_code is not None else None
    lang = VoiceLang(voice_lang) if voice_lang is not None else None
    if validate:
        phone = validate_sms(
            phone=phone, text=text, sender_id=sender_id, is_unicode=is_unicode, service_code=code,
            attempts_count_max=attempts_count_max, callback_data=callback_data, delivery_at=at,
            source=source, voice_lang=lang, region=region, is_text_deleted=is_text_deleted,
        )  # fmt: skip
    return SmsCreate(
        phone=phone,
        text=text,
        sender_id=sender_id,
        delivery_at=unset_if_none(at),
        callback_data=unset_if_none(callback_data),
        is_unicode=unset_if_none(is_unicode),
        service_code=unset_if_none(code),
        voice_lang=unset_if_none(lang),
        source=unset_if_none(source),
        is_text_deleted=unset_if_none(is_text_deleted),
        attempts_count_max=unset_if_none(attempts_count_max),
    )


def _batch_kwargs(filters: SmsFilters, all_sms: bool, verb: str) -> dict[str, Any]:
    kwargs = filter_kwargs(filters, allowed=_FILTERS, enums=_ENUMS)
    for name, value in filters.items():
        values = value if isinstance(value, (list, tuple)) else [value]
        if any(v == "" for v in values):
            # `text=` (a substring filter) matches every SMS: `cancel(text="")` would cancel all of them.
            raise Lox24ValidationError(name, f"an empty string is not a safe filter to {verb} by", value)
    if not kwargs and not all_sms:
        raise ValueError(
            f"refusing to {verb} every SMS of the account: pass at least one filter "
            f"(e.g. callback_data=...), or all_sms=True if you really mean all of them"
        )
    return kwargs


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
        result: Sms = self._client._request(create_sms.sync_detailed, _SEND, body=body)
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
        result: Sms = self._client._request(dry_run_sms.sync_detailed, _SEND, body=body)
        return result

    def get(self, uuid: str) -> Sms:
        """One SMS by its UUID (`GET /sms/{uuid}`).

        ```python
        sms = client.sms.get("11111111-2222-3333-4444-555555555555")
        print(sms.status_code, sms.dlr_code)
        ```
        """
        result: Sms = self._client._request(get_sms.sync_detailed, _GET, uuid=check_uuid(uuid))
        return result

    def delete(self, uuid: str) -> None:
        """Delete one SMS (`DELETE /sms/{uuid}`); a scheduled SMS is not sent.

        ```python
        client.sms.delete("11111111-2222-3333-4444-555555555555")
        ```
        """
        self._client._request(delete_sms.sync_detailed, _DELETE, uuid=check_uuid(uuid))

    def list(self, *, page: int = 1, **filters: Unpack[SmsListFilters]) -> SyncPager[SmsJsonLd]:
        """Every SMS matching the filters, across all pages (`GET /sms`), newest pages fetched lazily.

        ```python
        for sms in client.sms.list(status_code=lox24.SmsStatusCode.NEW, created_at_gte=1755868416):
            print(sms.uuid, sms.phone)
        sent = client.sms.list(callback_data="order-42").to_list()
        ```

        Exact-match filters take one value or a list (`status_code=[0, 100]`); timestamps take an int or an
        aware `datetime`. See `lox24.types.SmsListFilters` for every name.
        """
        kwargs = filter_kwargs(filters, allowed=_LIST_FILTERS, enums=_ENUMS)

        def fetch(number: int) -> Page[SmsJsonLd]:
            return to_page(self._client._request(list_sms.sync_detailed, _LIST, page=number, **kwargs), number)

        return SyncPager(fetch, start=check_page(page))

    def cancel(self, *, all_sms: bool = False, **filters: Unpack[SmsFilters]) -> int:
        """Cancel every scheduled SMS matching the filters (`POST /sms/ops/batch_cancel`); returns the count.

        ```python
        n = client.sms.cancel(callback_data="campaign-7")
        ```

        Cancelled SMS get status 6000 and are refunded. With no filter, LOX24 would cancel *every* scheduled
        SMS, so that needs `all_sms=True`; for the same reason an empty list (`uuid=[]`, which the query would
        leave out) or an empty string (`text=""`, which matches everything) raises `Lox24ValidationError`.
        Not retried on failure (it is a POST).
        """
        kwargs = _batch_kwargs(filters, all_sms, "cancel")
        result: SmsBatchResult = self._client._request(cancel_sms_batch.sync_detailed, _BATCH, **kwargs)
        return result.deleted_sms_count

    def delete_many(self, *, all_sms: bool = False, **filters: Unpack[SmsFilters]) -> int:
        """Delete every SMS matching the filters (`POST /sms/ops/batch_delete`); returns the count.

        ```python
        n = client.sms.delete_many(created_at_lt=1700000000)
        ```

        With no filter LOX24 would delete every SMS of the account, so that needs `all_sms=True`; an empty
        list or empty string as a filter value is refused (`Lox24ValidationError`), as for `cancel`.
        """
        kwargs = _batch_kwargs(filters, all_sms, "delete")
        result: SmsBatchResult = self._client._request(delete_sms_batch.sync_detailed, _BATCH, **kwargs)
        return result.deleted_sms_count


class AsyncSmsResource(AsyncAPIResource):
    """SMS, async: `await client.sms.send(...)`; see `SmsResource` for each method."""

    async def send(
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
    ) -> Sms:
        """Send one SMS (`POST /sms`); see `SmsResource.send`.

        ```python
        sms = await client.sms.send(phone="+491701234567", text="Hello", sender_id="MyShop")
        ```
        """
        body = _body(
            phone=phone, text=text, sender_id=sender_id, delivery_at=delivery_at, callback_data=callback_data,
            is_unicode=is_unicode, service_code=service_code, voice_lang=voice_lang, source=source,
            is_text_deleted=is_text_deleted, attempts_count_max=attempts_count_max, validate=validate, region=region,
        )  # fmt: skip
        result: Sms = await self._client._request(create_sms.asyncio_detailed, _SEND, body=body)
        return result

    async def dry_run(
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
    ) -> Sms:
        """Validate and price an SMS without sending it (`POST /sms/dryrun`).

        ```python
        preview = await client.sms.dry_run(phone="+491701234567", text="Hello", sender_id="MyShop")
        ```
        """
        body = _body(
            phone=phone, text=text, sender_id=sender_id, delivery_at=delivery_at, callback_data=callback_data,
            is_unicode=is_unicode, service_code=service_code, voice_lang=voice_lang, source=source,
            is_text_deleted=is_text_deleted, attempts_count_max=attempts_count_max, validate=validate, region=region,
        )  # fmt: skip
        result: Sms = await self._client._request(dry_run_sms.asyncio_detailed, _SEND, body=body)
        return result

    async def get(self, uuid: str) -> Sms:
        """One SMS by its UUID (`GET /sms/{uuid}`).

        ```python
        sms = await client.sms.get(uuid)
        ```
        """
        result: Sms = await self._client._request(get_sms.asyncio_detailed, _GET, uuid=check_uuid(uuid))
        return result

    async def delete(self, uuid: str) -> None:
        """Delete one SMS (`DELETE /sms/{uuid}`).

        ```python
        await client.sms.delete(uuid)
        ```
        """
        await self._client._request(delete_sms.asyncio_detailed, _DELETE, uuid=check_uuid(uuid))

    def list(self, *, page: int = 1, **filters: Unpack[SmsListFilters]) -> AsyncPager[SmsJsonLd]:
        """Every SMS matching the filters, across all pages (`GET /sms`).

        ```python
        async for sms in client.sms.list(callback_data="order-42"):
            print(sms.uuid)
        ```
        """
        kwargs = filter_kwargs(filters, allowed=_LIST_FILTERS, enums=_ENUMS)

        async def fetch(number: int) -> Page[SmsJsonLd]:
            collection = await self._client._request(list_sms.asyncio_detailed, _LIST, page=number, **kwargs)
            return to_page(collection, number)

        return AsyncPager(fetch, start=check_page(page))

    async def cancel(self, *, all_sms: bool = False, **filters: Unpack[SmsFilters]) -> int:
        """Cancel every scheduled SMS matching the filters; returns the count.

        ```python
        n = await client.sms.cancel(callback_data="campaign-7")
        ```
        """
        kwargs = _batch_kwargs(filters, all_sms, "cancel")
        result: SmsBatchResult = await self._client._request(cancel_sms_batch.asyncio_detailed, _BATCH, **kwargs)
        return result.deleted_sms_count

    async def delete_many(self, *, all_sms: bool = False, **filters: Unpack[SmsFilters]) -> int:
        """Delete every SMS matching the filters; returns the count.

        ```python
        n = await client.sms.delete_many(callback_data="campaign-7")
        ```
        """
        kwargs = _batch_kwargs(filters, all_sms, "delete")
        result: SmsBatchResult = await self._client._request(delete_sms_batch.asyncio_detailed, _BATCH, **kwargs)
        return result.deleted_sms_count

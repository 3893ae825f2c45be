"""`client.bulks`: one text to many phones and group members (spec tag `bulks`)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Unpack

from lox24_api.api.bulks import (
    cancel_bulk,
    create_bulk,
    delete_bulk,
    dry_run_bulk,
    get_bulk,
    get_bulk_status,
    list_bulks,
)
from lox24_api.models import (
    Bulk,
    BulkCollection,
    BulkCreate,
    BulkStatus,
    BulkStatusCode,
    BulkStatusJsonLd,
    ServiceCode,
    VoiceLang,
)

from .._base_client import _Op
from .._pagination import AsyncPager, Page, SyncPager, to_page
from .._types import Timestamp, as_timestamp, unset_if_none
from .._validation import validate_bulk
from ..types import BulkListFilters
from ._base import AsyncAPIResource, SyncAPIResource
from ._params import check_page, check_uuid, filter_kwargs

__all__ = ["AsyncBulksResource", "BulksResource"]

_ENUMS = {"status_code": BulkStatusCode}
_LIST_FILTERS = BulkListFilters.__required_keys__ | BulkListFilters.__optional_keys__

_CREATE = _Op("POST", (201,), Bulk)
_GET = _Op("GET", (200,), Bulk)
_STATUS = _Op("GET", (200,), BulkStatus)
_CANCEL = _Op("PUT", (200,), BulkStatus)
_DELETE = _Op("DELETE", (204,), None)
_LIST = _Op("GET", (200,), BulkCollection)


def _body(
    *,
    text: str,
    sender_id: str,
    phones: Sequence[str] | None,
    groups: Sequence[int] | None,
    delivery_at: Timestamp | None,
    is_unicode: bool | None,
    service_code: ServiceCode | str | None,
    voice_lang: VoiceLang | str | None,
    source: int | None,
    is_text_deleted: bool | None,
    validate: bool,
    region: str,
) -> BulkCreate:
    at = as_timestamp(delivery_at)
    code = ServiceCode(service_code) if service_code is not None else None
    lang = VoiceLang(voice_lang) if voice_lang is not None else None
    phone_list = list(phones) if phones is not None else None
    if validate:
        normalized = validate_bulk(
            text=text, sender_id=sender_id, phones=phone_list, msg_groups=groups, is_unicode=is_unicode,
            service_code=code, delivery_at=at, source=source, voice_lang=lang, region=region,
            is_text_deleted=is_text_deleted,
        )  # fmt: skip
        phone_list = normalized if phone_list is not None else None
    return BulkCreate(
        text=text,
        sender_id=sender_id,
        phones=unset_if_none(phone_list),
        msg_groups=unset_if_none(list(groups) if groups is not None else None),
        delivery_at=unset_if_none(at),
        is_unicode=unset_if_none(is_unicode),
        service_code=unset_if_none(code),
        voice_lang=unset_if_none(lang),
        source=unset_if_none(source),
        is_text_deleted=unset_if_none(is_text_deleted),
    )


class BulksResource(SyncAPIResource):
    """Bulks: `client.bulks.create(...)`, `.dry_run`, `.get`, `.status`, `.cancel`, `.delete`, `.list`."""

    def create(
        self,
        *,
        text: str,
        sender_id: str,
        phones: Sequence[str] | None = None,
        groups: Sequence[int] | None = None,
        delivery_at: Timestamp | None = None,
        is_unicode: bool | None = None,
        service_code: ServiceCode | str | None = None,
        voice_lang: VoiceLang | str | None = None,
        source: int | None = None,
        is_text_deleted: bool | None = None,
        validate: bool = True,
        region: str = "DE",
    ) -> Bulk:
        """Send one text to many phones and/or the members of groups (`POST /bulks`).

        ```python
        bulk = client.bulks.create(text="Sale! [colA]", sender_id="MyShop",
                                   phones=["+491701234567"], groups=[7117])
        print(bulk.uuid, bulk.msg_total_count, bulk.msg_total_cost)
        ```

        `groups` are group ids (sent as `msg_groups`); placeholders `[colA]`..`[colE]` take each member's
        column values. Never retried after it may have reached LOX24 (check `client.bulks.list()` first).
        """
        body = _body(
            text=text, sender_id=sender_id, phones=phones, groups=groups, delivery_at=delivery_at,
            is_unicode=is_unicode, service_code=service_code, voice_lang=voice_lang, source=source,
            is_text_deleted=is_text_deleted, validate=validate, region=region,
        )  # fmt: skip
        result: Bulk = self._client._request(create_bulk.sync_detailed, _CREATE, body=body)
        return result

    def dry_run(
        self,
        *,
        text: str,
        sender_id: str,
        phones: Sequence[str] | None = None,
        groups: Sequence[int] | None = None,
        delivery_at: Timestamp | None = None,
        is_unicode: bool | None = None,
        service_code: ServiceCode | str | None = None,
        voice_lang: VoiceLang | str | None = None,
        source: int | None = None,
        is_text_deleted: bool | None = None,
        validate: bool = True,
        region: str = "DE",
    ) -> Bulk:
        """Count and price a bulk without sending it (`POST /bulks/dryrun`); same arguments as `create`.

        ```python
        preview = client.bulks.dry_run(text="Sale!", sender_id="MyShop", groups=[7117])
        ```
        """
        body = _body(
            text=text, sender_id=sender_id, phones=phones, groups=groups, delivery_at=delivery_at,
            is_unicode=is_unicode, service_code=service_code, voice_lang=voice_lang, source=source,
            is_text_deleted=is_text_deleted, validate=validate, region=region,
        )  # fmt: skip
        result: Bulk = self._client._request(dry_run_bulk.sync_detailed, _CREATE, body=body)
        return result

    def get(self, id: str) -> Bulk:
        """One bulk (`GET /bulks/{id}`).

        ```python
        bulk = client.bulks.get("0b8a9d27-...")
        ```
        """
        result: Bulk = self._client._request(get_bulk.sync_detailed, _GET, id=check_uuid(id, "id"))
        return result

    def status(self, id: str) -> BulkStatus:
        """A bulk's progress (`GET /bulks/{id}/status`).

        ```python
        print(client.bulks.status(bulk.uuid).status_code)
        ```
        """
        result: BulkStatus = self._client._request(get_bulk_status.sync_detailed, _STATUS, id=check_uuid(id, "id"))
        return result

    def cancel(self, id: str) -> BulkStatus:
        """Stop a bulk's unsent SMS (`PUT /bulks/{id}/cancel`).

        ```python
        client.bulks.cancel(bulk.uuid)
        ```
        """
        result: BulkStatus = self._client._request(cancel_bulk.sync_detailed, _CANCEL, id=check_uuid(id, "id"))
        return result

    def delete(self, id: str) -> None:
        """Delete a bulk (`DELETE /bulks/{id}`).

        ```python
        client.bulks.delete(bulk.uuid)
        ```
        """
        self._client._request(delete_bulk.sync_detailed, _DELETE, id=check_uuid(id, "id"))

    def list(self, *, page: int = 1, **filters: Unpack[BulkListFilters]) -> SyncPager[BulkStatusJsonLd]:
        """Every bulk matching the filters, across all pages (`GET /bulks`).

        ```python
        for bulk in client.bulks.list(status_code=lox24.BulkStatusCode.IN_PROGRESS):
            print(bulk.uuid)
        ```
        """
        kwargs = filter_kwargs(filters, allowed=_LIST_FILTERS, enums=_ENUMS)

        def fetch(number: int) -> Page[BulkStatusJsonLd]:
            return to_page(self._client._request(list_bulks.sync_detailed, _LIST, page=number, **kwargs), number)

        return SyncPager(fetch, start=check_page(page))


class AsyncBulksResource(AsyncAPIResource):
    """Bulks, async; see `BulksResource` for each method."""

    async def create(
        self,
        *,
        text: str,
        sender_id: str,
        phones: Sequence[str] | None = None,
        groups: Sequence[int] | None = None,
        delivery_at: Timestamp | None = None,
        is_unicode: bool | None = None,
        service_code: ServiceCode | str | None = None,
        voice_lang: VoiceLang | str | None = None,
        source: int | None = None,
        is_text_deleted: bool | None = None,
        validate: bool = True,
        region: str = "DE",
    ) -> Bulk:
        """Send one text to many phones and/or group members (`POST /bulks`).

        ```python
        bulk = await client.bulks.create(text="Sale!", sender_id="MyShop", groups=[7117])
        ```
        """
        body = _body(
            text=text, sender_id=sender_id, phones=phones, groups=groups, delivery_at=delivery_at,
            is_unicode=is_unicode, service_code=service_code, voice_lang=voice_lang, source=source,
            is_text_deleted=is_text_deleted, validate=validate, region=region,
        )  # fmt: skip
        result: Bulk = await self._client._request(create_bulk.asyncio_detailed, _CREATE, body=body)
        return result

    async def dry_run(
        self,
        *,
        text: str,
        sender_id: str,
        phones: Sequence[str] | None = None,
        groups: Sequence[int] | None = None,
        delivery_at: Timestamp | None = None,
        is_unicode: bool | None = None,
        service_code: ServiceCode | str | None = None,
        voice_lang: VoiceLang | str | None = None,
        source: int | None = None,
        is_text_deleted: bool | None = None,
        validate: bool = True,
        region: str = "DE",
    ) -> Bulk:
        """Count and price a bulk without sending it (`POST /bulks/dryrun`).

        ```python
        preview = await client.bulks.dry_run(text="Sale!", sender_id="MyShop", groups=[7117])
        ```
        """
        body = _body(
            text=text, sender_id=sender_id, phones=phones, groups=groups, delivery_at=delivery_at,
            is_unicode=is_unicode, service_code=service_code, voice_lang=voice_lang, source=source,
            is_text_deleted=is_text_deleted, validate=validate, region=region,
        )  # fmt: skip
        result: Bulk = await self._client._request(dry_run_bulk.asyncio_detailed, _CREATE, body=body)
        return result

    async def get(self, id: str) -> Bulk:
        """One bulk (`GET /bulks/{id}`).

        ```python
        bulk = await client.bulks.get(bulk_id)
        ```
        """
        result: Bulk = await self._client._request(get_bulk.asyncio_detailed, _GET, id=check_uuid(id, "id"))
        return result

    async def status(self, id: str) -> BulkStatus:
        """A bulk's progress (`GET /bulks/{id}/status`).

        ```python
        status = await client.bulks.status(bulk_id)
        ```
        """
        result: BulkStatus = await self._client._request(
            get_bulk_status.asyncio_detailed, _STATUS, id=check_uuid(id, "id")
        )
        return result

    async def cancel(self, id: str) -> BulkStatus:
        """Stop a bulk's unsent SMS (`PUT /bulks/{id}/cancel`).

        ```python
        await client.bulks.cancel(bulk_id)
        ```
        """
        result: BulkStatus = await self._client._request(cancel_bulk.asyncio_detailed, _CANCEL, id=check_uuid(id, "id"))
        return result

    async def delete(self, id: str) -> None:
        """Delete a bulk (`DELETE /bulks/{id}`).

        ```python
        await client.bulks.delete(bulk_id)
        ```
        """
        await self._client._request(delete_bulk.asyncio_detailed, _DELETE, id=check_uuid(id, "id"))

    def list(self, *, page: int = 1, **filters: Unpack[BulkListFilters]) -> AsyncPager[BulkStatusJsonLd]:
        """Every bulk matching the filters, across all pages (`GET /bulks`).

        ```python
        async for bulk in client.bulks.list():
            print(bulk.uuid)
        ```
        """
        kwargs = filter_kwargs(filters, allowed=_LIST_FILTERS, enums=_ENUMS)

        async def fetch(number: int) -> Page[BulkStatusJsonLd]:
            collection = await self._client._request(list_bulks.asyncio_detailed, _LIST, page=number, **kwargs)
            return to_page(collection, number)

        return AsyncPager(fetch, start=check_page(page))

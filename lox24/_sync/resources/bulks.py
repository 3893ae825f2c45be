# Written from lox24/_async/resources/bulks.py by scripts/unasync.py; edit that file, then make generate.
"""`client.bulks`: one text to many phones and group members (spec tag `bulks`)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal

import httpx

from ..._base_client import _options
from ..._ops.bulks import (
    _CANCEL_BULK,
    _CREATE_BULK,
    _DELETE_BULK,
    _DRY_RUN_BULK,
    _GET_BULK,
    _GET_BULK_STATUS,
    _LIST_BULKS,
    _body,
    _list_kwargs,
)
from ..._ops.params import check_page, check_uuid
from ..._ops.short_links import _LIST_BULK_REQUESTS, click_kwargs
from ..._pagination import Page, to_page
from ..._types import NOT_GIVEN, NotGiven, Timestamp
from ...types import NumberFilter, SortDirection, TimeFilter
from .._pagination import SyncPager
from .._raw import to_raw_response_wrapper
from ._base import SyncAPIResource

if TYPE_CHECKING:  # annotations only: the models load when a call parses them
    from lox24_api.models import (
        Bulk,
        BulkStatus,
        BulkStatusCode,
        BulkStatusJsonLd,
        ServiceCode,
        ShortLinkRequestJsonLd,
        VoiceLang,
    )

__all__ = ["BulksResource", "BulksResourceWithRawResponse"]


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
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
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
        result: Bulk = self._client._call(
            _CREATE_BULK, _options(timeout, extra_headers, extra_query, extra_body), body=body
        )
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
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
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
        result: Bulk = self._client._call(
            _DRY_RUN_BULK, _options(timeout, extra_headers, extra_query, extra_body), body=body
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
    ) -> Bulk:
        """One bulk (`GET /bulks/{id}`).

        ```python
        bulk = client.bulks.get("0b8a9d27-...")
        ```
        """
        result: Bulk = self._client._call(
            _GET_BULK, _options(timeout, extra_headers, extra_query, extra_body), id=check_uuid(id, "id")
        )
        return result

    def status(
        self,
        id: str,
        *,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> BulkStatus:
        """A bulk's progress (`GET /bulks/{id}/status`).

        ```python
        status = client.bulks.status(bulk.uuid)
        print(status.status_code)
        ```
        """
        result: BulkStatus = self._client._call(
            _GET_BULK_STATUS, _options(timeout, extra_headers, extra_query, extra_body), id=check_uuid(id, "id")
        )
        return result

    def cancel(
        self,
        id: str,
        *,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> BulkStatus:
        """Stop a bulk's unsent SMS (`PUT /bulks/{id}/cancel`).

        ```python
        client.bulks.cancel(bulk.uuid)
        ```
        """
        result: BulkStatus = self._client._call(
            _CANCEL_BULK, _options(timeout, extra_headers, extra_query, extra_body), id=check_uuid(id, "id")
        )
        return result

    def delete(
        self,
        id: str,
        *,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> None:
        """Delete a bulk (`DELETE /bulks/{id}`).

        ```python
        client.bulks.delete(bulk.uuid)
        ```
        """
        self._client._call(
            _DELETE_BULK, _options(timeout, extra_headers, extra_query, extra_body), id=check_uuid(id, "id")
        )

    def list(
        self,
        *,
        uuid: str | Sequence[str] | None = None,
        status_code: BulkStatusCode | int | Sequence[BulkStatusCode | int] | None = None,
        key_id: int | Sequence[int] | None = None,
        source: NumberFilter | None = None,
        text: str | None = None,
        sender_id: str | None = None,
        is_dryrun: bool | None = None,
        is_unicode: bool | None = None,
        is_unicode_exists: bool | None = None,
        created_at: TimeFilter | None = None,
        delivery_at: TimeFilter | None = None,
        processed_at: TimeFilter | None = None,
        msg_total_count: NumberFilter | None = None,
        order: Mapping[Literal["created_at", "delivery_at", "processed_at", "msg_total_count"], SortDirection]
        | None = None,
        page: int = 1,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> SyncPager[BulkStatusJsonLd]:
        """Every bulk matching all the filters given, across all pages (`GET /bulks`).

        ```python
        for bulk in client.bulks.list(status_code=lox24.BulkStatusCode.IN_PROGRESS, order={"created_at": "desc"}):
            print(bulk.uuid)
        auto = client.bulks.list(is_unicode_exists=False, msg_total_count=lox24.Range(gt=100)).to_list()
        ```

        The filters follow the rules of `client.sms.list` (`None` means "no filter"):

        Args:
            uuid, status_code, key_id: exact match, one value or a list.
            source, msg_total_count: one value or a list (exact), or a range (`(low, high)` or `lox24.Range`).
            text, sender_id: a part of the value (case-insensitive).
            is_dryrun, is_unicode: `True` or `False`; `is_unicode` matches neither auto-detected bulks.
            is_unicode_exists: `False` for bulks whose encoding was auto-detected (`exists[is_unicode]=0`).
            created_at, delivery_at, processed_at: a range `(start, end)` / `lox24.Range(...)`, or one
                timestamp or a list (Unix seconds or aware `datetime`s).
            order: `{"created_at": "desc"}`, also by `delivery_at`, `processed_at`, `msg_total_count`.
        """
        kwargs = _list_kwargs(locals(), order)

        def fetch(number: int) -> Page[BulkStatusJsonLd]:
            return to_page(
                self._client._call(
                    _LIST_BULKS, _options(timeout, extra_headers, extra_query, extra_body), page=number, **kwargs
                ),
                number,
            )

        return SyncPager(fetch, start=check_page(page))

    # --- short-link clicks (spec tag `requests`; operation in lox24/_ops/short_links.py) ---

    def click_requests(
        self,
        bulk_id: str,
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
        """The clicks on the short links of one bulk's SMS (`GET /bulks/{id}/requests`).

        ```python
        clicks = client.bulks.click_requests(bulk.uuid, country=["DE", "AT"]).to_list()
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
            bulk_id: the bulk (its `uuid`).
        """
        bulk = check_uuid(bulk_id, "bulk_id")
        kwargs = click_kwargs(locals(), order)
        kwargs["id"] = bulk

        def fetch(number: int) -> Page[ShortLinkRequestJsonLd]:
            return to_page(
                self._client._call(
                    _LIST_BULK_REQUESTS,
                    _options(timeout, extra_headers, extra_query, extra_body),
                    page=number,
                    **kwargs,
                ),
                number,
            )

        return SyncPager(fetch, start=check_page(page))


class BulksResourceWithRawResponse:
    """The methods of `BulksResource`, each returning a `lox24.APIResponse` (`client.with_raw_response`)."""

    def __init__(self, resource: BulksResource) -> None:
        self._resource = resource
        self.create = to_raw_response_wrapper(resource.create)
        self.dry_run = to_raw_response_wrapper(resource.dry_run)
        self.get = to_raw_response_wrapper(resource.get)
        self.status = to_raw_response_wrapper(resource.status)
        self.cancel = to_raw_response_wrapper(resource.cancel)
        self.delete = to_raw_response_wrapper(resource.delete)

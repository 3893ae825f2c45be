"""`client.short_links`: the short links LOX24 makes for `[slink <campaign>]` and the clicks on them
(spec tags `links` and `requests`); the click statistics of SMS and bulks are `client.sms.clicks(...)`,
`client.sms.get_clicks(uuid)`, `client.sms.click_requests(uuid)` and `client.bulks.click_requests(id)`."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal

import httpx

from ..._base_client import _options
from ..._ops.params import check_id, check_page
from ..._ops.short_links import (
    _GET_LINK_REQUEST,
    _GET_SHORT_LINK,
    _LIST_CAMPAIGN_REQUESTS,
    _LIST_CAMPAIGN_SHORT_LINKS,
    _LIST_LINK_REQUESTS,
    _LIST_SHORT_LINK_REQUESTS,
    _LIST_SHORT_LINKS,
    check_code,
    click_kwargs,
    link_kwargs,
)
from ..._pagination import Page, to_page
from ..._types import NOT_GIVEN, NotGiven, Timestamp
from ...types import SortDirection, TimeFilter
from .._pagination import AsyncPager
from .._raw import async_to_raw_response_wrapper
from ._base import AsyncAPIResource

if TYPE_CHECKING:  # annotations only: the models load when a call parses them
    from lox24_api.models import ShortLink, ShortLinkJsonLd, ShortLinkRequest, ShortLinkRequestJsonLd

__all__ = ["AsyncShortLinksResource", "AsyncShortLinksResourceWithRawResponse"]


class AsyncShortLinksResource(AsyncAPIResource):
    """Short links (`https://l24.pw/<short_code>`) and their clicks ("requests").

    ```python
    async for link in client.short_links.list_for_campaign("eGxoGRMq"):
        clicks = await client.short_links.list_requests(link.short_code).to_list()
        print(link.short_code, len(clicks))
    ```
    """

    async def get(
        self,
        short_code: str,
        *,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> ShortLink:
        """One short link (`GET /short_links/{shortCode}`).

        ```python
        link = await client.short_links.get("aB3dE5gH")
        print(link.url, link.campaign)
        ```
        """
        result: ShortLink = await self._client._call(
            _GET_SHORT_LINK,
            _options(timeout, extra_headers, extra_query, extra_body),
            short_code=check_code(short_code),
        )
        return result

    def list(
        self,
        *,
        url: str | None = None,
        updated_at: Timestamp | Sequence[Timestamp] | None = None,
        order: Mapping[Literal["updated_at"], SortDirection] | None = None,
        page: int = 1,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> AsyncPager[ShortLinkJsonLd]:
        """Every short link of the account, across all pages (`GET /short_links`).

        ```python
        async for link in client.short_links.list(url="example.com"):
            print(link.short_code, link.url)
        ```

        Args:
            url: a part of the target URL (case-insensitive).
            updated_at: one exact timestamp or a list (Unix seconds or aware `datetime`s).
            order: `{"updated_at": "asc" | "desc"}` (most recently changed first without it).
            page: the first page to fetch.
        """
        kwargs = link_kwargs(locals(), order)

        async def fetch(number: int) -> Page[ShortLinkJsonLd]:
            return to_page(
                await self._client._call(
                    _LIST_SHORT_LINKS, _options(timeout, extra_headers, extra_query, extra_body), page=number, **kwargs
                ),
                number,
            )

        return AsyncPager(fetch, start=check_page(page))

    def list_for_campaign(
        self,
        campaign: str,
        *,
        url: str | None = None,
        updated_at: Timestamp | Sequence[Timestamp] | None = None,
        order: Mapping[Literal["updated_at"], SortDirection] | None = None,
        page: int = 1,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> AsyncPager[ShortLinkJsonLd]:
        """The short links of one campaign (`GET /short_link_campaigns/{code}/short_links`).

        ```python
        links = await client.short_links.list_for_campaign("eGxoGRMq").to_list()
        ```

        Args:
            url: a part of the target URL (case-insensitive).
            updated_at: one exact timestamp or a list (Unix seconds or aware `datetime`s).
            order: `{"updated_at": "asc" | "desc"}` (most recently changed first without it).
            page: the first page to fetch.
            campaign: the campaign's code (its `id`).
        """
        code = check_code(campaign, "campaign")
        kwargs = link_kwargs(locals(), order)
        kwargs["code"] = code

        async def fetch(number: int) -> Page[ShortLinkJsonLd]:
            return to_page(
                await self._client._call(
                    _LIST_CAMPAIGN_SHORT_LINKS,
                    _options(timeout, extra_headers, extra_query, extra_body),
                    page=number,
                    **kwargs,
                ),
                number,
            )

        return AsyncPager(fetch, start=check_page(page))

    def list_requests(
        self,
        short_code: str,
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
    ) -> AsyncPager[ShortLinkRequestJsonLd]:
        """The clicks on one short link (`GET /short_links/{shortCode}/requests`).

        ```python
        async for click in client.short_links.list_requests("aB3dE5gH", country="DE"):
            print(click.date, click.browser)
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
            short_code: the link's code.
        """
        code = check_code(short_code)
        kwargs = click_kwargs(locals(), order)
        kwargs["short_code"] = code

        async def fetch(number: int) -> Page[ShortLinkRequestJsonLd]:
            return to_page(
                await self._client._call(
                    _LIST_SHORT_LINK_REQUESTS,
                    _options(timeout, extra_headers, extra_query, extra_body),
                    page=number,
                    **kwargs,
                ),
                number,
            )

        return AsyncPager(fetch, start=check_page(page))

    def list_campaign_requests(
        self,
        campaign: str,
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
    ) -> AsyncPager[ShortLinkRequestJsonLd]:
        """The clicks on the links of one campaign (`GET /short_link_campaigns/{code}/requests`).

        ```python
        clicks = await client.short_links.list_campaign_requests("eGxoGRMq", date=(start, None)).to_list()
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
            campaign: the campaign's code (its `id`).
        """
        code = check_code(campaign, "campaign")
        kwargs = click_kwargs(locals(), order)
        kwargs["code"] = code

        async def fetch(number: int) -> Page[ShortLinkRequestJsonLd]:
            return to_page(
                await self._client._call(
                    _LIST_CAMPAIGN_REQUESTS,
                    _options(timeout, extra_headers, extra_query, extra_body),
                    page=number,
                    **kwargs,
                ),
                number,
            )

        return AsyncPager(fetch, start=check_page(page))

    def list_all_requests(
        self,
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
    ) -> AsyncPager[ShortLinkRequestJsonLd]:
        """Every click on a short link of the account (`GET /short_link_requests`).

        ```python
        async for click in client.short_links.list_all_requests(order={"date": "asc"}):
            print(click.id, click.short_link, click.date)
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
        """
        kwargs = click_kwargs(locals(), order)

        async def fetch(number: int) -> Page[ShortLinkRequestJsonLd]:
            return to_page(
                await self._client._call(
                    _LIST_LINK_REQUESTS,
                    _options(timeout, extra_headers, extra_query, extra_body),
                    page=number,
                    **kwargs,
                ),
                number,
            )

        return AsyncPager(fetch, start=check_page(page))

    async def get_request(
        self,
        request_id: int,
        *,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> ShortLinkRequest:
        """One click on a short link (`GET /short_link_requests/{id}`).

        ```python
        click = await client.short_links.get_request(42)
        print(click.ip, click.user_agent, click.country)
        ```
        """
        result: ShortLinkRequest = await self._client._call(
            _GET_LINK_REQUEST,
            _options(timeout, extra_headers, extra_query, extra_body),
            id=check_id(request_id, "request_id"),
        )
        return result


class AsyncShortLinksResourceWithRawResponse:
    """The methods of `AsyncShortLinksResource` that make one request, each returning a `lox24.APIResponse`."""

    def __init__(self, resource: AsyncShortLinksResource) -> None:
        self._resource = resource
        self.get = async_to_raw_response_wrapper(resource.get)
        self.get_request = async_to_raw_response_wrapper(resource.get_request)

"""`client.blocked_numbers`: the account's block list (spec tag `blocked-numbers`)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

import httpx

from ..._base_client import _options
from ..._ops.blocked_numbers import (
    _CREATE_BLOCKED_NUMBER,
    _DELETE_BLOCKED_NUMBER,
    _GET_BLOCKED_NUMBER,
    _LIST_BLOCKED_NUMBERS,
    _body,
    _list_kwargs,
)
from ..._ops.params import check_id, check_page
from ..._pagination import Page, to_page
from ..._types import NOT_GIVEN, NotGiven
from .._pagination import AsyncPager
from .._raw import async_to_raw_response_wrapper
from ._base import AsyncAPIResource

if TYPE_CHECKING:  # annotations only: the models load when a call parses them
    from lox24_api.models import BlockedNumber, BlockedNumberJsonLd, BlockedNumberType

__all__ = ["AsyncBlockedNumbersResource", "AsyncBlockedNumbersResourceWithRawResponse"]


class AsyncBlockedNumbersResource(AsyncAPIResource):
    """The block list: `client.blocked_numbers.create(number)`, `.get(id)`, `.list(...)`, `.delete(id)`.

    SMS and bulk messages to a blocked number are not sent (status 208, no charge).
    """

    async def create(
        self,
        number: str,
        *,
        validate: bool = True,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> BlockedNumber:
        """Block a number (`POST /blocked_numbers`); `lox24.ConflictError` (409) if it is blocked already.

        ```python
        try:
            blocked = await client.blocked_numbers.create("+491701234567")
        except lox24.ConflictError:
            pass  # already on the list
        ```

        Args:
            number: `+` and 4 to 20 digits (checked before sending unless `validate=False`).
        """
        result: BlockedNumber = await self._client._call(
            _CREATE_BLOCKED_NUMBER,
            _options(timeout, extra_headers, extra_query, extra_body),
            body=_body(number, validate=validate),
        )
        return result

    async def get(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> BlockedNumber:
        """One blocked number (`GET /blocked_numbers/{id}`).

        ```python
        blocked = await client.blocked_numbers.get(42)
        print(blocked.number, blocked.type_)
        ```
        """
        result: BlockedNumber = await self._client._call(
            _GET_BLOCKED_NUMBER, _options(timeout, extra_headers, extra_query, extra_body), id=check_id(id)
        )
        return result

    async def delete(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> None:
        """Take a number off the block list (`DELETE /blocked_numbers/{id}`); it gets SMS again.

        ```python
        await client.blocked_numbers.delete(42)
        ```
        """
        await self._client._call(
            _DELETE_BLOCKED_NUMBER, _options(timeout, extra_headers, extra_query, extra_body), id=check_id(id)
        )

    def list(
        self,
        *,
        number: str | None = None,
        type: BlockedNumberType | int | None = None,
        page: int = 1,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> AsyncPager[BlockedNumberJsonLd]:
        """Every blocked number matching the filters, across all pages (`GET /blocked_numbers`).

        ```python
        async for blocked in client.blocked_numbers.list(type=lox24.BlockedNumberType.UNSUBSCRIBED):
            print(blocked.number, blocked.added_at)
        ```

        Args:
            number: exactly this number (as stored: E.164).
            type: 1 (`BlockedNumberType.CUSTOMER`, blocked by you) or 2 (`UNSUBSCRIBED`, through a form).
        """
        kwargs = _list_kwargs(number, type)

        async def fetch(page_number: int) -> Page[BlockedNumberJsonLd]:
            return to_page(
                await self._client._call(
                    _LIST_BLOCKED_NUMBERS,
                    _options(timeout, extra_headers, extra_query, extra_body),
                    page=page_number,
                    **kwargs,
                ),
                page_number,
            )

        return AsyncPager(fetch, start=check_page(page))


class AsyncBlockedNumbersResourceWithRawResponse:
    """The methods of `AsyncBlockedNumbersResource`, each returning a `lox24.APIResponse`."""

    def __init__(self, resource: AsyncBlockedNumbersResource) -> None:
        self._resource = resource
        self.create = async_to_raw_response_wrapper(resource.create)
        self.get = async_to_raw_response_wrapper(resource.get)
        self.delete = async_to_raw_response_wrapper(resource.delete)

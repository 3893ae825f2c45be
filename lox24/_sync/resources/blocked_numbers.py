# Written from lox24/_async/resources/blocked_numbers.py by scripts/unasync.py; edit that file, then make generate.
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
from .._pagination import SyncPager
from .._raw import to_raw_response_wrapper
from ._base import SyncAPIResource

if TYPE_CHECKING:  # annotations only: the models load when a call parses them
    from lox24_api.models import BlockedNumber, BlockedNumberJsonLd, BlockedNumberType

__all__ = ["BlockedNumbersResource", "BlockedNumbersResourceWithRawResponse"]


class BlockedNumbersResource(SyncAPIResource):
    """The block list: `client.blocked_numbers.create(number)`, `.get(id)`, `.list(...)`, `.delete(id)`.

    SMS and bulk messages to a blocked number are not sent (status 208, no charge).
    """

    def create(
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
            blocked = client.blocked_numbers.create("+491701234567")
        except lox24.ConflictError:
            pass  # already on the list
        ```

        Args:
            number: `+` and 4 to 20 digits (checked before sending unless `validate=False`).
        """
        result: BlockedNumber = self._client._call(
            _CREATE_BLOCKED_NUMBER,
            _options(timeout, extra_headers, extra_query, extra_body),
            body=_body(number, validate=validate),
        )
        return result

    def get(
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
        blocked = client.blocked_numbers.get(42)
        print(blocked.number, blocked.type_)
        ```
        """
        result: BlockedNumber = self._client._call(
            _GET_BLOCKED_NUMBER, _options(timeout, extra_headers, extra_query, extra_body), id=check_id(id)
        )
        return result

    def delete(
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
        client.blocked_numbers.delete(42)
        ```
        """
        self._client._call(
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
    ) -> SyncPager[BlockedNumberJsonLd]:
        """Every blocked number matching the filters, across all pages (`GET /blocked_numbers`).

        ```python
        for blocked in client.blocked_numbers.list(type=lox24.BlockedNumberType.UNSUBSCRIBED):
            print(blocked.number, blocked.added_at)
        ```

        Args:
            number: exactly this number (as stored: E.164).
            type: 1 (`BlockedNumberType.CUSTOMER`, blocked by you) or 2 (`UNSUBSCRIBED`, through a form).
        """
        kwargs = _list_kwargs(number, type)

        def fetch(page_number: int) -> Page[BlockedNumberJsonLd]:
            return to_page(
                self._client._call(
                    _LIST_BLOCKED_NUMBERS,
                    _options(timeout, extra_headers, extra_query, extra_body),
                    page=page_number,
                    **kwargs,
                ),
                page_number,
            )

        return SyncPager(fetch, start=check_page(page))


class BlockedNumbersResourceWithRawResponse:
    """The methods of `BlockedNumbersResource`, each returning a `lox24.APIResponse`."""

    def __init__(self, resource: BlockedNumbersResource) -> None:
        self._resource = resource
        self.create = to_raw_response_wrapper(resource.create)
        self.get = to_raw_response_wrapper(resource.get)
        self.delete = to_raw_response_wrapper(resource.delete)

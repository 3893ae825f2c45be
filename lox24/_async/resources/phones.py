"""`client.phones` and `client.groups.phones(group_id)`: phone entries of groups (spec tag `phones`).

A phone entry has five data columns `a`..`e`. They are not declared properties of the generated models
(a generator bug with a property named `d`), so they travel in `additional_properties`: pass them as
`columns={"a": "Anna", "b": "Berlin"}` here, and read them as `phone["a"]` on the returned model.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

import httpx

from ..._base_client import _options
from ..._ops.params import check_id, check_page
from ..._ops.phones import (
    _CREATE_GROUP_PHONE,
    _CREATE_GROUP_PHONES_BATCH,
    _DELETE_PHONE,
    _GET_PHONE,
    _LIST_GROUP_PHONES,
    _UPDATE_PHONE,
    _fields,
    _write,
)
from ..._pagination import Page, to_page
from ..._types import NOT_GIVEN, NotGiven
from .._api_client import AsyncAPIClient
from .._pagination import AsyncPager
from .._raw import async_to_raw_response_wrapper
from ._base import AsyncAPIResource

if TYPE_CHECKING:  # annotations only: the models load when a call parses them
    from lox24_api.models import Phone, PhoneBatchResult, PhoneJsonLd

__all__ = [
    "AsyncGroupPhones",
    "AsyncGroupPhonesWithRawResponse",
    "AsyncPhonesResource",
    "AsyncPhonesResourceWithRawResponse",
]


class AsyncGroupPhones:
    """The phone entries of one group: `client.groups.phones(7117).add(...)`, `.add_many`, `.list`."""

    def __init__(self, client: AsyncAPIClient, group_id: int) -> None:
        self._client = client
        self.group_id = check_id(group_id, "group_id")

    async def add(
        self,
        phone: str,
        *,
        callback_data: str | None = None,
        columns: Mapping[str, str | None] | None = None,
        validate: bool = True,
        region: str = "DE",
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Phone:
        """Add one phone to the group (`POST /groups/{id}/phones`).

        ```python
        entry = await client.groups.phones(7117).add("+491701234567", columns={"a": "Anna"})
        print(entry.id, entry["a"])
        ```
        """
        body = _write(phone, callback_data if callback_data is not None else NOT_GIVEN, columns,
                      validate=validate, region=region)  # fmt: skip
        result: Phone = await self._client._call(
            _CREATE_GROUP_PHONE, _options(timeout, extra_headers, extra_query, extra_body), id=self.group_id, body=body
        )
        return result

    async def add_many(
        self,
        entries: Iterable[str | Mapping[str, Any]],
        *,
        validate: bool = True,
        region: str = "DE",
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> list[PhoneBatchResult]:
        """Add many phones at once (`POST /groups/{id}/phones/batch`); one result (status, body) per entry.

        ```python
        results = await client.groups.phones(7117).add_many(["+491701234567", {"phone": "+4915112345678", "a": "Bo"}])
        failed = [r for r in results if r.status >= 400]
        ```
        """
        body = _fields(entries, validate=validate, region=region)
        result: list[PhoneBatchResult] = await self._client._call(
            _CREATE_GROUP_PHONES_BATCH,
            _options(timeout, extra_headers, extra_query, extra_body),
            id=self.group_id,
            body=body,
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
    ) -> AsyncPager[PhoneJsonLd]:
        """Every phone of the group, across all pages (`GET /groups/{id}/phones`).

        ```python
        async for entry in client.groups.phones(7117).list():
            print(entry.phone)
        ```
        """

        async def fetch(number: int) -> Page[PhoneJsonLd]:
            collection = await self._client._call(
                _LIST_GROUP_PHONES,
                _options(timeout, extra_headers, extra_query, extra_body),
                id=self.group_id,
                page=number,
            )
            return to_page(collection, number)

        return AsyncPager(fetch, start=check_page(page))


class AsyncPhonesResource(AsyncAPIResource):
    """Phone entries by id: `client.phones.get(id)`, `.update(id, ...)`, `.delete(id)`."""

    async def get(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Phone:
        """One phone entry (`GET /phones/{id}`).

        ```python
        entry = await client.phones.get(42)
        print(entry.phone, entry.additional_properties.get("a"))
        ```
        """
        result: Phone = await self._client._call(
            _GET_PHONE, _options(timeout, extra_headers, extra_query, extra_body), id=check_id(id)
        )
        return result

    async def update(
        self,
        id: int,
        *,
        phone: str,
        callback_data: str | NotGiven | None = NOT_GIVEN,
        columns: Mapping[str, str | None] | None = None,
        validate: bool = True,
        region: str = "DE",
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Phone:
        """Replace a phone entry (`PUT /phones/{id}`).

        ```python
        await client.phones.update(42, phone="+491701234567", columns={"a": "Anna"})
        ```
        """
        body = _write(phone, callback_data, columns, validate=validate, region=region)
        result: Phone = await self._client._call(
            _UPDATE_PHONE, _options(timeout, extra_headers, extra_query, extra_body), id=check_id(id), body=body
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
        """Delete a phone entry (`DELETE /phones/{id}`).

        ```python
        await client.phones.delete(42)
        ```
        """
        await self._client._call(
            _DELETE_PHONE, _options(timeout, extra_headers, extra_query, extra_body), id=check_id(id)
        )


class AsyncGroupPhonesWithRawResponse:
    """The methods of `AsyncGroupPhones`, each returning a `lox24.APIResponse` (`client.with_raw_response`)."""

    def __init__(self, resource: AsyncGroupPhones) -> None:
        self._resource = resource
        self.add = async_to_raw_response_wrapper(resource.add)
        self.add_many = async_to_raw_response_wrapper(resource.add_many)


class AsyncPhonesResourceWithRawResponse:
    """The methods of `AsyncPhonesResource`, each returning a `lox24.APIResponse` (`client.with_raw_response`)."""

    def __init__(self, resource: AsyncPhonesResource) -> None:
        self._resource = resource
        self.get = async_to_raw_response_wrapper(resource.get)
        self.update = async_to_raw_response_wrapper(resource.update)
        self.delete = async_to_raw_response_wrapper(resource.delete)

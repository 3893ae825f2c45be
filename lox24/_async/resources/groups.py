"""`client.groups`: distribution lists with five data columns (spec tag `groups`)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

import httpx

from ..._base_client import _options
from ..._ops.groups import (
    _CREATE_GROUP,
    _DELETE_GROUP,
    _EXPORT_GROUP_CSV,
    _GET_GROUP,
    _LIST_GROUPS,
    _UPDATE_GROUP,
    Columns,
    _body,
)
from ..._ops.params import check_id, check_page
from ..._pagination import Page, to_page
from ..._types import NOT_GIVEN, NotGiven
from .._pagination import AsyncPager
from .._raw import async_to_raw_response_wrapper
from ._base import AsyncAPIResource
from .phones import AsyncGroupPhones, AsyncGroupPhonesWithRawResponse

if TYPE_CHECKING:  # annotations only: the models load when a call parses them
    from lox24_api.models import Group, GroupJsonLd

__all__ = ["AsyncGroupsResource", "AsyncGroupsResourceWithRawResponse"]


class AsyncGroupsResource(AsyncAPIResource):
    """Groups: `client.groups.create(...)`, `.get`, `.list`, `.update`, `.delete`, `.export_csv`, `.phones(id)`."""

    async def create(
        self,
        *,
        name: str,
        description: str | None = None,
        columns: Columns | None = None,
        validate: bool = True,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Group:
        """Create a group (`POST /groups`).

        ```python
        group = await client.groups.create(name="My Clients", description="Newsletter", columns={"a": "prefix"})
        await client.groups.phones(group.id).add("+491701234567", columns={"a": "Dr."})
        ```
        """
        body = _body(name, NOT_GIVEN if description is None else description, columns, validate=validate)
        result: Group = await self._client._call(
            _CREATE_GROUP, _options(timeout, extra_headers, extra_query, extra_body), body=body
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
    ) -> Group:
        """One group (`GET /groups/{id}`).

        ```python
        group = await client.groups.get(7117)
        ```
        """
        result: Group = await self._client._call(
            _GET_GROUP, _options(timeout, extra_headers, extra_query, extra_body), id=check_id(id)
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
    ) -> AsyncPager[GroupJsonLd]:
        """Every group, across all pages (`GET /groups`).

        ```python
        async for group in client.groups.list():
            print(group.id, group.name, group.count_items)
        ```
        """

        async def fetch(number: int) -> Page[GroupJsonLd]:
            return to_page(
                await self._client._call(
                    _LIST_GROUPS, _options(timeout, extra_headers, extra_query, extra_body), page=number
                ),
                number,
            )

        return AsyncPager(fetch, start=check_page(page))

    async def update(
        self,
        id: int,
        *,
        name: str,
        description: str | NotGiven | None = NOT_GIVEN,
        columns: Columns | NotGiven | None = NOT_GIVEN,
        validate: bool = True,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Group:
        """Update a group (`PUT /groups/{id}`); what you leave out is not sent, `None` sends null.

        ```python
        await client.groups.update(7117, name="VIP Clients", columns={"b": "city"})
        ```
        """
        body = _body(name, description, columns, validate=validate)
        result: Group = await self._client._call(
            _UPDATE_GROUP, _options(timeout, extra_headers, extra_query, extra_body), id=check_id(id), body=body
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
        """Delete a group (`DELETE /groups/{id}`).

        ```python
        await client.groups.delete(7117)
        ```
        """
        await self._client._call(
            _DELETE_GROUP, _options(timeout, extra_headers, extra_query, extra_body), id=check_id(id)
        )

    async def export_csv(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> str:
        """The group's phones as CSV text (`GET /groups/{id}/file/csv`).

        ```python
        csv_text = await client.groups.export_csv(7117)
        ```
        """
        result: str = await self._client._call(
            _EXPORT_GROUP_CSV, _options(timeout, extra_headers, extra_query, extra_body), id=check_id(id)
        )
        return result

    def phones(self, group_id: int) -> AsyncGroupPhones:
        """The phone entries of a group.

        ```python
        await client.groups.phones(7117).add("+491701234567", columns={"a": "Anna"})
        ```
        """
        return AsyncGroupPhones(self._client, check_id(group_id, "group_id"))


class AsyncGroupsResourceWithRawResponse:
    """The methods of `AsyncGroupsResource`, each returning a `lox24.APIResponse` (`client.with_raw_response`)."""

    def __init__(self, resource: AsyncGroupsResource) -> None:
        self._resource = resource
        self.create = async_to_raw_response_wrapper(resource.create)
        self.get = async_to_raw_response_wrapper(resource.get)
        self.update = async_to_raw_response_wrapper(resource.update)
        self.delete = async_to_raw_response_wrapper(resource.delete)
        self.export_csv = async_to_raw_response_wrapper(resource.export_csv)

    def phones(self, group_id: int) -> AsyncGroupPhonesWithRawResponse:
        """`client.with_raw_response.groups.phones(7117).add(...)`."""
        return AsyncGroupPhonesWithRawResponse(self._resource.phones(group_id))

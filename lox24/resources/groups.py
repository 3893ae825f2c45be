"""`client.groups`: distribution lists with five data columns (spec tag `groups`)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from lox24_api.api.groups import create_group, delete_group, export_group_csv, get_group, list_groups, update_group
from lox24_api.models import Group, GroupCollection, GroupJsonLd, GroupWrite

from .._base_client import _Op
from .._pagination import AsyncPager, Page, SyncPager, to_page
from .._types import NOT_GIVEN, NotGiven
from .._validation import Lox24ValidationError, validate_group
from ._base import AsyncAPIResource, SyncAPIResource
from ._params import check_id, check_page
from .phones import COLUMNS, AsyncGroupPhones, GroupPhones

__all__ = ["AsyncGroupsResource", "GroupsResource"]

Columns = Mapping[str, str | None] | Sequence[str | None]
"""Display names of the data columns: `{"a": "First name", "b": "City"}` or `["First name", "City"]`."""

_CREATE = _Op("POST", (201,), Group)
_GET = _Op("GET", (200,), Group)
_UPDATE = _Op("PUT", (200,), Group)
_DELETE = _Op("DELETE", (204,), None)
_LIST = _Op("GET", (200,), GroupCollection)
_CSV = _Op("GET", (200,), str)


def _body(
    name: str, description: str | NotGiven | None, columns: Columns | NotGiven | None, *, validate: bool
) -> GroupWrite:
    if validate:
        validate_group(
            name,
            None if isinstance(description, NotGiven) else description,
            None if isinstance(columns, NotGiven) else columns,
        )
    model = GroupWrite(name=name)
    if not isinstance(description, NotGiven):
        model.description = description
    if not isinstance(columns, NotGiven) and columns is not None:
        pairs = columns.items() if isinstance(columns, Mapping) else zip(COLUMNS, columns, strict=False)
        for key, value in pairs:
            letter = key.removeprefix("name_")
            if letter not in COLUMNS:
                raise Lox24ValidationError("columns", f"keys must be {', '.join(COLUMNS)}", key)
            setattr(model, f"name_{letter}", value)
    return model


class GroupsResource(SyncAPIResource):
    """Groups: `client.groups.create(...)`, `.get`, `.list`, `.update`, `.delete`, `.export_csv`, `.phones(id)`."""

    def create(
        self,
        *,
        name: str,
        description: str | None = None,
        columns: Columns | None = None,
        validate: bool = True,
    ) -> Group:
        """Create a group (`POST /groups`).

        ```python
        group = client.groups.create(name="My Clients", description="Newsletter", columns={"a": "prefix"})
        client.groups.phones(group.id).add("+491701234567", columns={"a": "Dr."})
        ```
        """
        body = _body(name, NOT_GIVEN if description is None else description, columns, validate=validate)
        result: Group = self._client._request(create_group.sync_detailed, _CREATE, body=body)
        return result

    def get(self, id: int) -> Group:
        """One group (`GET /groups/{id}`).

        ```python
        group = client.groups.get(7117)
        ```
        """
        result: Group = self._client._request(get_group.sync_detailed, _GET, id=check_id(id))
        return result

    def list(self, *, page: int = 1) -> SyncPager[GroupJsonLd]:
        """Every group, across all pages (`GET /groups`).

        ```python
        for group in client.groups.list():
            print(group.id, group.name, group.count_items)
        ```
        """

        def fetch(number: int) -> Page[GroupJsonLd]:
            return to_page(self._client._request(list_groups.sync_detailed, _LIST, page=number), number)

        return SyncPager(fetch, start=check_page(page))

    def update(
        self,
        id: int,
        *,
        name: str,
        description: str | NotGiven | None = NOT_GIVEN,
        columns: Columns | NotGiven | None = NOT_GIVEN,
        validate: bool = True,
    ) -> Group:
        """Update a group (`PUT /groups/{id}`); what you leave out is not sent, `None` sends null.

        ```python
        client.groups.update(7117, name="VIP Clients", columns={"b": "city"})
        ```
        """
        body = _body(name, description, columns, validate=validate)
        result: Group = self._client._request(update_group.sync_detailed, _UPDATE, id=check_id(id), body=body)
        return result

    def delete(self, id: int) -> None:
        """Delete a group (`DELETE /groups/{id}`).

        ```python
        client.groups.delete(7117)
        ```
        """
        self._client._request(delete_group.sync_detailed, _DELETE, id=check_id(id))

    def export_csv(self, id: int) -> str:
        """The group's phones as CSV text (`GET /groups/{id}/file/csv`).

        ```python
        open("clients.csv", "w").write(client.groups.export_csv(7117))
        ```
        """
        result: str = self._client._request(export_group_csv.sync_detailed, _CSV, id=check_id(id))
        return result

    def phones(self, group_id: int) -> GroupPhones:
        """The phone entries of a group.

        ```python
        client.groups.phones(7117).add("+491701234567", columns={"a": "Anna"})
        ```
        """
        return GroupPhones(self._client, check_id(group_id, "group_id"))


class AsyncGroupsResource(AsyncAPIResource):
    """Groups, async; see `GroupsResource`."""

    async def create(
        self,
        *,
        name: str,
        description: str | None = None,
        columns: Columns | None = None,
        validate: bool = True,
    ) -> Group:
        """Create a group (`POST /groups`).

        ```python
        group = await client.groups.create(name="My Clients", columns={"a": "prefix"})
        ```
        """
        body = _body(name, NOT_GIVEN if description is None else description, columns, validate=validate)
        result: Group = await self._client._request(create_group.asyncio_detailed, _CREATE, body=body)
        return result

    async def get(self, id: int) -> Group:
        """One group (`GET /groups/{id}`).

        ```python
        group = await client.groups.get(7117)
        ```
        """
        result: Group = await self._client._request(get_group.asyncio_detailed, _GET, id=check_id(id))
        return result

    def list(self, *, page: int = 1) -> AsyncPager[GroupJsonLd]:
        """Every group, across all pages (`GET /groups`).

        ```python
        async for group in client.groups.list():
            print(group.name)
        ```
        """

        async def fetch(number: int) -> Page[GroupJsonLd]:
            return to_page(await self._client._request(list_groups.asyncio_detailed, _LIST, page=number), number)

        return AsyncPager(fetch, start=check_page(page))

    async def update(
        self,
        id: int,
        *,
        name: str,
        description: str | NotGiven | None = NOT_GIVEN,
        columns: Columns | NotGiven | None = NOT_GIVEN,
        validate: bool = True,
    ) -> Group:
        """Update a group (`PUT /groups/{id}`).

        ```python
        await client.groups.update(7117, name="VIP Clients")
        ```
        """
        body = _body(name, description, columns, validate=validate)
        result: Group = await self._client._request(update_group.asyncio_detailed, _UPDATE, id=check_id(id), body=body)
        return result

    async def delete(self, id: int) -> None:
        """Delete a group (`DELETE /groups/{id}`).

        ```python
        await client.groups.delete(7117)
        ```
        """
        await self._client._request(delete_group.asyncio_detailed, _DELETE, id=check_id(id))

    async def export_csv(self, id: int) -> str:
        """The group's phones as CSV text (`GET /groups/{id}/file/csv`).

        ```python
        csv_text = await client.groups.export_csv(7117)
        ```
        """
        result: str = await self._client._request(export_group_csv.asyncio_detailed, _CSV, id=check_id(id))
        return result

    def phones(self, group_id: int) -> AsyncGroupPhones:
        """The phone entries of a group.

        ```python
        await client.groups.phones(7117).add("+491701234567")
        ```
        """
        return AsyncGroupPhones(self._client, check_id(group_id, "group_id"))

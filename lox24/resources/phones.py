"""`client.phones` and `client.groups.phones(group_id)`: phone entries of groups (spec tag `phones`).

A phone entry has five data columns `a`..`e`. They are not declared properties of the generated models
(a generator bug with a property named `d`), so they travel in `additional_properties`: pass them as
`columns={"a": "Anna", "b": "Berlin"}` here, and read them as `phone["a"]` on the returned model.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from lox24_api.api.phones import (
    create_group_phone,
    create_group_phones_batch,
    delete_phone,
    get_phone,
    list_group_phones,
    update_phone,
)
from lox24_api.models import Phone, PhoneBatchResult, PhoneCollection, PhoneFields, PhoneJsonLd, PhoneWrite

from .._base_client import AsyncAPIClient, SyncAPIClient, _Op
from .._pagination import AsyncPager, Page, SyncPager, to_page
from .._phone import normalize_phone
from .._types import NOT_GIVEN, NotGiven
from .._validation import Lox24ValidationError
from ._base import AsyncAPIResource, SyncAPIResource
from ._params import check_id, check_page

__all__ = ["AsyncGroupPhones", "AsyncPhonesResource", "GroupPhones", "PhonesResource"]

COLUMNS = ("a", "b", "c", "d", "e")
_COLUMN_MAX = 1530  # PhoneColumn.maxLength
_CALLBACK_DATA_MAX = 36  # PhoneFields.callback_data.maxLength

_CREATE = _Op("POST", (201,), Phone)
_BATCH = _Op("POST", (201,), list)
_GET = _Op("GET", (200,), Phone)
_UPDATE = _Op("PUT", (200,), Phone)
_DELETE = _Op("DELETE", (204,), None)
_LIST = _Op("GET", (200,), PhoneCollection)


def _phone(phone: str, *, validate: bool, region: str, field: str = "phone") -> str:
    if not validate:
        return phone
    try:
        return normalize_phone(phone, region=region)
    except ValueError as exc:
        raise Lox24ValidationError(field, str(exc), phone) from exc


def _columns(columns: Mapping[str, str | None] | None, *, validate: bool) -> dict[str, str | None]:
    if not columns:
        return {}
    bad = sorted(map(str, set(columns) - set(COLUMNS)))
    if bad:
        raise Lox24ValidationError("columns", f"keys must be {', '.join(COLUMNS)}", bad)
    for key, value in columns.items() if validate else ():
        if value is not None and (not isinstance(value, str) or len(value) > _COLUMN_MAX):
            raise Lox24ValidationError(
                f"columns[{key!r}]", f"must be a string of at most {_COLUMN_MAX} characters or None", value
            )
    return dict(columns)


def _callback_data(value: object, *, validate: bool, field: str = "callback_data") -> None:
    """LOX24 keeps at most 36 characters of `callback_data` (it answers 400 otherwise)."""
    if validate and value is not None and (not isinstance(value, str) or len(value) > _CALLBACK_DATA_MAX):
        raise Lox24ValidationError(field, f"must be a string of at most {_CALLBACK_DATA_MAX} characters or None", value)


def _write(
    phone: str, callback_data: str | NotGiven | None, columns: Mapping[str, str | None] | None, *, validate: bool,
    region: str,
) -> PhoneWrite:  # fmt: skip
    model = PhoneWrite(phone=_phone(phone, validate=validate, region=region))
    if not isinstance(callback_data, NotGiven):
        _callback_data(callback_data, validate=validate)
        model.callback_data = callback_data
    for key, value in _columns(columns, validate=validate).items():
        model[key] = value
    return model


def _fields(entries: Iterable[str | Mapping[str, Any]], *, validate: bool, region: str) -> list[PhoneFields]:
    out: list[PhoneFields] = []
    for index, entry in enumerate(entries):
        if not isinstance(entry, (str, Mapping)):
            raise Lox24ValidationError(f"entries[{index}]", "must be a phone number or a mapping with a 'phone'", entry)
        data: dict[str, Any] = {"phone": entry} if isinstance(entry, str) else dict(entry)
        extra = sorted(set(data) - {"phone", "callback_data", *COLUMNS})
        if extra:
            raise Lox24ValidationError(f"entries[{index}]", "keys must be phone, callback_data, a, b, c, d, e", extra)
        if validate:
            # Without validation an entry may lack "phone": the spec allows it, and LOX24 answers that item
            # alone with a 400 in the batch result.
            if "phone" not in data:
                raise Lox24ValidationError(f"entries[{index}]", "needs a 'phone'", entry)
            data["phone"] = _phone(data["phone"], validate=True, region=region, field=f"entries[{index}].phone")
            _callback_data(data.get("callback_data"), validate=True, field=f"entries[{index}].callback_data")
            _columns({k: v for k, v in data.items() if k in COLUMNS}, validate=True)
        out.append(PhoneFields.from_dict(data))
    return out


class GroupPhones:
    """The phone entries of one group: `client.groups.phones(7117).add(...)`, `.add_many`, `.list`."""

    def __init__(self, client: SyncAPIClient, group_id: int) -> None:
        self._client = client
        self.group_id = check_id(group_id, "group_id")

    def add(
        self,
        phone: str,
        *,
        callback_data: str | None = None,
        columns: Mapping[str, str | None] | None = None,
        validate: bool = True,
        region: str = "DE",
    ) -> Phone:
        """Add one phone to the group (`POST /groups/{id}/phones`).

        ```python
        entry = client.groups.phones(7117).add("+491701234567", columns={"a": "Anna"})
        print(entry.id, entry["a"])
        ```
        """
        body = _write(phone, callback_data if callback_data is not None else NOT_GIVEN, columns,
                      validate=validate, region=region)  # fmt: skip
        result: Phone = self._client._request(create_group_phone.sync_detailed, _CREATE, id=self.group_id, body=body)
        return result

    def add_many(
        self, entries: Iterable[str | Mapping[str, Any]], *, validate: bool = True, region: str = "DE"
    ) -> list[PhoneBatchResult]:
        """Add many phones at once (`POST /groups/{id}/phones/batch`); one result (status, body) per entry.

        ```python
        results = client.groups.phones(7117).add_many(["+491701234567", {"phone": "+4915112345678", "a": "Bo"}])
        failed = [r for r in results if r.status >= 400]
        ```
        """
        body = _fields(entries, validate=validate, region=region)
        result: list[PhoneBatchResult] = self._client._request(
            create_group_phones_batch.sync_detailed, _BATCH, id=self.group_id, body=body
        )
        return result

    def list(self, *, page: int = 1) -> SyncPager[PhoneJsonLd]:
        """Every phone of the group, across all pages (`GET /groups/{id}/phones`).

        ```python
        for entry in client.groups.phones(7117).list():
            print(entry.phone)
        ```
        """

        def fetch(number: int) -> Page[PhoneJsonLd]:
            collection = self._client._request(list_group_phones.sync_detailed, _LIST, id=self.group_id, page=number)
            return to_page(collection, number)

        return SyncPager(fetch, start=check_page(page))


class AsyncGroupPhones:
    """The phone entries of one group, async; see `GroupPhones`."""

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
    ) -> Phone:
        """Add one phone to the group (`POST /groups/{id}/phones`).

        ```python
        entry = await client.groups.phones(7117).add("+491701234567", columns={"a": "Anna"})
        ```
        """
        body = _write(phone, callback_data if callback_data is not None else NOT_GIVEN, columns,
                      validate=validate, region=region)  # fmt: skip
        result: Phone = await self._client._request(
            create_group_phone.asyncio_detailed, _CREATE, id=self.group_id, body=body
        )
        return result

    async def add_many(
        self, entries: Iterable[str | Mapping[str, Any]], *, validate: bool = True, region: str = "DE"
    ) -> list[PhoneBatchResult]:
        """Add many phones at once (`POST /groups/{id}/phones/batch`).

        ```python
        results = await client.groups.phones(7117).add_many(["+491701234567"])
        ```
        """
        body = _fields(entries, validate=validate, region=region)
        result: list[PhoneBatchResult] = await self._client._request(
            create_group_phones_batch.asyncio_detailed, _BATCH, id=self.group_id, body=body
        )
        return result

    def list(self, *, page: int = 1) -> AsyncPager[PhoneJsonLd]:
        """Every phone of the group, across all pages (`GET /groups/{id}/phones`).

        ```python
        async for entry in client.groups.phones(7117).list():
            print(entry.phone)
        ```
        """

        async def fetch(number: int) -> Page[PhoneJsonLd]:
            collection = await self._client._request(
                list_group_phones.asyncio_detailed, _LIST, id=self.group_id, page=number
            )
            return to_page(collection, number)

        return AsyncPager(fetch, start=check_page(page))


class PhonesResource(SyncAPIResource):
    """Phone entries by id: `client.phones.get(id)`, `.update(id, ...)`, `.delete(id)`."""

    def get(self, id: int) -> Phone:
        """One phone entry (`GET /phones/{id}`).

        ```python
        entry = client.phones.get(42)
        print(entry.phone, entry.additional_properties.get("a"))
        ```
        """
        result: Phone = self._client._request(get_phone.sync_detailed, _GET, id=check_id(id))
        return result

    def update(
        self,
        id: int,
        *,
        phone: str,
        callback_data: str | NotGiven | None = NOT_GIVEN,
        columns: Mapping[str, str | None] | None = None,
        validate: bool = True,
        region: str = "DE",
    ) -> Phone:
        """Replace a phone entry (`PUT /phones/{id}`).

        ```python
        client.phones.update(42, phone="+491701234567", columns={"a": "Anna"})
        ```
        """
        body = _write(phone, callback_data, columns, validate=validate, region=region)
        result: Phone = self._client._request(update_phone.sync_detailed, _UPDATE, id=check_id(id), body=body)
        return result

    def delete(self, id: int) -> None:
        """Delete a phone entry (`DELETE /phones/{id}`).

        ```python
        client.phones.delete(42)
        ```
        """
        self._client._request(delete_phone.sync_detailed, _DELETE, id=check_id(id))


class AsyncPhonesResource(AsyncAPIResource):
    """Phone entries by id, async; see `PhonesResource`."""

    async def get(self, id: int) -> Phone:
        """One phone entry (`GET /phones/{id}`).

        ```python
        entry = await client.phones.get(42)
        ```
        """
        result: Phone = await self._client._request(get_phone.asyncio_detailed, _GET, id=check_id(id))
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
    ) -> Phone:
        """Replace a phone entry (`PUT /phones/{id}`).

        ```python
        await client.phones.update(42, phone="+491701234567")
        ```
        """
        body = _write(phone, callback_data, columns, validate=validate, region=region)
        result: Phone = await self._client._request(update_phone.asyncio_detailed, _UPDATE, id=check_id(id), body=body)
        return result

    async def delete(self, id: int) -> None:
        """Delete a phone entry (`DELETE /phones/{id}`).

        ```python
        await client.phones.delete(42)
        ```
        """
        await self._client._request(delete_phone.asyncio_detailed, _DELETE, id=check_id(id))

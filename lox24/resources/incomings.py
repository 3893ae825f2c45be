"""`client.incomings`: inbound (reply) SMS (spec tag `incomings`)."""

from __future__ import annotations

from typing import Unpack

from lox24_api.api.incomings import delete_incoming, get_incoming, list_incomings
from lox24_api.models import Incoming, IncomingCollection, IncomingJsonLd

from .._base_client import _Op
from .._pagination import AsyncPager, Page, SyncPager, to_page
from ..types import IncomingListFilters
from ._base import AsyncAPIResource, SyncAPIResource
from ._params import check_page, check_uuid, filter_kwargs

__all__ = ["AsyncIncomingsResource", "IncomingsResource"]

_FILTERS = IncomingListFilters.__required_keys__ | IncomingListFilters.__optional_keys__
_GET = _Op("GET", (200,), Incoming)
_DELETE = _Op("DELETE", (204,), None)
_LIST = _Op("GET", (200,), IncomingCollection)


class IncomingsResource(SyncAPIResource):
    """Inbound SMS: `client.incomings.list(...)`, `.get(uuid)`, `.delete(uuid)`."""

    def get(self, uuid: str) -> Incoming:
        """One inbound SMS (`GET /incomings/{uuid}`).

        ```python
        reply = client.incomings.get(uuid)
        print(reply.from_, reply.text)
        ```
        """
        result: Incoming = self._client._request(get_incoming.sync_detailed, _GET, uuid=check_uuid(uuid))
        return result

    def delete(self, uuid: str) -> None:
        """Delete an inbound SMS (`DELETE /incomings/{uuid}`).

        ```python
        client.incomings.delete(uuid)
        ```
        """
        self._client._request(delete_incoming.sync_detailed, _DELETE, uuid=check_uuid(uuid))

    def list(self, *, page: int = 1, **filters: Unpack[IncomingListFilters]) -> SyncPager[IncomingJsonLd]:
        """Every inbound SMS matching the filters, across all pages (`GET /incomings`).

        ```python
        for reply in client.incomings.list(msg_uuid=sms.uuid):
            print(reply.text)
        ```
        """
        kwargs = filter_kwargs(filters, allowed=_FILTERS, enums={})

        def fetch(number: int) -> Page[IncomingJsonLd]:
            return to_page(self._client._request(list_incomings.sync_detailed, _LIST, page=number, **kwargs), number)

        return SyncPager(fetch, start=check_page(page))


class AsyncIncomingsResource(AsyncAPIResource):
    """Inbound SMS, async; see `IncomingsResource`."""

    async def get(self, uuid: str) -> Incoming:
        """One inbound SMS (`GET /incomings/{uuid}`).

        ```python
        reply = await client.incomings.get(uuid)
        ```
        """
        result: Incoming = await self._client._request(get_incoming.asyncio_detailed, _GET, uuid=check_uuid(uuid))
        return result

    async def delete(self, uuid: str) -> None:
        """Delete an inbound SMS (`DELETE /incomings/{uuid}`).

        ```python
        await client.incomings.delete(uuid)
        ```
        """
        await self._client._request(delete_incoming.asyncio_detailed, _DELETE, uuid=check_uuid(uuid))

    def list(self, *, page: int = 1, **filters: Unpack[IncomingListFilters]) -> AsyncPager[IncomingJsonLd]:
        """Every inbound SMS matching the filters, across all pages (`GET /incomings`).

        ```python
        async for reply in client.incomings.list():
            print(reply.text)
        ```
        """
        kwargs = filter_kwargs(filters, allowed=_FILTERS, enums={})

        async def fetch(number: int) -> Page[IncomingJsonLd]:
            collection = await self._client._request(list_incomings.asyncio_detailed, _LIST, page=number, **kwargs)
            return to_page(collection, number)

        return AsyncPager(fetch, start=check_page(page))

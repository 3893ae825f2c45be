"""`client.incomings`: inbound (reply) SMS (spec tag `incomings`)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal

import httpx

from ..._base_client import _options
from ..._ops.incomings import _DELETE_INCOMING, _GET_INCOMING, _LIST_INCOMINGS, _list_kwargs
from ..._ops.params import check_page, check_uuid
from ..._pagination import Page, to_page
from ..._types import NOT_GIVEN, NotGiven
from ...types import SortDirection
from .._pagination import AsyncPager
from .._raw import async_to_raw_response_wrapper
from ._base import AsyncAPIResource

if TYPE_CHECKING:  # annotations only: the models load when a call parses them
    from lox24_api.models import Incoming, IncomingJsonLd

__all__ = ["AsyncIncomingsResource", "AsyncIncomingsResourceWithRawResponse"]


class AsyncIncomingsResource(AsyncAPIResource):
    """Inbound SMS: `client.incomings.list(...)`, `.get(uuid)`, `.delete(uuid)`."""

    async def get(
        self,
        uuid: str,
        *,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Incoming:
        """One inbound SMS (`GET /incomings/{uuid}`).

        ```python
        reply = await client.incomings.get(uuid)
        print(reply.from_, reply.text)
        ```
        """
        result: Incoming = await self._client._call(
            _GET_INCOMING, _options(timeout, extra_headers, extra_query, extra_body), uuid=check_uuid(uuid)
        )
        return result

    async def delete(
        self,
        uuid: str,
        *,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> None:
        """Delete an inbound SMS (`DELETE /incomings/{uuid}`).

        ```python
        await client.incomings.delete(uuid)
        ```
        """
        await self._client._call(
            _DELETE_INCOMING, _options(timeout, extra_headers, extra_query, extra_body), uuid=check_uuid(uuid)
        )

    def list(
        self,
        *,
        text: str | None = None,
        from_: str | None = None,
        to: str | None = None,
        msg_uuid: str | Sequence[str] | None = None,
        order: Mapping[Literal["received_at"], SortDirection] | None = None,
        page: int = 1,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> AsyncPager[IncomingJsonLd]:
        """Every inbound SMS matching all the filters given, across all pages (`GET /incomings`).

        ```python
        async for reply in client.incomings.list(msg_uuid=sms.uuid, order={"received_at": "desc"}):
            print(reply.text)
        ```

        Args:
            text, from_, to: a part of the value (case-insensitive); `from_` is LOX24's `from`.
            msg_uuid: the SMS replied to, exact: one UUID or a list.
            order: `{"received_at": "asc" | "desc"}`.
        """
        kwargs = _list_kwargs(locals(), order)

        async def fetch(number: int) -> Page[IncomingJsonLd]:
            return to_page(
                await self._client._call(
                    _LIST_INCOMINGS, _options(timeout, extra_headers, extra_query, extra_body), page=number, **kwargs
                ),
                number,
            )

        return AsyncPager(fetch, start=check_page(page))


class AsyncIncomingsResourceWithRawResponse:
    """The methods of `AsyncIncomingsResource`, each returning a `lox24.APIResponse` (`client.with_raw_response`)."""

    def __init__(self, resource: AsyncIncomingsResource) -> None:
        self._resource = resource
        self.get = async_to_raw_response_wrapper(resource.get)
        self.delete = async_to_raw_response_wrapper(resource.delete)

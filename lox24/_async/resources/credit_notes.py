"""`client.credit_notes`: money given back to the account, one credit note per refund (spec tag `accounting`)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

import httpx

from ..._base_client import _options
from ..._ops.accounting import _GET_CREDIT_NOTE, _LIST_CREDIT_NOTES, to_member_page
from ..._ops.params import check_id, check_page
from ..._pagination import Page
from ..._types import NOT_GIVEN, NotGiven
from .._pagination import AsyncPager
from .._raw import async_to_raw_response_wrapper
from ._base import AsyncAPIResource

if TYPE_CHECKING:  # annotations only: the models load when a call parses them
    from lox24_api.models import CreditNote, CreditNoteJsonLd

__all__ = ["AsyncCreditNotesResource", "AsyncCreditNotesResourceWithRawResponse"]


class AsyncCreditNotesResource(AsyncAPIResource):
    """Credit notes: `client.credit_notes.list()`, `.get(id)`."""

    async def get(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> CreditNote:
        """One credit note (`GET /credit_notes/{id}`).

        ```python
        note = await client.credit_notes.get(1)
        print(note.number, note.reason, note.gross_amount, note.invoice_id)
        ```
        """
        result: CreditNote = await self._client._call(
            _GET_CREDIT_NOTE, _options(timeout, extra_headers, extra_query, extra_body), id=check_id(id)
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
    ) -> AsyncPager[CreditNoteJsonLd]:
        """Every credit note, newest first, across all pages (`GET /credit_notes`).

        ```python
        async for note in client.credit_notes.list():
            print(note.number, note.net_amount, note.pdf_url)
        ```

        The collection's un-prefixed form (`member`, `totalItems`) and the `hydra:`-prefixed one are both read.
        """

        async def fetch(number: int) -> Page[CreditNoteJsonLd]:
            return to_member_page(
                await self._client._call(
                    _LIST_CREDIT_NOTES, _options(timeout, extra_headers, extra_query, extra_body), page=number
                ),
                number,
            )

        return AsyncPager(fetch, start=check_page(page))


class AsyncCreditNotesResourceWithRawResponse:
    """The methods of `AsyncCreditNotesResource`, each returning a `lox24.APIResponse` (`client.with_raw_response`)."""

    def __init__(self, resource: AsyncCreditNotesResource) -> None:
        self._resource = resource
        self.get = async_to_raw_response_wrapper(resource.get)

"""`client.invoices`: the account's invoices, one per calendar month (spec tag `accounting`)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

import httpx

from ..._base_client import _options
from ..._ops.accounting import _GET_INVOICE, _LIST_INVOICES, to_member_page
from ..._ops.params import check_id, check_page
from ..._pagination import Page
from ..._types import NOT_GIVEN, NotGiven
from .._pagination import AsyncPager
from .._raw import async_to_raw_response_wrapper
from ._base import AsyncAPIResource

if TYPE_CHECKING:  # annotations only: the models load when a call parses them
    from lox24_api.models import Invoice, InvoiceJsonLd

__all__ = ["AsyncInvoicesResource", "AsyncInvoicesResourceWithRawResponse"]


class AsyncInvoicesResource(AsyncAPIResource):
    """Invoices: `client.invoices.list()`, `.get(id)`."""

    async def get(
        self,
        id: int,
        *,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Invoice:
        """One invoice (`GET /invoices/{id}`).

        ```python
        invoice = await client.invoices.get(1)
        print(invoice.number, invoice.period, invoice.gross_amount, invoice.currency)
        ```
        """
        result: Invoice = await self._client._call(
            _GET_INVOICE, _options(timeout, extra_headers, extra_query, extra_body), id=check_id(id)
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
    ) -> AsyncPager[InvoiceJsonLd]:
        """Every invoice, newest month first, across all pages (`GET /invoices`).

        ```python
        async for invoice in client.invoices.list():
            if invoice.status is lox24.InvoiceStatus.ISSUED:
                print(invoice.number, invoice.net_amount, invoice.pdf_url)
        ```

        The collection's un-prefixed form (`member`, `totalItems`) and the `hydra:`-prefixed one are both read.
        """

        async def fetch(number: int) -> Page[InvoiceJsonLd]:
            return to_member_page(
                await self._client._call(
                    _LIST_INVOICES, _options(timeout, extra_headers, extra_query, extra_body), page=number
                ),
                number,
            )

        return AsyncPager(fetch, start=check_page(page))


class AsyncInvoicesResourceWithRawResponse:
    """The methods of `AsyncInvoicesResource`, each returning a `lox24.APIResponse` (`client.with_raw_response`)."""

    def __init__(self, resource: AsyncInvoicesResource) -> None:
        self._resource = resource
        self.get = async_to_raw_response_wrapper(resource.get)

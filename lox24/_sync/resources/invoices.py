# Written from lox24/_async/resources/invoices.py by scripts/unasync.py; edit that file, then make generate.
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
from .._pagination import SyncPager
from .._raw import to_raw_response_wrapper
from ._base import SyncAPIResource

if TYPE_CHECKING:  # annotations only: the models load when a call parses them
    from lox24_api.models import Invoice, InvoiceJsonLd

__all__ = ["InvoicesResource", "InvoicesResourceWithRawResponse"]


class InvoicesResource(SyncAPIResource):
    """Invoices: `client.invoices.list()`, `.get(id)`."""

    def get(
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
        invoice = client.invoices.get(1)
        print(invoice.number, invoice.period, invoice.gross_amount, invoice.currency)
        ```
        """
        result: Invoice = self._client._call(
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
    ) -> SyncPager[InvoiceJsonLd]:
        """Every invoice, newest month first, across all pages (`GET /invoices`).

        ```python
        for invoice in client.invoices.list():
            if invoice.status is lox24.InvoiceStatus.ISSUED:
                print(invoice.number, invoice.net_amount, invoice.pdf_url)
        ```

        The collection's un-prefixed form (`member`, `totalItems`) and the `hydra:`-prefixed one are both read.
        """

        def fetch(number: int) -> Page[InvoiceJsonLd]:
            return to_member_page(
                self._client._call(
                    _LIST_INVOICES, _options(timeout, extra_headers, extra_query, extra_body), page=number
                ),
                number,
            )

        return SyncPager(fetch, start=check_page(page))


class InvoicesResourceWithRawResponse:
    """The methods of `InvoicesResource`, each returning a `lox24.APIResponse` (`client.with_raw_response`)."""

    def __init__(self, resource: InvoicesResource) -> None:
        self._resource = resource
        self.get = to_raw_response_wrapper(resource.get)

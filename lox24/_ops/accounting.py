"""`client.invoices` and `client.credit_notes`: the account's invoices and credit notes (spec tag `accounting`).

Their JSON-LD collections use un-prefixed keys (`member`, `totalItems`, `view`), as LOX24's documentation shows
for `/credit_notes`, where the older collections have `hydra:member`, `hydra:totalItems` and `hydra:view`. The
client reads both: the spec's un-prefixed form directly, the prefixed one through the `_Op` fallback below.
"""

from __future__ import annotations

from collections.abc import Callable
from types import SimpleNamespace
from typing import Any

import httpx
from lox24_api.types import UNSET, Unset

from .._base_client import _Op
from .._pagination import Page, to_page

_HYDRA = "hydra:"


def _prefixed(model: str) -> Callable[[httpx.Response], Any]:
    """A fallback that reads a `hydra:`-prefixed collection (`hydra:member`, ...) into the un-prefixed `model`."""

    def parse(response: httpx.Response) -> Any:
        import lox24_api.models

        data = response.json()
        if not isinstance(data, dict) or _HYDRA + "member" not in data:
            raise KeyError("member")  # neither form: the caller reports the first parse error
        renamed = {k.removeprefix(_HYDRA): v for k, v in data.items()}
        if isinstance(renamed.get("view"), dict):
            renamed["view"] = {k.removeprefix(_HYDRA): v for k, v in renamed["view"].items()}
        return getattr(lox24_api.models, model).from_dict(renamed)

    return parse


def to_member_page(collection: Any, number: int) -> Page[Any]:
    """A `Page` from a generated un-prefixed collection (`member`, `total_items`, `view.next_`)."""
    view = collection.view
    next_url = UNSET if isinstance(view, Unset) else view.next_
    hydra_like = SimpleNamespace(
        hydramember=collection.member,
        hydratotal_items=collection.total_items,
        hydraview=SimpleNamespace(hydranext=next_url),
    )
    return to_page(hydra_like, number)


_GET_INVOICE = _Op("GET", (200,), "Invoice", operation="accounting.get_invoice")
_LIST_INVOICES = _Op(
    "GET",
    (200,),
    "InvoiceCollection",
    fallback=_prefixed("InvoiceCollection"),
    operation="accounting.list_invoices",
)
_GET_CREDIT_NOTE = _Op("GET", (200,), "CreditNote", operation="accounting.get_credit_note")
_LIST_CREDIT_NOTES = _Op(
    "GET",
    (200,),
    "CreditNoteCollection",
    fallback=_prefixed("CreditNoteCollection"),
    operation="accounting.list_credit_notes",
)

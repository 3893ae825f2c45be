"""HTTP handlers and request rules of `/invoices` and `/credit_notes` (list, get), and their control plane.

Their JSON-LD collections are un-prefixed (`member`, `totalItems`, `view`, `@type: Collection`), as LOX24's
documentation shows for `/credit_notes` (API Platform without the `hydra:` prefix); see spec/lox24.yaml.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any
from urllib.parse import urlencode

from starlette.responses import Response

from ..context import Ctx
from ..errors import CODE_RULE, bad_request
from ..rendering import JSONLD, Kind, json_response
from ..validation import MAX_INT32, PAGE, F, validate

if TYPE_CHECKING:
    from ..control import ControlPlane

INVOICE = Kind("/contexts/invoices", "invoices", lambda o: f"/invoices/{o['id']}")
CREDIT_NOTE = Kind("/contexts/credit_notes", "credit_notes", lambda o: f"/credit_notes/{o['id']}")
BODIES: dict[str, F] = {}
QUERIES = {"list_invoices": PAGE, "list_credit_notes": PAGE}


def collection(c: Ctx, kind: Kind, page: tuple[list[dict[str, Any]], int], number: int) -> Response:
    """One page: a bare array, or an un-prefixed collection whose view links keep the other query parameters."""
    items, total = page
    if not c.ld:
        return c.plain(items)
    path = c.request.url.path
    pairs = [(k, v) for k, v in c.request.query_params.multi_items() if k != "page"]

    def link(n: int) -> str:
        return f"{path}?{urlencode([*pairs, ('page', str(n))], safe='[]')}"

    last = max(1, -(-total // c.backend.page_size))
    view: dict[str, Any] = {"@id": link(number), "@type": "PartialCollectionView", "first": link(1), "last": link(last)}
    if number > 1:
        view["previous"] = link(min(number - 1, last))
    if number < last:
        view["next"] = link(number + 1)
    body = {
        "@context": kind.context,
        "@id": path,
        "@type": "Collection",
        "totalItems": total,
        "member": [{"@id": kind.iri(o), "@type": kind.type, **o} for o in items],
        "view": view,
    }
    return json_response(body, 200, JSONLD)


async def list_invoices(c: Ctx) -> Response:
    page = c.page()
    return collection(c, INVOICE, c.backend.list_invoices(c.who, page), page)


async def get_invoice(c: Ctx) -> Response:
    return c.item(INVOICE, c.backend.get_invoice(c.who, c.int_id()))


async def list_credit_notes(c: Ctx) -> Response:
    page = c.page()
    return collection(c, CREDIT_NOTE, c.backend.list_credit_notes(c.who, page), page)


async def get_credit_note(c: Ctx) -> Response:
    return c.item(CREDIT_NOTE, c.backend.get_credit_note(c.who, c.int_id()))


# --- control plane (`/_emulator/invoices/close`, `/_emulator/charges`, `/_emulator/credit_notes`) ------------

_ACCOUNT_ID = F("integer", nullable=True, minimum=1, maximum=MAX_INT32)
_PERIOD = F("string", nullable=True, pattern=re.compile(r"^[0-9]{4}-(0[1-9]|1[0-2])\Z"))
_CLOSE = F("object", fields={"account_id": _ACCOUNT_ID, "period": _PERIOD})
_CHARGE = F(
    "object", required=("amount",), fields={"account_id": _ACCOUNT_ID, "amount": F("number", maximum=1_000_000_000)}
)
_CREDIT = F(
    "object",
    required=("amount",),
    fields={
        "account_id": _ACCOUNT_ID,
        "amount": F("number", minimum=0, maximum=1_000_000_000),
        "reason": F("string", min_len=1, max_len=255),
        "invoice_id": F("integer", nullable=True, minimum=1, maximum=MAX_INT32),
    },
)


def close_invoices(cp: ControlPlane, body: Any) -> list[dict[str, Any]]:
    data = validate({} if body is None else body, _CLOSE)
    return cp.backend.close_invoices(account_id=data.get("account_id"), period=data.get("period"))


def _positive(data: dict[str, Any]) -> float:
    amount = data["amount"]
    if isinstance(amount, bool) or not isinstance(amount, int | float) or not amount > 0:
        raise bad_request("amount", "This value should be positive.", CODE_RULE)
    return float(amount)


def add_charge(cp: ControlPlane, body: Any) -> dict[str, Any]:
    data = validate(body, _CHARGE)
    return cp.backend.add_charge(account_id=data.get("account_id"), amount=_positive(data))


def create_credit_note(cp: ControlPlane, body: Any) -> dict[str, Any]:
    data = validate(body, _CREDIT)
    return cp.backend.create_credit_note(
        account_id=data.get("account_id"),
        amount=_positive(data),
        reason=data.get("reason", "Credit"),
        invoice_id=data.get("invoice_id"),
    )

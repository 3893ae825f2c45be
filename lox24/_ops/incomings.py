"""`client.incomings`: inbound (reply) SMS (spec tag `incomings`)."""

from __future__ import annotations

from typing import Any

from .._base_client import _Op
from .params import STRS, TEXT, filters

# Every filter of GET /incomings, in the method's keyword order.
_FILTERS = {"text": TEXT, "from_": TEXT, "to": TEXT, "msg_uuid": STRS}
_ORDER_FIELDS = frozenset({"received_at"})


def _list_kwargs(given: dict[str, Any], order: Any) -> dict[str, Any]:
    return filters(given, _FILTERS, order=order, order_fields=_ORDER_FIELDS)


_DELETE_INCOMING = _Op("DELETE", (204,), None, operation="incomings.delete_incoming")
_GET_INCOMING = _Op("GET", (200,), "Incoming", operation="incomings.get_incoming")
_LIST_INCOMINGS = _Op("GET", (200,), "IncomingCollection", operation="incomings.list_incomings")

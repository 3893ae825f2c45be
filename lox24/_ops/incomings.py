"""`client.incomings`: inbound (reply) SMS (spec tag `incomings`)."""

from __future__ import annotations

from .._base_client import _Op
from ..types import IncomingListFilters

_FILTERS = IncomingListFilters.__required_keys__ | IncomingListFilters.__optional_keys__

_DELETE_INCOMING = _Op("DELETE", (204,), None, operation="incomings.delete_incoming")
_GET_INCOMING = _Op("GET", (200,), "Incoming", operation="incomings.get_incoming")
_LIST_INCOMINGS = _Op("GET", (200,), "IncomingCollection", operation="incomings.list_incomings")

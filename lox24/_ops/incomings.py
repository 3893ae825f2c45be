"""`client.incomings`: inbound (reply) SMS (spec tag `incomings`)."""

from __future__ import annotations

from lox24_api.models import Incoming, IncomingCollection

from .._base_client import _Op
from ..types import IncomingListFilters

_FILTERS = IncomingListFilters.__required_keys__ | IncomingListFilters.__optional_keys__
_GET = _Op("GET", (200,), Incoming)
_DELETE = _Op("DELETE", (204,), None)
_LIST = _Op("GET", (200,), IncomingCollection)

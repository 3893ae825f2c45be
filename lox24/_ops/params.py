"""Translate our keyword names and values to the generated functions' (one place, shared by resources)."""

from __future__ import annotations

import enum
import re
from collections.abc import Mapping
from typing import Any

from lox24_api.models import OrderDirection

from .._types import as_list, as_timestamp
from .._validation import Lox24ValidationError

__all__ = ["check_id", "check_page", "check_uuid", "filter_kwargs"]

# Our names -> generated keyword names (the generator squashes "created_at[gte]" to "created_atgte").
_RENAMES = {
    "created_at_gt": "created_atgt",
    "created_at_gte": "created_atgte",
    "created_at_lt": "created_atlt",
    "created_at_lte": "created_atlte",
    "delivery_at_gte": "delivery_atgte",
    "delivery_at_lte": "delivery_atlte",
    "gateway_sent_at_gte": "gateway_sent_atgte",
    "gateway_sent_at_lte": "gateway_sent_atlte",
    "order_created_at": "field_ordercreated_at",
    "order_gateway_sent_at": "field_ordergateway_sent_at",
    "order_received_at": "field_orderreceived_at",
}
_BOOLS = frozenset({"is_sent", "is_unicode", "is_dryrun"})
_LISTS = frozenset({"uuid", "iso2", "bulk", "source", "key_id", "callback_data", "msg_uuid"})


def filter_kwargs(
    filters: Mapping[str, Any], *, allowed: frozenset[str], enums: Mapping[str, type[enum.Enum]]
) -> dict[str, Any]:
    """Generated keyword arguments for `filters`; a `None` value means "no filter"."""
    unknown = sorted(set(filters) - allowed)
    if unknown:
        raise TypeError(f"unexpected filter(s) {', '.join(unknown)}; allowed: {', '.join(sorted(allowed))}")
    out: dict[str, Any] = {}
    for name, value in filters.items():
        if value is None:
            continue
        if (name in enums or name in _LISTS) and isinstance(value, (list, tuple)) and not value:
            # The generated client leaves an empty `name[]` out of the query, so `uuid=[]` would match
            # *everything* (and `client.sms.delete_many(uuid=[])` would delete every SMS of the account).
            raise Lox24ValidationError(name, "an empty list matches nothing; pass None for no filter", value)
        if name in enums:
            kind = enums[name]
            try:
                out[name] = [kind(v) for v in as_list(value)]  # type: ignore[union-attr]
            except (ValueError, TypeError) as exc:
                raise Lox24ValidationError(name, f"must be {kind.__name__} values (or their codes)", value) from exc
        elif name in _BOOLS and not isinstance(value, bool):
            # httpx would send `is_sent="no"` as the string "no", which is not a boolean filter value.
            raise Lox24ValidationError(name, "must be True, False or None", value)
        elif name in _LISTS:
            out[name] = as_list(value)
        elif name.startswith("order_"):
            if value not in ("asc", "desc"):  # the tolerant enum would let "up" through to the query
                raise Lox24ValidationError(name, "must be 'asc', 'desc' or None", value)
            out[_RENAMES[name]] = OrderDirection(value)
        elif name in _RENAMES:
            out[_RENAMES[name]] = as_timestamp(value)
        else:
            out[name] = value
    return out


_UUID_RE = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", re.IGNORECASE)
_ID_MAX = 2147483647
_PAGE_MAX = 1000000


def check_uuid(value: object, field: str = "uuid") -> str:
    """A path UUID as the spec's `Uuid` pattern has it. Anything else could change the request's path
    (`".."` is resolved by httpx: `client.bulks.cancel("..")` would be `PUT /cancel`), so it is refused."""
    if not isinstance(value, str) or _UUID_RE.fullmatch(value) is None:
        raise Lox24ValidationError(field, "must be a UUID like 11111111-2222-3333-4444-555555555555", value)
    return value


def check_id(value: object, field: str = "id") -> int:
    """A path id (group, phone entry): an integer from 1 to 2147483647."""
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= _ID_MAX:
        raise Lox24ValidationError(field, f"must be an integer from 1 to {_ID_MAX}", value)
    return value


def check_page(value: object) -> int:
    """The first page to fetch: an integer from 1 (pages are 1-based) to 1000000."""
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= _PAGE_MAX:
        raise Lox24ValidationError("page", f"must be an integer from 1 to {_PAGE_MAX}", value)
    return value

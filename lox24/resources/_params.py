"""Translate our keyword names and values to the generated functions' (one place, shared by resources)."""

from __future__ import annotations

import enum
from collections.abc import Mapping
from typing import Any

from lox24_api.models import OrderDirection

from .._types import as_list, as_timestamp

__all__ = ["filter_kwargs"]

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
        if name in enums:
            kind = enums[name]
            out[name] = [kind(v) for v in as_list(value)]  # type: ignore[union-attr]
        elif name in _LISTS:
            out[name] = as_list(value)
        elif name.startswith("order_"):
            out[_RENAMES[name]] = OrderDirection(value)
        elif name in _RENAMES:
            out[_RENAMES[name]] = as_timestamp(value)
        else:
            out[name] = value
    return out

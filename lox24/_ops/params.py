"""Translate the filter keywords and values of the list and batch methods into the generated functions'
keywords (one place, shared by the resources), refusing anything that would not reach the query as given."""

from __future__ import annotations

import datetime
import enum
import re
from collections.abc import Iterable, Mapping
from typing import Any

from lox24_api.models import OrderDirection

from .._validation import Lox24ValidationError
from ..types import Range

__all__ = ["BOOL", "EXISTS", "INTS", "RANGE", "STRS", "TEXT", "TIME", "check_id", "check_page", "check_uuid", "filters"]

# The kinds of LOX24 filter (its "collection filters" chapter), one per keyword of a list or batch method.
TEXT = "text"  # partial, case-insensitive: `text=hello`
STRS = "strs"  # exact, one value or a list: `uuid[]=a&uuid[]=b`
INTS = "ints"  # exact integers or codes, one or a list (`source[]=1`); a range too where LOX24 has one
TIME = "time"  # timestamps (int or aware datetime): a range, one value or a list
BOOL = "bool"  # `is_sent=1|0`
EXISTS = "exists"  # `exists[field]=1|0`: the field is set (not null) or not
RANGE = "range"  # INTS that also take a range: `source[gte]=1`

_OPS = ("gt", "gte", "lt", "lte")


def filters(
    given: Mapping[str, Any],
    kinds: Mapping[str, str],
    *,
    enums: Mapping[str, type[enum.Enum]] | None = None,
    order: Mapping[str, str] | None = None,
    order_fields: frozenset[str] = frozenset(),
) -> dict[str, Any]:
    """The generated keyword arguments for the filters a method was given (`None` means "no filter").

    Every value given becomes at least one query parameter or raises `Lox24ValidationError`: nothing is
    silently dropped, so a batch operation is never widened by a filter that vanished on the way.
    """
    out: dict[str, Any] = {}
    for name, kind in kinds.items():
        value = given.get(name)
        if value is None:
            continue
        if kind == TEXT:
            if not isinstance(value, str) or not value:
                raise Lox24ValidationError(name, "must be a non-empty string (an empty one matches everything)", value)
            out[name] = value
        elif kind in (BOOL, EXISTS):
            if not isinstance(value, bool):  # `is_sent="no"` would reach the query as the string "no"
                raise Lox24ValidationError(name, "must be True, False or None", value)
            # Sent as 1/0, as LOX24's docs write them (`exists[is_unicode]=0`); its server reads true/false too.
            out["exists" + name.removesuffix("_exists") if kind == EXISTS else name] = int(value)
        elif kind in (TIME, RANGE) and isinstance(value, (Range, tuple)):
            out.update(_range(name, value, kind))
        else:
            out[name] = _values(name, value, kind, (enums or {}).get(name))
    if order is not None:
        if not isinstance(order, Mapping):
            raise Lox24ValidationError("order", 'must be a mapping like {"created_at": "desc"}', order)
        for field, direction in order.items():
            if field not in order_fields:
                raise Lox24ValidationError("order", f"can sort by {', '.join(sorted(order_fields))} only", field)
            if direction not in ("asc", "desc"):  # the tolerant enum would let "up" through to the query
                raise Lox24ValidationError(f"order[{field}]", "must be 'asc' or 'desc'", direction)
            out["field_order" + field] = OrderDirection(direction)
    return out


def _values(name: str, value: Any, kind: str, kind_enum: type[enum.Enum] | None) -> list[Any]:
    """One value or a list/tuple of them, for an exact (`name[]=`) filter."""
    if not isinstance(value, (list, tuple, str, bytes)) and isinstance(value, Iterable):
        raise Lox24ValidationError(name, "must be one value or a list of values", value)  # a set, a generator...
    items = list(value) if isinstance(value, (list, tuple)) else [value]
    if not items:
        # The query would leave an empty `name[]` out, so `uuid=[]` would match *everything*
        # (and `client.sms.delete_many(uuid=[])` would delete every SMS of the account).
        raise Lox24ValidationError(name, "an empty list matches nothing; pass None for no filter", value)
    out: list[Any] = []
    for item in items:
        if kind_enum is not None:
            if isinstance(item, bool):  # True would be read as the code 1
                raise Lox24ValidationError(name, f"must be {kind_enum.__name__} values (or their codes)", value)
            try:
                out.append(kind_enum(item))
            except (ValueError, TypeError) as exc:
                rule = f"must be {kind_enum.__name__} values (or their codes)"
                raise Lox24ValidationError(name, rule, value) from exc
        elif kind == STRS:
            if not isinstance(item, str) or not item:
                raise Lox24ValidationError(name, "must be non-empty strings", value)
            out.append(item)
        elif kind == TIME:
            out.append(_timestamp(name, item))
        elif isinstance(item, bool) or not isinstance(item, int):
            raise Lox24ValidationError(name, "must be integers", value)
        else:
            out.append(item)
    return out


def _timestamp(name: str, value: Any) -> int:
    if isinstance(value, datetime.datetime):
        if value.tzinfo is None:
            raise Lox24ValidationError(name, "must be an aware datetime (naive ones are ambiguous)", value)
        return int(value.timestamp())
    if isinstance(value, bool) or not isinstance(value, int):
        raise Lox24ValidationError(name, "must be a Unix timestamp (int) or an aware datetime", value)
    return value


def _range(name: str, value: Range | tuple[Any, ...], kind: str) -> dict[str, Any]:
    """`Range(...)` or `(start, end)` as `name[between]=A..B` (both bounds inclusive) or `name[gt|gte|lt|lte]=N`."""
    if isinstance(value, tuple):
        if len(value) != 2:
            raise Lox24ValidationError(name, "a range is a pair (start, end); use a list for several values", value)
        try:
            value = Range(gte=value[0], lte=value[1])
        except Lox24ValidationError as exc:
            raise Lox24ValidationError(name, exc.rule, exc.value) from exc
    bounds: dict[str, int] = {}
    for op in _OPS:
        bound = getattr(value, op)
        if bound is None:
            continue
        if kind == RANGE and isinstance(bound, datetime.datetime):
            raise Lox24ValidationError(name, "is a number: its range takes integers, not datetimes", value)
        bounds[op] = _timestamp(name, bound)
    if "gte" in bounds and "lte" in bounds:
        return {name + "between": f"{bounds['gte']}..{bounds['lte']}"}
    return {name + op: bound for op, bound in bounds.items()}


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

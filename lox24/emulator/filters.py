"""LOX24's collection filter grammar, parsed into a parameterised SQL WHERE clause and ORDER BY.

Standalone: it imports only the standard library and the emulator's `errors` module. The grammar is that of
LOX24's "generic filter system" (API Platform; lox24-api-notes.md §3.3):

* partial text   ``text=hello``                       substring, case-insensitive
* exact          ``status_code=0``                    equality
* multi-value    ``iso2[]=DE&iso2[]=CH``              SQL IN; PHP's indexed form ``iso2[0]=DE&iso2[1]=CH`` is the same
* range          ``created_at[lt|gt|lte|gte]=N``      and ``created_at[between]=A..B`` (inclusive, A <= B)
* boolean        ``is_sent=true|false|1|0``
* exists         ``exists[is_unicode]=true|false|1|0``  IS NOT NULL / IS NULL
* ordering       ``_order[created_at]=asc|desc``

Two modes. Lists (``strict=False``) ignore parameters they do not know, as API Platform does. Batch operations
(``strict=True``) refuse them with a 400 naming the parameter. In both modes a malformed value of a known filter
(``[between]=5``, ``[between]=9..1`` in strict mode, ``abc`` for a number, a bad uuid) is a 400 naming the
parameter: a filter is never dropped, so a selection is never wider than asked. Every condition is ANDed.

Example:
    >>> sel = parse([("uuid[0]", "0f0e4a52-8c51-11ea-a637-96000028b339")], SMS_FILTERS, strict=True)
    >>> sel.where, sel.params
    ('uuid IN (?)', ['0f0e4a52-8c51-11ea-a637-96000028b339'])
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Literal
from urllib.parse import parse_qsl

from .errors import (
    CODE_CHOICE,
    CODE_RANGE,
    CODE_REGEX,
    CODE_TOO_LONG,
    CODE_TOO_MANY,
    CODE_TYPE,
    Violation,
    ViolationError,
)

Kind = Literal["partial", "exact", "int", "bool"]
RANGE_OPS = {"lt": "<", "gt": ">", "lte": "<=", "gte": ">="}
MAX_INT = 2**63 - 1
MAX_ITEMS = 100
_INT_RE = re.compile(r"-?[0-9]{1,19}")
_BETWEEN_RE = re.compile(r"([0-9]{1,12})\.\.([0-9]{1,12})")  # as the spec's pattern
# Names may have dots: LOX24 filters nested fields so (`request_phone.phone` on /fraud-checks).
_KEY_RE = re.compile(r"([A-Za-z_][A-Za-z0-9_.]*)(?:\[([^\[\]]*)\])?")
_BOOLS = {"true": 1, "1": 1, "false": 0, "0": 0}
UUID_PATTERN = r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"


@dataclass(frozen=True)
class Field:
    """How one query field maps to SQL.

    `column` is a column name or SQL expression; `kind` is partial (substring), exact (text equality/IN), int
    (equality/IN, plus ranges when `ranges`) or bool. `pattern` (full match), `max_len` (text) and `choices`
    restrict the values; `max_items` the values of ``name[]``. `exists` allows ``exists[name]``; `order` allows
    ``_order[name]``; `filter=False` declares an order-only field.
    """

    column: str
    kind: Kind = "exact"
    ranges: bool = False
    multi: bool = True
    single: bool = True
    exists: bool = False
    order: bool = False
    filter: bool = True
    pattern: str | None = None
    choices: frozenset[int] | None = None
    minimum: int = -MAX_INT
    maximum: int = MAX_INT
    max_len: int | None = None
    max_items: int = MAX_ITEMS


class FilterError(ViolationError):
    """A 400 naming the query parameter that was not understood or was malformed."""

    def __init__(self, parameter: str, message: str, code: str = CODE_TYPE) -> None:
        self.parameter = parameter
        super().__init__(400, [Violation(parameter, message, code)])


@dataclass
class Selection:
    """The parsed filters: `where` (``"1"`` when empty) with its `params`, and `order_by` (``""`` when none)."""

    conditions: list[str] = field(default_factory=list)
    params: list[object] = field(default_factory=list)
    orders: list[str] = field(default_factory=list)

    @property
    def where(self) -> str:
        return " AND ".join(self.conditions) if self.conditions else "1"

    @property
    def order_by(self) -> str:
        return ", ".join(self.orders)


Query = str | Iterable[tuple[str, str]] | Mapping[str, object]
"""A raw query string, its (key, value) pairs, or a mapping (``{"uuid[]": [a, b], "is_sent": True}``)."""


def parse(
    query: Query,
    table: Mapping[str, Field],
    *,
    strict: bool,
    ignore: Iterable[str] = (),
    lower: str = "lower",
) -> Selection:
    """Parse a raw query string, (key, value) pairs or a mapping against `table` into a `Selection`.

    `ignore` names parameters handled elsewhere (``page`` on lists). `lower` is the SQL function used for
    case-insensitive partial matches (the emulator registers a Unicode-aware ``ulower``).
    """
    pairs = parse_qsl(query, keep_blank_values=True) if isinstance(query, str) else _pairs(query)
    skip = set(ignore)
    seen: dict[str, str] = {}
    lists: dict[str, dict[object, tuple[str, str]]] = {}
    sel = Selection()
    for key, value in pairs:
        if key in skip:
            continue
        m = _KEY_RE.fullmatch(key)
        if m is None:
            _unknown(key, strict)
            continue
        name, sub = m.group(1), m.group(2)
        if sub is not None and (sub == "" or sub.isdigit()):
            f = table.get(name)
            if f is None or not f.filter or not f.multi:
                _unknown(key, strict)
                continue
            items = lists.setdefault(name, {})
            if sub == "":
                items[object()] = (key, value)  # `name[]=`: always a new item
            elif sub in items and strict:
                raise FilterError(key, "This parameter is given more than once.")
            else:
                items[sub] = (key, value)  # `name[N]=`: PHP keeps the last value of an index
            continue
        if key in seen and strict:
            raise FilterError(key, "This parameter is given more than once.")
        seen[key] = value  # PHP keeps the last value of a repeated key
    for key, value in seen.items():
        _scalar(sel, key, value, table, strict, lower)
    for name, items in lists.items():
        _multi(sel, f"{name}[]", list(items.values()), table[name], strict, lower)
    return sel


def _pairs(query: Iterable[tuple[str, str]] | Mapping[str, object]) -> list[tuple[str, str]]:
    """The (key, value) pairs of `query`; a mapping's list values become one pair each (``uuid[]``)."""
    if not isinstance(query, Mapping):
        return list(query)

    def text(value: object) -> str:
        return ("1" if value else "0") if isinstance(value, bool) else str(value)

    return [
        (key, text(item))
        for key, value in query.items()
        for item in (value if isinstance(value, list | tuple) else [value])
    ]


def _unknown(key: str, strict: bool) -> None:
    if strict:
        raise FilterError(key, "This filter is not supported by this operation.", CODE_CHOICE)


def _scalar(sel: Selection, key: str, value: str, table: Mapping[str, Field], strict: bool, lower: str) -> None:
    m = _KEY_RE.fullmatch(key)
    assert m is not None
    name, sub = m.group(1), m.group(2)
    if sub is None:
        f = table.get(name)
        if f is None or not f.filter or not f.single:
            _unknown(key, strict)
            return
        if f.kind == "partial":
            if value == "":
                _empty(key, strict)
                return
            _length(key, value, f)
            sel.conditions.append(f"instr({lower}({f.column}), {lower}(?)) > 0")
            sel.params.append(value)
        else:
            sel.conditions.append(f"{f.column} = ?")
            sel.params.append(_value(key, value, f))
        return
    if name == "_order":
        f = table.get(sub)
        if f is None or not f.order:
            _unknown(key, strict)
            return
        if value not in ("asc", "desc"):
            raise FilterError(key, "The value you selected is not a valid choice (asc, desc).", CODE_CHOICE)
        sel.orders.append(f"{f.column} {value.upper()}")
        return
    if name == "exists":
        f = table.get(sub)
        if f is None or not f.exists:
            _unknown(key, strict)
            return
        if value not in _BOOLS:
            raise FilterError(key, "This value should be of type bool (true, false, 1, 0).")
        sel.conditions.append(f"{f.column} IS {'NOT ' if _BOOLS[value] else ''}NULL")
        return
    f = table.get(name)
    if f is None or not f.filter or not f.ranges or (sub not in RANGE_OPS and sub != "between"):
        _unknown(key, strict)
        return
    if sub == "between":
        m2 = _BETWEEN_RE.fullmatch(value)
        if m2 is None:
            raise FilterError(key, "This value should be two numbers joined by '..' (e.g. 1575158400..1575676800).")
        # Bounds are plain integers: a range wider than the column's values is what was asked, not a widening.
        low, high = int(m2.group(1)), int(m2.group(2))
        if strict and low > high:
            raise FilterError(key, "The first bound should be less than or equal to the second.", CODE_RANGE)
        sel.conditions.append(f"{f.column} BETWEEN ? AND ?")
        sel.params.extend([low, high])
        return
    sel.conditions.append(f"{f.column} {RANGE_OPS[sub]} ?")
    sel.params.append(_value(key, value, f))


def _multi(sel: Selection, label: str, items: list[tuple[str, str]], f: Field, strict: bool, lower: str) -> None:
    values = [v for _, v in items]
    if len(values) > f.max_items:
        raise FilterError(label, f"This collection should contain {f.max_items} elements or less.", CODE_TOO_MANY)
    if f.kind == "partial":
        if any(v == "" for v in values):
            _empty(label, strict)
            values = [v for v in values if v != ""]
            if not values:
                return
        for key, value in items:
            _length(key, value, f)
        sel.conditions.append("(" + " OR ".join(f"instr({lower}({f.column}), {lower}(?)) > 0" for _ in values) + ")")
        sel.params.extend(values)
        return
    parsed = [_value(k, v, f) for k, v in items]
    sel.conditions.append(f"{f.column} IN ({', '.join('?' for _ in parsed)})")
    sel.params.extend(parsed)


def _empty(key: str, strict: bool) -> None:
    if strict:
        raise FilterError(key, "This value should not be blank.")


def _value(key: str, raw: str, f: Field) -> object:
    """One value of field `f` (from parameter `key`), checked; a FilterError names `key` when it is malformed."""
    if f.kind == "bool":
        if raw not in _BOOLS:
            raise FilterError(key, "This value should be of type bool (true, false, 1, 0).")
        return _BOOLS[raw]
    if f.kind == "int":
        n = _number(key, raw, f)
        if f.choices is not None and n not in f.choices:
            raise FilterError(key, "The value you selected is not a valid choice.", CODE_CHOICE)
        return n
    # Exact text: blank only where the pattern admits it, or, without a pattern, where a length is set
    # (`callback_data[]=` matches SMS whose value is "").
    if f.pattern is None and f.max_len is not None:
        _length(key, raw, f)
    elif re.fullmatch(f.pattern or r"[\s\S]+", raw) is None:
        raise FilterError(key, "This value is not valid.", CODE_REGEX)
    return raw


def _length(key: str, raw: str, f: Field) -> None:
    if f.max_len is not None and len(raw) > f.max_len:
        raise FilterError(key, f"This value is too long. It should have {f.max_len} characters or less.", CODE_TOO_LONG)


def _number(key: str, raw: str, f: Field) -> int:
    if _INT_RE.fullmatch(raw) is None:
        raise FilterError(key, "This value should be of type int.")
    n = int(raw)
    if not f.minimum <= n <= f.maximum:
        raise FilterError(key, f"This value should be between {f.minimum} and {f.maximum}.", CODE_RANGE)
    return n


def names(table: Mapping[str, Field], *, lists: bool = True) -> set[str]:
    """The query parameter names `table` declares, spelt as the spec spells them (``uuid[]``, ``created_at[gte]``).

    The plain form of a multi-value field (``uuid``) is accepted but not listed: the spec declares only ``uuid[]``.
    Ordering names are listed only with `lists` (list operations).
    """
    out: set[str] = set()
    for name, f in table.items():
        if f.filter:
            if f.multi and f.kind != "partial":
                out.add(f"{name}[]")
            elif f.single:
                out.add(name)
            if f.ranges:
                out.update(f"{name}[{op}]" for op in (*RANGE_OPS, "between"))
        if f.exists:
            out.add(f"exists[{name}]")
        if f.order and lists:
            out.add(f"_order[{name}]")
    return out


# --- the field tables of each resource (checked against spec/lox24.yaml by tests/emulator/test_filters.py) ----

MAX_TS = 253402300799  # 9999-12-31T23:59:59Z, the spec's Timestamp maximum
MAX_I32 = 2**31 - 1
SMS_STATUS_CODES = frozenset({0, 100, 208, 400, 410, 2000, 3000, 5000, 6000})
DLR_CODES = frozenset({0, 1, 2, 4, 8, 16})
BULK_STATUS_CODES = frozenset({0, 5, 10, 15, 20, 201})

SMS_FILTERS: dict[str, Field] = {
    "is_sent": Field("is_sent", "bool", multi=False),
    "is_unicode": Field("is_unicode", "bool", multi=False),
    "uuid": Field("uuid", pattern=UUID_PATTERN),
    "iso2": Field("iso2", pattern="[A-Z]{2}"),
    "dlr_code": Field("dlr_code", "int", choices=DLR_CODES, max_items=10),
    "status_code": Field("status_code", "int", choices=SMS_STATUS_CODES, max_items=10),
    "gateway_sent_at": Field("gateway_sent_at", "int", ranges=True, order=True, minimum=0, maximum=MAX_TS),
    "delivery_at": Field("delivery_at", "int", ranges=True, minimum=0, maximum=MAX_TS),
    "created_at": Field("created_at", "int", ranges=True, order=True, minimum=0, maximum=MAX_TS),
    "chars_count": Field("chars_count", "int", ranges=True, minimum=0, maximum=MAX_I32),
    "parts_count": Field("parts_count", "int", ranges=True, minimum=0, maximum=MAX_I32),
    "bulk": Field("bulk_id", pattern=UUID_PATTERN),
    "source": Field("source", "int", ranges=True, minimum=0, maximum=MAX_I32),
    "text": Field("text", "partial", multi=False, max_len=1785),
    "phone": Field("phone", "partial", multi=False, max_len=16),
    "sender_id": Field("sender_id", "partial", multi=False, max_len=16),
    "ip": Field("ip", "partial", multi=False, max_len=45),
    "key_id": Field("key_id", "int", minimum=1, maximum=MAX_I32),
    "callback_data": Field("callback_data", max_len=36),
}

BULK_FILTERS: dict[str, Field] = {
    "uuid": Field("uuid", pattern=UUID_PATTERN),
    "text": Field("text", "partial", multi=False, max_len=1785),
    "sender_id": Field("sender_id", "partial", multi=False, max_len=16),
    "status_code": Field("status_code", "int", choices=BULK_STATUS_CODES, max_items=10),
    "created_at": Field("created_at", "int", ranges=True, order=True, minimum=0, maximum=MAX_TS),
    "delivery_at": Field("delivery_at", "int", ranges=True, order=True, minimum=0, maximum=MAX_TS),
    "processed_at": Field("processed_at", "int", ranges=True, order=True, minimum=0, maximum=MAX_TS),
    "msg_total_count": Field("msg_total_count", "int", ranges=True, order=True, minimum=0, maximum=MAX_I32),
    "source": Field("source", "int", ranges=True, minimum=0, maximum=MAX_I32),
    "key_id": Field("key_id", "int", minimum=1, maximum=MAX_I32),
    "is_unicode": Field("is_unicode", "bool", multi=False, exists=True),
    "is_dryrun": Field("0", "bool", multi=False),
}

INCOMING_FILTERS: dict[str, Field] = {
    "received_at": Field("received_at", "int", filter=False, order=True),
    "text": Field("text", "partial", multi=False, max_len=1530),
    "from": Field("from_number", "partial", multi=False, max_len=30),
    "to": Field("to_number", "partial", multi=False, max_len=30),
    "msg_uuid": Field("msg_uuid", pattern=UUID_PATTERN),
}

FRAUD_CHECK_STATUS_CODES = frozenset({0, 5, 10, 20, 21, 1000})
FRAUD_CHECK_FILTERS: dict[str, Field] = {
    "created_at": Field("created_at", "int", filter=False, order=True),
    "id": Field("uuid", pattern=UUID_PATTERN),
    "status_code": Field("status_code", "int", choices=FRAUD_CHECK_STATUS_CODES, max_items=10),
    "callback_data": Field("callback_data", "partial", multi=False, max_len=36),
    "request_phone.phone": Field("phone", "partial", multi=False, max_len=16),
    "request_email.email": Field("email", "partial", multi=False, max_len=500),
    "request_ip.ip": Field("ip", "partial", multi=False, max_len=39),
}

# Operation id → (field table, strict mode). Groups and phones have no filters (only `page`).
OPERATIONS: dict[str, tuple[Mapping[str, Field], bool]] = {
    "list_sms": (SMS_FILTERS, False),
    "cancel_sms_batch": (SMS_FILTERS, True),
    "delete_sms_batch": (SMS_FILTERS, True),
    "list_bulks": (BULK_FILTERS, False),
    "list_incomings": (INCOMING_FILTERS, False),
    "list_groups": ({}, False),
    "list_group_phones": ({}, False),
    "list_fraud_checks": (FRAUD_CHECK_FILTERS, False),
}

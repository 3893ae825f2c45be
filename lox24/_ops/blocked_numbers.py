"""`client.blocked_numbers`: the account's block list (spec tag `blocked-numbers`)."""

from __future__ import annotations

import re
from typing import Any

from lox24_api.models import BlockedNumberType, BlockedNumberWrite

from .._base_client import _Op
from .._compat import is_unknown
from .._validation import Lox24ValidationError

_NUMBER_RE = re.compile(r"\+[0-9]{4,20}")
_NUMBER_FILTER_MAX = 21


def _body(number: Any, *, validate: bool) -> BlockedNumberWrite:
    """The POST body; with `validate`, `number` must be `+` and 4 to 20 digits (the spec's pattern)."""
    if validate and (not isinstance(number, str) or _NUMBER_RE.fullmatch(number) is None):
        raise Lox24ValidationError("number", "must be '+' followed by 4 to 20 digits, e.g. +491701234567", number)
    return BlockedNumberWrite(number=number)


def _list_kwargs(number: Any, type_: Any) -> dict[str, Any]:
    """The generated keywords of GET /blocked_numbers for the filters given (`None`: no filter)."""
    out: dict[str, Any] = {}
    if number is not None:
        if not isinstance(number, str) or not 1 <= len(number) <= _NUMBER_FILTER_MAX:
            rule = f"must be a non-empty string of at most {_NUMBER_FILTER_MAX} characters"
            raise Lox24ValidationError("number", rule, number)
        out["number"] = number
    if type_ is not None:
        try:
            if isinstance(type_, bool):  # True would be read as the type 1
                raise TypeError(type_)
            kind = BlockedNumberType(type_)
        except (TypeError, ValueError) as exc:
            raise Lox24ValidationError("type", "must be a BlockedNumberType (1 or 2)", type_) from exc
        if is_unknown(kind):  # the generated enums are made tolerant of new values when answers are parsed
            raise Lox24ValidationError("type", "must be a BlockedNumberType (1 or 2)", type_)
        out["type_"] = kind
    return out


_CREATE_BLOCKED_NUMBER = _Op("POST", (201,), "BlockedNumber", operation="blocked_numbers.create_blocked_number")
_DELETE_BLOCKED_NUMBER = _Op("DELETE", (204,), None, operation="blocked_numbers.delete_blocked_number")
_GET_BLOCKED_NUMBER = _Op("GET", (200,), "BlockedNumber", operation="blocked_numbers.get_blocked_number")
_LIST_BLOCKED_NUMBERS = _Op("GET", (200,), "BlockedNumberCollection", operation="blocked_numbers.list_blocked_numbers")

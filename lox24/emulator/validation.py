"""The request-validation engine (a small subset of JSON Schema) and the field rules several resources share.

The rules of each operation are tables in its handlers module (`handlers/*.py`), written after spec/lox24.yaml;
tests/emulator/test_rules_follow_the_spec.py fails on any difference from the spec (see README.md, "Rules").
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from .errors import (
    CODE_CHOICE,
    CODE_NOT_BLANK,
    CODE_RANGE,
    CODE_REGEX,
    CODE_SYNTAX,
    CODE_TOO_FEW,
    CODE_TOO_LONG,
    CODE_TOO_MANY,
    CODE_TOO_SHORT,
    CODE_TYPE,
    Violation,
    ViolationError,
    bad_request,
    payload_too_large,
)

# LOX24 (PHP) takes bodies of a few MiB and then validates each field; the emulator parses bodies up to
# 4 MiB (a 1 MB `text` is a 400 naming `text`) and answers 413 beyond, without reading further.
MAX_BODY_BYTES = 4 * 1024 * 1024
MAX_TIMESTAMP = 253402300799
MAX_INT32 = 2147483647

# The spec's patterns, ending in \Z: Python's `$` also matches before a final newline, ECMA's does not.
UUID_RE = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\Z")
SENDER_ID_RE = re.compile(r"^(\+?[1-9][0-9]{0,14}|[a-zA-Z0-9 ]{1,11})\Z")
PHONE_INPUT_RE = re.compile(r"^(\+[1-9][0-9]{2,14}|00[1-9][0-9]{2,13}|[1-9][0-9]{3,14}|0[1-9][0-9]{2,14})\Z")
DATE_TIME_RE = re.compile(
    r"^[0-9]{4}-[0-9]{2}-[0-9]{2}[Tt ][0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]+)?([Zz]|[+-][0-9]{2}:[0-9]{2})\Z"
)

SERVICE_CODES = ("direct", "text2speech", "text2speech_ssml")
VOICE_LANGS = (
    "EN DE FR IT ES PL NL RO PT CS HU SV DA FI SK HR TR RU BG UK".split()  # noqa: SIM905
)


@dataclass(frozen=True)
class F:
    """One field's rules (a small subset of JSON Schema)."""

    type: str
    nullable: bool = False
    min_len: int | None = None
    max_len: int | None = None
    pattern: re.Pattern[str] | None = None
    enum: tuple[Any, ...] | None = None
    minimum: int | None = None
    maximum: int | None = None
    items: F | None = None
    min_items: int | None = None
    max_items: int | None = None
    fields: Mapping[str, F] = field(default_factory=dict)
    required: tuple[str, ...] = ()
    values: F | None = None  # additionalProperties of an object


_TYPE_NAMES = {"string": "string", "integer": "int", "boolean": "bool", "number": "float", "array": "array"}


def _as_int(value: Any) -> int | None:
    """The integer a JSON value stands for (23902688.0 is one), or None; booleans are not integers."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float) and math.isfinite(value) and value.is_integer():
        return int(value)
    return None


def check(value: Any, f: F, path: str, out: list[Violation]) -> Any:
    """Validate `value` against `f`, append violations to `out`, return the normalised value."""
    if value is None:
        if not f.nullable:
            out.append(Violation(path, f"This value should be of type {_TYPE_NAMES.get(f.type, f.type)}.", CODE_TYPE))
        return None
    if f.type == "string":
        if not isinstance(value, str):
            out.append(Violation(path, "This value should be of type string.", CODE_TYPE))
            return None
        if f.min_len is not None and len(value) < f.min_len:
            if f.min_len == 1:
                out.append(Violation(path, "This value should not be blank.", CODE_NOT_BLANK))
            else:
                out.append(
                    Violation(
                        path, f"This value is too short. It should have {f.min_len} characters or more.", CODE_TOO_SHORT
                    )
                )
        elif f.max_len is not None and len(value) > f.max_len:
            out.append(
                Violation(
                    path, f"This value is too long. It should have {f.max_len} characters or less.", CODE_TOO_LONG
                )
            )
        elif f.pattern is not None and not f.pattern.match(value):
            out.append(Violation(path, "This value is not valid.", CODE_REGEX))
        elif f.enum is not None and value not in f.enum:
            out.append(Violation(path, "The value you selected is not a valid choice.", CODE_CHOICE))
        return value
    if f.type == "integer":
        n = _as_int(value)
        if n is None:
            out.append(Violation(path, "This value should be of type int.", CODE_TYPE))
            return None
        if (f.minimum is not None and n < f.minimum) or (f.maximum is not None and n > f.maximum):
            out.append(Violation(path, f"This value should be between {f.minimum} and {f.maximum}.", CODE_RANGE))
        elif f.enum is not None and n not in f.enum:
            out.append(Violation(path, "The value you selected is not a valid choice.", CODE_CHOICE))
        return n
    if f.type == "boolean":
        if not isinstance(value, bool):
            out.append(Violation(path, "This value should be of type bool.", CODE_TYPE))
            return None
        return value
    if f.type == "number":
        if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
            out.append(Violation(path, "This value should be of type float.", CODE_TYPE))
            return None
        if (f.minimum is not None and value < f.minimum) or (f.maximum is not None and value > f.maximum):
            out.append(Violation(path, f"This value should be between {f.minimum} and {f.maximum}.", CODE_RANGE))
        return value
    if f.type == "array":
        if not isinstance(value, list):
            out.append(Violation(path, "This value should be of type array.", CODE_TYPE))
            return None
        if f.min_items is not None and len(value) < f.min_items:
            out.append(Violation(path, f"This collection should contain {f.min_items} element or more.", CODE_TOO_FEW))
            return None
        if f.max_items is not None and len(value) > f.max_items:
            out.append(
                Violation(path, f"This collection should contain {f.max_items} elements or less.", CODE_TOO_MANY)
            )
            return None
        assert f.items is not None
        return [check(item, f.items, f"{path}[{i}]", out) for i, item in enumerate(value)]
    if f.type == "object":
        if not isinstance(value, dict):
            out.append(Violation(path, "This value should be of type object.", CODE_TYPE))
            return None
        return check_object(value, f, path, out)
    raise AssertionError(f"unknown type {f.type}")  # pragma: no cover


def _join(prefix: str, name: str) -> str:
    return f"{prefix}.{name}" if prefix else name


def check_object(value: dict[str, Any], f: F, path: str, out: list[Violation]) -> dict[str, Any]:
    """Validate the known fields of an object; unknown fields are ignored (API Platform's default)."""
    result: dict[str, Any] = {}
    for name in f.required:
        if name not in value:
            out.append(Violation(_join(path, name), "This value should not be blank.", CODE_NOT_BLANK))
    for name, sub in f.fields.items():
        if name in value:
            result[name] = check(value[name], sub, _join(path, name), out)
    if f.values is not None:
        if f.max_items is not None and len(value) > f.max_items:
            out.append(
                Violation(path, f"This collection should contain {f.max_items} elements or less.", CODE_TOO_MANY)
            )
        else:
            for key, item in value.items():
                result[key] = check(item, f.values, _join(path, key), out)
    return result


def validate(value: Any, f: F) -> Any:
    """Validate a whole body; raise a 400 ViolationError listing every violation."""
    out: list[Violation] = []
    result = check(value, f, "", out)
    if out:
        raise ViolationError(400, out)
    return result


def parse_json(raw: bytes) -> Any:
    """Decode a JSON body; anything that is not JSON (or too deep) is a 400, a body over 4 MiB a 413."""
    if len(raw) > MAX_BODY_BYTES:
        raise payload_too_large(MAX_BODY_BYTES)
    if not raw.strip():
        raise bad_request("", "Syntax error: the request body is empty.", CODE_SYNTAX)
    try:
        value = json.loads(raw.decode("utf-8"), parse_constant=_reject_constant)
    except (ValueError, RecursionError, UnicodeDecodeError):
        raise bad_request("", "Syntax error: the request body is not valid JSON.", CODE_SYNTAX) from None
    if _ESCAPED_SURROGATE.search(raw):
        # A lone surrogate (`"\ud800"`) is valid JSON syntax but no text: it cannot be stored or sent.
        try:
            json.dumps(value, ensure_ascii=False).encode("utf-8")
        except UnicodeEncodeError:
            raise bad_request("", "The request body contains an unpaired UTF-16 surrogate.", CODE_SYNTAX) from None
    return value


_ESCAPED_SURROGATE = re.compile(rb"\\u[dD][89abcdefABCDEF]")


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


# --- query parameters ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Q:
    """One query parameter: its scalar rules, and whether it is the array form `name[]`."""

    item: F
    array: bool = False
    max_items: int | None = None


def _parse_scalar(raw: str, f: F, name: str, out: list[Violation]) -> Any:
    if f.type == "integer":
        try:
            n = int(raw)
        except ValueError:
            try:
                x = float(raw)
            except ValueError:
                out.append(Violation(name, "This value should be of type int.", CODE_TYPE))
                return None
            if not (math.isfinite(x) and x.is_integer()):
                out.append(Violation(name, "This value should be of type int.", CODE_TYPE))
                return None
            n = int(x)
        return check(n, f, name, out)
    if f.type == "boolean":
        low = raw.lower()
        if low in ("true", "1"):
            return True
        if low in ("false", "0"):
            return False
        out.append(Violation(name, "This value should be of type bool.", CODE_TYPE))
        return None
    return check(raw, f, name, out)


def parse_query(params: Sequence[tuple[str, str]], spec: Mapping[str, Q]) -> dict[str, Any]:
    """Parse the declared query parameters (array ones also as `name=`); unknown ones are ignored."""
    grouped: dict[str, list[str]] = {}
    for key, val in params:
        grouped.setdefault(key, []).append(val)
    out: list[Violation] = []
    result: dict[str, Any] = {}
    for name, q in spec.items():
        if q.array:
            base = name[:-2]
            raws = grouped.get(name, []) + grouped.get(base, [])
            if not raws:
                continue
            if q.max_items is not None and len(raws) > q.max_items:
                out.append(
                    Violation(name, f"This collection should contain {q.max_items} elements or less.", CODE_TOO_MANY)
                )
                continue
            result[name] = [_parse_scalar(r, q.item, name, out) for r in raws]
        elif name in grouped:
            result[name] = _parse_scalar(grouped[name][0], q.item, name, out)
    if out:
        raise ViolationError(400, out)
    return result


# --- field rules shared by several operations -------------------------------------------------------

TIMESTAMP = F("integer", nullable=True, minimum=0, maximum=MAX_TIMESTAMP)
SOURCE = F("integer", nullable=True, minimum=0, maximum=MAX_INT32)
SENDER_ID = F("string", pattern=SENDER_ID_RE)
PHONE_INPUT = F("string", min_len=4, max_len=16, pattern=PHONE_INPUT_RE)
SERVICE = F("string", nullable=True, enum=SERVICE_CODES)
VOICE = F("string", nullable=True, enum=tuple(VOICE_LANGS))
NBOOL = F("boolean", nullable=True)
CALLBACK = F("string", nullable=True, max_len=36)
UUID = F("string", pattern=UUID_RE)
PAGE = {"page": Q(F("integer", minimum=1, maximum=1000000))}


def path_uuid(value: str) -> str | None:
    """The uuid of a path segment, or None when it is not one (the handler answers 404)."""
    return value if UUID_RE.match(value) else None


def path_int(value: str) -> int | None:
    """The positive 32-bit integer id of a path segment, or None (404)."""
    if not value.isascii() or not value.isdigit() or len(value) > 10:
        return None
    n = int(value)
    return n if 1 <= n <= MAX_INT32 else None

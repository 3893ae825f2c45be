"""The structural request rules of spec/lox24.yaml and of the emulator, in one comparable form.

`drift(spec)` lists every difference between the rules the emulator enforces (the `BODIES` and `QUERIES` tables of
`lox24/emulator/handlers/*.py`, and the filter tables of `lox24/emulator/filters.py` by operation) and those a spec
declares, per operationId: types, nullability, required fields, patterns, lengths, enums, ranges, array and object
sizes, query parameters. An empty list means no drift.
"""

from __future__ import annotations

import copy
import functools
import re
from pathlib import Path
from typing import Any

import yaml

from lox24.emulator import filters
from lox24.emulator.routes import RESOURCES
from lox24.emulator.validation import DATE_TIME_RE, F, Q

SPEC = Path(__file__).resolve().parents[2] / "spec" / "lox24.yaml"
HTTP_METHODS = ("get", "post", "put", "patch", "delete")
_SCALAR_KEYS = ("minLength", "maxLength", "pattern", "minimum", "maximum", "minItems", "maxItems", "maxProperties")


def load(path: Path = SPEC) -> dict[str, Any]:
    """A spec file, parsed (a fresh copy each call: callers may edit it)."""
    return copy.deepcopy(_parse(path.read_text(encoding="utf-8")))


@functools.lru_cache(maxsize=4)
def _parse(text: str) -> dict[str, Any]:
    spec: dict[str, Any] = yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))  # noqa: S506
    return spec


def _resolve(spec: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in node:
        target: Any = spec
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        node = {**target, **{k: v for k, v in node.items() if k != "$ref"}}
    return node


def _pattern(regex: str) -> str:
    # The emulator ends its patterns in \Z (Python's `$` also matches before a final newline, ECMA's does not).
    return regex[:-2] + "$" if regex.endswith("\\Z") else regex


def from_spec(spec: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    """The canonical form of a spec schema."""
    node = _resolve(spec, node)
    if "allOf" in node:
        merged: dict[str, Any] = {k: v for k, v in node.items() if k != "allOf"}
        for part in node["allOf"]:
            part = _resolve(spec, part)
            for key in ("properties", "patternProperties"):
                merged[key] = {**merged.get(key, {}), **part.get(key, {})}
            merged["required"] = [*merged.get("required", []), *part.get("required", [])]
            merged.update({k: v for k, v in part.items() if k not in ("properties", "patternProperties", "required")})
        node = merged
    nullable = False
    if "anyOf" in node:
        parts = [_resolve(spec, p) for p in node["anyOf"]]
        others = [p for p in parts if p.get("type") != "null"]
        assert len(others) == 1, node
        nullable = len(others) < len(parts)
        node = {**{k: v for k, v in node.items() if k != "anyOf"}, **others[0]}
    kind = node.get("type")
    if isinstance(kind, list):
        nullable = nullable or "null" in kind
        (kind,) = [t for t in kind if t != "null"]
    out: dict[str, Any] = {"type": kind, "nullable": nullable}
    out.update({k: node[k] for k in _SCALAR_KEYS if k in node})
    if "enum" in node:
        out["enum"] = sorted(v for v in node["enum"] if v is not None)
    if node.get("format") == "date-time":
        out["format"] = "date-time"
    if kind == "array":
        out["items"] = from_spec(spec, node["items"])
    if kind == "object":
        props = {name: from_spec(spec, sub) for name, sub in node.get("properties", {}).items()}
        for regex, sub in node.get("patternProperties", {}).items():
            # `^[a-e]$`: the data columns a … e, which the emulator lists as fields.
            letters = re.fullmatch(r"\^\[(\w)-(\w)\]\$", regex)
            assert letters, regex
            for code in range(ord(letters[1]), ord(letters[2]) + 1):
                props[chr(code)] = from_spec(spec, sub)
        out["properties"] = props
        out["required"] = sorted(set(node.get("required", [])))
        if isinstance(node.get("additionalProperties"), dict):
            out["additionalProperties"] = from_spec(spec, node["additionalProperties"])
    return out


def from_emulator(f: F) -> dict[str, Any]:
    """The canonical form of one of the emulator's field rules."""
    out: dict[str, Any] = {"type": f.type, "nullable": f.nullable}
    sizes = {"minLength": f.min_len, "maxLength": f.max_len, "minimum": f.minimum, "maximum": f.maximum}
    if f.type == "array":
        sizes |= {"minItems": f.min_items, "maxItems": f.max_items}
    elif f.type == "object":
        sizes |= {"maxProperties": f.max_items}
    out.update({k: v for k, v in sizes.items() if v is not None})
    if f.pattern is DATE_TIME_RE:
        out["format"] = "date-time"
    elif f.pattern is not None:
        out["pattern"] = _pattern(f.pattern.pattern)
    if f.enum is not None:
        out["enum"] = sorted(f.enum)
    if f.items is not None:
        out["items"] = from_emulator(f.items)
    if f.type == "object":
        out["properties"] = {name: from_emulator(sub) for name, sub in f.fields.items()}
        out["required"] = sorted(f.required)
        if f.values is not None:
            out["additionalProperties"] = from_emulator(f.values)
    return out


def _query_from_emulator(q: Q) -> dict[str, Any]:
    item = from_emulator(q.item)
    if not q.array:
        return item
    array: dict[str, Any] = {"type": "array", "nullable": False, "items": item}
    if q.max_items is not None:
        array["maxItems"] = q.max_items
    return array


def _filter_value(f: filters.Field) -> dict[str, Any]:
    """The canonical form of one value of a filter field (`uuid`, `created_at`, `text`, …)."""
    if f.kind == "bool":
        return {"type": "boolean", "nullable": False}
    if f.kind == "int":
        out: dict[str, Any] = {"type": "integer", "nullable": False}
        if f.choices is not None:
            out["enum"] = sorted(f.choices)
        else:
            out.update(minimum=f.minimum, maximum=f.maximum)
        return out
    out = {"type": "string", "nullable": False}
    if f.max_len is not None:
        out["maxLength"] = f.max_len
    if f.pattern is not None:
        out["pattern"] = f"^{f.pattern}$"
    return out


def filter_rules(table: Any) -> dict[str, dict[str, Any]]:
    """The canonical query parameters of one filter table (`filters.SMS_FILTERS`, …)."""
    out: dict[str, dict[str, Any]] = {}
    for name in filters.names(table):
        base, bracket, rest = name.partition("[")
        op = rest[:-1] if bracket else None  # "" for `name[]`, None for a plain `name`
        if base == "_order":
            out[name] = {"type": "string", "nullable": False, "enum": ["asc", "desc"]}
        elif base == "exists":
            out[name] = {"type": "boolean", "nullable": False}
        elif op is None:
            out[name] = _filter_value(table[base])
        elif op == "between":
            between = filters._BETWEEN_RE.pattern.replace("(", "").replace(")", "")  # the grammar's own pattern
            out[name] = {"type": "string", "nullable": False, "pattern": f"^{between}$"}
        elif op in filters.RANGE_OPS:
            f = table[base]
            out[name] = {"type": "integer", "nullable": False, "minimum": f.minimum, "maximum": f.maximum}
        else:
            assert op == "", name
            item = _filter_value(table[base])
            out[name] = {"type": "array", "nullable": False, "maxItems": table[base].max_items, "items": item}
    return out


def spec_rules(spec: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """operationId -> {"body": canonical schema or None, "query": {name: canonical schema}}."""
    rules: dict[str, dict[str, Any]] = {}
    for path_item in spec["paths"].values():
        for method in HTTP_METHODS:
            op = path_item.get(method)
            if op is None:
                continue
            body = None
            if "requestBody" in op:
                content = _resolve(spec, op["requestBody"])["content"]
                body = from_spec(spec, content["application/json"]["schema"])
            params = [_resolve(spec, p) for p in [*path_item.get("parameters", []), *op.get("parameters", [])]]
            query = {p["name"]: from_spec(spec, p["schema"]) for p in params if p["in"] == "query"}
            rules[op["operationId"]] = {"body": body, "query": query}
    return rules


def emulator_rules() -> dict[str, dict[str, Any]]:
    """operationId -> the same, from the handlers' BODIES and QUERIES (an operation in neither has no rules)."""
    rules: dict[str, dict[str, Any]] = {}
    for module in RESOURCES:
        for op, body in module.BODIES.items():
            rules.setdefault(op, {"body": None, "query": {}})["body"] = from_emulator(body)
        for op, query in module.QUERIES.items():
            rules.setdefault(op, {"body": None, "query": {}})["query"] = {
                name: _query_from_emulator(q) for name, q in query.items()
            }
    for op, (table, _strict) in filters.OPERATIONS.items():
        # The lists' `page` is the handler's (in QUERIES); their filters, and all of the batch operations', are here.
        entry = rules.setdefault(op, {"body": None, "query": {}})
        entry["query"] = {**entry["query"], **filter_rules(table)}
    return rules


def _diff(where: str, want: Any, have: Any, out: list[str]) -> None:
    if isinstance(want, dict) and isinstance(have, dict):
        for key in sorted(set(want) | set(have)):
            _diff(f"{where}.{key}", want.get(key), have.get(key), out)
    elif want != have:
        out.append(f"{where}: spec {want!r}, emulator {have!r}")


def drift(spec: dict[str, Any]) -> list[str]:
    """Every difference between the spec's structural request rules and the emulator's; [] when none."""
    want = spec_rules(spec)
    have = emulator_rules()
    out: list[str] = []
    for op in sorted(set(want) | set(have)):
        empty: dict[str, Any] = {"body": None, "query": {}}
        _diff(op, want.get(op, empty), have.get(op, empty), out)
    return out

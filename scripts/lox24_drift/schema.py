"""Schemas reduced to what matters for a comparison: types, nullability, enum, constraints, properties, items.

`$ref`, `allOf`, `oneOf`/`anyOf` with a null branch (3.1 or 3.0 `nullable`) and `type: [x, "null"]` all come out
the same, so our spec's `anyOf: [$ref, {type: "null"}]` and LOX24's `oneOf: [$ref, {type: "null"}]` compare equal.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

LIMITS = (
    "minLength",
    "maxLength",
    "minimum",
    "maximum",
    "exclusiveMinimum",
    "exclusiveMaximum",
    "minItems",
    "maxItems",
)
LOWER = {"minLength", "minimum", "exclusiveMinimum", "minItems"}
TEXT = ("description", "title")


@dataclass
class Shape:
    """A schema flattened for comparison (`types` empty means any type)."""

    types: set[str] = field(default_factory=set)
    nullable: bool = False
    enum: list[Any] | None = None
    pattern: str | None = None
    format: str | None = None
    limits: dict[str, Any] = field(default_factory=dict)
    properties: dict[str, Any] = field(default_factory=dict)  # name -> raw schema (resolved lazily)
    required: set[str] = field(default_factory=set)
    items: Any = None
    text: dict[str, str] = field(default_factory=dict)
    refs: tuple[str, ...] = ()


def resolve(spec: dict[str, Any], node: Any, seen: tuple[str, ...] = ()) -> tuple[Any, tuple[str, ...]]:
    """Follow `$ref` (local only); sibling keys of a `$ref` (allowed in 3.1) override the target's."""
    while isinstance(node, dict) and isinstance(node.get("$ref"), str):
        ref = node["$ref"]
        if not ref.startswith("#/") or ref in seen:
            return {}, seen
        target: Any = spec
        for part in ref[2:].split("/"):
            part = part.replace("~1", "/").replace("~0", "~")
            target = target.get(part) if isinstance(target, dict) else None
        seen = (*seen, ref)
        siblings = {k: v for k, v in node.items() if k != "$ref"}
        node = {**target, **siblings} if isinstance(target, dict) else {}
    return node, seen


def flatten(spec: dict[str, Any], node: Any, seen: tuple[str, ...] = ()) -> Shape:
    """Flatten one schema (see the module docstring)."""
    node, seen = resolve(spec, node, seen)
    shape = Shape(refs=seen)
    if not isinstance(node, dict):
        return shape
    for key in TEXT:
        if isinstance(node.get(key), str):
            shape.text[key] = node[key].strip()
    alternatives = [*node.get("oneOf", []), *node.get("anyOf", [])]
    if alternatives:
        merged = [flatten(spec, alt, seen) for alt in alternatives]
        real = [m for m in merged if m.types or m.properties or m.enum]
        shape.nullable = any(m.nullable for m in merged) or any(_is_null(spec, a) for a in alternatives)
        for m in real:
            shape.types |= m.types
            shape.properties.update(m.properties)
            shape.required |= m.required if len(real) == 1 else set()
            shape.pattern = shape.pattern or m.pattern
            shape.format = shape.format or m.format
            shape.items = shape.items if shape.items is not None else m.items
            for k, v in m.limits.items():
                shape.limits.setdefault(k, v)
            for k, v in m.text.items():
                shape.text.setdefault(k, v)
        enums = [m.enum for m in real]
        if enums and all(e is not None for e in enums):
            shape.enum = _unique([v for e in enums for v in (e or [])])
    for part in node.get("allOf", []):
        sub = flatten(spec, part, seen)
        shape.types |= sub.types
        shape.nullable = shape.nullable or sub.nullable
        shape.properties.update(sub.properties)
        shape.required |= sub.required
        shape.enum = shape.enum if shape.enum is not None else sub.enum
        shape.pattern = shape.pattern or sub.pattern
        shape.items = shape.items if shape.items is not None else sub.items
        for k, v in sub.limits.items():
            shape.limits.setdefault(k, v)
    kind = node.get("type")
    kinds = kind if isinstance(kind, list) else [kind] if isinstance(kind, str) else []
    for k in kinds:
        if k == "null":
            shape.nullable = True
        else:
            shape.types.add(k)
    if node.get("nullable") is True:
        shape.nullable = True
    if isinstance(node.get("enum"), list):
        values = node["enum"]
        if None in values:
            shape.nullable = True
        shape.enum = _unique([v for v in values if v is not None])
    if "const" in node:
        shape.enum = [node["const"]] if node["const"] is not None else shape.enum
    if isinstance(node.get("pattern"), str):
        shape.pattern = node["pattern"]
    if isinstance(node.get("format"), str):
        shape.format = node["format"]
    for key in LIMITS:
        if key in node and not isinstance(node[key], bool):
            shape.limits[key] = node[key]
    if isinstance(node.get("properties"), dict):
        shape.properties.update(node["properties"])
        if not shape.types:
            shape.types.add("object")
    if isinstance(node.get("required"), list):
        shape.required |= {r for r in node["required"] if isinstance(r, str)}
    if "items" in node:
        shape.items = node["items"]
    return shape


def _is_null(spec: dict[str, Any], node: Any) -> bool:
    resolved, _ = resolve(spec, node)
    return isinstance(resolved, dict) and resolved.get("type") == "null"


def _unique(values: list[Any]) -> list[Any]:
    out: list[Any] = []
    for v in values:
        if v not in out:
            out.append(v)
    return out


def type_covers(wide: set[str], narrow: set[str]) -> bool:
    """Every value of a type in `narrow` is valid for `wide` (an empty set is any type; integer is a number)."""
    if not wide:
        return True
    if not narrow:
        return False
    return all(t in wide or (t == "integer" and "number" in wide) for t in narrow)

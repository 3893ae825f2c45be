"""Compare our spec ("ours") with LOX24's ("official"), operation by operation, and classify each difference.

Classes, from the point of view of someone using `lox24` against the real API:

* breaking: a request our spec allows may be refused or ignored by LOX24, or a response LOX24 may send does not
  parse as our spec says (type, nullability, enum, a required field, a success status);
* additive: a real difference that breaks nothing (LOX24 offers or accepts more, or promises less where the client
  does not check, e.g. a response pattern);
* cosmetic: descriptions, summaries and titles (translations included).
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from typing import Any

from .schema import LOWER, Shape, flatten, resolve, type_covers

METHODS = ("get", "put", "post", "delete", "patch", "head", "options")
BREAKING, ADDITIVE, COSMETIC = "breaking", "additive", "cosmetic"
MAX_DEPTH = 12


@dataclass
class Difference:
    """One difference; `location` and `kind` are what the reviewed-differences file matches on."""

    operation: str
    location: str
    kind: str
    classification: str
    note: str
    ours: Any = None
    official: Any = None
    operation_id: str | None = None
    lox24_operation_id: str | None = None
    methods: list[str] = field(default_factory=list)
    routes: list[str] = field(default_factory=list)
    reviewed: str | None = None

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Operation:
    method: str
    path: str
    node: dict[str, Any]
    params: dict[tuple[str, str], Any]

    @property
    def label(self) -> str:
        return f"{self.method.upper()} {self.path}"

    @property
    def operation_id(self) -> str | None:
        value = self.node.get("operationId")
        return value if isinstance(value, str) else None


def norm_path(path: str) -> str:
    return re.sub(r"\{[^}]*\}", "{}", path.rstrip("/") or "/")


def operations(spec: dict[str, Any]) -> list[Operation]:
    """Every operation with its parameters (path-level ones included) keyed by (in, name); path ones by position."""
    found = []
    for path, item in spec.get("paths", {}).items():
        item, _ = resolve(spec, item)
        if not isinstance(item, dict):
            continue
        for method in METHODS:
            node = item.get(method)
            if not isinstance(node, dict):
                continue
            params: dict[tuple[str, str], Any] = {}
            names = re.findall(r"\{([^}]*)\}", path)
            for raw in [*item.get("parameters", []), *node.get("parameters", [])]:
                param, _ = resolve(spec, raw)
                if not isinstance(param, dict) or "name" not in param:
                    continue
                where = str(param.get("in", "query"))
                name = str(param["name"])
                if where == "path" and name in names:
                    name = f"#{names.index(name) + 1}"
                params[(where, name)] = param
            found.append(Operation(method, path, node, params))
    return found


class Comparison:
    """Collects the differences between two specs."""

    def __init__(self, ours: dict[str, Any], official: dict[str, Any]) -> None:
        self.ours, self.official = ours, official
        self.diffs: list[Difference] = []
        self._op: tuple[str, str | None, str | None] = ("", None, None)

    def add(self, location: str, kind: str, cls: str, note: str, ours: Any = None, official: Any = None) -> None:
        label, oid, lid = self._op
        self.diffs.append(Difference(label, location, kind, cls, note, ours, official, oid, lid))

    # operations ---------------------------------------------------------------------------------------------
    def run(self) -> list[Difference]:
        theirs = operations(self.official)
        by_id = {(o.operation_id or "").lower(): o for o in theirs if o.operation_id}
        by_route = {(o.method, norm_path(o.path)): o for o in theirs}
        matched: set[int] = set()
        for op in operations(self.ours):
            lox_id = op.node.get("x-lox24-operation-id")
            other = by_id.get(str(lox_id).lower()) if lox_id else None
            other = other or by_route.get((op.method, norm_path(op.path)))
            self._op = (op.label, op.operation_id, other.operation_id if other else lox_id)
            if other is None:
                self.add("operation", "operation-removed", BREAKING, "LOX24's file has no such operation", op.label)
                continue
            matched.add(id(other))
            self.operation(op, other)
        for other in theirs:
            if id(other) not in matched:
                self._op = (other.label, None, other.operation_id)
                self.add("operation", "operation-added", ADDITIVE, "no method in lox24 yet", None, other.label)
        return self.diffs

    def operation(self, a: Operation, b: Operation) -> None:
        if (a.method, norm_path(a.path)) != (b.method, norm_path(b.path)):
            self.add("operation", "path", BREAKING, "same operationId, other method or path", a.label, b.label)
        for key in ("summary", "description"):
            if _text(a.node.get(key)) != _text(b.node.get(key)):
                self.add(f"operation {key}", "description", COSMETIC, "text differs", a.node.get(key), b.node.get(key))
        self.parameters(a, b)
        self.request_body(a.node.get("requestBody"), b.node.get("requestBody"))
        self.responses(a.node.get("responses") or {}, b.node.get("responses") or {})

    def parameters(self, a: Operation, b: Operation) -> None:
        for key in sorted(set(a.params) | set(b.params)):
            where, name = key
            loc = f"parameter {where} {name}"
            pa, pb = a.params.get(key), b.params.get(key)
            if pb is None:
                note = "LOX24 does not document it: it may be ignored (a filter that filters nothing)"
                self.add(loc, "parameter-removed", BREAKING, note, name, None)
            elif pa is None:
                cls = BREAKING if pb.get("required") else ADDITIVE
                self.add(loc, "parameter-added", cls, "required by LOX24" if pb.get("required") else "", None, name)
            else:
                ra, rb = bool(pa.get("required")), bool(pb.get("required"))
                if ra != rb:
                    self.add(loc, "required", BREAKING if rb else ADDITIVE, "required flag differs", ra, rb)
                if _text(pa.get("description")) != _text(pb.get("description")):
                    self.add(loc, "description", COSMETIC, "text differs", pa.get("description"), pb.get("description"))
                self.schema(pa.get("schema"), pb.get("schema"), loc, "request")

    def request_body(self, a: Any, b: Any) -> None:
        a, _ = resolve(self.ours, a)
        b, _ = resolve(self.official, b)
        if not a and not b:
            return
        if not b:
            self.add("request body", "body-removed", BREAKING, "LOX24 documents no request body", True, None)
            return
        if not a:
            cls = BREAKING if b.get("required") else ADDITIVE
            self.add("request body", "body-added", cls, "LOX24 documents a request body", None, True)
            return
        if bool(a.get("required")) != bool(b.get("required")):
            cls = BREAKING if b.get("required") else ADDITIVE
            self.add("request body", "required", cls, "", bool(a.get("required")), bool(b.get("required")))
        self.content(a.get("content") or {}, b.get("content") or {}, "request", "request")

    def content(self, a: dict[str, Any], b: dict[str, Any], prefix: str, direction: str) -> None:
        for media in sorted(set(a) | set(b)):
            loc = f"{prefix} {media}"
            if media not in b:
                cls = BREAKING if direction == "request" else ADDITIVE
                self.add(loc, "media-type-removed", cls, "LOX24 does not document this media type", media, None)
            elif media not in a:
                self.add(loc, "media-type-added", ADDITIVE, "", None, media)
            else:
                self.schema((a[media] or {}).get("schema"), (b[media] or {}).get("schema"), loc, direction)

    def responses(self, a: dict[str, Any], b: dict[str, Any]) -> None:
        def covered(code: str, codes: dict[str, Any]) -> bool:
            return code in codes or f"{code[0]}XX" in {c.upper() for c in codes}

        for code in sorted(set(a) | set(b)):
            loc = f"response {code}"
            success = code.startswith("2")
            if code not in b:
                if code.upper().endswith("XX"):
                    continue
                cls = BREAKING if success else ADDITIVE
                self.add(loc, "status-removed", cls, "LOX24 does not document this status", code, None)
                continue
            if code not in a:
                if covered(code, a):
                    continue
                cls = BREAKING if success else ADDITIVE
                note = "a success the client does not expect" if success else "raised as a generic status error"
                self.add(loc, "status-added", cls, note, None, code)
                continue
            ra, _ = resolve(self.ours, a[code])
            rb, _ = resolve(self.official, b[code])
            if _text(ra.get("description")) != _text(rb.get("description")):
                self.add(loc, "description", COSMETIC, "text differs", ra.get("description"), rb.get("description"))
            self.content(ra.get("content") or {}, rb.get("content") or {}, loc, "response")

    # schemas ------------------------------------------------------------------------------------------------
    def schema(
        self, a: Any, b: Any, loc: str, direction: str, depth: int = 0, seen: frozenset[Any] = frozenset()
    ) -> None:
        sa, sb = flatten(self.ours, a), flatten(self.official, b)
        pair = (sa.refs[-1:], sb.refs[-1:])
        if depth > MAX_DEPTH or (pair != ((), ()) and pair in seen):
            return
        seen = seen | {pair}
        req = direction == "request"
        self._text(sa, sb, loc)
        self._types(sa, sb, loc, req)
        self._enum(sa, sb, loc, req)
        for attr, kind in (("pattern", "pattern"), ("format", "format")):
            va, vb = getattr(sa, attr), getattr(sb, attr)
            if _pattern(va) != _pattern(vb):
                cls = (ADDITIVE if vb is None else BREAKING) if req else ADDITIVE
                note = "" if req else "the client does not check it; the emulator and contract suite follow ours"
                self.add(loc, kind, cls, note, va, vb)
        for key in sorted(set(sa.limits) | set(sb.limits)):
            va, vb = sa.limits.get(key), sb.limits.get(key)
            if va == vb:
                continue
            if not req:
                self.add(loc, key, ADDITIVE, "the client does not check it; the emulator follows ours", va, vb)
                continue
            tighter = vb is not None and (va is None or (vb > va if key in LOWER else vb < va))
            self.add(loc, key, BREAKING if tighter else ADDITIVE, "LOX24 is stricter" if tighter else "", va, vb)
        self._properties(sa, sb, loc, direction, depth, seen)
        if sa.items is not None and sb.items is not None:
            sub = f"{loc} items" if loc.endswith("]") else f"{loc}[]"
            self.schema(sa.items, sb.items, sub, direction, depth + 1, seen)

    def _text(self, sa: Shape, sb: Shape, loc: str) -> None:
        da, db = sa.text.get("description"), sb.text.get("description")
        if _text(da) != _text(db):
            self.add(loc, "description", COSMETIC, "text differs", da, db)

    def _types(self, sa: Shape, sb: Shape, loc: str, req: bool) -> None:
        if sa.types != sb.types and sa.types and sb.types:
            ok = type_covers(sb.types, sa.types) if req else type_covers(sa.types, sb.types)
            self.add(loc, "type", ADDITIVE if ok else BREAKING, "", sorted(sa.types), sorted(sb.types))
        if sa.nullable != sb.nullable:
            ok = (sb.nullable or not sa.nullable) if req else (sa.nullable or not sb.nullable)
            note = "" if ok else ("we may send null" if req else "LOX24 may send null")
            self.add(loc, "nullable", ADDITIVE if ok else BREAKING, note, sa.nullable, sb.nullable)

    def _enum(self, sa: Shape, sb: Shape, loc: str, req: bool) -> None:
        ea, eb = sa.enum, sb.enum
        if ea == eb or (ea is not None and eb is not None and sorted(map(repr, ea)) == sorted(map(repr, eb))):
            return
        if ea is None or eb is None:
            ok = eb is None if req else ea is None
        else:
            ok = all(v in eb for v in ea) if req else all(v in ea for v in eb)
        if req:
            note = "" if ok else "LOX24 refuses values we allow"
        else:
            note = "" if ok else "LOX24 may send values our enum cannot parse"
        self.add(loc, "enum", ADDITIVE if ok else BREAKING, note, ea, eb)

    def _properties(self, sa: Shape, sb: Shape, loc: str, direction: str, depth: int, seen: frozenset[Any]) -> None:
        req = direction == "request"
        for name in sorted(set(sa.properties) | set(sb.properties)):
            sub = f"{loc}: {name}" if ":" not in loc else f"{loc}.{name}"
            if name not in sb.properties:
                if req:
                    self.add(sub, "property-removed", BREAKING, "LOX24 does not document it (ignored?)", name, None)
                else:
                    required = name in sa.required
                    note = "required in ours: parsing fails without it" if required else "optional in ours"
                    self.add(sub, "property-removed", BREAKING if required else ADDITIVE, note, name, None)
            elif name not in sa.properties:
                required = name in sb.required and req
                note = "required by LOX24" if required else ("" if req else "kept in additional_properties")
                self.add(sub, "property-added", BREAKING if required else ADDITIVE, note, None, name)
            else:
                ra, rb = name in sa.required, name in sb.required
                if ra != rb:
                    bad = rb if req else ra
                    self.add(sub, "required", BREAKING if bad else ADDITIVE, "", ra, rb)
                self.schema(sa.properties[name], sb.properties[name], sub, direction, depth + 1, seen)


def _pattern(value: Any) -> Any:
    # `\d` and `[0-9]` are the same in ECMA regexes (the spec writes `[0-9]` for Python's sake).
    return value.replace("\\d", "[0-9]") if isinstance(value, str) else value


def _text(value: Any) -> str:
    return " ".join(str(value).split()) if value else ""


def compare(ours: dict[str, Any], official: dict[str, Any]) -> list[Difference]:
    """Every difference between our spec and LOX24's, classified (without mapping or review)."""
    return Comparison(ours, official).run()

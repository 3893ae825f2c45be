"""The public Python surface of a generated `lox24_api` package, and what changed between two of them.

Read with `ast` (nothing is imported): per operation module the signature of `sync_detailed` (the four
functions share their parameters) and the return type of `sync`; per model its attrs fields (type, default or
not) or its enum members.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass
from pathlib import Path

Signature = dict[str, tuple[str, bool]]  # name -> (annotation, has a default)


@dataclass
class Surface:
    operations: dict[str, tuple[Signature, str]]  # "tag.op" -> (sync_detailed parameters, sync return type)
    models: dict[str, Signature]  # class -> fields
    enums: dict[str, dict[str, str]]  # class -> member -> value


@dataclass
class Change:
    breaking: bool
    subject: str  # "lox24_api.api.sms.create_sms" or "lox24_api.models.Sms.price"
    what: str
    operation: str | None = None  # operation module, for the method mapping
    model: str | None = None


def _src(node: ast.AST | None) -> str:
    return ast.unparse(node) if node is not None else ""


def _parameters(fn: ast.FunctionDef | ast.AsyncFunctionDef) -> Signature:
    args = fn.args
    out: Signature = {}
    positional = [*args.posonlyargs, *args.args]
    first_default = len(positional) - len(args.defaults)
    for i, a in enumerate(positional):
        out[a.arg] = (_src(a.annotation), i >= first_default)
    for a, default in zip(args.kwonlyargs, args.kw_defaults, strict=True):
        out[a.arg] = (_src(a.annotation), default is not None)
    out.pop("client", None)  # every operation takes the client; its type is not part of the change
    return out


def read_surface(package: Path) -> Surface:
    """The surface of the generated package at `package` (the folder that holds `api/` and `models/`)."""
    operations: dict[str, tuple[Signature, str]] = {}
    for path in sorted((package / "api").glob("*/*.py")):
        if path.name == "__init__.py":
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        fns = {n.name: n for n in tree.body if isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef)}
        if "sync_detailed" in fns:
            returns = _src(fns["sync"].returns) if "sync" in fns else ""
            operations[f"{path.parent.name}.{path.stem}"] = (_parameters(fns["sync_detailed"]), returns)
    models: dict[str, Signature] = {}
    enums: dict[str, dict[str, str]] = {}
    for path in sorted((package / "models").glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for cls in (n for n in tree.body if isinstance(n, ast.ClassDef)):
            bases = {_src(b).split(".")[-1] for b in cls.bases}
            if bases & {"Enum", "StrEnum", "IntEnum"}:
                enums[cls.name] = {
                    t.id: _src(stmt.value)
                    for stmt in cls.body
                    if isinstance(stmt, ast.Assign)
                    for t in stmt.targets
                    if isinstance(t, ast.Name)
                }
                continue
            fields: Signature = {}
            for stmt in cls.body:
                target = stmt.target if isinstance(stmt, ast.AnnAssign) else None
                if (
                    isinstance(stmt, ast.AnnAssign)
                    and isinstance(target, ast.Name)
                    and target.id != "additional_properties"
                ):
                    fields[target.id] = (_src(stmt.annotation), stmt.value is not None)
            models[cls.name] = fields
    return Surface(operations, models, enums)


def _members(annotation: str) -> set[str]:
    return {part.strip() for part in annotation.split("|")} if annotation else set()


def diff_surface(old: Surface, new: Surface) -> list[Change]:
    """Every change of the public surface from `old` to `new`, breaking or not."""
    changes: list[Change] = []
    for op in sorted(set(old.operations) | set(new.operations)):
        name = f"lox24_api.api.{op}"
        module = op.split(".")[-1]
        if op not in new.operations:
            changes.append(Change(True, name, "operation module removed", operation=module))
            continue
        if op not in old.operations:
            changes.append(Change(False, name, "operation module added", operation=module))
            continue
        (pa, ra), (pb, rb) = old.operations[op], new.operations[op]
        for param in sorted(set(pa) | set(pb)):
            subject = f"{name}(…, {param})"
            if param not in pb:
                changes.append(Change(True, subject, f"parameter removed (was `{pa[param][0]}`)", operation=module))
            elif param not in pa:
                required = not pb[param][1]
                what = f"{'required' if required else 'optional'} parameter added: `{pb[param][0]}`"
                changes.append(Change(required, subject, what, operation=module))
            else:
                if pa[param][0] != pb[param][0]:
                    wider = _members(pa[param][0]) <= _members(pb[param][0])
                    what = f"parameter retyped: `{pa[param][0]}` → `{pb[param][0]}`"
                    changes.append(Change(not wider, subject, what, operation=module))
                if pa[param][1] and not pb[param][1]:
                    changes.append(Change(True, subject, "parameter became required", operation=module))
        if ra != rb:
            narrower = _members(rb) <= _members(ra)
            changes.append(Change(not narrower, name, f"return type: `{ra}` → `{rb}`", operation=module))
    for model in sorted(set(old.models) | set(new.models)):
        name = f"lox24_api.models.{model}"
        if model not in new.models:
            changes.append(Change(True, name, "model removed", model=model))
            continue
        if model not in old.models:
            changes.append(Change(False, name, "model added", model=model))
            continue
        fa, fb = old.models[model], new.models[model]
        for field in sorted(set(fa) | set(fb)):
            subject = f"{name}.{field}"
            if field not in fb:
                changes.append(Change(True, subject, f"field removed (was `{fa[field][0]}`)", model=model))
            elif field not in fa:
                required = not fb[field][1]
                what = f"{'required' if required else 'optional'} field added: `{fb[field][0]}`"
                changes.append(Change(required, subject, what, model=model))
            elif fa[field] != fb[field]:
                what = f"field retyped: `{fa[field][0]}` → `{fb[field][0]}`"
                if fa[field][1] != fb[field][1]:
                    what += " (now required)" if not fb[field][1] else " (now optional)"
                changes.append(Change(True, subject, what, model=model))
    for enum in sorted(set(old.enums) | set(new.enums)):
        name = f"lox24_api.models.{enum}"
        if enum not in new.enums:
            changes.append(Change(True, name, "enum removed", model=enum))
            continue
        if enum not in old.enums:
            changes.append(Change(False, name, "enum added", model=enum))
            continue
        ea, eb = old.enums[enum], new.enums[enum]
        for member in sorted(set(ea) | set(eb)):
            if member not in eb:
                changes.append(Change(True, f"{name}.{member}", "enum member removed", model=enum))
            elif member not in ea:
                changes.append(Change(False, f"{name}.{member}", f"enum member added: {eb[member]}", model=enum))
            elif ea[member] != eb[member]:
                what = f"enum value changed: {ea[member]} → {eb[member]}"
                changes.append(Change(True, f"{name}.{member}", what, model=enum))
    return changes

"""Which `lox24` methods and which emulator routes an operation touches, found by reading the source (ast).

Robust to reorganisation: any module under `lox24/` (the emulator excluded) counts, whatever the file layout,
when it names a generated operation in either style: an import or attribute `lox24_api.api.<tag>.<operation>`,
or a string naming it lazily (`_Op("POST", ..., operation="sms.create_sms")`, `"lox24_api.api.sms.create_sms"`).
Module-level constants and helpers are followed across modules (`from .._ops.sms import _CREATE_SMS`), so an
operation table in one module maps to the methods that use it elsewhere. A `_sync/` folder next to an `_async/`
one is a generated copy and is not read (the async source gives the same public names). Public names
(`client.sms.send`, `client.groups.phones().add`) are found by following the `Client`/`AsyncClient` properties
and methods that return resource objects. Emulator routes: see `emulator_routes` (routes.py).
"""

from __future__ import annotations

import ast
import re
from collections import defaultdict
from pathlib import Path

from .routes import HTTP, _dotted, emulator_routes

__all__ = ["HTTP", "client_methods", "emulator_routes", "snake"]

ROOTS = {"Client": "client", "AsyncClient": "client"}
_FULL = re.compile(r"lox24_api\.api\.\w+\.(\w+)")
_SHORT = re.compile(r"(?:lox24_api\.api\.)?[a-z_]\w*\.([a-z_]\w*)")
_MODEL = re.compile(r"[A-Z]\w*")
_Refs = tuple[set[str], set[str]]  # operations, models
_Key = tuple[str, str]  # (module, top-level name)


def snake(name: str) -> str:
    """openapi-python-client's module name for an operationId (`getAccountInfo` -> `get_account_info`)."""
    name = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", name)
    return re.sub(r"[^a-zA-Z0-9]+", "_", name).strip("_").lower()


def _is_op_call(call: ast.Call) -> bool:
    """`_Op(...)`, `Op(...)`, `Operation(...)`: a call that describes one operation."""
    return _dotted(call.func).split(".")[-1].lstrip("_").startswith("Op")


def _strings(node: ast.AST) -> _Refs:
    """Operations and models named by strings: full dotted paths anywhere, `tag.op` where an operation is due."""
    ops, models = set(), set()
    for sub in ast.walk(node):
        if isinstance(sub, ast.Constant) and isinstance(sub.value, str):
            match = _FULL.fullmatch(sub.value)
            if match:
                ops.add(match.group(1))
        if not isinstance(sub, ast.Call):
            continue
        named = [(kw.arg, kw.value) for kw in sub.keywords]
        if _is_op_call(sub):
            named += [(None, a) for a in sub.args]
        for arg, value in named:
            if not (isinstance(value, ast.Constant) and isinstance(value.value, str)):
                continue
            short = _SHORT.fullmatch(value.value)
            if short and (arg in {"operation", "op"} or (arg is None and _is_op_call(sub))):
                ops.add(short.group(1))
            elif (
                _MODEL.fullmatch(value.value)
                and value.value not in HTTP
                and (arg in {"expect", "model"} or _is_op_call(sub))
            ):
                models.add(value.value)
    return ops, models


class _Module:
    """One module of lox24: what it imports, and its top-level constants and functions."""

    def __init__(self, name: str, is_package: bool, tree: ast.Module) -> None:
        self.name, self.tree = name, tree
        self.ops: dict[str, str] = {}  # local name -> operation module
        self.tags: set[str] = set()  # local names bound to lox24_api.api.<tag>
        self.models: dict[str, str] = {}  # local name -> model class
        self.imported: dict[str, _Key] = {}  # local name -> (module, name) inside the package
        self.modules: dict[str, str] = {}  # local name -> module inside the package
        self.top: dict[str, ast.AST] = {}  # top-level constants and functions
        base = name.split(".") if is_package else name.split(".")[:-1]
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module is not None and not node.level:
                self._absolute(node)
            elif isinstance(node, ast.ImportFrom):
                up = base[: len(base) - (node.level - 1)] if node.level > 1 else base
                source = ".".join([*up, *(node.module or "").split(".")]).strip(".")
                for alias in node.names:
                    self.imported[alias.asname or alias.name] = (source, alias.name)
        for node in tree.body:
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                self.top[node.name] = node
            elif isinstance(node, ast.Assign | ast.AnnAssign) and node.value is not None:
                targets = node.targets if isinstance(node, ast.Assign) else [node.target]
                for target in (t for t in targets if isinstance(t, ast.Name)):
                    self.top[target.id] = node.value

    def _absolute(self, node: ast.ImportFrom) -> None:
        parts = (node.module or "").split(".")
        for alias in node.names:
            local = alias.asname or alias.name
            if parts[:2] == ["lox24_api", "api"] and len(parts) == 3:
                self.ops[local] = alias.name
            elif parts[:2] == ["lox24_api", "api"] and len(parts) == 4:
                self.ops[local] = parts[3]
            elif parts == ["lox24_api", "api"]:
                self.tags.add(local)
            elif parts[:2] == ["lox24_api", "models"]:
                self.models[local] = alias.name
            elif parts[0] == self.name.split(".")[0]:
                self.imported[local] = (".".join(parts), alias.name)

    def refs(self, node: ast.AST) -> tuple[set[str], set[str], set[_Key]]:
        """Operations and models named inside `node`, and the package's top-level names it uses."""
        ops, models = _strings(node)
        used: set[_Key] = set()
        for sub in ast.walk(node):
            if isinstance(sub, ast.Name):
                if sub.id in self.ops:
                    ops.add(self.ops[sub.id])
                if sub.id in self.models:
                    models.add(self.models[sub.id])
                if sub.id in self.top:
                    used.add((self.name, sub.id))
                elif sub.id in self.imported:
                    used.add(self.imported[sub.id])
            elif isinstance(sub, ast.Attribute):
                dotted = _dotted(sub)
                match = re.match(r"lox24_api\.api\.\w+\.(\w+)", dotted)
                if match:
                    ops.add(match.group(1))
                head = dotted.split(".")
                if len(head) >= 2 and head[0] in self.tags:
                    ops.add(head[1])
                if len(head) >= 2 and head[0] in self.imported:  # `from .._ops import sms` then `sms._CREATE_SMS`
                    used.add((".".join(self.imported[head[0]]), head[1]))
        return ops, models, used


def _load(package: Path) -> dict[str, _Module]:
    modules: dict[str, _Module] = {}
    for path in sorted(package.rglob("*.py")):
        parts = path.relative_to(package).parts
        if "emulator" in parts or any(p == "_sync" and (package / Path(*parts[:i]) / "_async").is_dir()
                                      for i, p in enumerate(parts)):  # fmt: skip
            continue
        try:
            tree = ast.parse(path.read_text(encoding="utf-8"))
        except (SyntaxError, UnicodeDecodeError):
            continue
        is_package = path.name == "__init__.py"
        dotted = [package.name, *parts[:-1], *([] if is_package else [path.stem])]
        modules[".".join(dotted)] = _Module(".".join(dotted), is_package, tree)
    return modules


def _closure(modules: dict[str, _Module]) -> dict[_Key, _Refs]:
    """Operations and models each top-level constant or function reaches, through the names it uses."""
    direct: dict[_Key, tuple[set[str], set[str], set[_Key]]] = {}
    for module in modules.values():
        for name, node in module.top.items():
            direct[(module.name, name)] = module.refs(node)

    def resolve(key: _Key, seen: frozenset[_Key]) -> _Refs:
        if key not in direct and key[0] in modules and key[1] in modules[key[0]].imported:  # a re-export
            key = modules[key[0]].imported[key[1]]
        if key in seen or key not in direct:
            return set(), set()
        ops, models, used = direct[key]
        ops, models = set(ops), set(models)
        for other in used:
            more = resolve(other, seen | {key})
            ops |= more[0]
            models |= more[1]
        return ops, models

    return {key: resolve(key, frozenset()) for key in direct}


def client_methods(package: Path) -> tuple[dict[str, set[str]], dict[str, set[str]]]:
    """`operation module -> {"client.sms.send", ...}` and `model class -> {...}` for the package at `package`."""
    modules = _load(package)
    reach = _closure(modules)
    methods: dict[tuple[str, str], _Refs] = {}
    returns: dict[tuple[str, str], set[str]] = defaultdict(set)  # (class, method) -> classes it returns
    properties: set[tuple[str, str]] = set()
    for module in modules.values():
        for cls in (n for n in module.tree.body if isinstance(n, ast.ClassDef)):
            for fn in (n for n in cls.body if isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef)):
                ops, models, used = module.refs(fn)
                for key in used:
                    if key not in reach and key[0] in modules:  # imported name: follow a re-export once
                        key = modules[key[0]].imported.get(key[1], key)
                    ops |= reach.get(key, (set(), set()))[0]
                    models |= reach.get(key, (set(), set()))[1]
                methods[(cls.name, fn.name)] = (ops, models)
                if any(_dotted(d).split(".")[-1] in {"property", "cached_property"} for d in fn.decorator_list):
                    properties.add((cls.name, fn.name))
                for sub in ast.walk(fn):
                    call = sub.value if isinstance(sub, ast.Return) else None
                    if isinstance(call, ast.Call) and isinstance(call.func, ast.Name):
                        returns[(cls.name, fn.name)].add(call.func.id)
    prefix = _public_prefixes(returns, properties)
    by_op: dict[str, set[str]] = defaultdict(set)
    by_model: dict[str, set[str]] = defaultdict(set)
    for (cls, fn), (ops, models) in methods.items():
        if fn.startswith("_") and fn != "__call__":
            continue
        label = f"{prefix[cls]}.{fn}" if cls in prefix else f"{cls}.{fn}"
        for op in ops:
            by_op[op].add(label)
        for model in models:
            by_model[model].add(label)
    return dict(by_op), dict(by_model)


def _public_prefixes(returns: dict[tuple[str, str], set[str]], properties: set[tuple[str, str]]) -> dict[str, str]:
    """Class -> how users reach it (`SmsResource` -> `client.sms`, `GroupPhones` -> `client.groups.phones()`)."""
    prefix = dict(ROOTS)
    frontier = list(ROOTS)
    while frontier:
        owner = frontier.pop()
        for (cls, fn), targets in sorted(returns.items()):
            if cls != owner:
                continue
            for target in targets:
                if target not in prefix and target[:1].isupper():
                    call = "" if (cls, fn) in properties else "()"
                    prefix[target] = f"{prefix[owner]}.{fn}{call}"
                    frontier.append(target)
    return prefix

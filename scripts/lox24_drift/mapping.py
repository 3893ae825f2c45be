"""Which `lox24` methods and which emulator routes an operation touches, found by reading the source (ast).

Robust to reorganisation: any module under `lox24/` (the emulator excluded) that imports or names
`lox24_api.api.<tag>.<operation>` counts, whatever the file layout; public names (`client.sms.send`) are found by
following the `Client`/`AsyncClient` properties and methods that return resource objects. Emulator routes are
found in any module under `lox24/emulator/` that holds a route table (`(path, {METHOD: handler})` tuples,
`{path: {METHOD: handler}}` dicts, Starlette `Route(path, handler, methods=[...])` calls, or decorators such as
`@route("POST", "/sms")` and `@app.post("/sms")`).
"""

from __future__ import annotations

import ast
import re
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path

HTTP = {"GET", "PUT", "POST", "DELETE", "PATCH", "HEAD", "OPTIONS"}
ROOTS = {"Client": "client", "AsyncClient": "client"}


def snake(name: str) -> str:
    """openapi-python-client's module name for an operationId (`getAccountInfo` -> `get_account_info`)."""
    name = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", name)
    return re.sub(r"[^a-zA-Z0-9]+", "_", name).strip("_").lower()


class _Module:
    """What one module of lox24 refers to: per function, the generated operations and models it names."""

    def __init__(self, tree: ast.Module, op_constants: dict[str, str] | None = None) -> None:
        self.ops: dict[str, str] = dict(op_constants or {})  # local name -> operation module
        self.tags: set[str] = set()  # local names bound to lox24_api.api.<tag>
        self.models: dict[str, str] = {}  # local name -> model class
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module and not node.level:
                parts = node.module.split(".")
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

    def refs(self, node: ast.AST) -> tuple[set[str], set[str], set[str]]:
        """Operations, models and bare names used inside `node`."""
        ops, models, names = set(), set(), set()
        for sub in ast.walk(node):
            if isinstance(sub, ast.Name):
                names.add(sub.id)
                if sub.id in self.ops:
                    ops.add(self.ops[sub.id])
                if sub.id in self.models:
                    models.add(self.models[sub.id])
            elif isinstance(sub, ast.Attribute):
                dotted = _dotted(sub)
                match = re.match(r"lox24_api\.api\.\w+\.(\w+)", dotted)
                if match:
                    ops.add(match.group(1))
                head = dotted.split(".")
                if len(head) >= 2 and head[0] in self.tags:
                    ops.add(head[1])
        return ops, models, names


def _op_constants(trees: Iterable[ast.Module]) -> dict[str, str]:
    """Module-level `_CREATE_SMS = _Op(..., operation="sms.create_sms")` constants (lox24/_ops/): name -> operation."""
    found: dict[str, str] = {}
    for tree in trees:
        for node in tree.body:
            if isinstance(node, ast.Assign) and isinstance(node.value, ast.Call) and len(node.targets) == 1:
                target = node.targets[0]
                for kw in node.value.keywords:
                    if kw.arg == "operation" and isinstance(kw.value, ast.Constant) and isinstance(target, ast.Name):
                        found[target.id] = str(kw.value.value).rsplit(".", 1)[-1]
    return found


def _dotted(node: ast.AST) -> str:
    parts = []
    while isinstance(node, ast.Attribute):
        parts.append(node.attr)
        node = node.value
    if isinstance(node, ast.Name):
        parts.append(node.id)
    return ".".join(reversed(parts))


def client_methods(package: Path) -> tuple[dict[str, set[str]], dict[str, set[str]]]:
    """`operation module -> {"client.sms.send", ...}` and `model class -> {...}` for the package at `package`."""
    methods: dict[tuple[str, str], tuple[set[str], set[str]]] = {}
    returns: dict[tuple[str, str], set[str]] = defaultdict(set)  # (class, method) -> classes it returns
    properties: set[tuple[str, str]] = set()
    trees: dict[Path, ast.Module] = {}
    for path in sorted(package.rglob("*.py")):
        if "emulator" in path.relative_to(package).parts:
            continue
        try:
            trees[path] = ast.parse(path.read_text(encoding="utf-8"))
        except (SyntaxError, UnicodeDecodeError):
            continue
    op_constants = _op_constants(trees.values())
    for tree in trees.values():
        module = _Module(tree, op_constants)
        helpers: dict[str, tuple[set[str], set[str]]] = {}
        for node in tree.body:
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                ops, models, _ = module.refs(node)
                helpers[node.name] = (ops, models)
        for cls in (n for n in tree.body if isinstance(n, ast.ClassDef)):
            for fn in (n for n in cls.body if isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef)):
                ops, models, names = module.refs(fn)
                for name in names & set(helpers):  # one level of module-level helpers
                    ops |= helpers[name][0]
                    models |= helpers[name][1]
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


def emulator_routes(folder: Path) -> list[tuple[str, str, str, str]]:
    """Every `(METHOD, path, handler, file)` of the emulator's public route table (control plane left out)."""
    routes: list[tuple[str, str, str, str]] = []
    for path in sorted(folder.rglob("*.py")):
        try:
            tree = ast.parse(path.read_text(encoding="utf-8"))
        except (SyntaxError, UnicodeDecodeError):
            continue
        where = path.name
        for node in ast.walk(tree):
            pairs: list[tuple[ast.AST, ast.AST]] = []
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):  # @route("POST", "/sms") / @post("/sms")
                for deco in (d for d in node.decorator_list if isinstance(d, ast.Call)):
                    texts = [a.value for a in deco.args if isinstance(a, ast.Constant) and isinstance(a.value, str)]
                    paths = [t for t in texts if t.startswith("/") and not t.startswith("/_")]
                    verbs = [t.upper() for t in texts if t.upper() in HTTP]
                    verbs = verbs or [v for v in [_dotted(deco.func).split(".")[-1].upper()] if v in HTTP]
                    routes.extend((v, p, node.name, where) for p in paths[:1] for v in verbs)
            if isinstance(node, ast.Tuple) and len(node.elts) == 2:
                pairs.append((node.elts[0], node.elts[1]))
            elif isinstance(node, ast.Dict):
                pairs.extend((k, v) for k, v in zip(node.keys, node.values, strict=True) if k is not None)
            elif isinstance(node, ast.Call) and _dotted(node.func).split(".")[-1] == "Route" and len(node.args) >= 2:
                methods: list[object] = []
                for kw in node.keywords:
                    if kw.arg == "methods" and isinstance(kw.value, ast.List | ast.Tuple):
                        methods = [e.value for e in kw.value.elts if isinstance(e, ast.Constant)]
                first = node.args[0]
                if isinstance(first, ast.Constant) and isinstance(first.value, str):
                    for m in methods or ["GET"]:
                        routes.append((str(m).upper(), first.value, _dotted(node.args[1]), where))
                continue
            for key, value in pairs:
                if not (isinstance(key, ast.Constant) and isinstance(key.value, str) and key.value.startswith("/")):
                    continue
                if key.value.startswith("/_") or not isinstance(value, ast.Dict):
                    continue
                for m, handler in zip(value.keys, value.values, strict=True):
                    if isinstance(m, ast.Constant) and str(m.value).upper() in HTTP:
                        name = _dotted(handler) or (_dotted(handler.elts[0]) if isinstance(handler, ast.Tuple) else "")
                        routes.append((str(m.value).upper(), key.value, name, where))
    return sorted(set(routes))

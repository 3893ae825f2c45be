"""Emulator routes by operation, found by reading the source (ast): any module under `lox24/emulator/` that
holds a route table (`(path, {METHOD: handler})` tuples, `{path: {METHOD: handler}}` dicts, Starlette
`Route(path, handler, methods=[...])` calls, or decorators such as `@route("POST", "/sms")` and `@app.post("/sms")`).
"""

from __future__ import annotations

import ast
from pathlib import Path

HTTP = {"GET", "PUT", "POST", "DELETE", "PATCH", "HEAD", "OPTIONS"}


def _dotted(node: ast.AST) -> str:
    parts = []
    while isinstance(node, ast.Attribute):
        parts.append(node.attr)
        node = node.value
    if isinstance(node, ast.Name):
        parts.append(node.id)
    return ".".join(reversed(parts))


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

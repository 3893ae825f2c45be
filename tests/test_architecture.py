"""Who imports whom: lox24 -> lox24_api, never the reverse; the emulator imports neither."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _package_imports(folder: Path, root: Path) -> dict[str, set[str]]:
    return {str(path.relative_to(ROOT)): _imports_relative(path, root) for path in folder.rglob("*.py")}


def _imports_relative(path: Path, root: Path) -> set[str]:
    parts = path.relative_to(root).with_suffix("").parts
    package = ".".join(parts[:-1])  # for a package's __init__ too: its package is the folder
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - node.level + 1]
                found.add(".".join([*base, *([node.module] if node.module else [])]))
            elif node.module:
                found.add(node.module)
    return found


def test_generated_package_never_imports_lox24() -> None:
    offenders = {
        f: sorted(m for m in mods if m == "lox24" or m.startswith("lox24."))
        for f, mods in _package_imports(ROOT / "generated" / "lox24_api", ROOT / "generated").items()
    }
    assert not {f: m for f, m in offenders.items() if m}


def test_emulator_imports_neither_the_client_nor_the_generated_package() -> None:
    def foreign(module: str) -> bool:
        return module.startswith("lox24_api") or (
            (module == "lox24" or module.startswith("lox24.")) and not module.startswith("lox24.emulator")
        )

    offenders = {
        f: sorted(m for m in mods if foreign(m))
        for f, mods in _package_imports(ROOT / "lox24" / "emulator", ROOT).items()
    }
    assert not {f: m for f, m in offenders.items() if m}


def test_importing_the_emulator_loads_no_client_code_at_run_time() -> None:
    # `lox24/__init__.py` is lazy, so `import lox24.emulator` does not drag in the client or lox24_api.
    code = (
        "import sys, lox24.emulator; client = ('lox24._client', 'lox24.resources'); "
        "print(sorted(m for m in sys.modules if m.startswith('lox24_api') or m in client))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60)
    assert out.stdout.strip() == "[]"


def test_lox24_reaches_the_generated_package_only_through_its_public_modules() -> None:
    # The hand-written layer imports lox24_api; nothing in lox24 (outside the emulator) imports the emulator,
    # except the command line's `lox24 emulator` (lox24/cli/emulator.py), which runs it: the CLI sits above both.
    imports = _package_imports(ROOT / "lox24", ROOT)
    uses_generated = [f for f, mods in imports.items() if any(m.startswith("lox24_api") for m in mods)]
    assert uses_generated, "lox24 is expected to build on lox24_api"
    client_to_emulator = {
        f: sorted(m for m in mods if m.startswith("lox24.emulator"))
        for f, mods in imports.items()
        if not f.startswith("lox24/emulator/") and f != "lox24/cli/emulator.py"
    }
    assert not {f: m for f, m in client_to_emulator.items() if m}


def test_inside_the_emulator_the_model_layer_never_reaches_the_http_layer() -> None:
    # models/, store, auth, timeline and backend: no Starlette, no handlers, routes, context, rendering or app.
    http = tuple(
        ["starlette", "uvicorn"]
        + [f"lox24.emulator.{m}" for m in ("handlers", "routes", "context", "rendering", "app")]
    )
    emulator = ROOT / "lox24" / "emulator"
    model_files = [*(emulator / "models").glob("*.py")] + [emulator / f"{m}.py" for m in ("store", "auth", "timeline")]
    model_files.append(emulator / "backend.py")
    offenders = {
        str(path.relative_to(ROOT)): sorted(m for m in _imports_relative(path, ROOT) if m.startswith(http))
        for path in model_files
    }
    assert not {f: m for f, m in offenders.items() if m}


def test_emulator_handlers_reach_the_models_only_through_the_backend() -> None:
    handlers = ROOT / "lox24" / "emulator" / "handlers"
    offenders = {
        str(path.relative_to(ROOT)): sorted(
            m
            for m in _imports_relative(path, ROOT)
            if m.startswith(("lox24.emulator.models", "lox24.emulator.store", "lox24.emulator.backend"))
        )
        for path in handlers.glob("*.py")
    }
    assert not {f: m for f, m in offenders.items() if m}
    assert len(list(handlers.glob("*.py"))) > 1

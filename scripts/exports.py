"""Write lox24/_exports.py (public name -> module) from the TYPE_CHECKING block of lox24/__init__.py.

    python scripts/exports.py            write lox24/_exports.py
    python scripts/exports.py --check    fail (exit 1) when lox24/_exports.py differs from what the block gives

The block in `lox24/__init__.py` is the one list of public names (type checkers and IDEs read it); `__getattr__`
looks names up in the table this script writes, so `import lox24` reads no source file and needs no `ast` at run
time (and works where only bytecode is installed). Run by `scripts/generate` (so by `make generate`, and by
`make check-generated`, which `make test` runs). `--root DIR` works on another checkout (the tests use a copy).
"""

from __future__ import annotations

import argparse
import ast
import sys
from pathlib import Path

HEADER = '''"""Public name -> the module that defines it; written by scripts/exports.py from the TYPE_CHECKING block of
`lox24/__init__.py`. Edit that block, then run `make generate`."""

'''


def exports_of(init_source: str, package: str = "lox24") -> dict[str, str]:
    """The names imported in the `if typing.TYPE_CHECKING:` block of `init_source`, each with its module."""
    exports: dict[str, str] = {}
    for node in ast.parse(init_source).body:
        if isinstance(node, ast.If) and ast.unparse(node.test) == "typing.TYPE_CHECKING":
            for imp in node.body:
                if isinstance(imp, ast.ImportFrom):
                    module = f"{package}.{imp.module or ''}".rstrip(".") if imp.level else str(imp.module)
                    for alias in imp.names:
                        if alias.name in exports:
                            raise SystemExit(f"exports: {alias.name} is imported twice in the TYPE_CHECKING block")
                        exports[alias.name] = module
    if not exports:
        raise SystemExit("exports: no `if typing.TYPE_CHECKING:` block with imports in lox24/__init__.py")
    return exports


def render(exports: dict[str, str]) -> str:
    lines = [f"    {name!r}: {module!r},".replace("'", '"') for name, module in sorted(exports.items())]
    return HEADER + "EXPORTS: dict[str, str] = {\n" + "\n".join(lines) + "\n}\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail when lox24/_exports.py is out of date")
    parser.add_argument("--root", type=Path, default=Path(__file__).resolve().parent.parent)
    args = parser.parse_args(argv)
    package = args.root / "lox24"
    wanted = render(exports_of((package / "__init__.py").read_text(encoding="utf-8")))
    target = package / "_exports.py"
    if args.check:
        if not target.exists() or target.read_text(encoding="utf-8") != wanted:
            print(f"exports: {target} differs from the TYPE_CHECKING block of lox24/__init__.py. Run 'make generate'.",
                  file=sys.stderr)  # fmt: skip
            return 1
        print("exports: lox24/_exports.py matches lox24/__init__.py")
        return 0
    target.write_text(wanted, encoding="utf-8")
    print(f"exports: wrote {target.relative_to(args.root)} ({len(wanted.splitlines()) - 5} names)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

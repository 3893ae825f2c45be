"""Write lox24/_sync/ from lox24/_async/ (httpcore's unasync approach: token substitutions, then ruff).

    python scripts/unasync.py            write lox24/_sync/
    python scripts/unasync.py --check    fail (exit 1) when lox24/_sync/ differs from what lox24/_async/ gives

`--root DIR` works on another checkout (the tests use it on a copy). Run by `scripts/generate` (so by
`make generate` and `make check-generated`, which `make test` runs).
"""

from __future__ import annotations

import argparse
import difflib
import re
import subprocess
import sys
from pathlib import Path

# Applied in order. Identifiers are matched whole (\b); the Awaitable rules peel one level of brackets.
SUBS: list[tuple[str, str]] = [
    (r"\bAwaitable\[((?:[^\[\]]|\[[^\[\]]*\])*)\]", r"\1"),
    (r"\bAsyncAPIClient\b", "SyncAPIClient"),
    (r"\bAsyncAPIResource\b", "SyncAPIResource"),
    (r"\bAsyncPager\b", "SyncPager"),
    (r"\basync_to_raw_response_wrapper\b", "to_raw_response_wrapper"),
    (r"\bAsyncIterator\b", "Iterator"),
    (r"\bAbstractAsyncContextManager\b", "AbstractContextManager"),
    (r"\b_async_slots\b", "_sync_slots"),
    (r"\bAsync([A-Z]\w*)", r"\1"),  # AsyncClient -> Client, AsyncSmsResource -> SmsResource
    (r"\b__aenter__\b", "__enter__"),
    (r"\b__aexit__\b", "__exit__"),
    (r"\b__aiter__\b", "__iter__"),
    (r"\baclose\b", "close"),
    (r"\baread\b", "read"),
    (r"\b_asleep\b", "_sleep"),
    (r"\basyncio_detailed\b", "sync_detailed"),
    (r"\b_async\b", "_sync"),
    (r"\basync def\b", "def"),
    (r"\basync with\b", "with"),
    (r"\basync for\b", "for"),
    (r"\bawait ", ""),
]
_COMPILED = [(re.compile(pattern), repl) for pattern, repl in SUBS]

HEADER = "# Written from {source} by scripts/unasync.py; edit that file, then make generate.\n"


def unasync_text(text: str, source: str) -> str:
    for pattern, repl in _COMPILED:
        text = pattern.sub(repl, text)
    return HEADER.format(source=source) + text


def _ruff(text: str, path: Path, root: Path) -> str:
    """Sort and prune imports, then format, as `make lint` would want them."""
    ruff = Path(sys.executable).parent / "ruff"
    for args in (["check", "--fix-only", "--select", "I,F401", "--quiet"], ["format", "--quiet"]):
        done = subprocess.run(
            [str(ruff), *args, "--stdin-filename", str(path), "-"],
            input=text, capture_output=True, text=True, cwd=root, check=True,
        )  # fmt: skip
        text = done.stdout
    return text


def expected(root: Path) -> dict[Path, str]:
    """Each file of lox24/_sync/ as the async sources give it."""
    source_dir = root / "lox24" / "_async"
    out: dict[Path, str] = {}
    for source in sorted(source_dir.rglob("*.py")):
        target = root / "lox24" / "_sync" / source.relative_to(source_dir)
        rel = source.relative_to(root).as_posix()
        out[target] = _ruff(unasync_text(source.read_text(encoding="utf-8"), rel), target, root)
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true", help="fail when lox24/_sync differs; write nothing")
    parser.add_argument("--root", type=Path, default=Path(__file__).resolve().parents[1])
    args = parser.parse_args()
    root: Path = args.root.resolve()
    want = expected(root)
    sync_dir = root / "lox24" / "_sync"
    stale = sorted(set(sync_dir.rglob("*.py")) - set(want)) if sync_dir.exists() else []
    if args.check:
        problems: list[str] = [f"{p.relative_to(root)}: no async source" for p in stale]
        for path, text in want.items():
            have = path.read_text(encoding="utf-8") if path.exists() else ""
            if have != text:
                diff = difflib.unified_diff(
                    have.splitlines(keepends=True), text.splitlines(keepends=True),
                    str(path.relative_to(root)), "from lox24/_async", n=1,
                )  # fmt: skip
                problems.append("".join(list(diff)[:40]))
        if problems:
            print("\n".join(problems), file=sys.stderr)
            print("unasync: lox24/_sync differs from lox24/_async. Edit the async source, run 'make generate'.")
            return 1
        print(f"unasync: lox24/_sync matches lox24/_async ({len(want)} files)")
        return 0
    for path in stale:
        path.unlink()
    for path, text in want.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        if not path.exists() or path.read_text(encoding="utf-8") != text:
            path.write_text(text, encoding="utf-8")
    print(f"unasync: wrote lox24/_sync ({len(want)} files)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Drift report: compare spec/lox24.yaml with a LOX24 OpenAPI file (a path or an http(s) URL).

    python scripts/drift.py ../shared/docs/lox24-openapi-2.22.json
    python scripts/drift.py https://example.org/lox24.json --timeout 10 --json reports/drift.json

Prints the report as Markdown (`--format json` for JSON), optionally writes both (`--markdown`, `--json`).
Exit code: 0 when every breaking difference is reviewed, 1 when an unreviewed breaking difference exists,
2 when an input cannot be used (missing, unreadable, unreachable, not OpenAPI): one line on stderr, no traceback.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from lox24_drift.compare import BREAKING, compare, norm_path, operations
from lox24_drift.known import apply_known, load_known
from lox24_drift.load import DEFAULT_TIMEOUT, DriftError, load_spec, read_text
from lox24_drift.mapping import client_methods, emulator_routes, snake
from lox24_drift.report import as_json, as_markdown

ROOT = Path(__file__).resolve().parents[1]


def run(args: argparse.Namespace) -> int:
    ours = load_spec(args.ours)
    official = load_spec(args.official, timeout=args.timeout)
    known_path = Path(args.known)
    entries = load_known(read_text(str(known_path)), args.known) if known_path.exists() else []
    diffs = compare(ours, official)
    by_op, _ = client_methods(Path(args.package))
    routes = emulator_routes(Path(args.emulator))
    for d in diffs:
        if d.operation_id:
            d.methods = sorted(by_op.get(snake(d.operation_id), set()))
            method, _, path = d.operation.partition(" ")
            d.routes = sorted(
                {
                    f"{m} {p} → {h}"
                    for m, p, h, _ in routes
                    if h.split(".")[-1] == d.operation_id or (m == method and norm_path(p) == norm_path(path))
                }
            )
    stale = apply_known(diffs, entries)
    ids = sorted({o.operation_id for o in operations(ours) if o.operation_id})
    handlers = {h.split(".")[-1] for _, _, h, _ in routes}
    unmapped = {
        "without a lox24 method": [i for i in ids if not by_op.get(snake(i))],
        "without an emulator route": [i for i in ids if i not in handlers],
    }
    meta = {
        "ours": _shown(args.ours),
        "ours_version": str(ours.get("info", {}).get("version", "?")),
        "official": _shown(args.official),
        "official_version": str(official.get("info", {}).get("version", "?")),
        "known": _shown(args.known),
        "unmapped_operations": {k: v for k, v in unmapped.items() if v},
    }
    markdown, data = as_markdown(meta, diffs, stale), as_json(meta, diffs, stale)
    for target, text in ((args.markdown, markdown), (args.json, data)):
        if target:
            Path(target).parent.mkdir(parents=True, exist_ok=True)
            Path(target).write_text(text, encoding="utf-8")
    sys.stdout.write(data if args.format == "json" else markdown)
    return 1 if any(d.classification == BREAKING and not d.reviewed for d in diffs) else 0


def _shown(source: str) -> str:
    """A path relative to the checkout when it is inside it (reports stay the same on every machine)."""
    try:
        return str(Path(source).resolve().relative_to(ROOT))
    except ValueError:
        return source


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("official", help="LOX24's OpenAPI file: a path or an http(s) URL")
    parser.add_argument("--ours", default=str(ROOT / "spec" / "lox24.yaml"), help="our spec (default: %(default)s)")
    parser.add_argument("--known", default=str(ROOT / "spec" / "known-differences.yaml"), help="reviewed differences")
    parser.add_argument("--package", default=str(ROOT / "lox24"), help="the lox24 package to map methods from")
    parser.add_argument("--emulator", default=str(ROOT / "lox24" / "emulator"), help="the emulator's source")
    parser.add_argument("--timeout", type=float, default=DEFAULT_TIMEOUT, help="seconds for a URL (default 20)")
    parser.add_argument("--format", choices=("markdown", "json"), default="markdown", help="what to print")
    parser.add_argument("--markdown", help="also write the Markdown report here")
    parser.add_argument("--json", help="also write the JSON report here")
    args = parser.parse_args(argv)
    try:
        return run(args)
    except DriftError as exc:
        print(f"drift: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())

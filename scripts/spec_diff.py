"""spec-diff: what a change to spec/lox24.yaml does to the public Python surface, as a changelog entry.

    python scripts/spec_diff.py --base HEAD           # the working tree against the last commit
    python scripts/spec_diff.py --base v0.3.0 --json reports/spec-diff.json
    python scripts/spec_diff.py --base HEAD --summary # a few lines (what `make generate` prints)

The base side is the `generated/lox24_api` committed at the git ref (always in step with its spec, since
`make check-generated` gates every commit). The new side is `generated/lox24_api` in the working tree when its
`_spec.py` hash matches spec/lox24.yaml, otherwise the spec is generated into a temporary folder first.
Exit code: 0, or 1 with `--fail-on-breaking` when a change is breaking; 2 when an input cannot be used.
"""

from __future__ import annotations

import argparse
import hashlib
import io
import json
import os
import re
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from lox24_drift.load import DriftError
from lox24_drift.mapping import client_methods
from lox24_drift.surface import Change, diff_surface, read_surface

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = "generated/lox24_api"


def _git(*args: str) -> bytes:
    try:
        done = subprocess.run(["git", *args], cwd=ROOT, capture_output=True, check=False)
    except OSError as exc:
        raise DriftError(f"cannot run git: {exc}") from None
    if done.returncode:
        message = done.stderr.decode(errors="replace").strip().splitlines()
        raise DriftError(f"git {' '.join(args)}: {message[-1] if message else 'failed'}")
    return done.stdout


def base_package(ref: str, into: Path) -> Path:
    """Extract `generated/lox24_api` as committed at `ref` into `into`."""
    if ref.startswith("-"):
        raise DriftError(f"not a git ref: {ref!r}")
    try:
        _git("rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}")
    except DriftError:
        raise DriftError(f"unknown git ref {ref!r}") from None
    raw = _git("archive", "--format=tar", ref, "--", PACKAGE)
    with tarfile.open(fileobj=io.BytesIO(raw)) as tar:
        tar.extractall(into, filter="data")
    return into / PACKAGE


def new_package(spec: Path, into: Path, venv_bin: Path) -> tuple[Path, bool]:
    """The working tree's package if it was generated from `spec`, else a fresh generation (and True)."""
    stamp = ROOT / PACKAGE / "_spec.py"
    digest = hashlib.sha256(spec.read_bytes()).hexdigest()
    if stamp.exists() and re.search(rf'SPEC_SHA256 = "{digest}"', stamp.read_text(encoding="utf-8")):
        return ROOT / PACKAGE, False
    env = {**os.environ, "PATH": f"{venv_bin}{os.pathsep}{os.environ.get('PATH', '')}"}
    command = [
        str(venv_bin / "openapi-python-client"),
        "generate",
        "--path",
        str(spec),
        "--config",
        str(ROOT / "spec" / "openapi-python-client.yaml"),
        "--meta",
        "none",
        "--output-path",
        str(into / "lox24_api"),
    ]
    try:
        done = subprocess.run(command, cwd=ROOT, capture_output=True, env=env, check=False)
    except OSError as exc:
        raise DriftError(f"cannot run openapi-python-client: {exc}") from None
    if done.returncode or not (into / "lox24_api" / "api").is_dir():
        tail = (done.stdout + done.stderr).decode(errors="replace").strip().splitlines()[-3:]
        raise DriftError(f"cannot generate from {spec}: {' / '.join(tail) or 'no output'}")
    return into / "lox24_api", True


def changelog(changes: list[Change], methods: dict[str, list[str]], base: str, summary: bool) -> str:
    breaking = [c for c in changes if c.breaking]
    other = [c for c in changes if not c.breaking]
    touched = sorted({m for c in changes for m in methods.get(c.subject, [])})
    if summary:
        head = f"spec-diff against {base}: {len(breaking)} breaking, {len(other)} other change(s) to lox24_api"
        if not changes:
            return head + "\n"
        lines = [head + (f"; lox24 methods affected: {', '.join(touched)}" if touched else "")]
        lines += [f"  {'BREAKING ' if c.breaking else ''}{c.subject}: {c.what}" for c in [*breaking, *other][:15]]
        if len(changes) > 15:
            lines.append(f"  … {len(changes) - 15} more: make spec-diff BASE={base}")
        return "\n".join(lines) + "\n"
    out = [f"### Changes to the Python surface since `{base}`", ""]
    if not changes:
        return "\n".join([*out, "No change to generated functions or models.", ""])
    out += [f"**{'Breaking' if breaking else 'Not breaking'}**: {len(breaking)} breaking, {len(other)} other.", ""]
    for title, chosen in (("Breaking", breaking), ("Added or widened", other)):
        if chosen:
            out += [f"#### {title}", ""]
            for c in chosen:
                affected = methods.get(c.subject, [])
                suffix = f" (affects {', '.join(f'`{m}`' for m in affected)})" if affected else ""
                out.append(f"- `{c.subject}`: {c.what}{suffix}")
            out.append("")
    if touched:
        out += ["#### lox24 methods affected", "", *[f"- `{m}`" for m in touched], ""]
    return "\n".join(out)


def run(args: argparse.Namespace) -> int:
    spec = Path(args.spec)
    if not spec.is_file():
        raise DriftError(f"cannot read {args.spec}: no such file")
    with tempfile.TemporaryDirectory() as tmp:
        old = read_surface(base_package(args.base, Path(tmp) / "base"))
        package, fresh = new_package(spec, Path(tmp) / "new", Path(args.venv_bin))
        new = read_surface(package)
    changes = diff_surface(old, new)
    by_op, by_model = client_methods(ROOT / "lox24")
    methods = {
        c.subject: sorted(by_op.get(c.operation, set()) if c.operation else by_model.get(c.model or "", set()))
        for c in changes
    }
    if fresh and not args.summary:
        hint = f"(generated {args.spec} into a temporary folder: run 'make generate' to update {PACKAGE})"
        print(hint, file=sys.stderr)
    sys.stdout.write(changelog(changes, methods, args.base, args.summary))
    if args.json:
        payload = {
            "base": args.base,
            "breaking": sum(c.breaking for c in changes),
            "changes": [{**vars(c), "methods": methods[c.subject]} for c in changes],
        }
        Path(args.json).parent.mkdir(parents=True, exist_ok=True)
        Path(args.json).write_text(json.dumps(payload, indent=2) + "\n", encoding="utf-8")
    return 1 if args.fail_on_breaking and any(c.breaking for c in changes) else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base", default="HEAD", help="git ref to compare with (default: HEAD)")
    parser.add_argument("--spec", default=str(ROOT / "spec" / "lox24.yaml"), help="the new spec")
    parser.add_argument("--venv-bin", default=str(ROOT / ".venv" / "bin"), help="where openapi-python-client is")
    parser.add_argument("--summary", action="store_true", help="a few lines instead of the changelog entry")
    parser.add_argument("--json", help="also write the changes as JSON here")
    parser.add_argument("--fail-on-breaking", action="store_true", help="exit 1 when a change is breaking")
    args = parser.parse_args(argv)
    try:
        return run(args)
    except DriftError as exc:
        print(f"spec-diff: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())

"""Run the sections, print the table, write reports/bench.json; the command line (`python -m benchmarks`)."""

from __future__ import annotations

import argparse
import json
import os
import tempfile
import time
from collections.abc import Callable
from dataclasses import asdict
from pathlib import Path

from .harness import ROOT, Report, Sizes, log, machine_info, render_table

SECTIONS = ("client", "startup", "emulator", "concurrency", "cli", "contract", "memory")
# The names sections had before the package (issue 6), still accepted in BENCH_ONLY / --only.
ALIASES = {"import": "startup", "async": "concurrency"}


def _section(name: str) -> Callable[[Report, Sizes, Path], None]:
    """The function of section `name`, imported when it runs (a missing optional package fails one section)."""
    if name == "client":
        from .client import bench_client

        return lambda report, sizes, workdir: bench_client(report, sizes)
    if name == "startup":
        from .startup import bench_startup

        return lambda report, sizes, workdir: bench_startup(report, sizes)
    if name == "emulator":
        from .emulator import bench_emulator

        return bench_emulator
    if name == "concurrency":
        from .concurrency import bench_concurrency

        return bench_concurrency
    if name == "cli":
        from .cli import bench_cli

        return bench_cli
    if name == "contract":
        from .contract import bench_contract

        return lambda report, sizes, workdir: bench_contract(report, sizes)
    if name == "memory":
        from .memory import bench_memory

        return bench_memory
    raise ValueError(f"unknown section {name!r}")


def parse_only(value: str) -> list[str]:
    """`client,async` -> ["client", "concurrency"]; ValueError on an unknown name."""
    only = [ALIASES.get(s.strip(), s.strip()) for s in value.split(",") if s.strip()]
    unknown = sorted(set(only) - set(SECTIONS))
    if unknown:
        raise ValueError(f"unknown sections {unknown}; choose from {', '.join(SECTIONS)}")
    return only


def run(only: list[str], out: Path) -> Report:
    """Run the sections `only`, in that order; print the table and write it with all details to `out`."""
    sizes = Sizes()
    report = Report()
    report.details["machine"] = machine_info()
    report.details["sizes"] = asdict(sizes)
    report.details["started"] = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
    t_start = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="lox24-bench-") as tmp:
        for section in only:
            log(f"== {section}")
            t0 = time.perf_counter()
            try:
                _section(section)(report, sizes, Path(tmp))
            except Exception as exc:
                report.skip(section, f"failed: {type(exc).__name__}: {str(exc)[:300]}")
            report.details.setdefault("section_seconds", {})[section] = round(time.perf_counter() - t0, 2)
    report.details["total_seconds"] = round(time.perf_counter() - t_start, 1)
    report.details["machine"]["loadavg_end"] = os.getloadavg()
    out.parent.mkdir(parents=True, exist_ok=True)
    table = render_table(report)
    doc = {"rows": [asdict(r) for r in report.rows], "skipped": report.skipped, "table": table, **report.details}
    out.write_text(json.dumps(doc, indent=2) + "\n", encoding="utf-8")
    m = report.details["machine"]
    log("")
    log(table)
    log("")
    log(
        f"commit {m['commit']}, {m['nproc']} cores ({m['cpu']}), Python {m['python']}, load average "
        f"{m['loadavg_start'][0]:.2f} at start, {m['loadavg_end'][0]:.2f} at end; "
        f"{report.details['total_seconds']:.0f} s in all; wrote {out}"
    )
    return report


def main(argv: list[str] | None = None) -> int:
    """`python -m benchmarks [--only …] [--out …] [--profile …]`, and the internal child-process commands."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=(__package__ and __doc__))
    parser.add_argument("command", nargs="?", default="run", choices=["run", "_serve", "_mem-client", "_fill-emulator"])
    parser.add_argument("--only", default=os.environ.get("BENCH_ONLY", ",".join(SECTIONS)))
    parser.add_argument("--out", default=str(ROOT / "reports" / "bench.json"))
    parser.add_argument("--profile", choices=["client", "async", "emulator"])
    parser.add_argument("--app", choices=["emulator", "ceiling"], default="emulator")
    parser.add_argument("--loop", default="uvloop")
    parser.add_argument("--http", default="httptools")
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--variant", default="lox24")
    parser.add_argument("--n", type=int, default=0)
    parser.add_argument("--db", default=":memory:")
    parser.add_argument("--body")
    args = parser.parse_args(argv)
    if args.command == "_serve":
        from .servers import serve

        serve(args.app, args.port, args.loop, args.http, args.db)
        return 0
    if args.command in ("_mem-client", "_fill-emulator"):
        from .memory import fill_emulator, mem_client

        if args.command == "_mem-client":
            result = mem_client(args.variant, args.n, Path(args.body).read_bytes() if args.body else None)
        else:
            result = fill_emulator(args.db, args.n)
        print(json.dumps(result))
        return 0
    if args.profile:
        from .profiles import profile

        profile(args.profile)
        return 0
    try:
        only = parse_only(args.only)
    except ValueError as exc:
        parser.error(str(exc))
    run(only, Path(args.out))
    return 0

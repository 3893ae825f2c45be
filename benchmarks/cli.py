"""Section `cli`: the `lox24` command line (issue 11), each figure against a baseline in the same run.

- `lox24 --help` in a fresh process versus `python -c pass` (wall ms, median, alternating; target: < +150 ms);
- `lox24 send-csv` of BENCH_CLI_ROWS rows (5,000) against the emulator versus the async client sending the same
  rows at the same concurrency from a small script, each a fresh process timed from start to exit, ABBA
  (target: the CLI at least 0.8× the SMS/s of the client). Both send every row once, with its callback data;
  the CLI also keeps its journal (two flushed lines per row) and counts progress.
"""

from __future__ import annotations

import csv
import json
import os
import resource
import subprocess
import time
from pathlib import Path
from typing import Any

from .harness import DOCS_TOKEN, HOST, PY, ROOT, Report, Row, Sizes, abba_order, env_int, median, missing
from .servers import FAST, SLOW, proc_cpu_seconds, serving_available, start_served

HELP_OVER_PYTHON_MS = 150.0
CSV_VS_CLIENT = 0.8
TEMPLATE = "Hello {name}, your code is {code}"
SENDER = "MyShop"

# Fresh processes as users start them: with bytecode caches (see benchmarks/startup.py), and without the
# developer's LOX24_* settings.
_ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE" and not k.startswith("LOX24_")}

# The baseline: the rows of the same CSV, the same template and concurrency, sent with lox24.AsyncClient.
_DIRECT = """
import asyncio, csv, sys, lox24
path, concurrency, template, sender, tag = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4], sys.argv[5]
with open(path, newline="", encoding="utf-8") as handle:
    rows = list(enumerate(csv.DictReader(handle), start=1))
async def main():
    async with lox24.AsyncClient() as client:
        await client.me()
        pending = iter(rows)
        async def worker():
            for n, row in pending:
                await client.sms.send(phone=row["phone"], text=template.format_map(row), sender_id=sender,
                                      callback_data=f"direct-{tag}-{n}", region="DE")
        await asyncio.gather(*(worker() for _ in range(concurrency)))
asyncio.run(main())
print(len(rows))
"""


def lox24_command() -> list[str]:
    """The `lox24` console script of this environment (installed with the package), else `python -m lox24.cli`."""
    script = Path(PY).parent / "lox24"
    return [str(script)] if script.exists() else [PY, "-m", "lox24.cli"]


def timed(argv: list[str], env: dict[str, str] | None = None) -> tuple[float, float, subprocess.CompletedProcess[str]]:
    """(wall seconds, CPU seconds of the child, the finished process) of one fresh process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    proc = subprocess.run(argv, capture_output=True, text=True, cwd=ROOT, env=env or _ENV, check=False)  # noqa: S603
    wall = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu, proc


def bench_help(report: Report, sizes: Sizes) -> None:
    """`lox24 --help` versus `python -c pass`, fresh processes, ABBA, median."""
    variants = {"lox24 --help": [*lox24_command(), "--help"], "python -c pass": [PY, "-c", "pass"]}
    first = timed(variants["lox24 --help"])[2]  # also writes the bytecode caches
    if first.returncode != 0 or "send-csv" not in first.stdout:
        report.skip("cli", f"`lox24 --help` failed ({first.returncode}): {first.stderr.strip()[-200:]}")
        return
    ms: dict[str, list[float]] = {name: [] for name in variants}
    cpu_ms: dict[str, list[float]] = {name: [] for name in variants}
    for order in abba_order(list(variants), sizes.import_repeats):
        for name in order:
            wall, cpu, _ = timed(variants[name])
            ms[name].append(wall * 1e3)
            cpu_ms[name].append(cpu * 1e3)
    lox, py = median(ms["lox24 --help"]), median(ms["python -c pass"])
    lox_cpu, py_cpu = median(cpu_ms["lox24 --help"]), median(cpu_ms["python -c pass"])
    report.details.setdefault("cli", {}).update({"help_ms": ms, "help_cpu_ms": cpu_ms})
    report.add(
        Row("cli", "`lox24 --help` wall ms, fresh process", lox, py, "python -c pass", "ms", lox / py if py else None,
            f"< +{HELP_OVER_PYTHON_MS:.0f} ms", lox - py < HELP_OVER_PYTHON_MS,
            f"adds {lox - py:.0f} ms (median of {len(ms['python -c pass'])}; {min(ms['lox24 --help']):.0f}.."
            f"{max(ms['lox24 --help']):.0f} ms); CPU {lox_cpu:.0f} ms vs {py_cpu:.0f} ms: what is left of the wall "
            "time waited for a core")
    )  # fmt: skip


def write_csv(path: Path, rows: int) -> None:
    """`rows` customers with valid German mobile numbers, a name and a code."""
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["phone", "name", "code"])
        for n in range(1, rows + 1):
            writer.writerow([f"+49170{n:07d}", f"Kunde {n}", f"C{n:05d}"])


def send_csv_once(path: Path, journal: Path, base_url: str, concurrency: int) -> tuple[float, float, dict[str, Any]]:
    """One `lox24 --json send-csv` run: (wall s, CPU s, its JSON summary)."""
    argv = [*lox24_command(), "--json", "--base-url", base_url, "send-csv", str(path), "--text", TEMPLATE,
            "--from", SENDER, "--concurrency", str(concurrency), "--journal", str(journal)]  # fmt: skip
    wall, cpu, proc = timed(argv, {**_ENV, "LOX24_TOKEN": DOCS_TOKEN})
    if proc.returncode != 0:
        raise RuntimeError(f"lox24 send-csv exited {proc.returncode}: {proc.stderr.strip()[-300:]}")
    summary: dict[str, Any] = json.loads(proc.stdout)
    return wall, cpu, summary


def direct_once(path: Path, base_url: str, concurrency: int, tag: str) -> tuple[float, float, int]:
    """The same rows through lox24.AsyncClient in a fresh process: (wall s, CPU s, rows sent)."""
    env = {**_ENV, "LOX24_TOKEN": DOCS_TOKEN, "LOX24_BASE_URL": base_url}
    wall, cpu, proc = timed([PY, "-c", _DIRECT, str(path), str(concurrency), TEMPLATE, SENDER, tag], env)
    if proc.returncode != 0:
        raise RuntimeError(f"the async client script exited {proc.returncode}: {proc.stderr.strip()[-300:]}")
    return wall, cpu, int(proc.stdout.strip().splitlines()[-1])


def bench_send_csv(report: Report, sizes: Sizes, workdir: Path) -> None:
    """`lox24 send-csv` versus the async client on the same rows, same emulator, same concurrency; ABBA."""
    rows = env_int("BENCH_CLI_ROWS", 5000, 40)
    concurrency = env_int("BENCH_CLI_CONC", 4, 4)
    rounds = env_int("BENCH_CLI_ROUNDS", 2, 1)
    path = workdir / "customers.csv"
    write_csv(path, rows)
    serving = FAST if serving_available(FAST) is None else SLOW
    emu = start_served(workdir, "emulator", serving, workdir / "cli.sqlite3", name="emulator-cli")
    base_url = f"http://{HOST}:{emu.port}"
    samples: dict[str, list[dict[str, float]]] = {"lox24 send-csv": [], "lox24.AsyncClient": []}
    try:
        for k, order in enumerate(abba_order(list(samples), 2 * rounds)):
            for name in order:
                s0 = proc_cpu_seconds(emu.proc.pid)
                if name == "lox24 send-csv":
                    wall, cpu, summary = send_csv_once(path, workdir / f"journal-{k}.jsonl", base_url, concurrency)
                    sent = int(summary["sent"])
                    if sent != rows or summary["failed"] or summary["unresolved"] or summary["bad"]:
                        raise RuntimeError(f"send-csv sent {sent} of {rows} rows: {json.dumps(summary)[:300]}")
                else:
                    wall, cpu, sent = direct_once(path, base_url, concurrency, str(k))
                server = proc_cpu_seconds(emu.proc.pid) - s0
                sample = {"rate": sent / wall, "client_us": cpu / sent * 1e6, "server_us": server / sent * 1e6}
                samples[name].append(sample)
    finally:
        emu.stop()
    report.details.setdefault("cli", {}).update({"rows": rows, "concurrency": concurrency, "send_csv": samples})

    def med(name: str, key: str) -> float:
        return median([s[key] for s in samples[name]])

    cli_rate, direct_rate = med("lox24 send-csv", "rate"), med("lox24.AsyncClient", "rate")
    ratio = cli_rate / direct_rate if direct_rate else 0.0
    report.add(
        Row("cli", f"`lox24 send-csv` {rows:,} rows, {concurrency} in flight, SMS/s", cli_rate, direct_rate,
            "lox24.AsyncClient, same rows", "SMS/s", ratio, f"≥ {CSV_VS_CLIENT}", ratio >= CSV_VS_CLIENT,
            f"whole processes, median of {len(samples['lox24.AsyncClient'])} each (ABBA); CPU per SMS: CLI "
            f"{med('lox24 send-csv', 'client_us'):.0f} µs, client {med('lox24.AsyncClient', 'client_us'):.0f} µs; "
            f"server {med('lox24 send-csv', 'server_us'):.0f} / {med('lox24.AsyncClient', 'server_us'):.0f} µs")
    )  # fmt: skip


def bench_cli(report: Report, sizes: Sizes, workdir: Path) -> None:
    why = missing("click") or missing("rich") or missing("lox24.cli", "main") or missing("lox24.emulator", "create_app")
    if why:
        report.skip("cli", why)
        return
    bench_help(report, sizes)
    bench_send_csv(report, sizes, workdir)

"""Benchmarks of lox24-python: what the client, the CLI, the emulator and the contract suite cost (issues 6, 9,
11, 13).

Run them with `make bench` (or `python -m benchmarks`): one table on stdout and `reports/bench.json`.
Every number is measured side by side with a baseline in the same run and reported as a ratio: the machines this
runs on have 2 cores and are often shared, so absolute times alone mean little. One module per section, over one
harness (`benchmarks.harness`: warm-up, alternating ABBA order, medians of repeats):

  client       µs per `client.sms.send()` in-process vs raw httpx and `requests`   (benchmarks.client)
  startup      `import lox24` and cold start vs httpx, fresh processes                (benchmarks.startup)
  emulator     req/s on uvloop+httptools vs asyncio+h11 vs bare Starlette, kill -9    (benchmarks.emulator)
  concurrency  AsyncClient SMS/s vs raw httpx; at 1, 4, 16, 64 in flight per transport (benchmarks.concurrency)
  cli          `lox24 --help` vs `python -c pass`; `send-csv` SMS/s vs AsyncClient      (benchmarks.cli)
  contract     schemathesis cases/s in-process                                        (benchmarks.contract)
  memory       peak RSS of client and emulator                                         (benchmarks.memory)

BENCH_ONLY=client,emulator (or --only) picks sections; BENCH_QUICK=1 makes every size tiny (a smoke run);
BENCH_PRISM=0 skips Stoplight Prism; sizes: the BENCH_* variables of `benchmarks.harness.Sizes`.
Not shipped in the wheel (pyproject's wheel target lists lox24 and lox24_api only).

    >>> from benchmarks import Report, Row, render_table
    >>> report = Report()
    >>> report.add(Row("client", "send() µs/call", 120.0, 100.0, "raw httpx", "µs", 1.2, "≤ 1.30", True))
    >>> "1.20" in render_table(report)
    True
"""

from .harness import Report, Row, Sizes, render_table
from .runner import SECTIONS, main, run

__all__ = ["SECTIONS", "Report", "Row", "Sizes", "main", "render_table", "run"]

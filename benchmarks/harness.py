"""The shared harness: sizes, rows and the report, the documented 201 body, timing helpers, the table.

The method every section keeps: a baseline measured in the same run, variants in alternating (ABBA) order so
that drift in the machine's load hits both sides alike, warm-up first, medians of several repeats.
"""

from __future__ import annotations

import contextlib
import gc
import importlib
import inspect
import json
import os
import platform
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

import httpx

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "spec" / "lox24.yaml"
PY = sys.executable
HOST = "127.0.0.1"
BASE_URL = "https://api.lox24.eu"
# The docs' example token, which the emulator accepts by default.
DOCS_TOKEN = "1234567:e3f3a759b6677959b6ebfcxxxxxxxxxx"  # noqa: S105 (public example)
SMS_ARGS: dict[str, Any] = {"phone": "+491701234567", "text": "Hello from the lox24 benchmark", "sender_id": "MyShop"}
RESPONSE_HEADERS = {
    "content-type": "application/json",
    "x-lox24-request-id": "7f3c2a9b0d4e4f6a8b1c2d3e4f5a6b7c",
}

T = TypeVar("T")


def _quick() -> bool:
    return os.environ.get("BENCH_QUICK") == "1"


def env_int(name: str, default: int, quick: int) -> int:
    """`$name` as an int, else `quick` under BENCH_QUICK=1, else `default`."""
    if name in os.environ:
        return int(os.environ[name])
    return quick if _quick() else default


def env_float(name: str, default: float, quick: float) -> float:
    """`$name` as a float, else `quick` under BENCH_QUICK=1, else `default`."""
    if name in os.environ:
        return float(os.environ[name])
    return quick if _quick() else default


def _levels() -> list[int]:
    raw = os.environ.get("BENCH_CONC_LEVELS", "1,4,16,64")
    return [int(x) for x in raw.split(",") if x.strip()]


@dataclass
class Sizes:
    """How much each section does; every field has a BENCH_* variable (BENCH_QUICK=1: tiny sizes)."""

    client_calls: int = field(default_factory=lambda: env_int("BENCH_CLIENT_CALLS", 1500, 30))
    client_repeats: int = field(default_factory=lambda: env_int("BENCH_CLIENT_REPEATS", 7, 2))
    import_repeats: int = field(default_factory=lambda: env_int("BENCH_IMPORT_REPEATS", 9, 2))
    load_conns: int = field(default_factory=lambda: env_int("BENCH_LOAD_CONNS", 32, 4))
    load_seconds: float = field(default_factory=lambda: env_float("BENCH_LOAD_SECONDS", 6.0, 0.5))
    load_warmup: float = field(default_factory=lambda: env_float("BENCH_LOAD_WARMUP", 1.5, 0.2))
    prism: bool = field(default_factory=lambda: os.environ.get("BENCH_PRISM", "1") != "0")
    async_n: int = field(default_factory=lambda: env_int("BENCH_ASYNC_N", 5000, 40))
    async_conc: int = field(default_factory=lambda: env_int("BENCH_ASYNC_CONC", 32, 4))
    conc_levels: list[int] = field(default_factory=_levels)
    conc_n: int = field(default_factory=lambda: env_int("BENCH_CONC_N", 2400, 16))
    conc_rounds: int = field(default_factory=lambda: env_int("BENCH_CONC_ROUNDS", 12, 2))
    contract_examples: int = field(default_factory=lambda: env_int("BENCH_CONTRACT_EXAMPLES", 20, 2))
    mem_client_n: int = field(default_factory=lambda: env_int("BENCH_MEM_CLIENT_N", 10_000, 50))
    mem_emulator_n: int = field(default_factory=lambda: env_int("BENCH_MEM_EMULATOR_N", 100_000, 200))


@dataclass
class Row:
    """One line of the table: a value, its baseline from the same run, the ratio and the target."""

    section: str
    metric: str
    value: float | None
    baseline: float | None = None
    baseline_name: str = ""
    unit: str = ""
    ratio: float | None = None
    target: str = ""
    met: bool | None = None
    note: str = ""


@dataclass
class Report:
    """All rows, details for reports/bench.json, and what was skipped and why."""

    rows: list[Row] = field(default_factory=list)
    details: dict[str, Any] = field(default_factory=dict)
    skipped: list[str] = field(default_factory=list)

    def add(self, row: Row) -> None:
        self.rows.append(row)

    def skip(self, section: str, why: str) -> None:
        self.skipped.append(f"{section}: {why}")
        print(f"  skipped: {why}", flush=True)


def median(xs: Sequence[float]) -> float:
    """The median, NaN for no samples."""
    return statistics.median(xs) if xs else float("nan")


def log(msg: str) -> None:
    print(msg, flush=True)


def abba_order(names: Sequence[T], rounds: int) -> Iterator[list[T]]:
    """The order of each round: forwards, backwards, backwards, forwards, … (ABBA for two, ABCCBA for three)."""
    for r in range(rounds):
        yield list(names) if r % 4 in (0, 3) else list(names)[::-1]


def paired_ratio(a: Sequence[float], b: Sequence[float]) -> float:
    """Median of the ratios of paired samples (same moment, same load)."""
    return median([x / y for x, y in zip(a, b, strict=True)])


def time_calls(fn: Callable[[], Any], n: int) -> float:
    """µs per call of `fn`, over `n` calls."""
    gc.collect()
    t0 = time.perf_counter()
    for _ in range(n):
        fn()
    return (time.perf_counter() - t0) / n * 1e6


def documented_201() -> dict[str, Any]:
    """components.examples.SmsResponseBasic of spec/lox24.yaml: the docs' 201 body for POST /sms."""
    import yaml

    spec = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    value: dict[str, Any] = spec["components"]["examples"]["SmsResponseBasic"]["value"]
    return value


def body_bytes() -> bytes:
    """The documented 201 body, compact JSON."""
    return json.dumps(documented_201(), separators=(",", ":")).encode()


def missing(module: str, attr: str | None = None) -> str | None:
    """Why `module` (and its `attr`) cannot be used, or None if it can."""
    try:
        mod = importlib.import_module(module)
        if attr is not None:
            getattr(mod, attr)
    except Exception as exc:
        return f"{module}{'.' + attr if attr else ''} not available ({type(exc).__name__}: {str(exc)[:120]})"
    return None


def accepts(fn: Any, name: str) -> bool:
    """Whether callable `fn` takes a keyword argument `name`."""
    try:
        params = inspect.signature(fn).parameters
    except (TypeError, ValueError):
        return False
    return name in params or any(p.kind is inspect.Parameter.VAR_KEYWORD for p in params.values())


def mock_transport(body: bytes) -> httpx.MockTransport:
    """An httpx transport answering every request with the documented 201."""
    headers = dict(RESPONSE_HEADERS)

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(201, content=body, headers=headers)

    return httpx.MockTransport(handler)


def async_mock_transport(body: bytes) -> httpx.MockTransport:
    """The async twin of `mock_transport`."""
    headers = dict(RESPONSE_HEADERS)

    async def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(201, content=body, headers=headers)

    return httpx.MockTransport(handler)


def lox24_client(http_client: Any, *, validate: bool | None, base_url: str = BASE_URL, token: str = DOCS_TOKEN) -> Any:
    """A lox24.Client (or AsyncClient, by the type of `http_client`) with `validate` set if it is supported."""
    import lox24

    cls: Any = lox24.AsyncClient if isinstance(http_client, httpx.AsyncClient) else lox24.Client
    kwargs: dict[str, Any] = {"token": token, "base_url": base_url}
    if http_client is not None:
        kwargs["http_client"] = http_client
    if validate is not None and accepts(cls, "validate"):
        kwargs["validate"] = validate
    return cls(**kwargs)


async def aclose(client: Any) -> None:
    """Close a lox24 async client whatever its closing method is called."""
    closer = getattr(client, "aclose", None) or client.close
    result = closer()
    if inspect.isawaitable(result):
        await result


def fmt(x: float | None, unit: str = "") -> str:
    """A number for the table: thousands separated for rates, fewer digits the bigger it is."""
    if x is None or x != x:  # NaN
        return "—"
    if unit in ("req/s", "SMS/s", "cases/s", "SMS") or abs(x) >= 1000:
        return f"{x:,.0f}"
    if abs(x) >= 100:
        return f"{x:.0f}"
    if abs(x) >= 10:
        return f"{x:.1f}"
    return f"{x:.2f}"


def render_table(report: Report) -> str:
    """The report as a plain-text table, then the notes and what was skipped."""
    header = ["metric", "value", "baseline", "ratio", "target", "met?"]
    rows = [header]
    notes = []
    for r in report.rows:
        base = f"{fmt(r.baseline, r.unit)} ({r.baseline_name})" if r.baseline_name else fmt(r.baseline, r.unit)
        met = "—" if r.met is None else ("yes" if r.met else "NO")
        rows.append([r.metric, f"{fmt(r.value, r.unit)} {r.unit}".strip(), base, fmt(r.ratio), r.target or "—", met])
        if r.note:
            notes.append(f"  {r.metric}: {r.note}")
    widths = [max(len(row[i]) for row in rows) for i in range(len(header))]
    lines = []
    for k, row in enumerate(rows):
        lines.append("  ".join(cell.ljust(widths[i]) for i, cell in enumerate(row)).rstrip())
        if k == 0:
            lines.append("  ".join("-" * w for w in widths))
    if notes:
        lines += ["", "notes:", *notes]
    if report.skipped:
        lines += ["", "skipped:", *(f"  {s}" for s in report.skipped)]
    return "\n".join(lines)


def machine_info() -> dict[str, Any]:
    """Commit, cores, CPU, Python and the versions of the packages that decide the figures."""
    from importlib.metadata import version

    cpu = ""
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    versions = {}
    for mod in ("httpx", "httpcore", "anyio", "sniffio", "h11", "httptools", "uvloop", "requests", "starlette",
                "uvicorn", "schemathesis", "aiohttp"):  # fmt: skip
        with contextlib.suppress(Exception):
            versions[mod] = version(mod)
    commit = ""
    with contextlib.suppress(Exception):
        git = ["git", "rev-parse", "--short", "HEAD"]
        commit = subprocess.run(git, capture_output=True, text=True, cwd=ROOT, timeout=10, check=False).stdout.strip()  # noqa: S603
    return {
        "commit": commit,
        "nproc": os.cpu_count(),
        "cpu": cpu,
        "python": platform.python_version(),
        "implementation": platform.python_implementation(),
        "platform": platform.platform(),
        "loadavg_start": os.getloadavg(),
        "versions": versions,
    }

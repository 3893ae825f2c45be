"""Benchmarks of lox24-python: what the client, the emulator and the contract suite cost (issue 6).

Run it with `make bench` (or `scripts/bench`). It prints one table and writes `reports/bench.json`.

Every number is measured side by side with a baseline in the same run, and reported as a ratio:
the machines this runs on have 2 cores and are often shared, so absolute times alone mean little.
Timing loops warm up first and report the median of several repeats; the variants of one comparison
are interleaved (ABBA order) so that drift in the machine's load hits both sides alike.

Sections (`--only a,b` or BENCH_ONLY picks some):
  client    µs per `client.sms.send(...)` answered in-process with the documented 201 body: through a user's
            `httpx.Client` on an httpx.MockTransport (http_client=...), and through lox24's own httpx.Client
            (its HTTPTransport patched to answer in-process), with validate=True and False; versus raw
            `httpx.Client.post(...).json()` on the same MockTransport, and the docs' `requests` approach
            (requests.Session and requests.post, their HTTPAdapter answering in-process).
  import    `python -X importtime -c "import lox24"` versus `import httpx`, fresh processes, and which
            packages the difference comes from.
  emulator  POST /sms and GET /sms/{uuid} requests per second of the emulator CLI under uvicorn on loopback
            (SQLite file database, 32 keep-alive connections from a raw asyncio load generator), versus a
            bare Starlette app answering the same body under the same uvicorn settings (the ceiling), in
            ABBA order; and Stoplight Prism when npm is there. Between POST and GET the emulator is killed
            with SIGKILL and restarted on the same file, and every acknowledged SMS is fetched back.
  async     lox24.AsyncClient sending BENCH_ASYNC_N SMS with bounded concurrency to the emulator, versus
            raw httpx.AsyncClient (ABBA chunks), plus the async overhead per call on a MockTransport.
  contract  cases per second of an in-process schemathesis run over every operation of the spec
            (positive and negative), and how much of it is spent in call_and_validate.
  memory    peak RSS (VmHWM) of a process sending 10,000 SMS with the client (vs raw httpx), of the
            emulator server on a file holding 100,000 SMS (vs an empty one), and of an in-memory Backend
            holding them.

Sizes are tunable by environment variables (see `Sizes`); BENCH_QUICK=1 makes everything tiny (smoke test);
BENCH_PRISM=0 skips Prism. `--profile client|async|emulator` prints a cProfile instead of the table.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import gc
import json
import os
import platform
import re
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "spec" / "lox24.yaml"
PY = sys.executable
HOST = "127.0.0.1"
BASE_URL = "https://api.lox24.eu"
# The docs' example token, which the emulator accepts by default.
DOCS_TOKEN = "1234567:e3f3a759b6677959b6ebfcxxxxxxxxxx"  # noqa: S105 (public example)
SMS_ARGS = {"phone": "+491701234567", "text": "Hello from the lox24 benchmark", "sender_id": "MyShop"}

# uvicorn settings shared by the emulator CLI and the ceiling app; `_emulator_uvicorn_kwargs` keeps them in step.
UVICORN_KW: dict[str, Any] = {"log_level": "warning"}


# --------------------------------------------------------------------------------------------------------
# sizes and results


def _env_int(name: str, default: int, quick: int) -> int:
    if name in os.environ:
        return int(os.environ[name])
    return quick if os.environ.get("BENCH_QUICK") == "1" else default


def _env_float(name: str, default: float, quick: float) -> float:
    if name in os.environ:
        return float(os.environ[name])
    return quick if os.environ.get("BENCH_QUICK") == "1" else default


@dataclass
class Sizes:
    client_calls: int = field(default_factory=lambda: _env_int("BENCH_CLIENT_CALLS", 1500, 30))
    client_repeats: int = field(default_factory=lambda: _env_int("BENCH_CLIENT_REPEATS", 7, 2))
    import_repeats: int = field(default_factory=lambda: _env_int("BENCH_IMPORT_REPEATS", 9, 2))
    load_conns: int = field(default_factory=lambda: _env_int("BENCH_LOAD_CONNS", 32, 4))
    load_seconds: float = field(default_factory=lambda: _env_float("BENCH_LOAD_SECONDS", 6.0, 0.5))
    load_warmup: float = field(default_factory=lambda: _env_float("BENCH_LOAD_WARMUP", 1.5, 0.2))
    prism: bool = field(default_factory=lambda: os.environ.get("BENCH_PRISM", "1") != "0")
    async_n: int = field(default_factory=lambda: _env_int("BENCH_ASYNC_N", 5000, 40))
    async_conc: int = field(default_factory=lambda: _env_int("BENCH_ASYNC_CONC", 32, 4))
    contract_examples: int = field(default_factory=lambda: _env_int("BENCH_CONTRACT_EXAMPLES", 20, 2))
    mem_client_n: int = field(default_factory=lambda: _env_int("BENCH_MEM_CLIENT_N", 10_000, 50))
    mem_emulator_n: int = field(default_factory=lambda: _env_int("BENCH_MEM_EMULATOR_N", 100_000, 200))


@dataclass
class Row:
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
    rows: list[Row] = field(default_factory=list)
    details: dict[str, Any] = field(default_factory=dict)
    skipped: list[str] = field(default_factory=list)

    def add(self, row: Row) -> None:
        self.rows.append(row)

    def skip(self, section: str, why: str) -> None:
        self.skipped.append(f"{section}: {why}")
        print(f"  skipped: {why}", flush=True)


def _median(xs: list[float]) -> float:
    return statistics.median(xs) if xs else float("nan")


def _log(msg: str) -> None:
    print(msg, flush=True)


# --------------------------------------------------------------------------------------------------------
# the documented 201 body


def documented_201() -> dict[str, Any]:
    """components.examples.SmsResponseBasic of spec/lox24.yaml: the docs' 201 body for POST /sms."""
    import yaml

    spec = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    value: dict[str, Any] = spec["components"]["examples"]["SmsResponseBasic"]["value"]
    return value


def _body_bytes() -> bytes:
    return json.dumps(documented_201(), separators=(",", ":")).encode()


RESPONSE_HEADERS = {
    "content-type": "application/json",
    "x-lox24-request-id": "7f3c2a9b0d4e4f6a8b1c2d3e4f5a6b7c",
}


# --------------------------------------------------------------------------------------------------------
# 1. client overhead per call


def _missing(module: str, attr: str | None = None) -> str | None:
    """Why `module` (and its `attr`) cannot be used yet, or None if it can."""
    import importlib

    try:
        mod = importlib.import_module(module)
        if attr is not None:
            getattr(mod, attr)
    except Exception as exc:
        return f"{module}{'.' + attr if attr else ''} not available ({type(exc).__name__}: {str(exc)[:120]})"
    return None


def _mock_transport(body: bytes) -> Any:
    import httpx

    headers = dict(RESPONSE_HEADERS)

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(201, content=body, headers=headers)

    return httpx.MockTransport(handler)


def _async_mock_transport(body: bytes) -> Any:
    import httpx

    headers = dict(RESPONSE_HEADERS)

    async def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(201, content=body, headers=headers)

    return httpx.MockTransport(handler)


def _lox24_client(http_client: Any, *, validate: bool | None, base_url: str = BASE_URL, token: str = DOCS_TOKEN) -> Any:
    """A lox24.Client (or AsyncClient, by the type of `http_client`) with `validate` set if it is supported."""
    import httpx

    import lox24

    cls = lox24.AsyncClient if isinstance(http_client, httpx.AsyncClient) else lox24.Client
    kwargs: dict[str, Any] = {"token": token, "base_url": base_url}
    if http_client is not None:
        kwargs["http_client"] = http_client
    if validate is not None and _accepts(cls, "validate"):
        kwargs["validate"] = validate
    return cls(**kwargs)


def _accepts(fn: Any, name: str) -> bool:
    import inspect

    try:
        params = inspect.signature(fn).parameters
    except (TypeError, ValueError):
        return False
    return name in params or any(p.kind is inspect.Parameter.VAR_KEYWORD for p in params.values())


def _validate_modes() -> list[tuple[str, bool | None, dict[str, Any]]]:
    """(label, constructor validate=, per-call kwargs) for each validation mode the client offers."""
    import lox24

    if _accepts(lox24.Client, "validate"):
        return [("validate=True", True, {}), ("validate=False", False, {})]
    probe = lox24.Client(token=DOCS_TOKEN, base_url=BASE_URL)
    try:
        if _accepts(probe.sms.send, "validate"):
            return [("validate=True", None, {"validate": True}), ("validate=False", None, {"validate": False})]
    finally:
        with contextlib.suppress(Exception):
            probe.close()
    return [("default", None, {})]


class _FixedRequestsAdapter:
    """A `requests` transport adapter that answers every request in-process with the documented 201."""

    def __init__(self, body: bytes) -> None:
        self.body = body

    def send(self, request: Any, **kwargs: Any) -> Any:
        import requests
        from requests.structures import CaseInsensitiveDict
        from requests.utils import get_encoding_from_headers

        response = requests.Response()
        response.status_code = 201
        response.reason = "Created"
        response.headers = CaseInsensitiveDict({**RESPONSE_HEADERS, "content-length": str(len(self.body))})
        response.encoding = get_encoding_from_headers(response.headers)
        response._content = self.body
        response.url = request.url
        response.request = request
        return response

    def close(self) -> None:
        pass


def client_variants(body: bytes) -> tuple[dict[str, Callable[[], Any]], list[Callable[[], None]]]:
    """Name -> zero-argument callable doing one 'send SMS' round trip, and the cleanups to run afterwards."""
    import httpx
    import requests

    variants: dict[str, Callable[[], Any]] = {}
    cleanups: list[Callable[[], None]] = []

    raw = httpx.Client(
        base_url=BASE_URL,
        transport=_mock_transport(body),
        headers={"X-LOX24-AUTH-TOKEN": DOCS_TOKEN, "Accept": "application/json"},
    )
    cleanups.append(raw.close)
    variants["raw httpx"] = lambda: raw.post("/sms", json=SMS_ARGS).json()

    try:
        modes = _validate_modes()
    except Exception as exc:
        _log(f"  lox24 client not usable: {type(exc).__name__}: {exc}")
        modes = []
    for label, ctor_validate, call_kwargs in modes:
        kw = {**SMS_ARGS, **call_kwargs}
        # As the brief has it: the user's httpx.Client (on the MockTransport) given as http_client.
        hc = httpx.Client(transport=_mock_transport(body))
        client = _lox24_client(hc, validate=ctor_validate)
        cleanups.append(client.close)
        variants[f"lox24 {label}, http_client=MockTransport"] = lambda send=client.sms.send, kw=kw: send(**kw)
        # The default: no http_client, lox24's own httpx.Client, whose HTTPTransport answers in-process
        # (see _patched_transports).
        own = _lox24_client(None, validate=ctor_validate)
        cleanups.append(own.close)
        variants[f"lox24 {label}, own httpx.Client"] = lambda send=own.sms.send, kw=kw: send(**kw)

    session = requests.Session()
    adapter = _FixedRequestsAdapter(body)
    session.mount("https://", adapter)  # type: ignore[arg-type]
    session.headers.update({"X-LOX24-AUTH-TOKEN": DOCS_TOKEN, "Accept": "application/json"})
    cleanups.append(session.close)
    variants["requests.Session"] = lambda: session.post(f"{BASE_URL}/sms", json=SMS_ARGS).json()

    # The docs' snippet: requests.post(...) with a new Session (and HTTPAdapter/PoolManager) per call.
    # HTTPAdapter.send is replaced by the in-process answer, so the rest of requests runs as usual.
    def docs_post() -> Any:
        return requests.post(
            f"{BASE_URL}/sms",
            json=SMS_ARGS,
            headers={"X-LOX24-AUTH-TOKEN": DOCS_TOKEN, "Accept": "application/json"},
            timeout=100,
        ).json()

    variants["requests.post"] = docs_post
    return variants, cleanups


@contextlib.contextmanager
def _patched_transports(body: bytes) -> Iterator[None]:
    """Make requests' HTTPAdapter and httpx's HTTPTransport answer every request in-process with the documented
    201, so that code paths which build their own transport (requests.post, lox24.Client() without http_client)
    run unchanged without a network."""
    import httpx
    import requests.adapters

    fixed = _FixedRequestsAdapter(body)
    headers = dict(RESPONSE_HEADERS)

    def httpx_send(self: Any, request: httpx.Request) -> httpx.Response:
        request.read()
        return httpx.Response(201, content=body, headers=headers)

    saved = requests.adapters.HTTPAdapter.send, httpx.HTTPTransport.handle_request
    requests.adapters.HTTPAdapter.send = lambda self, request, **kw: fixed.send(request, **kw)  # type: ignore[method-assign]
    httpx.HTTPTransport.handle_request = httpx_send  # type: ignore[method-assign]
    try:
        yield
    finally:
        requests.adapters.HTTPAdapter.send, httpx.HTTPTransport.handle_request = saved  # type: ignore[method-assign]


def time_calls(fn: Callable[[], Any], n: int) -> float:
    """µs per call of `fn`, over `n` calls."""
    gc.collect()
    t0 = time.perf_counter()
    for _ in range(n):
        fn()
    return (time.perf_counter() - t0) / n * 1e6


def bench_client(report: Report, sizes: Sizes) -> None:
    body = _body_bytes()
    with _patched_transports(body):
        variants, cleanups = client_variants(body)
        try:
            for fn in variants.values():  # warm-up (and a correctness check of every variant)
                for _ in range(max(20, sizes.client_calls // 10)):
                    fn()
            names = list(variants)
            samples: dict[str, list[float]] = {name: [] for name in names}
            for r in range(sizes.client_repeats):
                order = names if r % 2 == 0 else names[::-1]
                for name in order:
                    samples[name].append(time_calls(variants[name], sizes.client_calls))
        finally:
            for cleanup in cleanups:
                with contextlib.suppress(Exception):
                    cleanup()
    base = samples["raw httpx"]
    report.details["client"] = {"calls_per_repeat": sizes.client_calls, "us_per_call": samples}
    for name in names:
        if name == "raw httpx":
            continue
        # Ratio of paired repeats (same moment, same load), then the median of those ratios.
        ratio = _median([a / b for a, b in zip(samples[name], base, strict=True)])
        is_lox24 = name.startswith("lox24")
        report.add(
            Row(
                "client",
                f"send() µs/call, {name}",
                _median(samples[name]),
                _median(base),
                "raw httpx",
                "µs",
                ratio,
                "≤ 1.30" if is_lox24 else "",
                (ratio <= 1.3) if is_lox24 else None,
            )
        )
    if not any(n.startswith("lox24") for n in names):
        report.skip("client", "lox24.Client not available: only the baselines were measured")


# --------------------------------------------------------------------------------------------------------
# 2. import time

_IMPORTTIME_LINE = re.compile(r"^import time:\s+(\d+)\s+\|\s+(\d+)\s+\|( *)(\S+)\s*$")


def parse_importtime(stderr: str, module: str) -> tuple[float, list[tuple[float, str]]]:
    """Cumulative µs of the top-level import of `module`, and (self µs, name) of every module imported."""
    cumulative = float("nan")
    selfs: list[tuple[float, str]] = []
    for line in stderr.splitlines():
        m = _IMPORTTIME_LINE.match(line)
        if not m:
            continue
        self_us, cum_us, indent, name = int(m[1]), int(m[2]), len(m[3]), m[4]
        selfs.append((float(self_us), name))
        if name == module and indent <= 1:
            cumulative = float(cum_us)
    return cumulative, selfs


def _import_once(module: str) -> tuple[float, float, list[tuple[float, str]]]:
    t0 = time.perf_counter()
    proc = subprocess.run(
        [PY, "-X", "importtime", "-c", f"import {module}"],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    )
    wall_ms = (time.perf_counter() - t0) * 1e3
    cum_us, selfs = parse_importtime(proc.stderr, module)
    return cum_us / 1e3, wall_ms, selfs


def import_breakdown(lox_selfs: list[tuple[float, str]], httpx_selfs: list[tuple[float, str]]) -> dict[str, float]:
    """ms of own import time, by top-level package, of the modules `import lox24` loads and `import httpx` does not."""
    base = {name for _, name in httpx_selfs}
    out: dict[str, float] = {}
    for self_us, name in lox_selfs:
        if name not in base:
            top = name.split(".")[0]
            out[top] = out.get(top, 0.0) + self_us / 1e3
    return dict(sorted(out.items(), key=lambda kv: -kv[1]))


_COLD_LOX24 = """
import time
t0 = time.perf_counter()
import httpx, lox24
BODY = {body}
client = lox24.Client(token={token!r}, base_url={base!r},
                      http_client=httpx.Client(transport=httpx.MockTransport(lambda r: httpx.Response(201, json=BODY))))
client.sms.send(**{args!r})
print((time.perf_counter() - t0) * 1e3)
"""
_COLD_HTTPX = """
import time
t0 = time.perf_counter()
import httpx
BODY = {body}
client = httpx.Client(base_url={base!r}, headers={{"X-LOX24-AUTH-TOKEN": {token!r}}},
                      transport=httpx.MockTransport(lambda r: httpx.Response(201, json=BODY)))
client.post("/sms", json={args!r}).json()
print((time.perf_counter() - t0) * 1e3)
"""


def _cold_script(kind: str) -> str:
    template = _COLD_LOX24 if kind == "lox24" else _COLD_HTTPX
    return template.format(body=repr(documented_201()), token=DOCS_TOKEN, base=BASE_URL, args=SMS_ARGS)


def _cold_once(script: str, importtime: bool = False) -> tuple[float, list[tuple[float, str]]]:
    """ms from the first import to the first send's answer inside a fresh process, and (with importtime) the
    modules it imported."""
    argv = [PY, *(["-X", "importtime"] if importtime else []), "-c", script]
    proc = subprocess.run(argv, capture_output=True, text=True, check=True, cwd=ROOT)
    _, selfs = parse_importtime(proc.stderr, "") if importtime else (0.0, [])
    return float(proc.stdout.strip().splitlines()[-1]), selfs


def bench_cold_start(report: Report, sizes: Sizes) -> None:
    """`import lox24` is lazy, so the honest cost is import + Client() + the first send (a MockTransport answers)."""
    scripts = {kind: _cold_script(kind) for kind in ("lox24", "httpx")}
    times: dict[str, list[float]] = {"lox24": [], "httpx": []}
    for r in range(sizes.import_repeats):
        for kind in ("lox24", "httpx") if r % 2 == 0 else ("httpx", "lox24"):
            times[kind].append(_cold_once(scripts[kind])[0])
    _, lox_selfs = _cold_once(scripts["lox24"], importtime=True)
    _, hx_selfs = _cold_once(scripts["httpx"], importtime=True)
    breakdown = import_breakdown(lox_selfs, hx_selfs)
    lox, hx = _median(times["lox24"]), _median(times["httpx"])
    report.details["cold_start"] = {"ms": times, "added_by_package_ms": {k: round(v, 2) for k, v in breakdown.items()}}
    top = ", ".join(f"{k} {v:.0f}" for k, v in list(breakdown.items())[:5])
    report.add(
        Row(
            "import",
            "cold start ms: import, Client(), first send()",
            lox,
            hx,
            "httpx: import, Client(), post()",
            "ms",
            lox / hx if hx else None,
            "≤ +60 ms",
            lox - hx <= 60,
            f"adds {lox - hx:.1f} ms; own import time of modules only lox24 loads (ms): {top}",
        )
    )


def bench_import(report: Report, sizes: Sizes) -> None:
    try:
        _import_once("lox24")
    except subprocess.CalledProcessError as exc:
        report.skip("import", f"`import lox24` failed: {exc.stderr.strip().splitlines()[-1:]}")
        return
    cum: dict[str, list[float]] = {"lox24": [], "httpx": []}
    wall: dict[str, list[float]] = {"lox24": [], "httpx": []}
    breakdowns: list[dict[str, float]] = []
    for r in range(sizes.import_repeats):
        selfs: dict[str, list[tuple[float, str]]] = {}
        for module in ("lox24", "httpx") if r % 2 == 0 else ("httpx", "lox24"):
            c, w, selfs[module] = _import_once(module)
            cum[module].append(c)
            wall[module].append(w)
        breakdowns.append(import_breakdown(selfs["lox24"], selfs["httpx"]))
    lox, hx = _median(cum["lox24"]), _median(cum["httpx"])
    added = lox - hx
    packages = {k for b in breakdowns for k in b}
    breakdown = {k: round(_median([b.get(k, 0.0) for b in breakdowns]), 2) for k in packages}
    breakdown = dict(sorted(breakdown.items(), key=lambda kv: -kv[1]))
    report.details["import"] = {
        "cumulative_ms": cum,
        "process_wall_ms": wall,
        "added_by_package_ms": breakdown,
    }
    top = ", ".join(f"{k} {v:.0f}" for k, v in list(breakdown.items())[:5])
    report.add(
        Row(
            "import",
            "import time ms (-X importtime, cumulative)",
            lox,
            hx,
            "import httpx",
            "ms",
            lox / hx if hx else None,
            "≤ +60 ms",
            added <= 60,
            f"adds {added:.1f} ms; by package (ms, own time of modules httpx does not load): {top or 'none'}",
        )
    )
    wl, wh = _median(wall["lox24"]), _median(wall["httpx"])
    report.add(
        Row(
            "import",
            "process wall ms (python -c 'import …')",
            wl,
            wh,
            "import httpx",
            "ms",
            wl / wh if wh else None,
            "",
            None,
            f"adds {wl - wh:.1f} ms",
        )
    )
    bench_cold_start(report, sizes)


# --------------------------------------------------------------------------------------------------------
# servers: emulator, ceiling, Prism


def free_port() -> int:
    with socket.socket() as s:
        s.bind((HOST, 0))
        return int(s.getsockname()[1])


@dataclass
class Server:
    name: str
    proc: subprocess.Popen[bytes]
    port: int
    log: Path

    def stop(self, sig: int = signal.SIGTERM) -> None:
        if self.proc.poll() is None:
            # The server runs in its own process group (start_new_session) so that npx's children go too.
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.proc.pid, sig)
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(self.proc.pid, signal.SIGKILL)
                self.proc.wait(timeout=10)

    def rss_kb(self) -> dict[str, int]:
        """VmRSS/VmHWM of the server process and of its children (npx runs node as a child)."""
        return _proc_tree_rss(self.proc.pid)


def _proc_tree_rss(pid: int) -> dict[str, int]:
    out = {"VmRSS": 0, "VmHWM": 0}
    pids = [pid]
    with contextlib.suppress(OSError):
        for child in Path(f"/proc/{pid}/task/{pid}/children").read_text().split():
            pids.append(int(child))
    for p in pids:
        with contextlib.suppress(OSError):
            for line in Path(f"/proc/{p}/status").read_text().splitlines():
                key, _, rest = line.partition(":")
                if key in out:
                    out[key] += int(rest.split()[0])
    return out


def _start(name: str, argv: list[str], port: int, logdir: Path, ready_path: str, timeout: float) -> Server:
    log = logdir / f"{name.replace(' ', '_')}.log"
    fh = log.open("wb")
    proc = subprocess.Popen(argv, cwd=ROOT, stdout=fh, stderr=subprocess.STDOUT, start_new_session=True)
    server = Server(name, proc, port, log)
    deadline = time.monotonic() + timeout
    request = (
        f"GET {ready_path} HTTP/1.1\r\nHost: {HOST}:{port}\r\nX-LOX24-AUTH-TOKEN: {DOCS_TOKEN}\r\n"
        "Accept: application/json\r\nConnection: close\r\n\r\n"
    ).encode()
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"{name} exited with {proc.returncode}: {log.read_text(errors='replace')[-800:]}")
        try:
            with socket.create_connection((HOST, port), timeout=1) as s:
                s.sendall(request)
                if s.recv(12).startswith(b"HTTP/1."):
                    return server
        except OSError:
            pass
        time.sleep(0.1)
    server.stop(signal.SIGKILL)
    raise RuntimeError(f"{name} not ready within {timeout:.0f}s: {log.read_text(errors='replace')[-800:]}")


def start_emulator(logdir: Path, db: Path | str, name: str = "emulator") -> Server:
    port = free_port()
    argv = [PY, "-m", "lox24.emulator", "--host", HOST, "--port", str(port), "--db", str(db), "--balance", "1000000"]
    return _start(name, argv, port, logdir, "/me", timeout=30)


def start_ceiling(logdir: Path) -> Server:
    port = free_port()
    argv = [PY, str(Path(__file__).resolve()), "_serve-ceiling", "--port", str(port)]
    return _start("ceiling", argv, port, logdir, "/me", timeout=30)


def _emulator_uvicorn_kwargs() -> dict[str, Any]:
    """The keyword arguments lox24.emulator passes to uvicorn.run, so the ceiling runs under the same settings."""
    try:
        from lox24.emulator import __main__ as emulator_main
    except Exception:
        return dict(UVICORN_KW)
    found = getattr(emulator_main, "UVICORN_SETTINGS", None) or getattr(emulator_main, "UVICORN_KWARGS", None)
    return dict(found) if isinstance(found, dict) else dict(UVICORN_KW)


def ceiling_app(body: bytes) -> Any:
    """A bare Starlette app answering POST /sms (201) and GET /sms/{uuid}, /me (200) with a fixed body, no state."""
    from starlette.applications import Starlette
    from starlette.requests import Request
    from starlette.responses import Response
    from starlette.routing import Route

    headers = {"x-lox24-request-id": RESPONSE_HEADERS["x-lox24-request-id"]}

    async def create(request: Request) -> Response:
        await request.body()
        return Response(body, status_code=201, media_type="application/json", headers=headers)

    async def get(request: Request) -> Response:
        return Response(body, status_code=200, media_type="application/json", headers=headers)

    return Starlette(routes=[Route("/sms", create, methods=["POST"]), Route("/sms/{uuid}", get), Route("/me", get)])


def serve_ceiling(port: int) -> None:
    import uvicorn

    kwargs = _emulator_uvicorn_kwargs()
    kwargs.pop("host", None)
    kwargs.pop("port", None)
    uvicorn.run(ceiling_app(_body_bytes()), host=HOST, port=port, **kwargs)


def prism_bin(report: Report) -> Path | None:
    """The prism executable, installed from the npm registry into a cache dir if needed (None: skip)."""
    if not shutil.which("npm") or not shutil.which("node"):
        report.skip("emulator", "Prism: npm/node not installed")
        return None
    prefix = Path(os.environ.get("BENCH_PRISM_DIR", Path(tempfile.gettempdir()) / "lox24-bench-prism"))
    exe = prefix / "node_modules" / ".bin" / "prism"
    if exe.exists():
        return exe
    _log(f"  installing @stoplight/prism-cli into {prefix} (npm, ≤ 90 s)")
    try:
        subprocess.run(
            [
                "npm",
                "install",
                "--prefix",
                str(prefix),
                "--no-audit",
                "--no-fund",
                "--silent",
                "@stoplight/prism-cli@5",
            ],
            check=True,
            timeout=90,
            capture_output=True,
        )
    except (subprocess.CalledProcessError, subprocess.TimeoutExpired, OSError) as exc:
        report.skip("emulator", f"Prism: npm install @stoplight/prism-cli failed ({type(exc).__name__})")
        return None
    return exe if exe.exists() else None


def start_prism(exe: Path, logdir: Path) -> Server:
    port = free_port()
    argv = [str(exe), "mock", str(SPEC), "--host", HOST, "--port", str(port)]
    return _start("prism", argv, port, logdir, "/me", timeout=60)


# --------------------------------------------------------------------------------------------------------
# load generator: raw asyncio HTTP/1.1 keep-alive connections, cheap enough not to be the bottleneck

_UUID = re.compile(rb'"uuid"\s*:\s*"([0-9a-fA-F-]{36})"')


@dataclass
class LoadResult:
    rps: float
    seconds: float
    requests: int
    statuses: dict[int, int]
    p50_ms: float
    p99_ms: float
    uuids: list[str]
    errors: int
    server_cpu_us_per_req: float = float("nan")
    loader_cpu_us_per_req: float = float("nan")


def post_sms_request(port: int) -> bytes:
    body = json.dumps(SMS_ARGS).encode()
    return (
        f"POST /sms HTTP/1.1\r\nHost: {HOST}:{port}\r\nX-LOX24-AUTH-TOKEN: {DOCS_TOKEN}\r\n"
        f"Accept: application/json\r\nContent-Type: application/json\r\nContent-Length: {len(body)}\r\n\r\n"
    ).encode() + body


def get_sms_request(port: int, uuid: str) -> bytes:
    return (
        f"GET /sms/{uuid} HTTP/1.1\r\nHost: {HOST}:{port}\r\nX-LOX24-AUTH-TOKEN: {DOCS_TOKEN}\r\n"
        "Accept: application/json\r\n\r\n"
    ).encode()


async def _read_response(reader: asyncio.StreamReader) -> tuple[int, bytes, bool]:
    head = await reader.readuntil(b"\r\n\r\n")
    lines = head.split(b"\r\n")
    status = int(lines[0].split(b" ", 2)[1])
    length = -1
    chunked = False
    close = False
    for line in lines[1:]:
        key, _, value = line.partition(b":")
        k = key.strip().lower()
        if k == b"content-length":
            length = int(value)
        elif k == b"transfer-encoding" and b"chunked" in value.lower():
            chunked = True
        elif k == b"connection" and b"close" in value.lower():
            close = True
    if chunked:
        parts = []
        while True:
            size = int((await reader.readuntil(b"\r\n")).split(b";")[0], 16)
            if size == 0:
                await reader.readuntil(b"\r\n")
                break
            parts.append(await reader.readexactly(size))
            await reader.readexactly(2)
        body = b"".join(parts)
    else:
        body = await reader.readexactly(length) if length > 0 else b""
    return status, body, close


async def run_load(
    port: int,
    make_request: Callable[[int], bytes],
    *,
    conns: int,
    seconds: float = 0.0,
    warmup: float = 0.0,
    total: int = 0,
    collect_uuids: bool = False,
    server_pid: int | None = None,
) -> LoadResult:
    """Drive `conns` keep-alive connections. Either for `warmup`+`seconds` (rate measured over `seconds`),
    or until `total` requests are done (rate over all of them). Request i is `make_request(i)`."""
    counter = 0
    done = 0
    statuses: dict[int, int] = {}
    latencies: list[float] = []
    uuids: list[str] = []
    errors = 0
    loop = asyncio.get_running_loop()
    start = loop.time()
    measure_from = start + warmup
    stop_at = start + warmup + seconds
    measured_done_at_start = 0
    marked = warmup == 0
    cpu_marks: list[tuple[float, float]] = []  # (server CPU s, loader CPU s) at the start and end of measuring
    if marked:
        cpu_marks.append((_proc_cpu_seconds(server_pid), time.process_time()))

    async def worker() -> None:
        nonlocal counter, done, errors, measured_done_at_start, marked
        reader = writer = None
        while True:
            now = loop.time()
            if total:
                if counter >= total:
                    break
            elif now >= stop_at:
                break
            if not marked and now >= measure_from:
                marked = True
                measured_done_at_start = done
                cpu_marks.append((_proc_cpu_seconds(server_pid), time.process_time()))
            i = counter
            counter += 1
            try:
                if writer is None:
                    reader, writer = await asyncio.open_connection(HOST, port)
                assert reader is not None
                t0 = loop.time()
                writer.write(make_request(i))
                status, body, close = await _read_response(reader)
                t1 = loop.time()
            except (OSError, asyncio.IncompleteReadError, ValueError, IndexError):
                errors += 1
                if writer is not None:
                    writer.close()
                reader = writer = None
                await asyncio.sleep(0.01)
                continue
            done += 1
            statuses[status] = statuses.get(status, 0) + 1
            if t0 >= measure_from:
                latencies.append(t1 - t0)
            if collect_uuids and status == 201:
                m = _UUID.search(body)
                if m:
                    uuids.append(m[1].decode())
            if close:
                writer.close()
                reader = writer = None
        if writer is not None:
            writer.close()

    await asyncio.gather(*(worker() for _ in range(conns)))
    end = loop.time()
    cpu_end = (_proc_cpu_seconds(server_pid), time.process_time())
    if total:
        elapsed, measured = end - start, done
    else:
        elapsed, measured = max(end - measure_from, 1e-9), done - measured_done_at_start
    latencies.sort()
    server_cpu = loader_cpu = float("nan")
    if cpu_marks and measured:
        server_cpu = (cpu_end[0] - cpu_marks[0][0]) / measured * 1e6
        loader_cpu = (cpu_end[1] - cpu_marks[0][1]) / measured * 1e6

    def pct(p: float) -> float:
        return latencies[min(len(latencies) - 1, int(p * len(latencies)))] * 1e3 if latencies else float("nan")

    return LoadResult(
        measured / elapsed, elapsed, measured, statuses, pct(0.5), pct(0.99), uuids, errors, server_cpu, loader_cpu
    )


def _proc_cpu_seconds(pid: int | None) -> float:
    """User+system CPU seconds of process `pid` and its live children (nan if unknown)."""
    if pid is None:
        return float("nan")
    total = 0.0
    pids = [pid]
    with contextlib.suppress(OSError):
        pids += [int(c) for c in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    for p in pids:
        with contextlib.suppress(OSError, IndexError, ValueError):
            fields = Path(f"/proc/{p}/stat").read_text().rsplit(")", 1)[1].split()
            total += (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    return total


def _load(srv: Server, make_request: Callable[[int], bytes], sizes: Sizes, **kw: Any) -> LoadResult:
    if "total" not in kw:
        kw.setdefault("seconds", sizes.load_seconds)
        kw.setdefault("warmup", sizes.load_warmup)
    return asyncio.run(run_load(srv.port, make_request, conns=sizes.load_conns, server_pid=srv.proc.pid, **kw))


def _load_summary(r: LoadResult) -> dict[str, Any]:
    d = asdict(r)
    d.pop("uuids")
    return d


# --------------------------------------------------------------------------------------------------------
# 3. emulator throughput


def merge_loads(results: list[LoadResult]) -> LoadResult:
    """One LoadResult for several runs against the same server: rates over the summed time."""
    seconds = sum(r.seconds for r in results)
    requests = sum(r.requests for r in results)
    statuses: dict[int, int] = {}
    for r in results:
        for k, v in r.statuses.items():
            statuses[k] = statuses.get(k, 0) + v

    def weighted(attr: str) -> float:
        pairs = [(getattr(r, attr), r.requests) for r in results if getattr(r, attr) == getattr(r, attr)]
        total = sum(w for _, w in pairs)
        return sum(v * w for v, w in pairs) / total if total else float("nan")

    return LoadResult(
        requests / seconds if seconds else 0.0,
        seconds,
        requests,
        statuses,
        _median([r.p50_ms for r in results]),
        max((r.p99_ms for r in results), default=float("nan")),
        [u for r in results for u in r.uuids],
        sum(r.errors for r in results),
        weighted("server_cpu_us_per_req"),
        weighted("loader_cpu_us_per_req"),
    )


def abba(
    a: tuple[Server, Callable[[int], bytes]], b: tuple[Server, Callable[[int], bytes]], sizes: Sizes, **kw: Any
) -> tuple[LoadResult, LoadResult]:
    """Load server a and server b in the order a, b, b, a (each for half of BENCH_LOAD_SECONDS), so that a
    change in the machine's load during the measurement hits both alike. Only the first run of each warms up."""
    runs: dict[int, list[LoadResult]] = {0: [], 1: []}
    half = sizes.load_seconds / 2
    for k, which in enumerate((0, 1, 1, 0)):
        srv, make = (a, b)[which]
        warm = sizes.load_warmup if k < 2 else min(0.3, sizes.load_warmup)
        runs[which].append(_load(srv, make, sizes, seconds=half, warmup=warm, **kw))
    return merge_loads(runs[0]), merge_loads(runs[1])


def bench_emulator(report: Report, sizes: Sizes, workdir: Path) -> None:
    why = _missing("lox24.emulator")
    if why:
        report.skip("emulator", why)
        return
    details: dict[str, Any] = {"connections": sizes.load_conns, "seconds_per_server": sizes.load_seconds}
    report.details["emulator"] = details
    db = workdir / "throughput.sqlite3"
    fake = documented_201()["uuid"]
    ceiling = start_ceiling(workdir)
    try:
        emu = start_emulator(workdir, db)
        try:
            post, c_post = abba(
                (emu, lambda i: post_sms_request(emu.port)),
                (ceiling, lambda i: post_sms_request(ceiling.port)),
                sizes,
                collect_uuids=True,
            )
        finally:
            # Kill -9: everything acknowledged must already be committed to the file.
            emu.stop(signal.SIGKILL)
        acked = [u for u in post.uuids if u != fake] if post.uuids else []
        emu = start_emulator(workdir, db, name="emulator-restarted")
        try:
            if acked:
                get, c_get = abba(
                    (emu, lambda i: get_sms_request(emu.port, acked[i % len(acked)])),
                    (ceiling, lambda i: get_sms_request(ceiling.port, fake)),
                    sizes,
                )
                # Then fetch every acknowledged SMS once (untimed): each must come back 200 after the SIGKILL.
                check = _load(emu, lambda i: get_sms_request(emu.port, acked[i]), sizes, total=len(acked))
            else:
                get = c_get = check = LoadResult(0.0, 0.0, 0, {}, float("nan"), float("nan"), [], 0)
            stored = _count_stored(emu.port)
        finally:
            emu.stop()
    finally:
        ceiling.stop()
    found = check.statuses.get(200, 0)
    details["emulator_post"] = _load_summary(post)
    details["ceiling_post"] = _load_summary(c_post)
    details["emulator_get"] = _load_summary(get)
    details["ceiling_get"] = _load_summary(c_get)
    details["persistence"] = {
        "acknowledged_201": len(acked),
        "fetched_200_after_sigkill": found,
        "statuses": check.statuses,
        "stored_total_reported": stored,
    }
    for kind, res, top in (("POST /sms", post, c_post), ("GET /sms/{uuid}", get, c_get)):
        ratio = res.rps / top.rps if top.rps else None
        bad = sum(v for k, v in res.statuses.items() if k >= 400) + res.errors
        cpu_ratio = top.server_cpu_us_per_req / res.server_cpu_us_per_req if res.server_cpu_us_per_req else None
        report.add(
            Row(
                "emulator",
                f"{kind} req/s, {sizes.load_conns} conns",
                res.rps,
                top.rps,
                "bare Starlette",
                "req/s",
                ratio,
                "≥ 0.50",
                ratio is not None and ratio >= 0.5 and bad == 0,
                f"p50 {res.p50_ms:.1f} ms, p99 {res.p99_ms:.1f} ms; server CPU {res.server_cpu_us_per_req:.0f} µs/req "
                f"vs {top.server_cpu_us_per_req:.0f} (ratio {_fmt(cpu_ratio)})" + (f"; {bad} errors" if bad else ""),
            )
        )
    report.add(
        Row(
            "emulator",
            "acknowledged SMS found after kill -9",
            float(found),
            float(len(acked)),
            "acknowledged",
            "SMS",
            found / len(acked) if acked else None,
            "= 1.00",
            bool(acked) and found == len(acked),
            f"GET /sms reports {stored} in all" if stored is not None else "",
        )
    )
    if sizes.prism:
        try:
            _bench_prism(report, sizes, workdir, post, get)
        except Exception as exc:
            report.skip("emulator", f"Prism run failed: {type(exc).__name__}: {str(exc)[:200]}")
    else:
        report.skip("emulator", "Prism: BENCH_PRISM=0")


def _count_stored(port: int) -> int | None:
    """Total SMS the emulator reports (hydra:totalItems of GET /sms as JSON-LD), or None if unavailable."""
    import httpx

    try:
        r = httpx.get(
            f"http://{HOST}:{port}/sms",
            headers={"X-LOX24-AUTH-TOKEN": DOCS_TOKEN, "Accept": "application/ld+json"},
            timeout=30,
        )
        total = r.json().get("hydra:totalItems")
        return int(total) if total is not None else None
    except Exception:
        return None


def _bench_prism(report: Report, sizes: Sizes, workdir: Path, post: LoadResult, get: LoadResult) -> None:
    exe = prism_bin(report)
    if exe is None:
        return
    try:
        srv = start_prism(exe, workdir)
    except RuntimeError as exc:
        report.skip("emulator", f"Prism did not start: {str(exc)[:200]}")
        return
    try:
        p_post = _load(srv, lambda i: post_sms_request(srv.port), sizes)
        fake = documented_201()["uuid"]
        p_get = _load(srv, lambda i: get_sms_request(srv.port, fake), sizes)
        rss = srv.rss_kb()
    finally:
        srv.stop()
    report.details["prism"] = {"post": _load_summary(p_post), "get": _load_summary(p_get), "rss_kb": rss}
    for kind, ours, theirs in (("POST /sms", post, p_post), ("GET /sms/{uuid}", get, p_get)):
        ratio = ours.rps / theirs.rps if theirs.rps else None
        report.add(
            Row(
                "emulator",
                f"{kind} req/s vs Prism (stateless)",
                ours.rps,
                theirs.rps,
                "Prism mock",
                "req/s",
                ratio,
                "> 1 (beat)",
                ratio is not None and ratio > 1,
                f"Prism p50 {theirs.p50_ms:.1f} ms, statuses {dict(theirs.statuses)}",
            )
        )


# --------------------------------------------------------------------------------------------------------
# 4. async send throughput


async def _send_many(send: Callable[[], Any], n: int, conc: int) -> tuple[float, float, int]:
    """Send n with at most `conc` in flight: (seconds, client CPU seconds, failures)."""
    next_i = 0
    failures = 0

    async def worker() -> None:
        nonlocal next_i, failures
        while next_i < n:
            next_i += 1
            try:
                await send()
            except Exception:
                failures += 1

    c0, t0 = time.process_time(), time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(conc)))
    return time.perf_counter() - t0, time.process_time() - c0, failures


async def _async_rounds(port: int, sizes: Sizes) -> dict[str, dict[str, float]]:
    import httpx

    base = f"http://{HOST}:{port}"
    limits = httpx.Limits(max_connections=sizes.async_conc, max_keepalive_connections=sizes.async_conc)
    raw = httpx.AsyncClient(
        base_url=base, limits=limits, headers={"X-LOX24-AUTH-TOKEN": DOCS_TOKEN, "Accept": "application/json"}
    )
    hc = httpx.AsyncClient(limits=limits)
    lox = _lox24_client(hc, validate=None, base_url=base)

    async def raw_send() -> Any:
        r = await raw.post("/sms", json=SMS_ARGS)
        r.raise_for_status()
        return r.json()

    async def lox_send() -> Any:
        return await lox.sms.send(**SMS_ARGS)

    low = max(1, min(4, sizes.async_conc // 2))
    # Its own pool: httpcore scans every pooled connection (idle ones too) for each request.
    hc_low = httpx.AsyncClient(limits=httpx.Limits(max_connections=low, max_keepalive_connections=low))
    lox_low = _lox24_client(hc_low, validate=None, base_url=base)

    async def lox_low_send() -> Any:
        return await lox_low.sms.send(**SMS_ARGS)

    # name -> (send, concurrency). The third shows what the concurrency itself costs in httpx's pool.
    variants = {
        "raw httpx.AsyncClient": (raw_send, sizes.async_conc),
        "lox24.AsyncClient": (lox_send, sizes.async_conc),
        f"lox24.AsyncClient, concurrency {low}": (lox_low_send, low),
    }
    out = {name: {"seconds": 0.0, "cpu": 0.0, "sent": 0.0, "failures": 0.0, "concurrency": c}
           for name, (_, c) in variants.items()}  # fmt: skip
    try:
        warm = max(4, min(200, sizes.async_n // 10))
        for fn, conc in variants.values():
            await _send_many(fn, warm, conc)
        # ABBA in 4 chunks of n/4 per variant.
        chunk = max(1, sizes.async_n // 4)
        names = list(variants)
        for order in (names, names[::-1], names[::-1], names):
            for name in order:
                fn, conc = variants[name]
                secs, cpu, fails = await _send_many(fn, chunk, conc)
                out[name]["seconds"] += secs
                out[name]["cpu"] += cpu
                out[name]["sent"] += chunk
                out[name]["failures"] += fails
    finally:
        await raw.aclose()
        for client in (lox, lox_low):
            closer = getattr(client, "aclose", None) or client.close
            result = closer()
            if asyncio.iscoroutine(result):
                await result
        await hc.aclose()
        await hc_low.aclose()
    return out


async def _async_overhead(sizes: Sizes) -> dict[str, list[float]]:
    """µs per awaited send on an in-process MockTransport: lox24.AsyncClient versus raw httpx.AsyncClient."""
    import httpx

    body = _body_bytes()
    raw = httpx.AsyncClient(
        base_url=BASE_URL,
        transport=_async_mock_transport(body),
        headers={"X-LOX24-AUTH-TOKEN": DOCS_TOKEN, "Accept": "application/json"},
    )
    hc = httpx.AsyncClient(transport=_async_mock_transport(body))
    lox = _lox24_client(hc, validate=None)

    async def raw_send() -> Any:
        return (await raw.post("/sms", json=SMS_ARGS)).json()

    async def lox_send() -> Any:
        return await lox.sms.send(**SMS_ARGS)

    variants = {"raw httpx.AsyncClient": raw_send, "lox24.AsyncClient": lox_send}
    samples: dict[str, list[float]] = {name: [] for name in variants}
    n = sizes.client_calls
    try:
        for fn in variants.values():
            for _ in range(max(20, n // 10)):
                await fn()
        names = list(variants)
        for r in range(sizes.client_repeats):
            for name in names if r % 2 == 0 else names[::-1]:
                gc.collect()
                t0 = time.perf_counter()
                for _ in range(n):
                    await variants[name]()
                samples[name].append((time.perf_counter() - t0) / n * 1e6)
    finally:
        await raw.aclose()
        closer = getattr(lox, "aclose", None) or lox.close
        result = closer()
        if asyncio.iscoroutine(result):
            await result
        await hc.aclose()
    return samples


def bench_async(report: Report, sizes: Sizes, workdir: Path) -> None:
    why = _missing("lox24", "AsyncClient") or _missing("lox24.emulator")
    if why:
        report.skip("async", why)
        return
    overhead = asyncio.run(_async_overhead(sizes))
    lo, ra = overhead["lox24.AsyncClient"], overhead["raw httpx.AsyncClient"]
    ratio_mock = _median([a / b for a, b in zip(lo, ra, strict=True)])
    report.add(
        Row(
            "async",
            "await send() µs/call, MockTransport",
            _median(lo),
            _median(ra),
            "raw httpx.AsyncClient",
            "µs",
            ratio_mock,
            "",
            None,
            "client overhead alone, async path (same method as the sync rows)",
        )
    )
    emu = start_emulator(workdir, workdir / "async.sqlite3", name="emulator-async")
    try:
        out = asyncio.run(_async_rounds(emu.port, sizes))
    finally:
        emu.stop()
    report.details["async"] = {
        "n": sizes.async_n,
        "concurrency": sizes.async_conc,
        "runs": out,
        "mock_us_per_call": overhead,
        "sniffio_installed": _missing("sniffio") is None,
    }
    lox, raw = out["lox24.AsyncClient"], out["raw httpx.AsyncClient"]
    lox_rate, raw_rate = lox["sent"] / lox["seconds"], raw["sent"] / raw["seconds"]
    ratio = lox_rate / raw_rate
    fails = int(lox["failures"] + raw["failures"])
    report.add(
        Row(
            "async",
            f"SMS/s to emulator, concurrency {sizes.async_conc}",
            lox_rate,
            raw_rate,
            "raw httpx.AsyncClient",
            "SMS/s",
            ratio,
            "≥ 0.85",
            ratio >= 0.85 and fails == 0,
            f"{int(lox['sent'])} SMS each; the sending process kept a core {lox['cpu'] / lox['seconds']:.0%} busy "
            f"(raw {raw['cpu'] / raw['seconds']:.0%}); sniffio "
            + ("installed" if _missing("sniffio") is None else "NOT installed")
            + (f"; {fails} failed" if fails else ""),
        )
    )
    low_name = next(k for k in out if k.startswith("lox24.AsyncClient, concurrency"))
    low = out[low_name]
    low_rate = low["sent"] / low["seconds"]
    report.add(
        Row(
            "async",
            f"SMS/s lox24.AsyncClient, concurrency {int(low['concurrency'])} vs {sizes.async_conc}",
            low_rate,
            lox_rate,
            f"concurrency {sizes.async_conc}",
            "SMS/s",
            low_rate / lox_rate,
            "",
            None,
            f"a lox24.AsyncClient on an httpx pool of {int(low['concurrency'])} connections, same emulator: "
            "what a wider pool costs in httpx/httpcore",
        )
    )
    lc, rc = lox["cpu"] / lox["sent"] * 1e6, raw["cpu"] / raw["sent"] * 1e6
    report.add(
        Row(
            "async",
            "client CPU µs per SMS (same run)",
            lc,
            rc,
            "raw httpx.AsyncClient",
            "µs",
            lc / rc,
            "",
            None,
            "CPU of the sending process only",
        )
    )


# --------------------------------------------------------------------------------------------------------
# 5. contract-suite speed


def contract_run(examples: int, seed: int = 1) -> dict[str, Any]:
    """Every operation of the spec, positive and negative cases, in-process against create_app(); the time
    inside call_and_validate is measured apart from the whole, which is mostly generating the cases."""
    import hypothesis
    import schemathesis
    from hypothesis import HealthCheck, Phase, given, settings
    from schemathesis import GenerationMode
    from schemathesis.core.failures import FailureGroup

    from lox24.emulator import DEFAULT_TOKEN, create_app

    os.environ.setdefault("LOX24_TOKEN", DEFAULT_TOKEN)
    with tempfile.TemporaryDirectory() as tmp:
        app = _create_app(create_app, Path(tmp) / "contract.sqlite3")
        t_load = time.perf_counter()
        schema = schemathesis.openapi.from_path(str(SPEC))
        schema.app = app
        load_s = time.perf_counter() - t_load
        counts = {"cases": 0, "failures": 0, "operations": 0, "errors": 0}
        failing: dict[str, int] = {}
        errors: list[str] = []
        call_seconds = [0.0]  # time inside case.call_and_validate(): the emulator, ASGI and the checks
        t0 = time.perf_counter()
        for result in schema.get_all_operations():
            op = result.ok()
            counts["operations"] += 1
            for mode in (GenerationMode.POSITIVE, GenerationMode.NEGATIVE):

                @given(case=op.as_strategy(generation_mode=mode))
                @settings(
                    max_examples=examples,
                    deadline=None,
                    database=None,
                    derandomize=False,
                    suppress_health_check=list(HealthCheck),
                    phases=[Phase.explicit, Phase.generate],
                )
                @hypothesis.seed(seed)
                def run(case: Any) -> None:
                    counts["cases"] += 1
                    t_call = time.perf_counter()
                    try:
                        case.call_and_validate()
                    except (FailureGroup, AssertionError):
                        counts["failures"] += 1
                        label = case.operation.label
                        failing[label] = failing.get(label, 0) + 1
                    finally:
                        call_seconds[0] += time.perf_counter() - t_call

                try:
                    run()
                except Exception as exc:
                    counts["errors"] += 1
                    errors.append(f"{op.label} {mode.value}: {type(exc).__name__}: {str(exc)[:200]}")
        seconds = time.perf_counter() - t0
    return {
        **counts,
        "seconds": seconds,
        "call_and_validate_seconds": call_seconds[0],
        "schema_load_seconds": load_s,
        "failing_operations": failing,
        "first_errors": errors[:5],
    }


def _create_app(create_app: Callable[..., Any], db: Path) -> Any:
    for kwargs in ({"db": str(db)}, {"db_path": str(db)}, {"database": str(db)}, {}):
        if not kwargs or _accepts(create_app, next(iter(kwargs))):
            return create_app(**kwargs)
    return create_app()


def bench_contract(report: Report, sizes: Sizes) -> None:
    why = _missing("lox24.emulator")
    if why:
        report.skip("contract", why)
        return
    res = contract_run(sizes.contract_examples)
    report.details["contract"] = {"examples_per_operation_and_mode": sizes.contract_examples, **res}
    rate = res["cases"] / res["seconds"] if res["seconds"] else 0.0
    gen_seconds = res["seconds"] - res["call_and_validate_seconds"]
    gen_rate = res["cases"] / gen_seconds if gen_seconds > 0 else 0.0
    report.add(
        Row(
            "contract",
            "schemathesis cases/s, in-process ASGI",
            rate,
            gen_rate,
            "if calls were free",
            "cases/s",
            rate / gen_rate if gen_rate else None,
            "run ≤ 30 s",
            res["seconds"] <= 30 and res["errors"] == 0,
            f"{res['cases']} cases over {res['operations']} operations (positive and negative) in "
            f"{res['seconds']:.1f} s, of which {res['call_and_validate_seconds']:.1f} s in call_and_validate "
            f"(emulator + checks), the rest generating cases; {res['failures']} failing cases",
        )
    )


# --------------------------------------------------------------------------------------------------------
# 6. memory


def _maxrss_kb() -> int:
    """Peak RSS of this process. VmHWM, not getrusage's ru_maxrss: on Linux ru_maxrss is carried over fork and
    exec, so a child of a big parent reports the parent's peak (seen here: every child showed the bench's 130 MB)."""
    hwm = _proc_status_kb("VmHWM")
    if hwm:
        return hwm
    import resource

    return int(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)


def _vmrss_kb() -> int:
    return _proc_status_kb("VmRSS")


def _proc_status_kb(key: str) -> int:
    with contextlib.suppress(OSError):
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith(key + ":"):
                return int(line.split()[1])
    return 0


def mem_client(variant: str, n: int, body: bytes | None = None) -> dict[str, Any]:
    """In this process: send n SMS through `variant` on a MockTransport; RSS after imports, after n/10, at the end.

    Pass `body` (the parent reads the spec) so that parsing the YAML spec does not count here."""
    import httpx

    body = body if body is not None else _body_bytes()
    if variant == "lox24":
        hc = httpx.Client(transport=_mock_transport(body))
        client = _lox24_client(hc, validate=None)

        def send() -> Any:
            return client.sms.send(**SMS_ARGS)
    else:
        raw = httpx.Client(
            base_url=BASE_URL, transport=_mock_transport(body), headers={"X-LOX24-AUTH-TOKEN": DOCS_TOKEN}
        )

        def send() -> Any:
            return raw.post("/sms", json=SMS_ARGS).json()

    rss_ready = _vmrss_kb()
    tenth = max(1, n // 10)
    rss_tenth = 0
    for i in range(n):
        send()
        if i + 1 == tenth:
            gc.collect()
            rss_tenth = _vmrss_kb()
    gc.collect()
    return {"variant": variant, "n": n, "rss_ready_kb": rss_ready, "rss_after_tenth_kb": rss_tenth,
            "rss_end_kb": _vmrss_kb(), "maxrss_kb": _maxrss_kb()}  # fmt: skip


def _run_json(argv: list[str], timeout: float = 240) -> dict[str, Any]:
    proc = subprocess.run([PY, str(Path(__file__).resolve()), *argv], capture_output=True, text=True, cwd=ROOT,
                          timeout=timeout)  # fmt: skip
    if proc.returncode != 0:
        raise RuntimeError(f"{argv[0]} failed: {proc.stderr.strip()[-600:]}")
    result: dict[str, Any] = json.loads(proc.stdout.strip().splitlines()[-1])
    return result


def fill_emulator(db: str, n: int) -> dict[str, Any]:
    """In this process: put n SMS into an emulator Backend on `db` (a file or ':memory:') through
    `Backend.create_bulk` (POST /bulks without HTTP); report the time and this process's RSS."""
    from lox24.emulator import DEFAULT_TOKEN, Backend

    rss_start = _vmrss_kb()
    t0 = time.perf_counter()
    backend = Backend(db=db, balance=1e9)
    who = backend.authenticate(DEFAULT_TOKEN, HOST)
    rss_empty = _vmrss_kb()
    created = 0
    # Bulks of up to 1,000 recipients: one transaction each, the fastest way in that the backend offers.
    while created < n:
        k = min(1000, n - created)
        phones = [f"+49170{1_000_000 + (created + j) % 9_000_000:07d}" for j in range(k)]
        bulk = backend.create_bulk(who, {"text": SMS_ARGS["text"], "sender_id": "MyShop", "phones": phones}, HOST)
        created += int(bulk["msg_total_count"])
    seconds = time.perf_counter() - t0
    # What a user then does: the account and the first page of the postbox.
    backend.get_account(who)
    backend.list_sms(who, {"page": 1})
    gc.collect()
    result = {"db": "file" if db != ":memory:" else ":memory:", "n": n, "created": created, "seconds": seconds,
              "rss_start_kb": rss_start, "rss_empty_backend_kb": rss_empty, "rss_end_kb": _vmrss_kb(),
              "maxrss_kb": _maxrss_kb()}  # fmt: skip
    backend.close()
    return result


def bench_memory(report: Report, sizes: Sizes, workdir: Path) -> None:
    details: dict[str, Any] = {}
    report.details["memory"] = details
    why = _missing("lox24", "Client")
    if why is None:
        n = sizes.mem_client_n
        body_file = workdir / "body.json"
        body_file.write_bytes(_body_bytes())
        lox = _run_json(["_mem-client", "--variant", "lox24", "--n", str(n), "--body", str(body_file)])
        raw = _run_json(["_mem-client", "--variant", "httpx", "--n", str(n), "--body", str(body_file)])
        details["client"] = {"lox24": lox, "raw httpx": raw}
        growth = (lox["rss_end_kb"] - lox["rss_after_tenth_kb"]) / 1024
        report.add(
            Row(
                "memory",
                f"client peak RSS MB, {n} sends",
                lox["maxrss_kb"] / 1024,
                raw["maxrss_kb"] / 1024,
                "raw httpx",
                "MB",
                lox["maxrss_kb"] / raw["maxrss_kb"],
                "",
                None,
                f"grows {growth:+.1f} MB over the last 90% of sends",
            )
        )
    else:
        report.skip("memory", f"client memory not measured: {why}")
    why = _missing("lox24.emulator")
    if why:
        report.skip("memory", f"emulator memory not measured: {why}")
        return
    n = sizes.mem_emulator_n
    full_db, empty_db = workdir / "memory-full.sqlite3", workdir / "memory-empty.sqlite3"
    fill = _run_json(["_fill-emulator", "--db", str(full_db), "--n", str(n)], timeout=600)
    details["fill_file"] = fill
    rss: dict[str, dict[str, int]] = {}
    for name, db in (("empty", empty_db), ("full", full_db)):
        srv = start_emulator(workdir, db, name=f"emulator-mem-{name}")
        try:
            _touch_emulator(srv.port)
            rss[name] = srv.rss_kb()
        finally:
            srv.stop()
    details["emulator_rss_kb"] = rss
    full, empty = rss["full"]["VmHWM"] / 1024, rss["empty"]["VmHWM"] / 1024
    report.add(
        Row(
            "memory",
            f"emulator server peak RSS MB, {fill['created']:,} SMS in file db",
            full,
            empty,
            "empty emulator",
            "MB",
            full / empty if empty else None,
            "",
            None,
            f"uvicorn process after /me, 3 pages of /sms, one send; filled via Backend.create_bulk "
            f"at {fill['created'] / fill['seconds']:,.0f} SMS/s",
        )
    )
    mem = _run_json(["_fill-emulator", "--db", ":memory:", "--n", str(n)], timeout=600)
    details["fill_memory"] = mem
    report.add(
        Row(
            "memory",
            f"emulator Backend(':memory:') RSS MB, holding {mem['created']:,} SMS",
            mem["rss_end_kb"] / 1024,
            mem["rss_empty_backend_kb"] / 1024,
            "empty backend",
            "MB",
            mem["rss_end_kb"] / mem["rss_empty_backend_kb"] if mem["rss_empty_backend_kb"] else None,
            "",
            None,
            f"{(mem['rss_end_kb'] - mem['rss_empty_backend_kb']) * 1024 / max(1, mem['created']):,.0f} bytes per SMS, "
            f"peak {mem['maxrss_kb'] / 1024:.0f} MB while filling; the in-process use (tests, create_app())",
        )
    )


def _touch_emulator(port: int) -> None:
    """The requests a user makes against a full emulator: the account, the first pages, one send and fetch."""
    import httpx

    headers = {"X-LOX24-AUTH-TOKEN": DOCS_TOKEN, "Accept": "application/json"}
    with httpx.Client(base_url=f"http://{HOST}:{port}", headers=headers, timeout=60) as c:
        c.get("/me")
        for page in (1, 2, 3):
            c.get("/sms", params={"page": page})
        r = c.post("/sms", json=SMS_ARGS)
        uuid = r.json().get("uuid") if r.status_code == 201 else None
        if uuid:
            c.get(f"/sms/{uuid}")
        c.get("/me")


# --------------------------------------------------------------------------------------------------------
# table, json, main


def _fmt(x: float | None, unit: str = "") -> str:
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
    header = ["metric", "value", "baseline", "ratio", "target", "met?"]
    rows = [header]
    notes = []
    for r in report.rows:
        base = f"{_fmt(r.baseline, r.unit)} ({r.baseline_name})" if r.baseline_name else _fmt(r.baseline, r.unit)
        met = "—" if r.met is None else ("yes" if r.met else "NO")
        rows.append([r.metric, f"{_fmt(r.value, r.unit)} {r.unit}".strip(), base, _fmt(r.ratio), r.target or "—", met])
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
    cpu = ""
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    versions = {}
    for mod in ("httpx", "httpcore", "anyio", "sniffio", "h11", "requests", "starlette", "uvicorn", "schemathesis"):
        with contextlib.suppress(Exception):
            from importlib.metadata import version

            versions[mod] = version(mod)
    commit = ""
    with contextlib.suppress(Exception):
        commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, cwd=ROOT,
                                timeout=10).stdout.strip()  # fmt: skip
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


SECTIONS = ("client", "import", "emulator", "async", "contract", "memory")


def run(only: list[str], out: Path) -> Report:
    sizes = Sizes()
    report = Report()
    report.details["machine"] = machine_info()
    report.details["sizes"] = asdict(sizes)
    report.details["started"] = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
    t_start = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="lox24-bench-") as tmp:
        workdir = Path(tmp)
        for section in only:
            _log(f"== {section}")
            t0 = time.perf_counter()
            try:
                if section == "client":
                    bench_client(report, sizes)
                elif section == "import":
                    bench_import(report, sizes)
                elif section == "emulator":
                    bench_emulator(report, sizes, workdir)
                elif section == "async":
                    bench_async(report, sizes, workdir)
                elif section == "contract":
                    bench_contract(report, sizes)
                elif section == "memory":
                    bench_memory(report, sizes, workdir)
            except Exception as exc:
                report.skip(section, f"failed: {type(exc).__name__}: {str(exc)[:300]}")
            report.details.setdefault("section_seconds", {})[section] = round(time.perf_counter() - t0, 2)
    report.details["total_seconds"] = round(time.perf_counter() - t_start, 1)
    report.details["machine"]["loadavg_end"] = os.getloadavg()
    out.parent.mkdir(parents=True, exist_ok=True)
    table = render_table(report)
    out.write_text(
        json.dumps(
            {"rows": [asdict(r) for r in report.rows], "skipped": report.skipped, "table": table, **report.details},
            indent=2,
        )
        + "\n",
        encoding="utf-8",
    )
    m = report.details["machine"]
    _log("")
    _log(table)
    _log("")
    _log(
        f"{m['nproc']} cores ({m['cpu']}), Python {m['python']}, load average {m['loadavg_start'][0]:.2f} at start, "
        f"{m['loadavg_end'][0]:.2f} at end; {report.details['total_seconds']:.0f} s in all; wrote {out}"
    )
    return report


def profile(what: str) -> None:
    """cProfile of the lox24 side of one comparison, top functions by cumulative and own time."""
    import cProfile
    import pstats

    sizes = Sizes()
    prof = cProfile.Profile()
    if what == "client":
        body = _body_bytes()
        import httpx

        client = _lox24_client(httpx.Client(transport=_mock_transport(body)), validate=None)
        for _ in range(200):
            client.sms.send(**SMS_ARGS)
        prof.enable()
        for _ in range(sizes.client_calls * 2):
            client.sms.send(**SMS_ARGS)
        prof.disable()
    elif what == "async":
        import httpx

        body = _body_bytes()

        async def go() -> None:
            client = _lox24_client(httpx.AsyncClient(transport=_async_mock_transport(body)), validate=None)
            for _ in range(200):
                await client.sms.send(**SMS_ARGS)
            prof.enable()
            for _ in range(sizes.client_calls * 2):
                await client.sms.send(**SMS_ARGS)
            prof.disable()

        asyncio.run(go())
    elif what == "emulator":
        _profile_emulator(sizes)
        return
    else:
        raise SystemExit(f"--profile: unknown {what!r} (client, async, emulator)")
    stats = pstats.Stats(prof)
    stats.sort_stats("cumulative").print_stats(35)
    stats.sort_stats("tottime").print_stats(25)


def _profile_emulator(sizes: Sizes) -> None:
    """The emulator CLI under cProfile while the load generator POSTs for BENCH_LOAD_SECONDS, then GETs."""
    import pstats

    with tempfile.TemporaryDirectory(prefix="lox24-bench-prof-") as tmp:
        work = Path(tmp)
        port = free_port()
        out = work / "emulator.prof"
        argv = [PY, "-m", "cProfile", "-o", str(out), "-m", "lox24.emulator", "--host", HOST, "--port", str(port),
                "--db", str(work / "profile.sqlite3"), "--balance", "1000000"]  # fmt: skip
        srv = _start("emulator-profiled", argv, port, work, "/me", timeout=30)
        try:
            post = _load(srv, lambda i: post_sms_request(port), sizes, collect_uuids=True)
            _log(f"POST under cProfile: {post.rps:,.0f} req/s, server CPU {post.server_cpu_us_per_req:.0f} µs/req")
        finally:
            srv.stop(signal.SIGINT)  # uvicorn shuts down cleanly and cProfile writes its file
        stats = pstats.Stats(str(out))
        stats.sort_stats("cumulative").print_stats(r"lox24|starlette|uvicorn|h11|sqlite", 40)
        stats.sort_stats("tottime").print_stats(25)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("command", nargs="?", default="run")
    parser.add_argument("--only", default=os.environ.get("BENCH_ONLY", ",".join(SECTIONS)))
    parser.add_argument("--out", default=str(ROOT / "reports" / "bench.json"))
    parser.add_argument("--profile", choices=["client", "async", "emulator"])
    parser.add_argument("--port", type=int)
    parser.add_argument("--variant")
    parser.add_argument("--n", type=int)
    parser.add_argument("--db")
    parser.add_argument("--body")
    args = parser.parse_args(argv)
    if args.command == "_serve-ceiling":
        serve_ceiling(args.port)
        return 0
    if args.command == "_mem-client":
        print(json.dumps(mem_client(args.variant, args.n, Path(args.body).read_bytes() if args.body else None)))
        return 0
    if args.command == "_fill-emulator":
        print(json.dumps(fill_emulator(args.db, args.n)))
        return 0
    if args.profile:
        profile(args.profile)
        return 0
    only = [s.strip() for s in args.only.split(",") if s.strip()]
    unknown = sorted(set(only) - set(SECTIONS))
    if unknown:
        parser.error(f"unknown sections {unknown}; choose from {', '.join(SECTIONS)}")
    run(only, Path(args.out))
    return 0


if __name__ == "__main__":
    sys.exit(main())

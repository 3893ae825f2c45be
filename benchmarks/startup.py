"""Section `startup`: `import lox24` versus `import httpx`, and the cold start (import, `Client()`, first send on
a MockTransport) versus httpx doing the same, each in fresh processes, alternating."""

from __future__ import annotations

import os
import re
import subprocess
import time

from .harness import BASE_URL, DOCS_TOKEN, PY, ROOT, SMS_ARGS, Report, Row, Sizes, abba_order, documented_201, median

_IMPORTTIME_LINE = re.compile(r"^import time:\s+(\d+)\s+\|\s+(\d+)\s+\|( *)(\S+)\s*$")
Selfs = list[tuple[float, str]]


def parse_importtime(stderr: str, module: str) -> tuple[float, Selfs]:
    """Cumulative µs of the top-level import of `module`, and (self µs, name) of every module imported."""
    cumulative = float("nan")
    selfs: Selfs = []
    for line in stderr.splitlines():
        m = _IMPORTTIME_LINE.match(line)
        if not m:
            continue
        self_us, cum_us, indent, name = int(m[1]), int(m[2]), len(m[3]), m[4]
        selfs.append((float(self_us), name))
        if name == module and indent <= 1:
            cumulative = float(cum_us)
    return cumulative, selfs


# A fresh process as users start one: with bytecode caches. Where PYTHONDONTWRITEBYTECODE is set (as on some CI
# images), an editable checkout has no __pycache__ and every lox24 module would be compiled on each start, while
# httpx (installed by pip, compiled at install) would not: an unfair baseline. The first run writes the caches.
_ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def import_once(module: str) -> tuple[float, float, Selfs]:
    """(cumulative import ms, process wall ms, modules) of `python -X importtime -c "import module"`."""
    t0 = time.perf_counter()
    argv = [PY, "-X", "importtime", "-c", f"import {module}"]
    proc = subprocess.run(argv, capture_output=True, text=True, check=True, cwd=ROOT, env=_ENV)  # noqa: S603
    wall_ms = (time.perf_counter() - t0) * 1e3
    cum_us, selfs = parse_importtime(proc.stderr, module)
    return cum_us / 1e3, wall_ms, selfs


def import_breakdown(lox_selfs: Selfs, httpx_selfs: Selfs) -> dict[str, float]:
    """ms of own import time, by top-level package, of the modules lox24's side loads and httpx's does not."""
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


def cold_script(kind: str) -> str:
    """The program a fresh process runs: import, client, first send, print the ms it took."""
    template = _COLD_LOX24 if kind == "lox24" else _COLD_HTTPX
    return template.format(body=repr(documented_201()), token=DOCS_TOKEN, base=BASE_URL, args=SMS_ARGS)


def cold_once(script: str, importtime: bool = False) -> tuple[float, Selfs]:
    """ms from the first import to the first send's answer inside a fresh process, and (with importtime) the
    modules it imported."""
    argv = [PY, *(["-X", "importtime"] if importtime else []), "-c", script]
    proc = subprocess.run(argv, capture_output=True, text=True, check=True, cwd=ROOT, env=_ENV)  # noqa: S603
    selfs = parse_importtime(proc.stderr, "")[1] if importtime else []
    return float(proc.stdout.strip().splitlines()[-1]), selfs


def bench_cold_start(report: Report, sizes: Sizes) -> None:
    """`import lox24` is lazy, so the honest cost is import + Client() + the first send (a MockTransport answers)."""
    scripts = {kind: cold_script(kind) for kind in ("lox24", "httpx")}
    times: dict[str, list[float]] = {"lox24": [], "httpx": []}
    for order in abba_order(["lox24", "httpx"], sizes.import_repeats):
        for kind in order:
            times[kind].append(cold_once(scripts[kind])[0])
    _, lox_selfs = cold_once(scripts["lox24"], importtime=True)
    _, hx_selfs = cold_once(scripts["httpx"], importtime=True)
    breakdown = import_breakdown(lox_selfs, hx_selfs)
    lox, hx = median(times["lox24"]), median(times["httpx"])
    report.details["cold_start"] = {"ms": times, "added_by_package_ms": {k: round(v, 2) for k, v in breakdown.items()}}
    top = ", ".join(f"{k} {v:.0f}" for k, v in list(breakdown.items())[:5])
    report.add(
        Row(
            "startup",
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


def bench_startup(report: Report, sizes: Sizes) -> None:
    try:
        import_once("lox24")
    except subprocess.CalledProcessError as exc:
        report.skip("startup", f"`import lox24` failed: {exc.stderr.strip().splitlines()[-1:]}")
        return
    cum: dict[str, list[float]] = {"lox24": [], "httpx": []}
    wall: dict[str, list[float]] = {"lox24": [], "httpx": []}
    breakdowns: list[dict[str, float]] = []
    for order in abba_order(["lox24", "httpx"], sizes.import_repeats):
        selfs: dict[str, Selfs] = {}
        for module in order:
            c, w, selfs[module] = import_once(module)
            cum[module].append(c)
            wall[module].append(w)
        breakdowns.append(import_breakdown(selfs["lox24"], selfs["httpx"]))
    lox, hx = median(cum["lox24"]), median(cum["httpx"])
    packages = {k for b in breakdowns for k in b}
    breakdown = {k: round(median([b.get(k, 0.0) for b in breakdowns]), 2) for k in packages}
    breakdown = dict(sorted(breakdown.items(), key=lambda kv: -kv[1]))
    report.details["import"] = {"cumulative_ms": cum, "process_wall_ms": wall, "added_by_package_ms": breakdown}
    top = ", ".join(f"{k} {v:.0f}" for k, v in list(breakdown.items())[:5])
    report.add(
        Row(
            "startup",
            "import time ms (-X importtime, cumulative)",
            lox,
            hx,
            "import httpx",
            "ms",
            lox / hx if hx else None,
            "≤ +60 ms",
            lox - hx <= 60,
            f"adds {lox - hx:.1f} ms; by package (ms, own time of modules httpx does not load): {top or 'none'}",
        )
    )
    wl, wh = median(wall["lox24"]), median(wall["httpx"])
    report.add(
        Row("startup", "process wall ms (python -c 'import …')", wl, wh, "import httpx", "ms",
            wl / wh if wh else None, "", None, f"adds {wl - wh:.1f} ms")
    )  # fmt: skip
    bench_cold_start(report, sizes)

"""Section `emulator`: POST /sms and GET /sms/{uuid} requests per second of the emulator on loopback (SQLite file
database, BENCH_LOAD_CONNS keep-alive connections from the raw asyncio load generator).

Three servers are loaded in ABCCBA order in one run, each `python -m benchmarks _serve` around uvicorn with an
explicit `loop=`/`http=` (independent of the emulator CLI):
  - the emulator (`lox24.emulator.create_app(db=…)`) on uvloop + httptools (the fast settings),
  - the same emulator on asyncio + h11 (uvicorn's pure-Python settings): target fast ≥ 1.3× this,
  - a bare Starlette app answering the same body on uvloop + httptools (the ceiling): target fast ≥ 0.5× this.
Between POST and GET the fast emulator is killed with SIGKILL and restarted on the same file, and every SMS it
acknowledged is fetched back. Then Stoplight Prism (stateless mock) when npm is there.
"""

from __future__ import annotations

import signal
from pathlib import Path
from typing import Any

import httpx

from .harness import DOCS_TOKEN, HOST, Report, Row, Sizes, documented_201, fmt, missing
from .load import EMPTY, LoadResult, abba, get_sms_request, load, post_sms_request
from .servers import FAST, SLOW, Server, prism_bin, serving_available, start_prism, start_served

FAST_VS_SLOW = 1.3
VS_CEILING = 0.5


def count_stored(port: int) -> int | None:
    """Total SMS the emulator reports (hydra:totalItems of GET /sms as JSON-LD), or None if unavailable."""
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


def _cpu_note(res: LoadResult, other: LoadResult, other_name: str) -> str:
    return (
        f"p50 {res.p50_ms:.1f} ms, p99 {res.p99_ms:.1f} ms; server CPU {fmt(res.server_cpu_us_per_req)} µs/req "
        f"vs {fmt(other.server_cpu_us_per_req)} ({other_name})" + (f"; {res.bad} errors" if res.bad else "")
    )


def _rows(report: Report, sizes: Sizes, kind: str, fast: LoadResult, slow: LoadResult, top: LoadResult) -> None:
    conns = sizes.load_conns
    ratio = fast.rps / slow.rps if slow.rps else None
    report.add(
        Row("emulator", f"{kind} req/s, {conns} conns, uvloop+httptools", fast.rps, slow.rps,
            "same emulator, asyncio+h11", "req/s", ratio, f"≥ {FAST_VS_SLOW:.2f}",
            ratio is not None and ratio >= FAST_VS_SLOW and fast.bad == 0 and slow.bad == 0,
            _cpu_note(fast, slow, "asyncio+h11"))
    )  # fmt: skip
    ratio = fast.rps / top.rps if top.rps else None
    report.add(
        Row("emulator", f"{kind} req/s, {conns} conns, vs bare Starlette", fast.rps, top.rps,
            "bare Starlette, uvloop+httptools", "req/s", ratio, f"≥ {VS_CEILING:.2f}",
            ratio is not None and ratio >= VS_CEILING and fast.bad == 0, _cpu_note(fast, top, "bare Starlette"))
    )  # fmt: skip


def bench_emulator(report: Report, sizes: Sizes, workdir: Path) -> None:
    why = missing("lox24.emulator", "create_app") or serving_available(FAST)
    if why:
        report.skip("emulator", why)
        return
    details: dict[str, Any] = {"connections": sizes.load_conns, "seconds_per_server": sizes.load_seconds}
    report.details["emulator"] = details
    fast_db, slow_db = workdir / "throughput-fast.sqlite3", workdir / "throughput-slow.sqlite3"
    fake = str(documented_201()["uuid"])
    servers: list[Server] = []
    try:
        ceiling = start_served(workdir, "ceiling", FAST)
        servers.append(ceiling)
        slow = start_served(workdir, "emulator", SLOW, slow_db)
        servers.append(slow)
        fast = start_served(workdir, "emulator", FAST, fast_db)
        try:
            f_post, s_post, c_post = abba(
                [(fast, lambda i: post_sms_request(fast.port)), (slow, lambda i: post_sms_request(slow.port)),
                 (ceiling, lambda i: post_sms_request(ceiling.port))],
                sizes,
                collect_uuids=True,
            )  # fmt: skip
        finally:
            fast.stop(signal.SIGKILL)  # kill -9: everything acknowledged must already be committed to the file
        acked = [u for u in f_post.uuids if u != fake]
        slow_acked = [u for u in s_post.uuids if u != fake]
        fast = start_served(workdir, "emulator", FAST, fast_db, name="emulator uvloop+httptools restarted")
        servers.append(fast)
        if acked and slow_acked:
            f_get, s_get, c_get = abba(
                [(fast, lambda i: get_sms_request(fast.port, acked[i % len(acked)])),
                 (slow, lambda i: get_sms_request(slow.port, slow_acked[i % len(slow_acked)])),
                 (ceiling, lambda i: get_sms_request(ceiling.port, fake))],
                sizes,
            )  # fmt: skip
            # Then fetch every acknowledged SMS once (untimed): each must come back 200 after the SIGKILL.
            check = load(fast, lambda i: get_sms_request(fast.port, acked[i]), sizes, total=len(acked))
        else:
            f_get = s_get = c_get = check = EMPTY
        stored = count_stored(fast.port)
    finally:
        for srv in servers:
            srv.stop()
    found = check.statuses.get(200, 0)
    for name, res in (("fast_post", f_post), ("slow_post", s_post), ("ceiling_post", c_post),
                      ("fast_get", f_get), ("slow_get", s_get), ("ceiling_get", c_get)):  # fmt: skip
        details[name] = res.summary()
    details["serving"] = {"fast": "+".join(FAST), "slow": "+".join(SLOW), "ceiling": "+".join(FAST)}
    details["persistence"] = {"acknowledged_201": len(acked), "fetched_200_after_sigkill": found,
                              "statuses": check.statuses, "stored_total_reported": stored}  # fmt: skip
    _rows(report, sizes, "POST /sms", f_post, s_post, c_post)
    _rows(report, sizes, "GET /sms/{uuid}", f_get, s_get, c_get)
    report.add(
        Row("emulator", "acknowledged SMS found after kill -9", float(found), float(len(acked)), "acknowledged",
            "SMS", found / len(acked) if acked else None, "= 1.00", bool(acked) and found == len(acked),
            f"GET /sms reports {stored} in all" if stored is not None else "")
    )  # fmt: skip
    if not sizes.prism:
        report.skip("emulator", "Prism: BENCH_PRISM=0")
        return
    try:
        bench_prism(report, sizes, workdir, f_post, f_get)
    except Exception as exc:
        report.skip("emulator", f"Prism run failed: {type(exc).__name__}: {str(exc)[:200]}")


def bench_prism(report: Report, sizes: Sizes, workdir: Path, post: LoadResult, get: LoadResult) -> None:
    exe = prism_bin(report)
    if exe is None:
        return
    try:
        srv = start_prism(exe, workdir)
    except RuntimeError as exc:
        report.skip("emulator", f"Prism did not start: {str(exc)[:200]}")
        return
    fake = str(documented_201()["uuid"])
    try:
        p_post = load(srv, lambda i: post_sms_request(srv.port), sizes)
        p_get = load(srv, lambda i: get_sms_request(srv.port, fake), sizes)
        rss = srv.rss_kb()
    finally:
        srv.stop()
    report.details["prism"] = {"post": p_post.summary(), "get": p_get.summary(), "rss_kb": rss}
    for kind, ours, theirs in (("POST /sms", post, p_post), ("GET /sms/{uuid}", get, p_get)):
        ratio = ours.rps / theirs.rps if theirs.rps else None
        report.add(
            Row("emulator", f"{kind} req/s vs Prism (stateless)", ours.rps, theirs.rps, "Prism mock", "req/s",
                ratio, "> 1 (beat)", ratio is not None and ratio > 1,
                f"Prism p50 {theirs.p50_ms:.1f} ms, statuses {dict(theirs.statuses)}")
        )  # fmt: skip

"""Section `memory`: peak RSS (VmHWM) of a process sending BENCH_MEM_CLIENT_N SMS with the client (vs raw httpx),
of the emulator server on a file holding BENCH_MEM_EMULATOR_N SMS (vs an empty one), and of an in-process
`create_app(db=':memory:')` holding them. Each measurement runs in a fresh process (`python -m benchmarks …`)."""

from __future__ import annotations

import asyncio
import contextlib
import gc
import json
import subprocess
import time
from pathlib import Path
from typing import Any

import httpx

from .harness import BASE_URL, DOCS_TOKEN, PY, ROOT, SMS_ARGS, Report, Row, Sizes, body_bytes, lox24_client, missing
from .harness import mock_transport as _mock_transport
from .servers import start_emulator

BULK = 1000  # recipients per POST /bulks while filling


def proc_status_kb(key: str) -> int:
    with contextlib.suppress(OSError):
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith(key + ":"):
                return int(line.split()[1])
    return 0


def maxrss_kb() -> int:
    """Peak RSS of this process. VmHWM, not getrusage's ru_maxrss: on Linux ru_maxrss is carried over fork and
    exec, so a child of a big parent reports the parent's peak."""
    hwm = proc_status_kb("VmHWM")
    if hwm:
        return hwm
    import resource

    return int(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)


def mem_client(variant: str, n: int, body: bytes | None = None) -> dict[str, Any]:
    """In this process: send n SMS through `variant` ("lox24" or "httpx") on a MockTransport; RSS after imports,
    after n/10, at the end. Pass `body` so that parsing the YAML spec does not count here."""
    body = body if body is not None else body_bytes()
    if variant == "lox24":
        client = lox24_client(httpx.Client(transport=_mock_transport(body)), validate=None)

        def send() -> Any:
            return client.sms.send(**SMS_ARGS)
    else:
        headers = {"X-LOX24-AUTH-TOKEN": DOCS_TOKEN}
        raw = httpx.Client(base_url=BASE_URL, transport=_mock_transport(body), headers=headers)

        def send() -> Any:
            return raw.post("/sms", json=SMS_ARGS).json()

    rss_ready = proc_status_kb("VmRSS")
    tenth = max(1, n // 10)
    rss_tenth = 0
    for i in range(n):
        send()
        if i + 1 == tenth:
            gc.collect()
            rss_tenth = proc_status_kb("VmRSS")
    gc.collect()
    return {"variant": variant, "n": n, "rss_ready_kb": rss_ready, "rss_after_tenth_kb": rss_tenth,
            "rss_end_kb": proc_status_kb("VmRSS"), "maxrss_kb": maxrss_kb()}  # fmt: skip


def fill_emulator(db: str, n: int) -> dict[str, Any]:
    """In this process: put n SMS into `create_app(db=…)` (a file or ':memory:') through POST /bulks of up to
    1,000 recipients on an in-process ASGI transport; report the time and this process's RSS."""
    from lox24.emulator import create_app

    async def go() -> dict[str, Any]:
        rss_start = proc_status_kb("VmRSS")
        t0 = time.perf_counter()
        app = create_app(db=db, balance=1e9)
        headers = {"X-LOX24-AUTH-TOKEN": DOCS_TOKEN, "Accept": "application/json"}
        transport = httpx.ASGITransport(app=app, client=("127.0.0.1", 50000))
        async with httpx.AsyncClient(transport=transport, base_url="http://emulator", headers=headers) as c:
            (await c.get("/me")).raise_for_status()
            rss_empty = proc_status_kb("VmRSS")
            created = 0
            while created < n:
                k = min(BULK, n - created)
                phones = [f"+49170{1_000_000 + (created + j) % 9_000_000:07d}" for j in range(k)]
                r = await c.post("/bulks", json={"text": SMS_ARGS["text"], "sender_id": "MyShop", "phones": phones})
                r.raise_for_status()
                created += int(r.json()["msg_total_count"])
            seconds = time.perf_counter() - t0
            # What a user then does: the account and the first page of the postbox.
            (await c.get("/me")).raise_for_status()
            (await c.get("/sms", params={"page": 1})).raise_for_status()
        gc.collect()
        return {"db": "file" if db != ":memory:" else ":memory:", "n": n, "created": created, "seconds": seconds,
                "rss_start_kb": rss_start, "rss_empty_backend_kb": rss_empty, "rss_end_kb": proc_status_kb("VmRSS"),
                "maxrss_kb": maxrss_kb()}  # fmt: skip

    return asyncio.run(go())


def run_json(argv: list[str], timeout: float = 240) -> dict[str, Any]:
    """Run `python -m benchmarks <argv>` and parse the JSON it prints last."""
    cmd = [PY, "-m", "benchmarks", *argv]
    proc = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT, timeout=timeout, check=False)  # noqa: S603
    if proc.returncode != 0:
        raise RuntimeError(f"{argv[0]} failed: {proc.stderr.strip()[-600:]}")
    result: dict[str, Any] = json.loads(proc.stdout.strip().splitlines()[-1])
    return result


def touch_emulator(port: int) -> None:
    """The requests a user makes against a full emulator: the account, the first pages, one send and fetch."""
    headers = {"X-LOX24-AUTH-TOKEN": DOCS_TOKEN, "Accept": "application/json"}
    with httpx.Client(base_url=f"http://127.0.0.1:{port}", headers=headers, timeout=60) as c:
        c.get("/me")
        for page in (1, 2, 3):
            c.get("/sms", params={"page": page})
        r = c.post("/sms", json=SMS_ARGS)
        uuid = r.json().get("uuid") if r.status_code == 201 else None
        if uuid:
            c.get(f"/sms/{uuid}")
        c.get("/me")


def bench_memory(report: Report, sizes: Sizes, workdir: Path) -> None:
    details: dict[str, Any] = {}
    report.details["memory"] = details
    why = missing("lox24", "Client")
    if why is None:
        n = sizes.mem_client_n
        body_file = workdir / "body.json"
        body_file.write_bytes(body_bytes())
        lox = run_json(["_mem-client", "--variant", "lox24", "--n", str(n), "--body", str(body_file)])
        raw = run_json(["_mem-client", "--variant", "httpx", "--n", str(n), "--body", str(body_file)])
        details["client"] = {"lox24": lox, "raw httpx": raw}
        growth = (lox["rss_end_kb"] - lox["rss_after_tenth_kb"]) / 1024
        report.add(
            Row("memory", f"client peak RSS MB, {n} sends", lox["maxrss_kb"] / 1024, raw["maxrss_kb"] / 1024,
                "raw httpx", "MB", lox["maxrss_kb"] / raw["maxrss_kb"], "", None,
                f"grows {growth:+.1f} MB over the last 90% of sends")
        )  # fmt: skip
    else:
        report.skip("memory", f"client memory not measured: {why}")
    why = missing("lox24.emulator", "create_app")
    if why:
        report.skip("memory", f"emulator memory not measured: {why}")
        return
    n = sizes.mem_emulator_n
    full_db, empty_db = workdir / "memory-full.sqlite3", workdir / "memory-empty.sqlite3"
    fill = run_json(["_fill-emulator", "--db", str(full_db), "--n", str(n)], timeout=600)
    details["fill_file"] = fill
    rss: dict[str, dict[str, int]] = {}
    for name, db in (("empty", empty_db), ("full", full_db)):
        srv = start_emulator(workdir, db, name=f"emulator-mem-{name}")
        try:
            touch_emulator(srv.port)
            rss[name] = srv.rss_kb()
        finally:
            srv.stop()
    details["emulator_rss_kb"] = rss
    full, empty = rss["full"]["VmHWM"] / 1024, rss["empty"]["VmHWM"] / 1024
    report.add(
        Row("memory", f"emulator server peak RSS MB, {fill['created']:,} SMS in file db", full, empty,
            "empty emulator", "MB", full / empty if empty else None, "", None,
            f"uvicorn process after /me, 3 pages of /sms, one send; filled via POST /bulks in-process "
            f"at {fill['created'] / fill['seconds']:,.0f} SMS/s")
    )  # fmt: skip
    mem = run_json(["_fill-emulator", "--db", ":memory:", "--n", str(n)], timeout=600)
    details["fill_memory"] = mem
    per_sms = (mem["rss_end_kb"] - mem["rss_empty_backend_kb"]) * 1024 / max(1, mem["created"])
    report.add(
        Row("memory", f"emulator create_app(':memory:') RSS MB, holding {mem['created']:,} SMS",
            mem["rss_end_kb"] / 1024, mem["rss_empty_backend_kb"] / 1024, "empty emulator", "MB",
            mem["rss_end_kb"] / mem["rss_empty_backend_kb"] if mem["rss_empty_backend_kb"] else None, "", None,
            f"{per_sms:,.0f} bytes per SMS, peak {mem['maxrss_kb'] / 1024:.0f} MB while filling; the in-process use")
    )  # fmt: skip

"""The load generator: raw asyncio HTTP/1.1 keep-alive connections, cheap enough not to be the bottleneck,
and ABBA runs against several servers."""

from __future__ import annotations

import asyncio
import json
import re
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from typing import Any

from .harness import DOCS_TOKEN, HOST, SMS_ARGS, Sizes, abba_order, median
from .servers import Server, proc_cpu_seconds

_UUID = re.compile(rb'"uuid"\s*:\s*"([0-9a-fA-F-]{36})"')
MakeRequest = Callable[[int], bytes]


@dataclass
class LoadResult:
    """Requests per second, latencies, statuses and CPU per request of one load run."""

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

    def summary(self) -> dict[str, Any]:
        d = asdict(self)
        d.pop("uuids")
        return d

    @property
    def bad(self) -> int:
        return sum(v for k, v in self.statuses.items() if k >= 400) + self.errors


EMPTY = LoadResult(0.0, 0.0, 0, {}, float("nan"), float("nan"), [], 0)


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
    chunked = close = False
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
    make_request: MakeRequest,
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
    counter = done = errors = measured_done_at_start = 0
    statuses: dict[int, int] = {}
    latencies: list[float] = []
    uuids: list[str] = []
    loop = asyncio.get_running_loop()
    start = loop.time()
    measure_from = start + warmup
    stop_at = start + warmup + seconds
    marked = warmup == 0
    cpu_marks: list[tuple[float, float]] = []  # (server CPU s, loader CPU s) when measuring starts
    if marked:
        cpu_marks.append((proc_cpu_seconds(server_pid), time.process_time()))

    async def worker() -> None:
        nonlocal counter, done, errors, measured_done_at_start, marked
        reader: asyncio.StreamReader | None = None
        writer: asyncio.StreamWriter | None = None
        while True:
            now = loop.time()
            if (total and counter >= total) or (not total and now >= stop_at):
                break
            if not marked and now >= measure_from:
                marked = True
                measured_done_at_start = done
                cpu_marks.append((proc_cpu_seconds(server_pid), time.process_time()))
            i = counter
            counter += 1
            try:
                if reader is None or writer is None:
                    reader, writer = await asyncio.open_connection(HOST, port)
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
            if collect_uuids and status == 201 and (m := _UUID.search(body)):
                uuids.append(m[1].decode())
            if close:
                writer.close()
                reader = writer = None
        if writer is not None:
            writer.close()

    await asyncio.gather(*(worker() for _ in range(conns)))
    end = loop.time()
    cpu_end = (proc_cpu_seconds(server_pid), time.process_time())
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


def load(srv: Server, make_request: MakeRequest, sizes: Sizes, **kw: Any) -> LoadResult:
    """`run_load` against `srv` with the configured connections (and duration unless `total` is given)."""
    if "total" not in kw:
        kw.setdefault("seconds", sizes.load_seconds)
        kw.setdefault("warmup", sizes.load_warmup)
    return asyncio.run(run_load(srv.port, make_request, conns=sizes.load_conns, server_pid=srv.proc.pid, **kw))


def merge_loads(results: Sequence[LoadResult]) -> LoadResult:
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
        median([r.p50_ms for r in results]),
        max((r.p99_ms for r in results), default=float("nan")),
        [u for r in results for u in r.uuids],
        sum(r.errors for r in results),
        weighted("server_cpu_us_per_req"),
        weighted("loader_cpu_us_per_req"),
    )


def abba(targets: Sequence[tuple[Server, MakeRequest]], sizes: Sizes, **kw: Any) -> list[LoadResult]:
    """Load each target twice, in the order A B … B A (each run half of BENCH_LOAD_SECONDS), so that a change in
    the machine's load during the measurement hits all alike. Only the first run of each warms up fully."""
    runs: list[list[LoadResult]] = [[] for _ in targets]
    half = sizes.load_seconds / 2
    for k, order in enumerate(abba_order(range(len(targets)), 2)):
        for which in order:
            srv, make = targets[which]
            warm = sizes.load_warmup if k == 0 else min(0.3, sizes.load_warmup)
            runs[which].append(load(srv, make, sizes, seconds=half, warmup=warm, **kw))
    return [merge_loads(r) for r in runs]

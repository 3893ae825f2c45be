"""`python -m benchmarks --profile client|async|emulator`: a cProfile of the lox24 side instead of the table."""

from __future__ import annotations

import asyncio
import cProfile
import pstats
import signal
import tempfile
from pathlib import Path

import httpx

from .harness import PY, SMS_ARGS, Sizes, async_mock_transport, body_bytes, log, lox24_client, mock_transport
from .load import load, post_sms_request
from .servers import free_port, start


def profile(what: str) -> None:
    """Top functions by cumulative and own time of one comparison's lox24 side."""
    sizes = Sizes()
    prof = cProfile.Profile()
    body = body_bytes()
    if what == "client":
        client = lox24_client(httpx.Client(transport=mock_transport(body)), validate=None)
        for _ in range(200):
            client.sms.send(**SMS_ARGS)
        prof.enable()
        for _ in range(sizes.client_calls * 2):
            client.sms.send(**SMS_ARGS)
        prof.disable()
    elif what == "async":

        async def go() -> None:
            client = lox24_client(httpx.AsyncClient(transport=async_mock_transport(body)), validate=None)
            for _ in range(200):
                await client.sms.send(**SMS_ARGS)
            prof.enable()
            for _ in range(sizes.client_calls * 2):
                await client.sms.send(**SMS_ARGS)
            prof.disable()

        asyncio.run(go())
    elif what == "emulator":
        profile_emulator(sizes)
        return
    else:
        raise SystemExit(f"--profile: unknown {what!r} (client, async, emulator)")
    stats = pstats.Stats(prof)
    stats.sort_stats("cumulative").print_stats(35)
    stats.sort_stats("tottime").print_stats(25)


def profile_emulator(sizes: Sizes) -> None:
    """The emulator (uvloop + httptools) under cProfile while the load generator POSTs for BENCH_LOAD_SECONDS."""
    with tempfile.TemporaryDirectory(prefix="lox24-bench-prof-") as tmp:
        work = Path(tmp)
        port = free_port()
        out = work / "emulator.prof"
        argv = [PY, "-m", "cProfile", "-o", str(out), "-m", "benchmarks", "_serve", "--app", "emulator",
                "--port", str(port), "--db", str(work / "profile.sqlite3")]  # fmt: skip
        srv = start("emulator-profiled", argv, port, work)
        try:
            post = load(srv, lambda i: post_sms_request(port), sizes, collect_uuids=True)
            log(f"POST under cProfile: {post.rps:,.0f} req/s, server CPU {post.server_cpu_us_per_req:.0f} µs/req")
        finally:
            srv.stop(signal.SIGINT)  # uvicorn shuts down cleanly and cProfile writes its file
        stats = pstats.Stats(str(out))
        stats.sort_stats("cumulative").print_stats(r"lox24|starlette|uvicorn|httptools|h11|sqlite", 40)
        stats.sort_stats("tottime").print_stats(25)

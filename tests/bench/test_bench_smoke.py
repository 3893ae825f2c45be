"""Smoke test of scripts/bench.py: its pieces work on tiny sizes. No timings are asserted (that is `make bench`)."""

from __future__ import annotations

import asyncio
import importlib.util
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def bench() -> Iterator[ModuleType]:
    spec = importlib.util.spec_from_file_location("lox24_bench_script", ROOT / "scripts" / "bench.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the class is built
    try:
        spec.loader.exec_module(module)
        yield module
    finally:
        sys.modules.pop(spec.name, None)


def test_every_client_variant_parses_the_documented_201(bench: Any) -> None:
    body = bench._body_bytes()
    assert json.loads(body)["uuid"] == bench.documented_201()["uuid"]
    with bench._patched_transports(body):
        variants, cleanups = bench.client_variants(body)
        try:
            assert {"raw httpx", "requests.Session", "requests.post"} <= set(variants)
            for name, send in variants.items():
                result = send()
                uuid = result["uuid"] if isinstance(result, dict) else result.uuid
                assert uuid == "11111111-2222-3333-4444-555555555555", name
                assert bench.time_calls(send, 3) > 0
        finally:
            for cleanup in cleanups:
                cleanup()


def test_parse_importtime_finds_the_top_level_module(bench: Any) -> None:
    stderr = (
        "import time: self [us] | cumulative | imported package\n"
        "import time:       100 |        100 |   httpx._models\n"
        "import time:       250 |       5250 | httpx\n"
        "import time:        40 |         40 |     lox24._x\n"
        "import time:       500 |       9000 | lox24\n"
    )
    cumulative, selfs = bench.parse_importtime(stderr, "lox24")
    assert cumulative == 9000
    assert (500.0, "lox24") in selfs


def test_cold_start_script_sends_once(bench: Any) -> None:
    ms, _ = bench._cold_once(bench._cold_script("httpx"))
    assert ms > 0


def test_load_generator_counts_requests_and_collects_uuids(bench: Any) -> None:
    body = bench._body_bytes()
    response = b"HTTP/1.1 201 Created\r\nContent-Type: application/json\r\nContent-Length: %d\r\n\r\n%s" % (
        len(body),
        body,
    )

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while True:
                head = await reader.readuntil(b"\r\n\r\n")
                length = 0
                for line in head.split(b"\r\n"):
                    if line.lower().startswith(b"content-length:"):
                        length = int(line.split(b":")[1])
                await reader.readexactly(length)
                writer.write(response)
        except (asyncio.IncompleteReadError, ConnectionError):
            pass
        finally:
            writer.close()

    async def main() -> tuple[Any, Any]:
        server = await asyncio.start_server(handle, bench.HOST, 0)
        port = server.sockets[0].getsockname()[1]
        try:
            counted = await bench.run_load(
                port, lambda i: bench.post_sms_request(port), conns=3, total=40, collect_uuids=True
            )
            timed = await bench.run_load(
                port, lambda i: bench.post_sms_request(port), conns=2, seconds=0.2, warmup=0.05
            )
        finally:
            server.close()
            await server.wait_closed()
        return counted, timed

    counted, timed = asyncio.run(main())
    assert counted.requests == 40
    assert counted.statuses == {201: 40}
    assert counted.errors == 0
    assert len(counted.uuids) == 40
    assert timed.requests > 0
    assert timed.rps > 0
    merged = bench.merge_loads([counted, timed])
    assert merged.requests == counted.requests + timed.requests


def test_memory_helpers_run_on_tiny_sizes(bench: Any) -> None:
    raw = bench.mem_client("httpx", 5)
    assert raw["maxrss_kb"] > 0
    if bench._missing("lox24", "Client") is None:
        assert bench.mem_client("lox24", 5)["n"] == 5
    if bench._missing("lox24.emulator") is None:
        filled = bench.fill_emulator(":memory:", 30)
        assert filled["created"] == 30


def test_table_and_json_rows(bench: Any) -> None:
    report = bench.Report()
    report.add(bench.Row("client", "send() µs/call", 120.0, 100.0, "raw httpx", "µs", 1.2, "≤ 1.30", True, "note"))
    report.skip("emulator", "not here")
    table = bench.render_table(report)
    for expected in ("met?", "1.20", "yes", "not here"):
        assert expected in table

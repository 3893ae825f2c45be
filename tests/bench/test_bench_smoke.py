"""Smoke tests of the `benchmarks` package: its pieces work on tiny sizes. No timings are asserted (that is
`make bench`); what is asserted is that every measurement measures what it says (answers parsed, requests counted,
servers started with the loop and parser asked for, rows and the JSON report written)."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterator
from pathlib import Path

import pytest

import benchmarks
from benchmarks import cli, client, concurrency, harness, load, memory, runner, servers, startup

UUID = "11111111-2222-3333-4444-555555555555"


def test_every_client_variant_parses_the_documented_201() -> None:
    body = harness.body_bytes()
    assert json.loads(body)["uuid"] == harness.documented_201()["uuid"] == UUID
    with client.patched_transports(body):
        variants, cleanups = client.client_variants(body)
        try:
            assert {"raw httpx", "requests.Session", "requests.post"} <= set(variants)
            assert any(name.startswith("lox24 ") for name in variants)
            for name, send in variants.items():
                result = send()
                uuid = result["uuid"] if isinstance(result, dict) else result.uuid
                assert uuid == UUID, name
                assert harness.time_calls(send, 3) > 0
        finally:
            for cleanup in cleanups:
                cleanup()


def test_abba_order_alternates_and_ratios_are_paired() -> None:
    assert list(harness.abba_order(["a", "b", "c"], 4)) == [["a", "b", "c"], ["c", "b", "a"], ["c", "b", "a"],
                                                            ["a", "b", "c"]]  # fmt: skip
    assert harness.paired_ratio([2.0, 9.0, 4.0], [1.0, 3.0, 4.0]) == 2.0


def test_parse_importtime_finds_the_top_level_module() -> None:
    stderr = (
        "import time: self [us] | cumulative | imported package\n"
        "import time:       100 |        100 |   httpx._models\n"
        "import time:       250 |       5250 | httpx\n"
        "import time:        40 |         40 |     lox24._x\n"
        "import time:       500 |       9000 | lox24\n"
    )
    cumulative, selfs = startup.parse_importtime(stderr, "lox24")
    assert cumulative == 9000
    assert (500.0, "lox24") in selfs
    assert startup.import_breakdown(selfs, [(100.0, "httpx._models"), (250.0, "httpx")]) == {"lox24": 0.54}


def test_cold_start_scripts_send_once() -> None:
    for kind in ("httpx", "lox24"):
        ms, _ = startup.cold_once(startup.cold_script(kind))
        assert ms > 0, kind


def test_load_generator_counts_requests_and_collects_uuids() -> None:
    body = harness.body_bytes()
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

    async def main() -> tuple[load.LoadResult, load.LoadResult]:
        server = await asyncio.start_server(handle, harness.HOST, 0)
        port = server.sockets[0].getsockname()[1]
        try:
            counted = await load.run_load(
                port, lambda i: load.post_sms_request(port), conns=3, total=40, collect_uuids=True
            )
            timed = await load.run_load(port, lambda i: load.post_sms_request(port), conns=2, seconds=0.2, warmup=0.05)
        finally:
            server.close()
            await server.wait_closed()
        return counted, timed

    counted, timed = asyncio.run(main())
    assert counted.requests == 40
    assert counted.statuses == {201: 40}
    assert counted.errors == 0
    assert counted.uuids == [UUID] * 40
    assert timed.requests > 0
    assert timed.rps > 0
    merged = load.merge_loads([counted, timed])
    assert merged.requests == counted.requests + timed.requests


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, servers.Server]]:
    """The emulator on uvloop + httptools and the bare ceiling on asyncio + h11, each in its own process."""
    if why := servers.serving_available(servers.FAST):
        pytest.fail(why)  # the `emulator` extra brings uvloop and httptools: their absence is a broken install
    workdir = tmp_path_factory.mktemp("bench")
    started: dict[str, servers.Server] = {}
    try:
        started["emulator"] = servers.start_served(workdir, "emulator", servers.FAST, workdir / "emu.sqlite3")
        started["ceiling"] = servers.start_served(workdir, "ceiling", servers.SLOW)
        yield started
    finally:
        for srv in started.values():
            srv.stop()


def test_served_apps_run_with_the_loop_and_parser_asked_for(served: dict[str, servers.Server]) -> None:
    emulator, ceiling = served["emulator"], served["ceiling"]
    for srv in (emulator, ceiling):
        assert srv.proc.poll() is None
        argv = " ".join(str(a) for a in srv.proc.args)  # type: ignore[union-attr]
        assert f"--port {srv.port}" in argv
    assert "--loop uvloop --http httptools" in " ".join(emulator.proc.args)  # type: ignore[arg-type]
    assert "--loop asyncio --http h11" in " ".join(ceiling.proc.args)  # type: ignore[arg-type]
    sizes = harness.Sizes(load_conns=2, load_seconds=0.2, load_warmup=0.05)
    emu_res, top_res = load.abba(
        [(emulator, lambda i: load.post_sms_request(emulator.port)),
         (ceiling, lambda i: load.post_sms_request(ceiling.port))],
        sizes,
        collect_uuids=True,
    )  # fmt: skip
    assert emu_res.requests > 0
    assert set(emu_res.statuses) == {201}
    assert UUID not in emu_res.uuids  # the emulator makes its own uuids; the ceiling answers the documented one
    assert top_res.uuids
    assert set(top_res.uuids) == {UUID}
    assert emu_res.server_cpu_us_per_req > 0
    uuid = emu_res.uuids[0]
    fetched = load.load(emulator, lambda i: load.get_sms_request(emulator.port, uuid), sizes, total=3)
    assert fetched.statuses == {200: 3}


def test_concurrency_sweep_sends_at_every_level_and_reports_the_ratio(served: dict[str, servers.Server]) -> None:
    sizes = harness.Sizes(conc_levels=[1, 4], conc_n=12, conc_rounds=3)
    transports = concurrency.transports()
    assert "default transport" in transports
    emulator = served["emulator"]
    runs = asyncio.run(
        concurrency.sweep(emulator.port, sizes, "default transport", transports["default transport"], emulator.proc.pid)
    )
    assert {int(r["concurrency"]) for r in runs.values()} == {1, 4}
    assert all(r["sent"] == 12 and r["failures"] == 0 for r in runs.values())
    for run in runs.values():
        assert len(run["chunks"]) == 3  # one chunk per round
        assert all(c["rate"] > 0 and c["client_us"] > 0 and c["server_us"] >= 0 for c in run["chunks"]), run
    report = harness.Report()
    concurrency._sweep_rows(report, sizes, "default transport", runs)
    target = report.rows[-1]
    assert target.target == "≥ 0.90"
    assert target.ratio is not None
    assert target.ratio > 0
    assert "per-round ratios" in target.note


def _run(level: int, rates: list[float]) -> dict[str, object]:
    chunks = [{"rate": r, "client_us": 1000.0, "server_us": 400.0} for r in rates]
    return {"concurrency": float(level), "sent": 10.0, "seconds": 1.0, "cpu": 0.5, "failures": 0.0, "chunks": chunks}


def test_the_sweep_target_is_the_worst_median_of_paired_ratios() -> None:
    runs = {"c1": _run(1, [50, 50, 50]), "c4": _run(4, [100, 200, 100]), "c64": _run(64, [90, 100, 95])}
    summary = concurrency.sweep_summary(runs)
    assert summary["rates"] == {1: 50, 4: 100, 64: 95}
    # round by round 64/4 is 0.9, 0.5, 0.95 (median 0.9); 64/1 is 1.8, 2, 1.9: 4 is the level to beat
    assert summary["best"] == 4
    assert summary["ratio"] == pytest.approx(0.9)
    assert summary["ratio_of_medians"] == pytest.approx(0.95)
    assert summary["round_ratios"] == pytest.approx([0.5, 0.9, 0.95])
    assert concurrency.rotation(["a", "b", "c"], 4) == [["a", "b", "c"], ["a", "c", "b"], ["c", "a", "b"],
                                                        ["c", "b", "a"]]  # fmt: skip


def test_cli_rows_run_the_real_command_against_the_emulator(
    served: dict[str, servers.Server], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    emulator = served["emulator"]
    base_url = f"http://{harness.HOST}:{emulator.port}"
    path = tmp_path / "customers.csv"
    cli.write_csv(path, 12)
    assert path.read_text(encoding="utf-8").splitlines()[1] == "+491700000001,Kunde 1,C00001"
    wall, cpu, summary = cli.send_csv_once(path, tmp_path / "journal.jsonl", base_url, 3)
    assert (summary["sent"], summary["failed"], summary["bad"]) == (12, [], [])
    assert wall > 0
    assert cpu > 0
    assert len((tmp_path / "journal.jsonl").read_text(encoding="utf-8").splitlines()) == 1 + 2 * 12
    wall, cpu, sent = cli.direct_once(path, base_url, 3, "smoke")
    assert sent == 12
    # the same rows went twice: once through the CLI, once through the client, with their own callback data
    import httpx

    headers = {"X-LOX24-AUTH-TOKEN": harness.DOCS_TOKEN, "Accept": "application/json"}
    listed = httpx.get(f"{base_url}/sms", params={"callback_data": "direct-smoke-7"}, headers=headers).json()
    assert [sms["phone"] for sms in listed] == ["+491700000007"]
    monkeypatch.setenv("BENCH_CLI_ROWS", "6")
    monkeypatch.setenv("BENCH_CLI_ROUNDS", "1")
    report = harness.Report()
    cli.bench_help(report, harness.Sizes(import_repeats=1))
    cli.bench_send_csv(report, harness.Sizes(), tmp_path)
    help_row, csv_row = report.rows
    assert help_row.target == "< +150 ms"
    assert help_row.value is not None
    assert help_row.baseline is not None
    assert help_row.value > help_row.baseline > 0
    assert csv_row.target == "≥ 0.8"
    assert csv_row.ratio is not None
    assert csv_row.ratio > 0


def test_memory_helpers_run_on_tiny_sizes() -> None:
    assert memory.mem_client("httpx", 5)["maxrss_kb"] > 0
    assert memory.mem_client("lox24", 5)["n"] == 5
    filled = memory.fill_emulator(":memory:", 30)
    assert filled["created"] == 30


def test_sections_and_their_old_names() -> None:
    assert runner.parse_only("client, async,import") == ["client", "concurrency", "startup"]
    with pytest.raises(ValueError, match="unknown sections"):
        runner.parse_only("client,bogus")
    assert benchmarks.SECTIONS == ("client", "startup", "emulator", "concurrency", "cli", "contract", "memory")


def test_run_writes_the_table_and_the_json_report(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BENCH_QUICK", "1")
    out = tmp_path / "bench.json"
    report = benchmarks.run(["client"], out)
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert [r["metric"] for r in doc["rows"]] == [r.metric for r in report.rows]
    assert any(r["target"] == "≤ 1.20" for r in doc["rows"])
    assert doc["machine"]["nproc"] >= 1
    assert "met?" in doc["table"]
    assert doc["sizes"]["client_calls"] == 30


def test_table_shows_ratios_targets_and_skips() -> None:
    report = benchmarks.Report()
    report.add(benchmarks.Row("client", "send() µs/call", 120.0, 100.0, "raw httpx", "µs", 1.2, "≤ 1.30", True, "n"))
    report.skip("emulator", "not here")
    table = benchmarks.render_table(report)
    for expected in ("met?", "1.20", "yes", "not here", "100 (raw httpx)"):
        assert expected in table

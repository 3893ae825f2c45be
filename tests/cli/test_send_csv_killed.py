"""`lox24 send-csv` killed part-way (SIGKILL, requests in flight) and re-run: exactly one SMS per row."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

from lox24.emulator import DEFAULT_TOKEN

from .conftest import Emulator

ROWS = 12


def command(base_url: str, path: Path) -> list[str]:
    return [
        sys.executable, "-m", "lox24.cli", "--base-url", base_url, "--json",
        "send-csv", str(path), "--text", "Hello {name}", "--from", "MyShop", "--concurrency", "3",
    ]  # fmt: skip


def test_killed_run_then_rerun_sends_exactly_one_sms_per_row(served: tuple[Emulator, str], tmp_path: Path) -> None:
    emulator, base_url = served
    path = tmp_path / "campaign.csv"
    path.write_text("phone,name\n" + "".join(f"+4917012345{n:02d},N{n}\n" for n in range(ROWS)), encoding="utf-8")
    journal = tmp_path / "campaign.csv.journal.jsonl"
    # Every POST /sms waits 0.2 s in the emulator, so the kill lands while requests are in flight.
    fault = {"kind": "latency", "latency": 0.2, "method": "POST", "path": "/sms", "count": ROWS}
    emulator.call("POST", "/_emulator/faults", json=fault)
    env = {**os.environ, "LOX24_TOKEN": DEFAULT_TOKEN}

    with subprocess.Popen(command(base_url, path), env=env, stdout=subprocess.DEVNULL) as first:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and first.poll() is None:
            if journal.exists() and journal.read_text().count('"pending"') >= 5:
                break
            time.sleep(0.02)
        first.kill()
        first.wait(timeout=10)
    assert first.returncode != 0, "the run finished before it could be killed"
    time.sleep(0.5)  # requests that were in flight reach the store
    before = len(emulator.outbox())
    assert 0 < before < ROWS
    emulator.call("DELETE", "/_emulator/faults")
    last = {e["row"]: e["state"] for e in map(json.loads, journal.read_text().splitlines()[1:]) if "row" in e}
    assert "pending" in last.values()  # rows in flight at the kill: outcome unknown, decided by a lookup

    second = subprocess.run(command(base_url, path), env=env, capture_output=True, text=True, timeout=60)
    assert second.returncode == 0, second.stderr
    per_row = Counter(s["callback_data"] for s in emulator.outbox())
    assert len(per_row) == ROWS
    assert set(per_row.values()) == {1}
    assert DEFAULT_TOKEN not in second.stdout + second.stderr

"""`make contract` against a server (LOX24_BASE_URL + LOX24_TOKEN) is safe by default.

The "server" here is the emulator's CLI with LOX24's IP block switched on: a run that sent bad credentials
would be answered 429 from the fourth one on. The run must send nothing (no SMS in the outbox, only the
dry-run POSTs), never a wrong token, never print the token, and still test the read-only operations.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections import Counter
from pathlib import Path

import contract_helpers as helpers


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_remote_mode_is_read_only_and_keeps_the_token_secret(tmp_path: Path) -> None:
    port = free_port()
    base_url = f"http://127.0.0.1:{port}"
    server = subprocess.Popen(
        [sys.executable, "-m", "lox24.emulator", "--host", "127.0.0.1", "--port", str(port), "--db", ":memory:"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                urllib.request.urlopen(f"{base_url}/_emulator/clock", timeout=1).close()  # noqa: S310
                break
            except OSError:
                assert time.monotonic() < deadline, "the emulator did not start"
                time.sleep(0.1)
        token = helpers.emulator_token()
        env = {
            **os.environ,
            "LOX24_BASE_URL": base_url,
            "LOX24_TOKEN": token,
            "LOX24_RATE_LIMIT": "500/s",
            "MAX_EXAMPLES": "3",
            "REPORT_DIR": str(tmp_path),
        }
        for name in ("LOX24_ALLOW_SENDING", "OPERATIONS", "PHASES", "LOX24_CONTRACT_APP"):
            env.pop(name, None)
        done = subprocess.run(
            [sys.executable, str(helpers.ROOT / "scripts" / "contract.py")],
            cwd=helpers.ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=240,
            check=False,
        )
        with urllib.request.urlopen(f"{base_url}/_emulator/outbox", timeout=5) as response:  # noqa: S310
            outbox = json.load(response)
    finally:
        server.terminate()
        server.wait(timeout=10)

    output = done.stdout + done.stderr
    assert done.returncode == 0, output[-4000:]
    assert "SAFE MODE: 19 read-only and dry-run operations; skipped 22 operations" in output
    assert "skipped checks: ignored_auth, object_level_authorization" in output
    assert token not in output
    for report in tmp_path.iterdir():
        assert token not in report.read_text(encoding="utf-8", errors="replace"), report.name
    assert outbox == [], "the safe run sent SMS"

    report = json.loads((tmp_path / "contract.json").read_text(encoding="utf-8"))
    assert report["operations"]["tested"] == 19
    assert report["test_cases"]["generated"] > 100
    statuses: Counter[int] = Counter()
    writes: set[str] = set()
    for line in (tmp_path / "contract-events.ndjson").read_text(encoding="utf-8").splitlines():
        if not line.startswith('{"ScenarioFinished"'):
            continue
        for interaction in json.loads(line)["ScenarioFinished"]["recorder"].get("interactions", {}).values():
            statuses[(interaction.get("response") or {}).get("status_code", 0)] += 1
            request = interaction["request"]
            if request["method"] not in ("GET", "OPTIONS"):
                writes.add(f"{request['method']} {request['uri'].split(base_url, 1)[1].split('?')[0]}")
    assert writes <= {"POST /sms/dryrun", "POST /bulks/dryrun"}, writes
    assert not statuses[401], "a request with bad credentials was sent"
    assert not statuses[429], "the IP got blocked"
    assert statuses[200] > 0

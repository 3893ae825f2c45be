"""Durability: a real emulator process killed with SIGKILL keeps every acknowledged SMS."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx
import pytest

from lox24.emulator import DEFAULT_TOKEN

HEADERS = {"X-LOX24-AUTH-TOKEN": DEFAULT_TOKEN, "Accept": "application/json"}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def start(db: Path, port: int) -> subprocess.Popen[bytes]:
    proc = subprocess.Popen(
        [sys.executable, "-m", "lox24.emulator", "--db", str(db), "--port", str(port), "--balance", "1000"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/me", headers=HEADERS, timeout=1).status_code == 200:
                return proc
        except httpx.HTTPError:
            time.sleep(0.05)
    proc.kill()
    proc.wait()
    raise AssertionError("the emulator did not start")


@pytest.mark.slow
def test_sigkill_during_load_keeps_every_acknowledged_sms(tmp_path: Path) -> None:
    db = tmp_path / "emu.sqlite3"
    port = free_port()
    proc = start(db, port)
    acknowledged: list[str] = []
    lock = threading.Lock()
    base = f"http://127.0.0.1:{port}"
    with httpx.Client(base_url=base, headers=HEADERS, timeout=5) as client:
        group = client.post("/groups", json={"name": "kept"}).json()

    def load(worker: int) -> None:
        with httpx.Client(base_url=base, headers=HEADERS, timeout=5) as client:
            for i in range(100_000):
                body = {"text": f"w{worker} m{i}", "sender_id": "Shop", "phone": "+491701234567"}
                try:
                    r = client.post("/sms", json=body)
                except httpx.HTTPError:
                    return  # the server is gone
                assert r.status_code == 201
                with lock:
                    acknowledged.append(r.json()["uuid"])

    threads = [threading.Thread(target=load, args=(w,)) for w in range(4)]
    for t in threads:
        t.start()
    time.sleep(1.0)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    for t in threads:
        t.join()
    assert proc.stderr is not None
    proc.stderr.close()
    assert len(acknowledged) > 20

    proc = start(db, port)
    try:
        with httpx.Client(base_url=base, headers=HEADERS, timeout=5) as client:
            found: set[str] = set()
            page = 1
            while batch := client.get("/sms", params={"page": page}).json():
                found.update(s["uuid"] for s in batch)
                page += 1
            assert set(acknowledged) <= found
            assert len(found) - len(acknowledged) <= 4  # at most the requests in flight at the kill
            assert client.get(f"/groups/{group['id']}").json()["name"] == "kept"
            me = client.get("/me").json()
            assert me["balance_amount"] == pytest.approx(1000 - 0.075 * len(found))
            assert client.get("/groups/7117").status_code == 200
    finally:
        proc.terminate()
        proc.wait(timeout=10)
        assert proc.stderr is not None
        proc.stderr.close()

"""`lox24 webhooks serve`: the real command in a process, fed events over a socket."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from typing import Any

import httpx

from lox24 import webhooks
from lox24.cli.webhooks import describe

REPORT: dict[str, Any] = {
    "id": "a3cd6e19-8af2-498d-ad07-c7840f1b4ac8",
    "name": "sms.delivery",
    "created_at": 1653378603,
    "attempt_total": 4,
    "attempt_number": 1,
    "data": {"id": "d6c12ac4-cc7d-11ec-b6da-525400bbb7dc", "key_id": 8207, "dlr_code": 1, "status_code": 100,
             "callback_data": "order-42"},
}  # fmt: skip


def test_serve_validates_and_prints_events() -> None:
    args = [sys.executable, "-m", "lox24.cli", "--json", "webhooks", "serve", "--port", "0"]
    with subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) as proc:
        try:
            assert proc.stderr is not None
            assert proc.stdout is not None
            banner = proc.stderr.readline()
            match = re.search(r"http://127\.0\.0\.1:(\d+)/", banner)
            assert match, banner
            url = f"http://127.0.0.1:{match.group(1)}/hooks/lox24"
            assert httpx.post(url, json=REPORT, timeout=5).status_code == 204
            printed = json.loads(proc.stdout.readline())
            assert printed["event"] == "DeliveryReport"
            assert (printed["dlr_code"], printed["callback_data"], printed["attempt_total"]) == (
                "DELIVERED",
                "order-42",
                4,
            )

            bad = httpx.post(url, json={**REPORT, "data": {**REPORT["data"], "dlr_code": "1"}}, timeout=5)
            assert bad.status_code == 400
            assert "data.dlr_code" in bad.text
            assert "data.dlr_code" in proc.stderr.readline()
            assert httpx.post(url, content=b"{", timeout=5).status_code == 400
        finally:
            proc.terminate()
            proc.wait(timeout=10)


def test_describe_unknown_event_keeps_its_data() -> None:
    event = webhooks.parse({"id": "e", "name": "some.future.event", "created_at": 1, "data": {"x": 1}})
    assert describe(event) == {
        "event": "UnknownEvent", "event_id": "e", "name": "some.future.event", "created_at": 1, "attempt_number": None,
        "attempt_total": None, "api_version": None, "notification_task_id": None, "data": {"x": 1},
    }  # fmt: skip

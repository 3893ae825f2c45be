"""`lox24 send`, `sms list|get|cancel|delete`, `me` and `segments`, run against the emulator in-process."""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from typing import Any

from click.testing import CliRunner, Result

from lox24.cli._main import cli

from .conftest import Emulator

AsJson = Callable[[Result], Any]


def test_send_then_get_list_and_delete(emulator: Emulator, as_json: AsJson) -> None:
    sent = emulator.invoke(
        "--json", "send", "--to", "01701234567", "--text", "Hello", "--from", "MyShop", "--callback-data", "cli-1"
    )
    assert sent.exit_code == 0, sent.output
    sms = as_json(sent)
    assert sms["phone"] == "+491701234567"
    assert sms["callback_data"] == "cli-1"
    assert [s["uuid"] for s in emulator.outbox()] == [sms["uuid"]]

    got = as_json(emulator.invoke("--json", "sms", "get", sms["uuid"]))
    assert got["text"] == "Hello"
    listed = as_json(emulator.invoke("--json", "sms", "list", "--callback-data", "cli-1"))
    assert [s["uuid"] for s in listed] == [sms["uuid"]]
    assert as_json(emulator.invoke("--json", "sms", "list", "--callback-data", "other")) == []

    deleted = emulator.invoke("--json", "sms", "delete", sms["uuid"])
    assert as_json(deleted) == {"deleted": 1}
    missing = emulator.invoke("sms", "get", sms["uuid"])
    assert missing.exit_code == 3
    assert "404" in missing.stderr or "not found" in missing.stderr.lower()


def test_send_table_output(emulator: Emulator) -> None:
    result = emulator.invoke("send", "--to", "+491701234567", "--text", "Hi", "--from", "MyShop")
    assert result.exit_code == 0
    assert "+491701234567" in result.stdout
    assert "uuid" in result.stdout


def test_dry_run_sends_nothing(emulator: Emulator, as_json: AsJson) -> None:
    result = emulator.invoke("--json", "send", "--dry-run", "--to", "+491701234567", "--text", "x" * 161, "--from", "A")
    assert result.exit_code == 0, result.output
    assert as_json(result)["parts_count"] == 2
    assert emulator.outbox() == []


def test_schedule_then_cancel_by_callback_data(emulator: Emulator, as_json: AsJson) -> None:
    at = str(int(time.time()) + 86_400)
    for _ in range(2):
        args = ["send", "--to", "+491701234567", "--text", "Later", "--from", "A", "--at", at, "--callback-data", "c7"]
        assert emulator.invoke(*args).exit_code == 0
    assert as_json(emulator.invoke("--json", "sms", "cancel", "--callback-data", "c7")) == {"cancelled": 2}
    assert {s["status_code"] for s in emulator.outbox()} == {6000}


def test_batch_commands_need_a_filter(emulator: Emulator) -> None:
    for command in ("cancel", "delete"):
        result = emulator.invoke("sms", command)
        assert result.exit_code == 2
        assert "--all" in result.stderr


def test_at_must_be_a_timestamp_or_an_aware_datetime(emulator: Emulator) -> None:
    for value in ("tomorrow", "2026-12-24T09:00"):
        result = emulator.invoke("send", "--to", "+491701234567", "--text", "x", "--from", "A", "--at", value)
        assert result.exit_code == 2
        assert "--at" in result.stderr or value in result.stderr


def test_me(emulator: Emulator, as_json: AsJson) -> None:
    account = as_json(emulator.invoke("--json", "me"))
    assert account["balance_amount"] == 1000.0
    assert "balance_amount" in emulator.invoke("me").stdout


def test_segments_offline_json_marks_ucs2_characters() -> None:
    result = CliRunner().invoke(cli, ["--json", "segments", "Grüße 🙂"])
    data = json.loads(result.stdout)
    assert (data["encoding"], data["parts"], data["characters"]) == ("UCS-2", 1, 8)
    assert [(c["index"], c["codepoint"]) for c in data["ucs2_characters"]] == [(6, "U+1F642")]


def test_segments_counts_extension_characters_and_parts() -> None:
    data = json.loads(CliRunner().invoke(cli, ["--json", "segments", "€" + "a" * 159]).stdout)
    assert (data["encoding"], data["parts"], data["characters"], data["per_part"]) == ("GSM-7", 2, 161, 153)
    assert [c["char"] for c in data["extension_characters"]] == ["€"]
    text = CliRunner().invoke(cli, ["segments", "Hi 🙂"]).stdout
    assert "UCS-2" in text
    assert "U+1F642" in text


def test_list_time_range_and_bulks_list(emulator: Emulator, as_json: AsJson) -> None:
    sent = as_json(emulator.invoke("--json", "send", "--to", "+491701234567", "--text", "Hi", "--from", "A"))
    everything = as_json(emulator.invoke("--json", "sms", "list", "--since", "1", "--until", "4102444800"))
    assert [s["uuid"] for s in everything] == [sent["uuid"]]
    assert as_json(emulator.invoke("--json", "sms", "list", "--since", "2100-01-01T00:00:00Z")) == []
    assert as_json(emulator.invoke("--json", "sms", "list", "--until", "1")) == []
    bulks = emulator.invoke("--json", "bulks", "list")
    assert bulks.exit_code == 0, bulks.output
    assert as_json(bulks) == []

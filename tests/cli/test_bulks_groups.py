"""`lox24 bulks ...` and `lox24 groups ...` against the emulator in-process."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from click.testing import Result

from .conftest import Emulator

AsJson = Callable[[Result], Any]


def test_group_lifecycle_and_a_bulk_to_it(emulator: Emulator, as_json: AsJson) -> None:
    group = as_json(emulator.invoke("--json", "groups", "create", "Clients", "--description", "VIP"))
    gid = str(group["id"])
    refused = emulator.invoke("--json", "groups", "add", gid, "+491701234567", "12")
    assert refused.exit_code == 2  # checked locally: nothing is added
    assert "phones" in refused.stderr or "phone" in refused.stderr
    added = emulator.invoke("--json", "groups", "add", gid, "+491701234567", "01701234568")
    assert added.exit_code == 0, added.output
    assert {r["phone"]: r["status"] for r in as_json(added)} == {"+491701234567": 201, "01701234568": 201}
    phones = as_json(emulator.invoke("--json", "groups", "phones", gid))
    assert sorted(p["phone"] for p in phones) == ["+491701234567", "+491701234568"]
    assert "+491701234568" in emulator.invoke("groups", "export", gid).stdout
    assert "Clients" in [g["name"] for g in as_json(emulator.invoke("--json", "groups", "list"))]  # beside seeded ones

    priced = as_json(
        emulator.invoke("--json", "bulks", "create", "--text", "Hi", "--from", "A", "--group", gid, "--dry-run")
    )
    assert emulator.outbox() == []
    bulk = as_json(emulator.invoke("--json", "bulks", "create", "--text", "Hi", "--from", "A", "--group", gid))
    assert bulk["uuid"] != priced["uuid"]
    assert sorted(s["phone"] for s in emulator.outbox()) == ["+491701234567", "+491701234568"]
    status = as_json(emulator.invoke("--json", "bulks", "status", bulk["uuid"]))
    assert status["msg_total_count"] == 2
    listed = as_json(emulator.invoke("--json", "bulks", "list"))
    assert bulk["uuid"] in [b["uuid"] for b in listed]

    assert as_json(emulator.invoke("--json", "groups", "delete", gid)) == {"deleted": int(gid)}
    assert emulator.invoke("groups", "get", gid).exit_code == 3


def test_bulk_needs_recipients_and_cancel_of_unknown_is_an_api_error(emulator: Emulator) -> None:
    assert emulator.invoke("bulks", "create", "--text", "Hi", "--from", "A").exit_code == 2
    result = emulator.invoke("bulks", "cancel", "11111111-2222-3333-4444-555555555555")
    assert result.exit_code == 3
    assert emulator.invoke("bulks", "get", "not-a-uuid").exit_code == 2

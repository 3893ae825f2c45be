"""scripts/record against "a real account" (here the emulator in-process): read-only, token and numbers redacted."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from typing import Any

import contract_helpers as spec_tools
import httpx

from lox24.emulator import DEFAULT_TOKEN, create_app


def load_record_module() -> Any:
    spec = importlib.util.spec_from_file_location("lox24_record_script", spec_tools.ROOT / "scripts" / "record.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


record = load_record_module()


def test_redactor_replaces_phone_numbers_and_keeps_ids() -> None:
    redact = record.Redactor()
    body = {
        "phone": "01701234567",
        "phones": ["+491701234567", "00491701234567"],
        "sender_id": "MyShop",
        "uuid": "11111111-2222-3333-4444-555555555555",
        "created_at": 1755868416,
        "detail": "phone: +491701234567 is not a valid number",
    }
    out = redact(body)
    assert out["uuid"] == body["uuid"]
    assert out["created_at"] == body["created_at"]
    assert out["sender_id"] == "MyShop"
    assert out["phones"][0] == out["detail"].split()[1]  # the same number, the same stand-in
    assert "1701234567" not in json.dumps(out)
    path = redact.text("/sms/11111111-2222-3333-4444-555555555555?phone=%2B491701234567")
    assert path.startswith("/sms/11111111-2222-3333-4444-555555555555?phone=+49155500")


async def test_recording_an_account_is_read_only_and_redacted(tmp_path: Path) -> None:
    app = create_app(db=":memory:", seed=1)
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(
        transport=transport, base_url="http://lox24.test", headers={"X-LOX24-AUTH-TOKEN": DEFAULT_TOKEN}
    ) as client:
        recorder = record.Recorder(client, tmp_path, "lox24", record.Redactor())
        await record.record_account(recorder, allow_sending=False)
        outbox = (await client.get("/_emulator/outbox")).json()
    assert outbox == []
    check_recorded_files(tmp_path)


def check_recorded_files(tmp_path: Path) -> None:
    files = sorted(tmp_path.glob("lox24-*.json"))
    assert len(files) >= 10
    for path in files:
        text = path.read_text(encoding="utf-8")
        assert DEFAULT_TOKEN not in text
        assert "1701234567" not in text, f"{path.name} keeps a phone number"  # the seeded group member
        rec = json.loads(text)
        assert rec["source"] == "lox24"
        assert rec["request"]["method"] == "GET" or rec["request"]["path"].endswith("/dryrun")
        spec_tools.find_operation(rec["request"]["method"], rec["request"]["path"])

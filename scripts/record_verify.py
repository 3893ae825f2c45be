"""Recordings of the verify-code operations (issue 14), called by scripts/record.py against the emulator.

A code walks its routing strategy on the emulator's frozen clock, moved here through the control plane: the
recordings show a new code, one delivered by voice after Telegram timed out (magic phone ...2), one that failed
everywhere (...9), the rules the spec states (400) and those across steps (422), the list and a 404.
"""

from __future__ import annotations

from typing import Any

import httpx

JSON = "application/json"
TOKEN = "1234567:e3f3a759b6677959b6ebfcxxxxxxxxxx"  # noqa: S105 (the emulator's public test token)
STRATEGY = [
    {"channel": "telegram", "timeout_sec": 30},
    {"channel": "voice", "timeout_sec": 60},
    {"channel": "sms", "sender_id": "MyShop", "template": "Your code: {{code}}"},
]


async def record_verify(rec: Any, control: httpx.AsyncClient) -> None:
    """Every verify-code operation; `rec` is record.py's Recorder (its `call` saves each exchange)."""
    call = rec.call
    create = "create_verify_code"
    await control.post("/_emulator/accounts", json={"token": TOKEN, "balance": 100})  # after the 402 step
    body = {"phone": "+491701234562", "code_length": 6, "payload": "login-4711", "routing_strategy": STRATEGY}
    voice = (await call("POST", "/verify_codes", body=body, operation_id=create)).json()
    nobody = {"phone": "+491701234569", "routing_strategy": [{"channel": "voice"}, {"channel": "sms"}]}
    failed = (await call("POST", "/verify_codes", body=nobody, accept=JSON, variant="json", operation_id=create)).json()
    bad_timeout = {**body, "routing_strategy": [{"channel": "telegram", "timeout_sec": 10}]}
    await call("POST", "/verify_codes", body=bad_timeout, accept=JSON, variant="timeout", operation_id=create)
    sms_first = {**body, "routing_strategy": [{"channel": "sms"}, {"channel": "voice"}]}
    await call("POST", "/verify_codes", body=sms_first, accept=JSON, variant="sms-first", operation_id=create)
    await call("GET", f"/verify_codes/{voice['id']}", accept=JSON, variant="new", operation_id="get_verify_code")
    await control.post("/_emulator/clock", json={"advance": 400})
    await call("GET", f"/verify_codes/{voice['id']}", operation_id="get_verify_code")
    await call("GET", f"/verify_codes/{failed['id']}", accept=JSON, variant="failed", operation_id="get_verify_code")
    await call("GET", "/verify_codes/11111111-2222-3333-4444-555555555555", accept=JSON, variant="unknown",
               operation_id="get_verify_code")  # fmt: skip
    await call("GET", "/verify_codes", operation_id="list_verify_codes")
    await call("GET", "/verify_codes", accept=JSON, variant="json", operation_id="list_verify_codes")
    await call("GET", "/verify_codes?page=0", accept=JSON, variant="page-0", operation_id="list_verify_codes")

"""Incoming SMS: a reply carries the uuid of the SMS it answers."""

from __future__ import annotations

from typing import Any

import pytest

from lox24.emulator import DEFAULT_TOKEN, Backend
from lox24.emulator.errors import EmulatorError


def sms_body(**extra: Any) -> dict[str, Any]:
    return {"text": "Hello", "sender_id": "Shop", "phone": "+491701234567", **extra}


def test_incoming_reply_carries_msg_uuid(backend: Backend) -> None:
    who = backend.authenticate(DEFAULT_TOKEN, "1.1.1.1")
    sms = backend.create_sms(who, sms_body(), "1.1.1.1")
    incoming = backend.inject_incoming(msg_uuid=sms["uuid"], text="Yes")
    assert (incoming["from"], incoming["to"], incoming["msg_uuid"]) == ("+491701234567", "Shop", sms["uuid"])
    items, total = backend.list_incomings(who, {"msg_uuid[]": [sms["uuid"]]})
    assert total == 1
    backend.delete_incoming(who, items[0]["uuid"])
    with pytest.raises(EmulatorError):
        backend.get_incoming(who, items[0]["uuid"])

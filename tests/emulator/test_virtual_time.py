"""Virtual time: scheduled SMS wait for delivery_at; the wall clock can be moved."""

from __future__ import annotations

import time
from typing import Any

import pytest

from lox24.emulator import DEFAULT_TOKEN, Backend, Clock, FrozenClock


def sms_body(**extra: Any) -> dict[str, Any]:
    return {"text": "Hello", "sender_id": "Shop", "phone": "+491701234567", **extra}


T0 = 1_700_000_000


def test_scheduled_sms_waits_for_delivery_at(backend: Backend, clock: FrozenClock) -> None:
    who = backend.authenticate(DEFAULT_TOKEN, "10.0.0.1")
    sms = backend.create_sms(who, sms_body(delivery_at=int(clock.now()) + 3600), "10.0.0.1")
    clock.advance(3599)
    assert backend.get_sms(who, sms["uuid"])["status_code"] == 0
    clock.advance(1)
    assert backend.get_sms(who, sms["uuid"])["status_code"] == 100


def test_wall_clock_can_be_moved() -> None:
    clock = Clock()
    before = time.time()
    assert clock.advance(100) >= before + 100
    assert clock.set(T0) == pytest.approx(T0, abs=1)
    frozen = FrozenClock(T0)
    assert frozen.advance(-5) == T0  # never backward
    assert frozen.set(T0 - 10) == T0 - 10

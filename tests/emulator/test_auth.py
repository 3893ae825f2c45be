"""Auth and IP blocking: 401, 403, 429 for ten minutes after more than three bad tokens, bounded state."""

from __future__ import annotations

import re
from typing import Any

import httpx
import pytest

from lox24.emulator import DEFAULT_TOKEN, Backend, FrozenClock
from lox24.emulator.auth import AUTH_BLOCK, AUTH_PRUNE_AT
from lox24.emulator.errors import EmulatorError


def sms_body(**extra: Any) -> dict[str, Any]:
    return {"text": "Hello", "sender_id": "Shop", "phone": "+491701234567", **extra}


REQUEST_ID = re.compile(r"^[A-Za-z0-9]{32}$")


def test_auth_401_then_ip_block_429_for_ten_minutes(backend: Backend, clock: FrozenClock) -> None:
    for _ in range(4):
        with pytest.raises(EmulatorError) as err:
            backend.authenticate("nope", "9.9.9.9")
        assert err.value.status == 401
    with pytest.raises(EmulatorError) as err:
        backend.authenticate(DEFAULT_TOKEN, "9.9.9.9")
    assert err.value.status == 429
    assert int(err.value.headers["Retry-After"]) == 600
    assert backend.authenticate(DEFAULT_TOKEN, "9.9.9.8").account_id == 1234567
    clock.advance(600)
    assert backend.authenticate(DEFAULT_TOKEN, "9.9.9.9").key_id == 8291


def test_three_bad_tokens_do_not_block(backend: Backend, clock: FrozenClock) -> None:
    for _ in range(3):
        with pytest.raises(EmulatorError):
            backend.authenticate(None, "9.9.9.9")
    clock.advance(61)
    with pytest.raises(EmulatorError) as err:
        backend.authenticate("bad", "9.9.9.9")
    assert err.value.status == 401
    assert backend.authenticate(DEFAULT_TOKEN, "9.9.9.9").account_id == 1234567


def test_inactive_token_and_account_get_403(clock: FrozenClock) -> None:
    backend = Backend(clock=clock, tokens=["42:abc"], inactive_tokens=["43:def"])
    try:
        with pytest.raises(EmulatorError) as err:
            backend.authenticate("43:def", "1.1.1.1")
        assert err.value.status == 403
        with pytest.raises(EmulatorError) as err:
            backend.authenticate(DEFAULT_TOKEN, "1.1.1.1")
        assert err.value.status == 401
        backend.upsert_account(token="42:abc", active=False)
        with pytest.raises(EmulatorError) as err:
            backend.authenticate("42:abc", "1.1.1.1")
        assert err.value.status == 403
    finally:
        backend.close()


def test_tokens_given_at_start_are_authoritative(tmp_path: Any, clock: FrozenClock) -> None:
    db = str(tmp_path / "t.sqlite3")
    first = Backend(db=db, clock=clock)
    who = first.authenticate(DEFAULT_TOKEN, "1.1.1.1")
    sms = first.create_sms(who, sms_body(), "1.1.1.1")
    first.close()
    second = Backend(db=db, clock=clock, tokens=["1234567:newkey"])
    try:
        with pytest.raises(EmulatorError):
            second.authenticate(DEFAULT_TOKEN, "1.1.1.2")
        again = second.authenticate("1234567:newkey", "1.1.1.2")
        assert second.get_sms(again, sms["uuid"])["uuid"] == sms["uuid"]  # same customer number, same data
        assert second.get_account(again)["balance_amount"] == pytest.approx(50 - 0.075)
    finally:
        second.close()


async def test_auth_errors_and_ip_block(client: httpx.AsyncClient, clock: FrozenClock) -> None:
    r = await client.get("/me", headers={"X-LOX24-AUTH-TOKEN": ""})
    assert r.status_code == 401
    assert r.json()["detail"] == "Client ID or API key isn't active or invalid!"
    for _ in range(3):
        assert (await client.get("/me", headers={"X-LOX24-AUTH-TOKEN": "1:wrong"})).status_code == 401
    blocked = await client.get("/me")
    assert blocked.status_code == 429
    assert blocked.headers["retry-after"] == "600"
    assert REQUEST_ID.match(blocked.headers["x-lox24-request-id"])
    clock.advance(601)
    assert (await client.get("/me")).status_code == 200


def test_per_ip_auth_state_does_not_grow_without_bound(backend: Backend, clock: FrozenClock) -> None:
    def fail(ip: str) -> None:
        with pytest.raises(EmulatorError):
            backend.authenticate("1:bad", ip)

    for i in range(3000):  # one bad token each from many addresses
        fail(f"10.0.{i // 256}.{i % 256}")
    for i in range(300):  # and some blocked addresses
        for _ in range(4):
            fail(f"10.9.{i // 256}.{i % 256}")
    assert len(backend._blocked_until) == 300
    clock.advance(AUTH_BLOCK + 1)
    prune_at = AUTH_PRUNE_AT
    for i in range(prune_at):
        fail(f"10.5.{i // 256}.{i % 256}")
    # what is left: recent failures only; expired failures and ended blocks were swept
    assert len(backend._auth_failures) <= prune_at
    assert not backend._blocked_until
    # the block itself still works
    for _ in range(3):
        fail("192.0.2.1")
    fail("192.0.2.1")
    with pytest.raises(EmulatorError) as blocked:
        backend.authenticate(DEFAULT_TOKEN, "192.0.2.1")
    assert blocked.value.status == 429


async def test_a_blocked_ip_gets_429_on_unknown_paths_and_methods_too(
    client: httpx.AsyncClient, clock: FrozenClock
) -> None:
    for _ in range(4):
        assert (await client.get("/me", headers={"X-LOX24-AUTH-TOKEN": "1:wrong"})).status_code == 401
    for method, path in (("GET", "/me"), ("GET", "/nope"), ("PATCH", "/sms"), ("GET", "/sms/not-a-uuid")):
        r = await client.request(method, path)
        assert r.status_code == 429, (method, path)
        assert r.headers["retry-after"] == "600"
    assert (await client.get("/_emulator/health")).status_code == 200  # the control plane is not the API
    clock.advance(601)
    assert (await client.get("/nope")).status_code == 404

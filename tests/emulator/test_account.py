"""The account: GET /me, isolation between accounts, the starting balance."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from lox24.emulator import DEFAULT_TOKEN, Backend, FrozenClock
from lox24.emulator.__main__ import parse_args
from lox24.emulator.errors import EmulatorError


def sms_body(**extra: Any) -> dict[str, Any]:
    return {"text": "Hello", "sender_id": "Shop", "phone": "+491701234567", **extra}


def test_accounts_are_isolated(clock: FrozenClock) -> None:
    backend = Backend(clock=clock, tokens=[DEFAULT_TOKEN, "7654321:other"])
    try:
        a = backend.authenticate(DEFAULT_TOKEN, "1.1.1.1")
        b = backend.authenticate("7654321:other", "1.1.1.1")
        sms = backend.create_sms(a, sms_body(), "1.1.1.1")
        with pytest.raises(EmulatorError) as err:
            backend.get_sms(b, sms["uuid"])
        assert err.value.status == 404
        with pytest.raises(EmulatorError):
            backend.get_group(b, 7117)
    finally:
        backend.close()


async def test_me(client: httpx.AsyncClient) -> None:
    me = await client.get("/me", headers={"Accept": "application/ld+json"})
    body = me.json()
    assert (body["id"], body["currency"], body["balance_amount"], body["@type"]) == (1234567, "EUR", 50.0, "client")
    assert body["services"] == ["direct", "text2speech", "text2speech_ssml"]


@pytest.mark.parametrize("balance", [float("nan"), float("inf"), -1.0])
def test_starting_balance_must_be_a_finite_amount(balance: float) -> None:
    # inf answered `"balance_amount": Infinity` (not JSON); NaN was stored as NULL; negative broke "never negative"
    with pytest.raises(ValueError, match="balance"):
        Backend(balance=balance)
    with pytest.raises(SystemExit):
        parse_args(["--balance", str(balance)])
    assert parse_args(["--balance", "0"]).balance == 0.0

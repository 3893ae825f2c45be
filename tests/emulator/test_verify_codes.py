"""Verify codes in the emulator: the walk along the routing strategy on the virtual clock, magic phones, charges,
history, the request rules (400 for the schema's, 422 for those across steps), persistence, JSON-LD, HTTP."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import httpx
import pytest
from emulator_server import AUTH, PLAIN, T0

from lox24.emulator import DEFAULT_TOKEN, Backend, FrozenClock
from lox24.emulator.errors import EmulatorError, ViolationError

ALL = [{"channel": "telegram"}, {"channel": "voice"}, {"channel": "sms"}]
# Last digit of the phone: 1 every channel, 2 no Telegram, 3 SMS only, 9 nothing, 0 refused by the gateway.
REACHED_BY_ALL, NO_TELEGRAM, SMS_ONLY, NOBODY, REFUSED = (
    "+491701234561",
    "+491701234562",
    "+491701234563",
    "+491701234569",
    "+491701234560",
)


def body(phone: str = REACHED_BY_ALL, strategy: list[dict[str, Any]] | None = None, **extra: Any) -> dict[str, Any]:
    return {"phone": phone, "routing_strategy": ALL if strategy is None else strategy, **extra}


async def create(client: httpx.AsyncClient, **kwargs: Any) -> dict[str, Any]:
    response = await client.post("/verify_codes", json=body(**kwargs))
    assert response.status_code == 201, response.text
    data: dict[str, Any] = response.json()
    return data


async def after(client: httpx.AsyncClient, clock: FrozenClock, code_id: str, seconds: float) -> dict[str, Any]:
    clock.advance(seconds)
    response = await client.get(f"/verify_codes/{code_id}")
    assert response.status_code == 200, response.text
    data: dict[str, Any] = response.json()
    return data


def events(code: dict[str, Any]) -> list[tuple[str, str, int]]:
    return [(h["channel"], h["event"], h["created_at"] - T0) for h in code["history"]]


async def balance(client: httpx.AsyncClient) -> float:
    value: float = (await client.get("/me")).json()["balance_amount"]
    return value


async def test_a_new_code_is_stored_with_defaults(client: httpx.AsyncClient) -> None:
    code = await create(client, phone="0170 1234561")
    assert code["status"] == 0
    assert code["history"] == []
    assert code["cost"] is None
    assert code["phone"] == "+491701234561"
    assert code["code"].isdigit()
    assert len(code["code"]) == code["code_length"] == 4
    assert (code["lang"], code["currency"], code["user_id"], code["is_code_deleted"]) == ("DE", "EUR", 1234567, False)
    assert [(s["channel"], s["timeout_sec"]) for s in code["routing_strategy"]] == [
        ("telegram", 30),
        ("voice", 60),
        ("sms", 300),
    ]
    assert code["created_at"] == code["updated_at"] == T0
    assert (await client.get(f"/verify_codes/{code['id']}")).json() == code


async def test_a_telegram_phone_gets_the_code_by_telegram(client: httpx.AsyncClient, clock: FrozenClock) -> None:
    start = await balance(client)
    code = await create(client)
    done = await after(client, clock, code["id"], 10)
    assert (done["status"], done["delivered_channel"], done["cost"]) == (10, "telegram", 2)
    assert events(done) == [("telegram", "sent", 1), ("telegram", "delivered", 4)]
    assert done["updated_at"] == T0 + 4
    assert await balance(client) == pytest.approx(start - 0.02)


async def test_without_telegram_the_voice_step_delivers_after_the_telegram_timeout(
    client: httpx.AsyncClient, clock: FrozenClock
) -> None:
    code = await create(client, phone=NO_TELEGRAM, strategy=[{"channel": "telegram", "timeout_sec": 45}, *ALL[1:]])
    midway = await after(client, clock, code["id"], 20)
    assert (midway["status"], midway["delivered_channel"]) == (5, None)
    assert events(midway) == [("telegram", "sent", 1)]
    done = await after(client, clock, code["id"], 100)
    assert (done["status"], done["delivered_channel"], done["cost"]) == (10, "voice", 2 + 15)
    assert events(done) == [
        ("telegram", "sent", 1),
        ("telegram", "timeout", 46),
        ("voice", "sent", 46),
        ("voice", "delivered", 49),
    ]


async def test_an_sms_only_phone_walks_to_the_last_step(client: httpx.AsyncClient, clock: FrozenClock) -> None:
    start = await balance(client)
    code = await create(client, phone=SMS_ONLY)
    done = await after(client, clock, code["id"], 1000)  # one jump: every step due by now is carried out
    assert (done["status"], done["delivered_channel"]) == (10, "sms")
    assert [e[:2] for e in events(done)] == [
        ("telegram", "sent"),
        ("telegram", "timeout"),
        ("voice", "sent"),
        ("voice", "timeout"),
        ("sms", "sent"),
        ("sms", "delivered"),
    ]
    assert [e[2] for e in events(done)] == [1, 31, 31, 91, 91, 94]
    assert done["cost"] == 2 + 15 + 8  # a German SMS is 0.075 EUR: 8 cents, rounded up
    assert await balance(client) == pytest.approx(start - 0.25)


async def test_a_phone_nobody_reaches_fails_after_the_last_timeout(
    client: httpx.AsyncClient, clock: FrozenClock
) -> None:
    code = await create(client, phone=NOBODY, strategy=[{"channel": "voice"}, {"channel": "sms", "timeout_sec": 30}])
    before_end = await after(client, clock, code["id"], 90)
    assert before_end["status"] == 5
    done = await after(client, clock, code["id"], 1)
    assert (done["status"], done["delivered_channel"], done["cost"]) == (20, None, 15 + 8)
    assert events(done)[-1] == ("sms", "timeout", 91)


async def test_a_refused_phone_ends_in_error_without_charge(client: httpx.AsyncClient, clock: FrozenClock) -> None:
    start = await balance(client)
    code = await create(client, phone=REFUSED)
    done = await after(client, clock, code["id"], 5)
    assert (done["status"], done["cost"]) == (100, None)
    assert done["history"] == [
        {
            "channel": "telegram",
            "event": "error",
            "created_at": T0 + 1,
            "message": "The gateway cannot route this phone number.",
        }
    ]
    assert await balance(client) == start


async def test_a_step_the_balance_cannot_pay_ends_in_error(client: httpx.AsyncClient, clock: FrozenClock) -> None:
    accounts = await client.post("/_emulator/accounts", json={"token": DEFAULT_TOKEN, "balance": 0.05})
    assert accounts.status_code == 200, accounts.text
    code = await create(client, phone=NO_TELEGRAM)  # telegram (2 cents) is paid, voice (15) is not
    done = await after(client, clock, code["id"], 100)
    assert (done["status"], done["cost"]) == (100, 2)
    assert events(done)[-1] == ("voice", "error", 31)
    assert done["history"][-1]["message"] == "There are not enough funds on your account!"
    assert await balance(client) == pytest.approx(0.03)


async def test_own_code_payload_lang_and_deletion(client: httpx.AsyncClient, clock: FrozenClock) -> None:
    code = await create(client, code="12345678", code_length=4, lang="EN", payload="login-7", is_code_deleted=True)
    assert (code["code"], code["code_length"], code["lang"], code["payload"]) == ("12345678", 8, "EN", "login-7")
    assert code["is_code_deleted"] is True
    done = await after(client, clock, code["id"], 10)
    assert (done["status"], done["code"], done["payload"]) == (10, None, "login-7")
    generated = await create(client, code_length=8)
    assert len(generated["code"]) == 8


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"strategy": [{"channel": "fax"}]}, "routing_strategy[0].channel"),
        ({"strategy": []}, "routing_strategy"),
        ({"strategy": [*ALL, {"channel": "sms"}]}, "routing_strategy"),
        ({"strategy": [{"channel": "telegram", "timeout_sec": 29}]}, "routing_strategy[0].timeout_sec"),
        ({"strategy": [{"channel": "voice", "timeout_sec": 3601}]}, "routing_strategy[0].timeout_sec"),
        ({"strategy": [{"channel": "sms", "template": "no code here"}]}, "routing_strategy[0].template"),
        ({"strategy": [{"channel": "sms", "sender_id": "Sender-Too-Long"}]}, "routing_strategy[0].sender_id"),
        ({"strategy": [{"timeout_sec": 30}]}, "routing_strategy[0].channel"),
        ({"code": "123"}, "code"),
        ({"code": "12345a"}, "code"),
        ({"code_length": 3}, "code_length"),
        ({"lang": "XX"}, "lang"),
        ({"payload": "p" * 129}, "payload"),
        ({"is_code_deleted": "yes"}, "is_code_deleted"),
        ({"phone": "1234"}, "phone"),
    ],
)
async def test_schema_rules_are_400_naming_the_field(
    client: httpx.AsyncClient, changes: dict[str, Any], field: str
) -> None:
    response = await client.post("/verify_codes", json=body(**changes))
    assert response.status_code == 400, response.text
    assert field in [v["propertyPath"] for v in response.json()["violations"]]


@pytest.mark.parametrize(
    ("strategy", "fields"),
    [
        ([{"channel": "sms"}, {"channel": "telegram"}], ["routing_strategy[0].channel"]),
        ([{"channel": "voice"}, {"channel": "voice"}], ["routing_strategy[1].channel"]),
        ([{"channel": "sms"}, {"channel": "sms"}], ["routing_strategy[0].channel", "routing_strategy[1].channel"]),
    ],
)
async def test_rules_across_steps_are_422_naming_the_step(
    client: httpx.AsyncClient, strategy: list[dict[str, Any]], fields: list[str]
) -> None:
    response = await client.post("/verify_codes", json=body(strategy=strategy))
    assert response.status_code == 422, response.text
    assert [v["propertyPath"] for v in response.json()["violations"]] == fields
    assert (await client.get("/verify_codes")).json() == []  # nothing stored


async def test_not_a_phone_number_is_422(client: httpx.AsyncClient) -> None:
    response = await client.post("/verify_codes", json=body(phone="+49000000000"))
    assert response.status_code == 422
    assert response.json()["violations"][0]["propertyPath"] == "phone"


async def test_unknown_and_malformed_ids_are_404(client: httpx.AsyncClient) -> None:
    assert (await client.get("/verify_codes/ffffffff-0000-4000-8000-000000000404")).status_code == 404
    assert (await client.get("/verify_codes/not-a-uuid")).status_code == 404
    token = "7654321:" + "a" * 32
    assert (await client.post("/_emulator/accounts", json={"token": token})).status_code == 200
    mine = await create(client)
    theirs = await client.get(f"/verify_codes/{mine['id']}", headers={"X-LOX24-AUTH-TOKEN": token})
    assert theirs.status_code == 404  # another account's code
    assert (await client.get("/verify_codes", headers={"X-LOX24-AUTH-TOKEN": token})).json() == []


async def test_list_newest_first_paginated_and_json_ld(client: httpx.AsyncClient, clock: FrozenClock) -> None:
    ids = []
    for _ in range(31):
        ids.append((await create(client))["id"])
        clock.advance(1)
    plain = (await client.get("/verify_codes")).json()
    assert [c["id"] for c in plain] == ids[::-1][:30]
    ld = await client.get("/verify_codes", params={"page": 2}, headers={"Accept": "application/ld+json"})
    page = ld.json()
    assert ld.headers["content-type"].startswith("application/ld+json")
    assert page["hydra:totalItems"] == 31
    assert [c["id"] for c in page["hydra:member"]] == [ids[0]]
    member = page["hydra:member"][0]
    assert (member["@type"], member["@id"]) == ("VerifyCode", f"/verify_codes/{ids[0]}")
    item = await client.get(f"/verify_codes/{ids[0]}", headers={**AUTH, "Accept": "*/*"})  # JSON-LD by default
    assert (item.json()["@context"], item.json()["@type"]) == ("/contexts/VerifyCode", "VerifyCode")
    assert (await client.get("/verify_codes", params={"page": 0})).status_code == 400


def test_codes_survive_a_restart_and_reset_clears_them(tmp_path: Path) -> None:
    db = str(tmp_path / "emu.sqlite3")
    clock = FrozenClock(T0)
    first = Backend(db=db, clock=clock, seed=1)
    who = first.authenticate(DEFAULT_TOKEN, "127.0.0.1")
    code = first.create_verify_code(who, body(phone=SMS_ONLY))
    first.close()
    clock.advance(1000)
    second = Backend(db=db, clock=clock, seed=1)  # the walk goes on where it stopped
    done = second.get_verify_code(who, code["id"])
    assert (done["status"], done["delivered_channel"]) == (10, "sms")
    second.reset()
    with pytest.raises(EmulatorError) as info:
        second.get_verify_code(who, code["id"])
    assert info.value.status == 404
    assert second.list_verify_codes(who) == ([], 0)
    second.close()


def test_backend_rules_raise_violations(backend: Backend) -> None:
    who = backend.authenticate(DEFAULT_TOKEN, "127.0.0.1")
    with pytest.raises(ViolationError) as info:
        backend.create_verify_code(who, body(strategy=[{"channel": "sms"}, {"channel": "voice"}], phone="12345"))
    assert info.value.status == 422
    assert [v.path for v in info.value.violations] == ["phone", "routing_strategy[0].channel"]


def test_over_http(live_url: str, clock: FrozenClock) -> None:
    with httpx.Client(base_url=live_url, headers=PLAIN) as http:
        created = http.post("/verify_codes", json=body(phone=NO_TELEGRAM, strategy=ALL[1:]))
        assert created.status_code == 201, created.text
        assert created.headers["x-lox24-request-id"]
        clock.advance(5)
        done = http.get(f"/verify_codes/{created.json()['id']}").json()
        assert (done["status"], done["delivered_channel"]) == (10, "voice")
        refused = http.post("/verify_codes", content=b'{"phone": "+491701234561", "routing_strategy": [{"channel"')
        assert refused.status_code == 400

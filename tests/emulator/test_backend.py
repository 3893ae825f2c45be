"""Unit tests of the backend (no HTTP): rules, money, virtual time, bulks, groups, auth."""

from __future__ import annotations

import threading
from typing import Any

import pytest

from lox24.emulator import DEFAULT_TOKEN, Backend, FrozenClock
from lox24.emulator.backend import DRYRUN_UUID, normalize_phone
from lox24.emulator.errors import EmulatorError, ViolationError


def sms_body(**extra: Any) -> dict[str, Any]:
    return {"text": "Hello", "sender_id": "Shop", "phone": "+491701234567", **extra}


def balance(backend: Backend) -> float:
    who = backend.authenticate(DEFAULT_TOKEN, "10.0.0.1")
    return float(backend.get_account(who)["balance_amount"])


@pytest.mark.parametrize(
    ("raw", "e164", "iso2"),
    [
        ("+491701234567", "+491701234567", "DE"),
        ("00491701234567", "+491701234567", "DE"),
        ("491701234567", "+491701234567", "DE"),
        ("01701234567", "+491701234567", "DE"),
        ("+14155552671", "+14155552671", "US"),
    ],
)
def test_normalize_phone_accepts_the_four_forms(raw: str, e164: str, iso2: str) -> None:
    assert normalize_phone(raw) == (e164, iso2)


def test_normalize_phone_rejects_numbers_that_are_not_real() -> None:
    assert normalize_phone("+4912345678") is None


@pytest.mark.parametrize("raw", ["++491701234567", "+49 170 FLOWERS", "+49170123456x", "0170-123.4567!"])
def test_normalize_phone_rejects_what_is_not_digits_and_separators(raw: str) -> None:
    # phonenumbers alone would read these (keypad letters, a doubled "+") as real numbers.
    assert normalize_phone(raw) is None


def test_normalize_phone_keeps_the_usual_separators() -> None:
    assert normalize_phone("+49 (170) 123-4567") == ("+491701234567", "DE")


def test_create_sms_debits_and_progresses_on_the_virtual_clock(backend: Backend, clock: FrozenClock) -> None:
    who = backend.authenticate(DEFAULT_TOKEN, "10.0.0.1")
    sms = backend.create_sms(who, sms_body(callback_data="x1"), "10.0.0.1")
    assert (sms["status_code"], sms["is_sent"], sms["dlr_code"], sms["price"]) == (0, False, 0, 0.075)
    assert sms["iso2"] == "DE"
    assert balance(backend) == pytest.approx(50 - 0.075)
    clock.advance(1)
    sent = backend.get_sms(who, sms["uuid"])
    assert (sent["status_code"], sent["is_sent"], sent["dlr_code"]) == (100, True, 0)
    assert sent["gateway_sent_at"] == sms["created_at"] + 1
    clock.advance(4)
    assert backend.get_sms(who, sms["uuid"])["dlr_code"] == 0
    clock.advance(1)
    assert backend.get_sms(who, sms["uuid"])["dlr_code"] == 1


@pytest.mark.parametrize(
    ("phone", "status", "dlr", "refunded"),
    [
        ("+491700000008", 100, 8, False),
        ("+491700000016", 100, 16, False),
        ("+491700000208", 208, 0, True),
        ("+491700005000", 5000, 0, True),
        ("+491700002000", 2000, 0, True),
        ("+491711111111", 100, 1, False),
    ],
)
def test_magic_numbers_decide_the_outcome(
    backend: Backend, clock: FrozenClock, phone: str, status: int, dlr: int, refunded: bool
) -> None:
    who = backend.authenticate(DEFAULT_TOKEN, "10.0.0.1")
    sms = backend.create_sms(who, sms_body(phone=phone), "10.0.0.1")
    clock.advance(60)
    got = backend.get_sms(who, sms["uuid"])
    assert (got["status_code"], got["dlr_code"]) == (status, dlr)
    assert balance(backend) == pytest.approx(50 if refunded else 50 - 0.075)


def test_scheduled_sms_waits_for_delivery_at(backend: Backend, clock: FrozenClock) -> None:
    who = backend.authenticate(DEFAULT_TOKEN, "10.0.0.1")
    sms = backend.create_sms(who, sms_body(delivery_at=int(clock.now()) + 3600), "10.0.0.1")
    clock.advance(3599)
    assert backend.get_sms(who, sms["uuid"])["status_code"] == 0
    clock.advance(1)
    assert backend.get_sms(who, sms["uuid"])["status_code"] == 100


def test_payment_required_leaves_balance_untouched(clock: FrozenClock) -> None:
    backend = Backend(clock=clock, balance=0.1)
    try:
        who = backend.authenticate(DEFAULT_TOKEN, "10.0.0.1")
        backend.create_sms(who, sms_body(), "10.0.0.1")
        with pytest.raises(EmulatorError) as err:
            backend.create_sms(who, sms_body(), "10.0.0.1")
        assert err.value.status == 402
        assert backend.get_account(who)["balance_amount"] == pytest.approx(0.025)
        assert backend.list_sms(who, {})[1] == 1
    finally:
        backend.close()


def test_balance_never_negative_under_concurrency(clock: FrozenClock) -> None:
    backend = Backend(clock=clock, balance=1.0)
    try:
        who = backend.authenticate(DEFAULT_TOKEN, "10.0.0.1")
        ok: list[str] = []
        refused: list[int] = []

        def send() -> None:
            for _ in range(5):
                try:
                    ok.append(backend.create_sms(who, sms_body(), "10.0.0.1")["uuid"])
                except EmulatorError as exc:
                    refused.append(exc.status)

        threads = [threading.Thread(target=send) for _ in range(8)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert len(ok) == 13  # 13 * 0.075 = 0.975 <= 1.0 < 14 * 0.075
        assert len(set(ok)) == 13
        assert set(refused) == {402}
        assert backend.get_account(who)["balance_amount"] == pytest.approx(0.025)
    finally:
        backend.close()


@pytest.mark.parametrize(
    ("extra", "path"),
    [
        ({"attempts_count_max": 2}, "attempts_count_max"),
        ({"attempts_count_max": 2, "service_code": "direct"}, "attempts_count_max"),
        ({"phone": "+4912345678"}, "phone"),
        ({"text": "ж" * 671}, "text"),
    ],
)
def test_unprocessable_rules(backend: Backend, extra: dict[str, Any], path: str) -> None:
    who = backend.authenticate(DEFAULT_TOKEN, "10.0.0.1")
    with pytest.raises(ViolationError) as err:
        backend.create_sms(who, sms_body(**extra), "10.0.0.1")
    assert err.value.status == 422
    assert [v.path for v in err.value.violations] == [path]


def test_voice_call_accepts_attempts(backend: Backend) -> None:
    who = backend.authenticate(DEFAULT_TOKEN, "10.0.0.1")
    sms = backend.create_sms(who, sms_body(service_code="text2speech", attempts_count_max=3), "10.0.0.1")
    assert (sms["service_code"], sms["attempts_count_max"]) == ("text2speech", 3)


def test_dry_run_stores_and_charges_nothing(backend: Backend) -> None:
    who = backend.authenticate(DEFAULT_TOKEN, "10.0.0.1")
    sms = backend.dry_run_sms(who, sms_body(phone="+14155552671", text="Hello! This is a test SMS message."), "1.2.3.4")
    assert (sms["uuid"], sms["price"], sms["chars_count"], sms["iso2"]) == (DRYRUN_UUID, 0.056, 34, "US")
    assert backend.list_sms(who, {})[1] == 0
    assert balance(backend) == 50


def test_batch_cancel_refunds_only_unsent(backend: Backend, clock: FrozenClock) -> None:
    who = backend.authenticate(DEFAULT_TOKEN, "10.0.0.1")
    sent = backend.create_sms(who, sms_body(), "10.0.0.1")
    clock.advance(1)
    later = [backend.create_sms(who, sms_body(delivery_at=int(clock.now()) + 600), "10.0.0.1") for _ in range(3)]
    assert backend.cancel_sms_batch(who, {}) == {"deleted_sms_count": 3}
    assert backend.get_sms(who, later[0]["uuid"])["status_code"] == 6000
    assert backend.get_sms(who, sent["uuid"])["status_code"] == 100
    assert balance(backend) == pytest.approx(50 - 0.075)
    clock.advance(3600)
    assert backend.get_sms(who, later[1]["uuid"])["status_code"] == 6000


def test_batch_delete_uses_filters(backend: Backend) -> None:
    who = backend.authenticate(DEFAULT_TOKEN, "10.0.0.1")
    backend.create_sms(who, sms_body(callback_data="keep"), "10.0.0.1")
    backend.create_sms(who, sms_body(callback_data="drop"), "10.0.0.1")
    assert backend.delete_sms_batch(who, {"callback_data[]": ["drop"]}) == {"deleted_sms_count": 1}
    items, total = backend.list_sms(who, {})
    assert total == 1
    assert items[0]["callback_data"] == "keep"


def test_bulk_expands_group_members_with_placeholders(backend: Backend, clock: FrozenClock) -> None:
    who = backend.authenticate(DEFAULT_TOKEN, "10.0.0.1")
    body = {"sender_id": "testbulk", "text": "Hi [colA] [name]!", "phones": ["+14155552671"], "msg_groups": [7117]}
    bulk = backend.create_bulk(who, body, "10.0.0.1")
    assert (bulk["status_code"], bulk["msg_total_count"]) == (0, 2)
    assert bulk["msg_total_cost"] == pytest.approx(0.056 + 0.075)
    items, _ = backend.list_sms(who, {"bulk[]": [bulk["uuid"]], "_order[created_at]": "asc"})
    texts = {i["phone"]: (i["text"], i["callback_data"]) for i in items}
    assert texts == {"+14155552671": ("Hi  !", None), "+491701234567": ("Hi Mr. Smith!", "12345")}
    clock.advance(0.5)
    assert backend.get_bulk_status(who, bulk["uuid"])["status_code"] == 5
    clock.advance(1)
    assert backend.get_bulk(who, bulk["uuid"])["status_code"] == 10


def test_bulk_cancel_refunds_unsent_sms(backend: Backend, clock: FrozenClock) -> None:
    who = backend.authenticate(DEFAULT_TOKEN, "10.0.0.1")
    body = {"sender_id": "x", "text": "t", "phones": ["+491701234567"] * 3, "delivery_at": int(clock.now()) + 60}
    bulk = backend.create_bulk(who, body, "10.0.0.1")
    assert balance(backend) == pytest.approx(50 - 3 * 0.075)
    assert backend.cancel_bulk(who, bulk["uuid"])["status_code"] == 15
    assert balance(backend) == pytest.approx(50)
    items, _ = backend.list_sms(who, {"bulk[]": [bulk["uuid"]]})
    assert {i["status_code"] for i in items} == {6000}
    backend.delete_bulk(who, bulk["uuid"])
    assert backend.list_sms(who, {})[1] == 0
    with pytest.raises(EmulatorError) as err:
        backend.get_bulk(who, bulk["uuid"])
    assert err.value.status == 404


def test_bulk_rules(backend: Backend) -> None:
    who = backend.authenticate(DEFAULT_TOKEN, "10.0.0.1")
    for body in (
        {"sender_id": "x", "text": "t"},
        {"sender_id": "x", "text": "t", "msg_groups": [999]},
        {"sender_id": "x", "text": "t", "phones": ["+4912345678"]},
        {"sender_id": "x", "text": "a" * 1700, "phones": ["+491701234567"]},
    ):
        with pytest.raises(ViolationError) as err:
            backend.create_bulk(who, body, "10.0.0.1")
        assert err.value.status == 422
    empty = backend.create_group(who, {"name": "empty"})
    bulk = backend.create_bulk(who, {"sender_id": "x", "text": "t", "msg_groups": [empty["id"]]}, "10.0.0.1")
    assert (bulk["status_code"], bulk["msg_total_count"]) == (201, 0)


def test_bulk_sms_the_balance_cannot_pay_get_3000(clock: FrozenClock) -> None:
    backend = Backend(clock=clock, balance=0.1)
    try:
        who = backend.authenticate(DEFAULT_TOKEN, "10.0.0.1")
        bulk = backend.create_bulk(who, {"sender_id": "x", "text": "t", "phones": ["+491701234567"] * 2}, "1.1.1.1")
        assert bulk["msg_total_cost"] == pytest.approx(0.075)
        items, _ = backend.list_sms(who, {"_order[created_at]": "asc"})
        assert sorted(i["status_code"] for i in items) == [0, 3000]
    finally:
        backend.close()


def test_groups_and_phones_crud(backend: Backend) -> None:
    who = backend.authenticate(DEFAULT_TOKEN, "10.0.0.1")
    group = backend.create_group(
        who, {"name": "VIP", "name_a": "first", "phones": {"k1": {"phone": "01701234567", "a": "Ann"}}}
    )
    assert (group["name"], group["count_items"], group["deleted_at"]) == ("VIP", 1, None)
    assert group["id"] > 7117
    phones, total = backend.list_group_phones(who, group["id"], 1)
    assert (total, phones[0]["phone"], phones[0]["a"]) == (1, "+491701234567", "Ann")
    updated = backend.update_group(who, group["id"], {"name": "VIP2"})
    assert (updated["name"], updated["name_a"]) == ("VIP2", "first")
    phone = backend.update_phone(who, phones[0]["id"], {"phone": "+14155552671", "b": "B"})
    assert (phone["phone"], phone["a"], phone["b"]) == ("+14155552671", "Ann", "B")
    results = backend.create_group_phones_batch(
        who, group["id"], [{"phone": "+491701234568"}, {"a": "no phone"}, {"phone": "+4912345678"}]
    )
    assert [r["status"] for r in results] == [201, 400, 422]
    assert results[1]["body"]["detail"].startswith("phone:")
    csv_text = backend.export_group_csv(who, group["id"])
    assert csv_text.splitlines()[0] == "id,phone,first,col_B,col_C,col_D,col_E,callback_data"
    assert len(csv_text.splitlines()) == 3
    backend.delete_phone(who, phone["id"])
    assert backend.get_group(who, group["id"])["count_items"] == 1
    backend.delete_group(who, group["id"])
    with pytest.raises(EmulatorError):
        backend.get_group(who, group["id"])


def test_docs_group_7117_is_seeded(backend: Backend) -> None:
    who = backend.authenticate(DEFAULT_TOKEN, "10.0.0.1")
    group = backend.get_group(who, 7117)
    assert (group["name"], group["name_b"], group["count_items"]) == ("My Clients", "name", 1)
    assert backend.get_account(who)["groups"] == {"7117": "/groups/7117"}


def test_seeded_ids_repeat(clock: FrozenClock) -> None:
    uuids = []
    for _ in range(2):
        b = Backend(clock=clock, seed=42)
        who = b.authenticate(DEFAULT_TOKEN, "1.1.1.1")
        uuids.append([b.create_sms(who, sms_body(), "1.1.1.1")["uuid"] for _ in range(3)])
        b.close()
    assert uuids[0] == uuids[1]


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


def test_numbers_longer_than_e164_are_not_real() -> None:
    # phonenumbers calls this 17-digit German number valid; E.164 allows 15 digits.
    assert normalize_phone("0426973707633134") is None


def test_account_wide_text_deletion_applies_when_the_request_leaves_it_out(
    backend: Backend, clock: FrozenClock
) -> None:
    who = backend.authenticate(DEFAULT_TOKEN, "1.1.1.1")
    backend.upsert_account(account_id=who.account_id, is_text_deleted=True)
    default = backend.create_sms(who, sms_body(), "1.1.1.1")
    kept = backend.create_sms(who, sms_body(is_text_deleted=False), "1.1.1.1")
    clock.advance(10)
    assert backend.get_sms(who, default["uuid"])["text"] == ""
    assert backend.get_sms(who, kept["uuid"])["text"] == "Hello"


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

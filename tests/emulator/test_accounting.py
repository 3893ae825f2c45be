"""Invoices and credit notes: they come from what the emulator charged and refunded (models/accounting.py)."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from lox24.emulator import DEFAULT_TOKEN, Backend, FrozenClock, create_app
from lox24.emulator.errors import EmulatorError
from lox24.emulator.models.accounting import month_of

T0 = 1_700_000_000  # 2023-11-14 22:13:20 UTC
NOV_START, NOV_END = 1_698_796_800, 1_701_388_799  # 2023-11-01 00:00:00 … 2023-11-30 23:59:59 UTC
AUTH = {"X-LOX24-AUTH-TOKEN": DEFAULT_TOKEN}
PLAIN = {**AUTH, "Accept": "application/json"}
OTHER = "7654321:" + "b" * 32


def sms_body(**extra: Any) -> dict[str, Any]:
    return {"text": "Hello", "sender_id": "Shop", "phone": "+491701234567", **extra}  # DE: 0.075 a part


def test_month_of_gives_the_utc_calendar_month() -> None:
    assert month_of(T0) == (NOV_START, NOV_END, "2023-11")
    assert month_of(NOV_END + 1)[2] == "2023-12"
    dec_start, dec_end, name = month_of(1_703_980_800)  # 2023-12-31 00:00 UTC
    assert (dec_start, name) == (NOV_END + 1, "2023-12")
    assert month_of(dec_end + 1)[2] == "2024-01"  # December rolls over into the next year


def test_each_charge_lands_on_the_open_invoice_of_the_month(backend: Backend) -> None:
    who = backend.authenticate(DEFAULT_TOKEN, "1.1.1.1")
    assert backend.list_invoices(who) == ([], 0)
    backend.create_sms(who, sms_body(), "1.1.1.1")
    backend.create_sms(who, sms_body(text="x" * 161), "1.1.1.1")  # two parts: 0.15
    (invoice,), total = backend.list_invoices(who)
    assert total == 1
    assert invoice == {
        "id": 1,
        "number": None,
        "status": 0,
        "period": "2023-11",
        "period_start": NOV_START,
        "period_end": NOV_END,
        "created_at": T0,
        "issued_at": None,
        "charges_count": 2,
        "net_amount": 0.23,  # 0.225, rounded half up to cents
        "vat_rate": 19.0,
        "vat_amount": 0.04,
        "gross_amount": 0.27,
        "currency": "EUR",
        "pdf_url": None,
    }
    assert backend.get_invoice(who, 1) == invoice


def test_bulk_messages_are_charged_to_the_invoice_and_dry_runs_and_refusals_are_not(backend: Backend) -> None:
    who = backend.authenticate(DEFAULT_TOKEN, "1.1.1.1")
    backend.dry_run_sms(who, sms_body(), "1.1.1.1")
    backend.dry_run_bulk(who, {"text": "Hi", "sender_id": "Shop", "phones": ["+491701234567"]}, "1.1.1.1")
    assert backend.list_invoices(who) == ([], 0)
    backend.create_bulk(who, {"text": "Hi", "sender_id": "Shop", "phones": ["+491701234567", "+14155552671"]}, "ip")
    (invoice,), _ = backend.list_invoices(who)
    assert (invoice["charges_count"], invoice["net_amount"]) == (2, 0.13)  # 0.075 + 0.056
    backend.upsert_account(account_id=who.account_id, balance=0.01)
    with pytest.raises(EmulatorError) as refused:
        backend.create_sms(who, sms_body(), "1.1.1.1")
    assert refused.value.status == 402
    assert backend.get_invoice(who, invoice["id"]) == invoice  # a refused SMS charges nothing


def test_closing_issues_a_numbered_invoice_and_later_charges_open_a_new_one(
    backend: Backend, clock: FrozenClock
) -> None:
    who = backend.authenticate(DEFAULT_TOKEN, "1.1.1.1")
    backend.create_sms(who, sms_body(), "1.1.1.1")
    clock.advance(60)
    (closed,) = backend.close_invoices()
    assert closed["status"] == 10
    assert closed["number"] == "INV-2023-000001"
    assert closed["issued_at"] == T0 + 60
    assert closed["pdf_url"] == "https://account.lox24.eu/invoices/INV-2023-000001.pdf"
    assert backend.close_invoices() == []  # nothing open any more
    backend.create_sms(who, sms_body(), "1.1.1.1")
    invoices, total = backend.list_invoices(who)
    assert total == 2
    assert [(i["id"], i["status"], i["period"], i["charges_count"]) for i in invoices] == [
        (2, 0, "2023-11", 1),
        (1, 10, "2023-11", 1),
    ]
    assert backend.close_invoices(period="2023-10") == []
    (second,) = backend.close_invoices(account_id=who.account_id, period="2023-11")
    assert second["number"] == "INV-2023-000002"
    assert backend.get_invoice(who, 1) == closed  # an issued invoice no longer changes


def test_an_invoice_is_issued_when_its_month_is_over(backend: Backend, clock: FrozenClock) -> None:
    who = backend.authenticate(DEFAULT_TOKEN, "1.1.1.1")
    backend.create_sms(who, sms_body(), "1.1.1.1")
    clock.set(NOV_END + 3600)  # 2023-12-01 01:00
    backend.create_sms(who, sms_body(), "1.1.1.1")
    december, november = backend.list_invoices(who)[0]
    assert (november["period"], november["status"], november["number"]) == ("2023-11", 10, "INV-2023-000001")
    assert november["issued_at"] == NOV_END + 1  # dated the first second of the next month, whenever it is seen
    assert (december["period"], december["status"], december["charges_count"]) == ("2023-12", 0, 1)


def test_a_cancelled_scheduled_sms_gives_a_credit_note_and_its_money_back(backend: Backend) -> None:
    who = backend.authenticate(DEFAULT_TOKEN, "1.1.1.1")
    before = backend.get_account(who)["balance_amount"]
    backend.create_sms(who, sms_body(delivery_at=T0 + 3600), "1.1.1.1")
    assert backend.list_credit_notes(who) == ([], 0)
    assert backend.cancel_sms_batch(who, [("delivery_at[gte]", str(T0 + 1))]) == {"deleted_sms_count": 1}
    (note,), total = backend.list_credit_notes(who)
    assert total == 1
    assert note == {
        "id": 1,
        "number": "CN-2023-000001",
        "invoice_id": 1,
        "reason": "Refund of messages that were not sent",
        "created_at": T0,
        "net_amount": 0.08,
        "vat_rate": 19.0,
        "vat_amount": 0.02,
        "gross_amount": 0.1,
        "currency": "EUR",
        "pdf_url": "https://account.lox24.eu/credit_notes/CN-2023-000001.pdf",
    }
    assert backend.get_account(who)["balance_amount"] == before
    # The invoice keeps the charge: the refund is the credit note's.
    assert backend.get_invoice(who, 1)["net_amount"] == 0.08
    assert backend.get_credit_note(who, 1) == note


def test_a_cancelled_bulk_and_a_message_the_network_refused_give_credit_notes(
    backend: Backend, clock: FrozenClock
) -> None:
    who = backend.authenticate(DEFAULT_TOKEN, "1.1.1.1")
    backend.create_sms(who, sms_body(phone="+491700000208"), "1.1.1.1")  # blocked: refunded when it is due
    clock.advance(2)
    backend.tick()
    bulk = backend.create_bulk(
        who, {"text": "Hi", "sender_id": "Shop", "phones": ["+491701234567"], "delivery_at": T0 + 3600}, "ip"
    )
    backend.cancel_bulk(who, bulk["uuid"])
    notes, total = backend.list_credit_notes(who)
    assert total == 2
    assert [(n["number"], n["net_amount"]) for n in notes] == [("CN-2023-000002", 0.08), ("CN-2023-000001", 0.08)]


def test_the_control_plane_issues_a_credit_note_and_credits_the_balance(backend: Backend) -> None:
    who = backend.authenticate(DEFAULT_TOKEN, "1.1.1.1")
    before = backend.get_account(who)["balance_amount"]
    note = backend.create_credit_note(account_id=None, amount=2.5, reason="Goodwill")
    assert (note["reason"], note["net_amount"], note["vat_amount"], note["gross_amount"]) == (
        "Goodwill",
        2.5,
        0.48,
        2.98,
    )
    assert note["invoice_id"] is None  # the account had no invoice yet
    assert backend.get_account(who)["balance_amount"] == before + 2.5
    assert backend.list_credit_notes(who)[1] == 1  # one credit note, not a second one for the balance credit
    with pytest.raises(EmulatorError) as unknown:
        backend.create_credit_note(account_id=999, amount=1, reason="x")
    assert unknown.value.status == 404
    with pytest.raises(EmulatorError) as no_invoice:
        backend.create_credit_note(account_id=who.account_id, amount=1, reason="x", invoice_id=5)
    assert no_invoice.value.status == 404


def test_the_control_plane_charges_the_balance_onto_the_open_invoice(backend: Backend) -> None:
    who = backend.authenticate(DEFAULT_TOKEN, "1.1.1.1")
    backend.create_sms(who, sms_body(), "1.1.1.1")
    invoice = backend.add_charge(account_id=None, amount=9.9)
    assert (invoice["id"], invoice["charges_count"], invoice["net_amount"]) == (1, 2, 9.98)
    assert backend.get_account(who)["balance_amount"] == 50 - 0.075 - 9.9
    with pytest.raises(EmulatorError) as short:
        backend.add_charge(account_id=who.account_id, amount=1000)
    assert short.value.status == 402
    assert backend.get_invoice(who, 1) == invoice  # a refused charge changes nothing
    with pytest.raises(EmulatorError) as unknown:
        backend.add_charge(account_id=999, amount=1)
    assert unknown.value.status == 404


def test_chf_accounts_pay_no_vat(backend: Backend) -> None:
    who = backend.authenticate(DEFAULT_TOKEN, "1.1.1.1")
    backend.upsert_account(account_id=who.account_id, currency="CHF")
    backend.create_sms(who, sms_body(), "1.1.1.1")
    (invoice,), _ = backend.list_invoices(who)
    assert (invoice["currency"], invoice["vat_rate"], invoice["vat_amount"], invoice["gross_amount"]) == (
        "CHF",
        0.0,
        0.0,
        0.08,
    )


def test_accounts_see_only_their_own_documents_and_unknown_ids_are_404(backend: Backend) -> None:
    who = backend.authenticate(DEFAULT_TOKEN, "1.1.1.1")
    backend.create_sms(who, sms_body(), "1.1.1.1")
    backend.create_credit_note(account_id=who.account_id, amount=1, reason="x")
    backend.upsert_account(token=OTHER)
    other = backend.authenticate(OTHER, "1.1.1.1")
    assert backend.list_invoices(other) == ([], 0)
    assert backend.list_credit_notes(other) == ([], 0)
    for call in (backend.get_invoice, backend.get_credit_note):
        with pytest.raises(EmulatorError) as missing:
            call(other, 1)
        assert missing.value.status == 404
    backend.reset()
    assert backend.list_invoices(who) == ([], 0)
    assert backend.list_credit_notes(who) == ([], 0)


def test_documents_persist_across_a_restart(tmp_path: Any) -> None:
    db = str(tmp_path / "emulator.sqlite3")
    first = Backend(db=db, clock=FrozenClock(T0), seed=1)
    who = first.authenticate(DEFAULT_TOKEN, "1.1.1.1")
    first.create_sms(who, sms_body(), "1.1.1.1")
    first.close_invoices()
    first.create_credit_note(account_id=None, amount=1, reason="x")
    first.close()
    second = Backend(db=db, clock=FrozenClock(T0), seed=1)
    try:
        assert second.get_invoice(who, 1)["number"] == "INV-2023-000001"
        assert second.get_credit_note(who, 1)["number"] == "CN-2023-000001"
    finally:
        second.close()


# --- over HTTP -------------------------------------------------------------------------------------------


async def test_collections_are_un_prefixed_json_ld_or_bare_arrays(client: httpx.AsyncClient) -> None:
    for _ in range(31):  # 31 invoices: one SMS, then an early close, each time
        assert (await client.post("/sms", json=sms_body())).status_code == 201
        assert (await client.post("/_emulator/invoices/close")).status_code == 200
    ld = await client.get("/invoices", headers={"Accept": "application/ld+json"}, params={"colour": "red"})
    assert ld.status_code == 200
    assert ld.headers["content-type"].startswith("application/ld+json")
    body = ld.json()
    assert "hydra:member" not in body
    assert (body["@context"], body["@id"], body["@type"], body["totalItems"]) == (
        "/contexts/invoices",
        "/invoices",
        "Collection",
        31,
    )
    assert len(body["member"]) == 30
    assert body["member"][0]["@id"] == "/invoices/31"
    assert body["member"][0]["@type"] == "invoices"
    assert body["member"][0]["number"] == "INV-2023-000031"
    assert body["view"] == {
        "@id": "/invoices?colour=red&page=1",
        "@type": "PartialCollectionView",
        "first": "/invoices?colour=red&page=1",
        "last": "/invoices?colour=red&page=2",
        "next": "/invoices?colour=red&page=2",
    }
    second = (await client.get("/invoices?page=2", headers={"Accept": "application/ld+json"})).json()
    assert [m["id"] for m in second["member"]] == [1]
    assert second["view"]["previous"] == "/invoices?page=1"
    assert "next" not in second["view"]
    plain = await client.get("/invoices")
    assert isinstance(plain.json(), list)
    assert len(plain.json()) == 30
    assert "@id" not in plain.json()[0]


async def test_items_are_json_or_json_ld_and_bad_ids_are_404(client: httpx.AsyncClient) -> None:
    await client.post("/sms", json=sms_body())
    note = (await client.post("/_emulator/credit_notes", json={"amount": 1.5, "reason": "Goodwill"})).json()
    assert note["number"] == "CN-2023-000001"
    ld = (await client.get("/credit_notes/1", headers={"Accept": "application/ld+json"})).json()
    assert (ld["@context"], ld["@id"], ld["@type"]) == ("/contexts/credit_notes", "/credit_notes/1", "credit_notes")
    assert ld["invoice_id"] == 1
    assert (await client.get("/credit_notes/1")).json() == note
    notes = (await client.get("/credit_notes", headers={"Accept": "application/ld+json"})).json()
    assert (notes["@type"], notes["totalItems"], notes["member"][0]["@id"]) == ("Collection", 1, "/credit_notes/1")
    invoice = (await client.get("/invoices/1")).json()
    assert (invoice["status"], invoice["charges_count"]) == (0, 1)
    for path in ("/invoices/2", "/credit_notes/2", "/invoices/abc", "/credit_notes/0", "/invoices/99999999999"):
        missing = await client.get(path)
        assert missing.status_code == 404, path
        assert missing.json()["title"]
    assert (await client.get("/invoices", params={"page": 0})).status_code == 400
    assert (await client.get("/invoices", headers={"X-LOX24-AUTH-TOKEN": "1:bad"})).status_code == 401
    assert (await client.post("/invoices")).status_code == 405


@pytest.mark.parametrize(
    ("path", "body", "field"),
    [
        ("/_emulator/credit_notes", {}, "amount"),
        ("/_emulator/credit_notes", {"amount": 0}, "amount"),
        ("/_emulator/credit_notes", {"amount": -1}, "amount"),
        ("/_emulator/credit_notes", {"amount": True}, "amount"),
        ("/_emulator/credit_notes", {"amount": 1, "reason": ""}, "reason"),
        ("/_emulator/credit_notes", {"amount": 1, "account_id": "x"}, "account_id"),
        ("/_emulator/invoices/close", {"period": "2023-13"}, "period"),
        ("/_emulator/charges", {"amount": 0}, "amount"),
        ("/_emulator/charges", {"amount": "1"}, "amount"),
        ("/_emulator/charges", {}, "amount"),
        ("/_emulator/invoices/close", {"account_id": 0}, "account_id"),
    ],
)
async def test_the_control_plane_refuses_bad_bodies(
    client: httpx.AsyncClient, path: str, body: dict[str, Any], field: str
) -> None:
    response = await client.post(path, json=body)
    assert response.status_code == 400
    assert [v["propertyPath"] for v in response.json()["violations"]] == [field]


async def test_unknown_account_or_invoice_in_the_control_plane_is_404(client: httpx.AsyncClient) -> None:
    assert (await client.post("/_emulator/credit_notes", json={"amount": 1, "account_id": 42})).status_code == 404
    assert (await client.post("/_emulator/credit_notes", json={"amount": 1, "invoice_id": 42})).status_code == 404
    assert (await client.post("/_emulator/charges", json={"amount": 1, "account_id": 42})).status_code == 404
    assert (await client.post("/_emulator/charges", json={"amount": 51})).status_code == 402
    charged = await client.post("/_emulator/charges", json={"amount": 1})
    assert (charged.status_code, charged.json()["net_amount"]) == (200, 1.0)


def test_over_http_a_sent_sms_and_a_closed_month_give_an_invoice(live_url: str) -> None:
    with httpx.Client(base_url=live_url, headers=PLAIN, timeout=10) as http:
        assert http.post("/sms", json=sms_body()).status_code == 201
        (closed,) = http.post("/_emulator/invoices/close", json={"period": "2023-11"}).json()
        listed = http.get("/invoices").json()
    assert listed == [closed]
    assert (closed["number"], closed["net_amount"], closed["gross_amount"]) == ("INV-2023-000001", 0.08, 0.1)


def test_create_app_serves_the_accounting_routes_with_a_wall_clock() -> None:
    app = create_app(seed=2)  # Clock(): the month is today's
    try:
        backend: Backend = app.state.backend
        who = backend.authenticate(DEFAULT_TOKEN, "1.1.1.1")
        backend.create_sms(who, sms_body(), "1.1.1.1")
        (invoice,), _ = backend.list_invoices(who)
        start, end, period = month_of(int(backend.clock.now()))
        assert (invoice["period"], invoice["period_start"], invoice["period_end"]) == (period, start, end)
    finally:
        app.state.webhooks.close()
        backend.close()

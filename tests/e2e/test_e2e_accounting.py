"""End to end: what the client sends is charged, invoiced and credited by the emulator, read back by the client."""

from __future__ import annotations

from collections.abc import AsyncIterator
from decimal import ROUND_HALF_UP, Decimal

import httpx
import pytest

import lox24
from lox24.emulator import DEFAULT_TOKEN, FrozenClock, create_app

from .conftest import LiveEmulator

T0 = 1_767_225_600  # 2026-01-01 00:00:00 UTC
FEB = 1_769_904_000  # 2026-02-01 00:00:00 UTC


def cents(value: float) -> float:
    return float(Decimal(repr(value)).quantize(Decimal("0.01"), ROUND_HALF_UP))


def without_ld(data: dict[str, object]) -> dict[str, object]:
    return {k: v for k, v in data.items() if not k.startswith("@")}


def test_send_close_the_month_and_read_the_invoice_and_a_credit_note(
    client: lox24.Client, live_emulator: LiveEmulator
) -> None:
    live_emulator.control.post("/_emulator/reset").raise_for_status()
    sent = [
        client.sms.send(phone="+491701234567", text="Hello", sender_id="MyShop"),
        client.sms.send(phone="+14155552671", text="Hi " * 60, sender_id="MyShop"),  # two parts
    ]
    closed = live_emulator.control.post("/_emulator/invoices/close").json()
    assert len(closed) == 1

    (invoice,) = list(client.invoices.list())
    assert isinstance(invoice, lox24.InvoiceJsonLd)
    assert invoice.status is lox24.InvoiceStatus.ISSUED
    assert invoice.number == closed[0]["number"]
    assert invoice.charges_count == 2
    assert invoice.net_amount == cents(sum(s.price for s in sent))
    assert invoice.gross_amount == pytest.approx(invoice.net_amount + invoice.vat_amount)
    fetched = client.invoices.get(invoice.id)
    assert fetched.additional_properties["@id"] == f"/invoices/{invoice.id}"
    assert without_ld(fetched.to_dict()) == without_ld(invoice.to_dict())

    balance = client.me().balance_amount
    later = client.sms.send(phone="+491701234567", text="Tomorrow", sender_id="MyShop", delivery_at=2_000_000_000)
    assert client.sms.cancel(uuid=later.uuid) == 1
    assert client.me().balance_amount == pytest.approx(balance)
    (note,) = list(client.credit_notes.list())
    assert note.net_amount == cents(later.price)
    assert note.invoice_id is not None
    assert client.credit_notes.get(note.id).number == note.number
    # The cancelled SMS was charged first: it opened the next invoice, which stays open.
    invoices = list(client.invoices.list())
    assert [i.status for i in invoices] == [lox24.InvoiceStatus.OPEN, lox24.InvoiceStatus.ISSUED]
    assert invoices[0].id == note.invoice_id
    with pytest.raises(lox24.NotFoundError):
        client.invoices.get(invoices[0].id + 100)


@pytest.fixture
async def frozen() -> AsyncIterator[tuple[lox24.AsyncClient, httpx.AsyncClient]]:
    app = create_app(clock=FrozenClock(T0 + 3600), seed=3)
    http = httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://emulator")
    async with lox24.AsyncClient(token=DEFAULT_TOKEN, http_client=http) as c:
        yield c, http
    await http.aclose()
    app.state.webhooks.close()
    app.state.backend.close()


async def test_an_invoice_is_issued_when_the_month_is_over(frozen: tuple[lox24.AsyncClient, httpx.AsyncClient]) -> None:
    client, http = frozen
    sms = await client.sms.send(phone="+491701234567", text="January", sender_id="MyShop")
    (january,) = await client.invoices.list().to_list()
    assert (january.period, january.status, january.number) == ("2026-01", lox24.InvoiceStatus.OPEN, None)
    assert january.net_amount == cents(sms.price)

    (await http.post("/_emulator/clock", json={"set": FEB + 60})).raise_for_status()
    await client.sms.send(phone="+491701234567", text="February", sender_id="MyShop")
    february, january = await client.invoices.list().to_list()
    assert (january.status, january.number, january.issued_at) == (lox24.InvoiceStatus.ISSUED, "INV-2026-000001", FEB)
    assert (february.period, february.status) == ("2026-02", lox24.InvoiceStatus.OPEN)

    goodwill = (await http.post("/_emulator/credit_notes", json={"amount": 5, "reason": "Goodwill"})).json()
    note = await client.credit_notes.get(goodwill["id"])
    assert (note.reason, note.net_amount, note.invoice_id) == ("Goodwill", 5.0, february.id)
    assert (await client.with_raw_response.credit_notes.get(note.id)).request_id

"""`client.invoices` and `client.credit_notes`, sync and async (respx)."""

from __future__ import annotations

import copy
from typing import Any

import httpx
import pytest
import respx

import lox24

from .conftest import error_payload


def invoice_payload(**overrides: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "@id": "/invoices/1",
        "@type": "invoices",
        "id": 1,
        "number": "INV-2026-000001",
        "status": 10,
        "period": "2026-01",
        "period_start": 1767225600,
        "period_end": 1769903999,
        "created_at": 1767225601,
        "issued_at": 1769904000,
        "charges_count": 2,
        "net_amount": 0.15,
        "vat_rate": 19.0,
        "vat_amount": 0.03,
        "gross_amount": 0.18,
        "currency": "EUR",
        "pdf_url": "https://account.lox24.eu/invoices/INV-2026-000001.pdf",
    }
    data.update(overrides)
    return data


def note_payload(**overrides: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "@id": "/credit_notes/1",
        "@type": "credit_notes",
        "id": 1,
        "number": "CN-2026-000001",
        "invoice_id": 1,
        "reason": "Refund of messages that were not sent",
        "created_at": 1767225700,
        "net_amount": 0.08,
        "vat_rate": 19.0,
        "vat_amount": 0.02,
        "gross_amount": 0.1,
        "currency": "EUR",
        "pdf_url": "https://account.lox24.eu/credit_notes/CN-2026-000001.pdf",
    }
    data.update(overrides)
    return data


def members(items: list[dict[str, Any]], path: str, *, total: int | None = None, next_page: int | None = None,
            prefix: str = "") -> dict[str, Any]:  # fmt: skip
    """An un-prefixed collection page (as LOX24 documents /credit_notes), or with `prefix="hydra:"` the older form."""
    view: dict[str, Any] = {"@id": f"{path}?page=1", "@type": f"{prefix}PartialCollectionView"}
    if next_page is not None:
        view[f"{prefix}next"] = f"{path}?page={next_page}"
    return {
        "@context": f"/contexts/{path.strip('/')}",
        "@id": path,
        "@type": f"{prefix}Collection",
        f"{prefix}member": copy.deepcopy(items),
        f"{prefix}totalItems": len(items) if total is None else total,
        f"{prefix}view": view,
    }


def test_get_invoice(client: lox24.Client, api: respx.MockRouter) -> None:
    route = api.get("/invoices/1").mock(return_value=httpx.Response(200, json=invoice_payload()))
    invoice = client.invoices.get(1)
    assert isinstance(invoice, lox24.Invoice)
    assert invoice.status is lox24.InvoiceStatus.ISSUED
    assert (invoice.number, invoice.period, invoice.net_amount, invoice.gross_amount) == (
        "INV-2026-000001",
        "2026-01",
        0.15,
        0.18,
    )
    assert invoice.currency == lox24.Currency.EUR
    assert invoice.additional_properties["@id"] == "/invoices/1"
    assert route.calls.last.request.headers["X-LOX24-AUTH-TOKEN"]


def test_an_open_invoice_has_no_number_yet(client: lox24.Client, api: respx.MockRouter) -> None:
    payload = invoice_payload(status=0, number=None, issued_at=None, pdf_url=None)
    api.get("/invoices/2").mock(return_value=httpx.Response(200, json=payload))
    invoice = client.invoices.get(2)
    assert invoice.status is lox24.InvoiceStatus.OPEN
    assert (invoice.number, invoice.issued_at, invoice.pdf_url) == (None, None, None)


def test_list_invoices_follows_the_un_prefixed_view(client: lox24.Client, api: respx.MockRouter) -> None:
    route = api.get("/invoices").mock(
        side_effect=[
            httpx.Response(200, json=members([invoice_payload()], "/invoices", total=2, next_page=2)),
            httpx.Response(200, json=members([invoice_payload(id=2)], "/invoices", total=2)),
        ]
    )
    invoices = list(client.invoices.list())
    assert [i.id for i in invoices] == [1, 2]
    assert isinstance(invoices[0], lox24.InvoiceJsonLd)
    assert [call.request.url.params["page"] for call in route.calls] == ["1", "2"]
    first = client.invoices.list(page=1)
    route.side_effect = [httpx.Response(200, json=members([invoice_payload()], "/invoices", total=40, next_page=2))]
    page = first.first_page()
    assert (page.total, page.number, page.next_number) == (40, 1, 2)


def test_list_also_reads_the_hydra_prefixed_form(client: lox24.Client, api: respx.MockRouter) -> None:
    api.get("/credit_notes").mock(
        side_effect=[
            httpx.Response(200, json=members([note_payload()], "/credit_notes", next_page=2, prefix="hydra:")),
            httpx.Response(200, json=members([note_payload(id=2)], "/credit_notes", prefix="hydra:")),
        ]
    )
    notes = list(client.credit_notes.list())
    assert [n.id for n in notes] == [1, 2]
    assert isinstance(notes[0], lox24.CreditNoteJsonLd)


def test_a_collection_in_neither_form_is_a_response_validation_error(
    client: lox24.Client, api: respx.MockRouter
) -> None:
    api.get("/invoices").mock(return_value=httpx.Response(200, json={"items": []}))
    with pytest.raises(lox24.APIResponseValidationError) as raised:
        list(client.invoices.list())
    assert not raised.value.may_have_been_sent  # a GET


def test_get_credit_note(client: lox24.Client, api: respx.MockRouter) -> None:
    api.get("/credit_notes/1").mock(return_value=httpx.Response(200, json=note_payload()))
    note = client.credit_notes.get(1)
    assert isinstance(note, lox24.CreditNote)
    assert (note.number, note.invoice_id, note.net_amount, note.vat_amount) == ("CN-2026-000001", 1, 0.08, 0.02)


@pytest.mark.parametrize("resource", ["invoices", "credit_notes"])
def test_get_raises_not_found(client: lox24.Client, api: respx.MockRouter, resource: str) -> None:
    api.get(f"/{resource}/404").mock(return_value=httpx.Response(404, json=error_payload(404)))
    with pytest.raises(lox24.NotFoundError):
        getattr(client, resource).get(404)


@pytest.mark.parametrize("resource", ["invoices", "credit_notes"])
@pytest.mark.parametrize("bad", [0, -1, True, "1", 2**31])
def test_bad_ids_and_pages_are_refused_before_sending(
    client: lox24.Client, api: respx.MockRouter, resource: str, bad: Any
) -> None:
    with pytest.raises(lox24.Lox24ValidationError):
        getattr(client, resource).get(bad)
    with pytest.raises(lox24.Lox24ValidationError):
        getattr(client, resource).list(page=bad if bad != 2**31 else 10**7)
    assert not api.calls


def test_raw_response_and_per_call_options(client: lox24.Client, api: respx.MockRouter) -> None:
    route = api.get("/credit_notes/1").mock(
        return_value=httpx.Response(200, json=note_payload(), headers={"X-LOX24-REQUEST-ID": "r" * 32})
    )
    raw = client.with_raw_response.credit_notes.get(1, extra_headers={"X-Trace": "t-1"}, extra_query={"a": "b"})
    assert (raw.status_code, raw.request_id) == (200, "r" * 32)
    assert raw.parse().number == "CN-2026-000001"
    request = route.calls.last.request
    assert (request.headers["X-Trace"], request.url.params["a"]) == ("t-1", "b")
    api.get("/invoices/1").mock(return_value=httpx.Response(200, json=invoice_payload()))
    assert client.with_raw_response.invoices.get(1).parse().id == 1


def test_a_failing_get_is_retried_but_a_404_is_not(client: lox24.Client, api: respx.MockRouter) -> None:
    route = api.get("/invoices/1").mock(
        side_effect=[httpx.Response(503, json=error_payload(503)), httpx.Response(200, json=invoice_payload())]
    )
    assert client.invoices.get(1).id == 1
    assert route.call_count == 2


async def test_async_invoices_and_credit_notes(aclient: lox24.AsyncClient, api: respx.MockRouter) -> None:
    api.get("/invoices/1").mock(return_value=httpx.Response(200, json=invoice_payload()))
    api.get("/credit_notes/1").mock(return_value=httpx.Response(200, json=note_payload()))
    api.get("/invoices").mock(
        side_effect=[
            httpx.Response(200, json=members([invoice_payload()], "/invoices", next_page=2)),
            httpx.Response(200, json=members([invoice_payload(id=2)], "/invoices", prefix="hydra:")),
        ]
    )
    api.get("/credit_notes").mock(return_value=httpx.Response(200, json=members([note_payload()], "/credit_notes")))
    assert (await aclient.invoices.get(1)).number == "INV-2026-000001"
    assert (await aclient.credit_notes.get(1)).number == "CN-2026-000001"
    assert [i.id async for i in aclient.invoices.list()] == [1, 2]
    assert [n.id for n in await aclient.credit_notes.list().to_list()] == [1]
    raw = await aclient.with_raw_response.invoices.get(1)
    assert raw.parse().gross_amount == 0.18
    with pytest.raises(lox24.Lox24ValidationError):
        await aclient.credit_notes.get(0)


async def test_async_errors_are_typed(aclient: lox24.AsyncClient, api: respx.MockRouter) -> None:
    api.get("/credit_notes/9").mock(return_value=httpx.Response(404, json=error_payload(404)))
    api.get("/invoices").mock(return_value=httpx.Response(401, json=error_payload(401)))
    with pytest.raises(lox24.NotFoundError):
        await aclient.credit_notes.get(9)
    with pytest.raises(lox24.AuthenticationError):
        await aclient.invoices.list().first_page()

"""Recordings of the accounting operations (invoices, credit notes), called by scripts/record.py.

LOX24's OpenAPI file (2.22) predates these resources and the documentation's examples of them could not be read,
so there are no `docs-*` recordings of them: only the emulator's, and a real account's (read-only).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import httpx
    from record import Recorder

JSON = "application/json"


async def record_accounting(rec: Recorder, control: httpx.AsyncClient) -> None:
    """Against the emulator, after SMS were charged and some refunded: an open and an issued invoice, credit notes."""
    call = rec.call
    await call("GET", "/invoices", operation_id="list_invoices")  # the month's open invoice
    open_invoices = (await call("GET", "/invoices", accept=JSON, variant="json", operation_id="list_invoices")).json()
    if open_invoices:
        await call(
            "GET", f"/invoices/{open_invoices[0]['id']}", accept=JSON, variant="open", operation_id="get_invoice"
        )
    closed = await control.post("/_emulator/invoices/close")
    if closed.status_code >= 300 or not closed.json():
        print(f"record: could not close the month's invoice ({closed.status_code} {closed.text[:200]})")
    else:
        await call("GET", f"/invoices/{closed.json()[0]['id']}", operation_id="get_invoice")
    await call("GET", "/invoices/999999", accept=JSON, variant="unknown", operation_id="get_invoice")
    await call("GET", "/invoices?page=0", accept=JSON, variant="page-0", operation_id="list_invoices")
    # Refunds (the cancelled SMS and bulk) made credit notes; the control plane adds a goodwill one.
    await control.post("/_emulator/credit_notes", json={"amount": 5, "reason": "Goodwill"})
    await call("GET", "/credit_notes", operation_id="list_credit_notes")
    notes = (await call("GET", "/credit_notes", accept=JSON, variant="json", operation_id="list_credit_notes")).json()
    if notes:
        await call("GET", f"/credit_notes/{notes[0]['id']}", operation_id="get_credit_note")
    await call("GET", "/credit_notes/999999", accept=JSON, variant="unknown", operation_id="get_credit_note")


async def record_accounting_account(rec: Recorder) -> None:
    """Against a real account: read-only (lists, and the first item of each)."""
    call = rec.call
    invoices = (await call("GET", "/invoices", accept=JSON, variant="json", operation_id="list_invoices")).json()
    await call("GET", "/invoices", operation_id="list_invoices")
    if isinstance(invoices, list) and invoices:
        await call("GET", f"/invoices/{invoices[0]['id']}", operation_id="get_invoice")
    notes = (await call("GET", "/credit_notes", accept=JSON, variant="json", operation_id="list_credit_notes")).json()
    await call("GET", "/credit_notes", operation_id="list_credit_notes")
    if isinstance(notes, list) and notes:
        await call("GET", f"/credit_notes/{notes[0]['id']}", operation_id="get_credit_note")

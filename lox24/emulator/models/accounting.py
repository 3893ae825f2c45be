"""Invoices and credit notes: every charge and refund of the balance is booked here, in the same transaction.

`AccountingBackend` extends the store's `_debit` and `_credit` (cooperatively, through `super()`), so whatever
charges the balance (SMS, bulk messages, and the priced services of other resources) lands on the account's
open invoice of the month, and whatever gives money back (a cancelled or never sent SMS) becomes a credit note.

* One open invoice per account and calendar month (UTC, on the virtual clock): `charges_count` and the net sum
  grow with each charge. It is issued (numbered `INV-<year>-<nnnnnn>`, status 10) when its month is over (lazily,
  dated the first second of the next month) or earlier through the control plane (`close_invoices`); a charge
  after an early close opens a new invoice for the same month.
* A refund is one credit note (`CN-<year>-<nnnnnn>`), issued at once, pointing at the account's latest invoice.
  The control plane can issue one too (`create_credit_note`: a goodwill credit, also credited to the balance), and
  charge the balance (`add_charge`: a fee, say), which lands on the invoice like any other charge.
* Amounts are net (the balance is), rounded to cents half up; VAT is 19 % for EUR accounts, 0 % for CHF ones.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from ..errors import PAYMENT_REQUIRED, EmulatorError, not_found
from ..store import DEFAULT_TOKEN, PAGE_SIZE, Principal, Row, account_id_for, locked
from ..timeline import Timeline

OPEN, ISSUED = 0, 10
REFUND_REASON = "Refund of messages that were not sent"
PDF_BASE = "https://account.lox24.eu"
_CENT = Decimal("0.01")
_VAT_RATES = {"EUR": Decimal(19), "CHF": Decimal(0)}


def month_of(now: int) -> tuple[int, int, str]:
    """The calendar month (UTC) holding `now`: its first and last second and its name (`YYYY-MM`)."""
    day = dt.datetime.fromtimestamp(now, dt.UTC)
    start = dt.datetime(day.year, day.month, 1, tzinfo=dt.UTC)
    following = dt.datetime(day.year + day.month // 12, day.month % 12 + 1, 1, tzinfo=dt.UTC)
    return int(start.timestamp()), int(following.timestamp()) - 1, f"{day.year:04d}-{day.month:02d}"


def _cents(value: float | Decimal) -> Decimal:
    return Decimal(repr(value) if isinstance(value, float) else value).quantize(_CENT, ROUND_HALF_UP)


def _amounts(net_sum: float, currency: str) -> dict[str, Any]:
    net = _cents(net_sum)
    rate = _VAT_RATES.get(currency, Decimal(19))
    vat = _cents(net * rate / 100)
    return {
        "net_amount": float(net),
        "vat_rate": float(rate),
        "vat_amount": float(vat),
        "gross_amount": float(net + vat),
        "currency": currency,
    }


def invoice_json(row: Row) -> dict[str, Any]:
    """An `Invoice` of the spec, from its row."""
    number = row["number"]
    return {
        "id": row["id"],
        "number": number,
        "status": row["status"],
        "period": row["period"],
        "period_start": row["period_start"],
        "period_end": row["period_end"],
        "created_at": row["created_at"],
        "issued_at": row["issued_at"],
        "charges_count": row["charges_count"],
        **_amounts(float(row["net"]), row["currency"]),
        "pdf_url": f"{PDF_BASE}/invoices/{number}.pdf" if number else None,
    }


def credit_note_json(row: Row) -> dict[str, Any]:
    """A `CreditNote` of the spec, from its row."""
    return {
        "id": row["id"],
        "number": row["number"],
        "invoice_id": row["invoice_id"],
        "reason": row["reason"],
        "created_at": row["created_at"],
        **_amounts(float(row["net"]), row["currency"]),
        "pdf_url": f"{PDF_BASE}/credit_notes/{row['number']}.pdf",
    }


class AccountingBackend(Timeline):
    """The accounting operations (`list_invoices`, `get_invoice`, `list_credit_notes`, `get_credit_note`) and
    the control plane's `close_invoices` and `create_credit_note`."""

    page_size = PAGE_SIZE  # for the HTTP layer's un-prefixed view links (it does not import the store)

    def _init_state(self) -> None:
        super()._init_state()
        self._month: tuple[int, int, str] = (0, -1, "")  # the month of the last charge: most charges share it

    # --- booking (inside the caller's transaction) ---------------------------------------------------------

    def _debit(self, c: sqlite3.Connection, account_id: int, amount: float) -> bool:
        if not super()._debit(c, account_id, amount):
            return False
        if amount > 0:
            now = self._now()
            if not self._month[0] <= now <= self._month[1]:
                self._month = month_of(now)
            start, end, period = self._month
            # The usual case, an invoice already open: one indexed UPDATE (cheaper than an upsert).
            if not c.execute(
                "UPDATE invoices SET charges_count = charges_count + 1, net = ROUND(net + ?, 6) "
                "WHERE account_id = ? AND period = ? AND status = 0",
                (amount, account_id, period),
            ).rowcount:
                c.execute(
                    "INSERT INTO invoices (account_id, period, period_start, period_end, status, created_at, "
                    "charges_count, net, currency) "
                    "SELECT ?, ?, ?, ?, 0, ?, 1, ROUND(?, 6), currency FROM accounts WHERE id = ?",
                    (account_id, period, start, end, now, amount, account_id),
                )
        return True

    def _credit(self, c: sqlite3.Connection, account_id: int, amount: float) -> None:
        super()._credit(c, account_id, amount)
        if amount > 0:
            self._credit_note(c, account_id, amount, REFUND_REASON, None)

    def _credit_note(
        self, c: sqlite3.Connection, account_id: int, amount: float, reason: str, invoice_id: int | None
    ) -> int:
        now = self._now()
        if invoice_id is None:
            latest = c.execute(
                "SELECT id FROM invoices WHERE account_id=? ORDER BY period DESC, id DESC LIMIT 1", (account_id,)
            ).fetchone()
            invoice_id = None if latest is None else int(latest[0])
        cur = c.execute(
            "INSERT INTO credit_notes (account_id, number, invoice_id, reason, created_at, net, currency) "
            "VALUES (?, ?, ?, ?, ?, ROUND(?, 6), (SELECT currency FROM accounts WHERE id=?))",
            (account_id, self._number(c, "credit_notes", "CN", now), invoice_id, reason, now, amount, account_id),
        )
        return int(cur.lastrowid or 0)

    @staticmethod
    def _number(c: sqlite3.Connection, table: str, prefix: str, when: int) -> str:
        """The next number of the year of `when` (`INV-2026-000001`): numbers are counted over all accounts."""
        head = f"{prefix}-{dt.datetime.fromtimestamp(when, dt.UTC).year:04d}-"
        count = c.execute(f"SELECT COUNT(*) FROM {table} WHERE number LIKE ?", (head + "%",)).fetchone()[0]
        return f"{head}{int(count) + 1:06d}"

    def _issue(self, c: sqlite3.Connection, where: str, params: list[Any], issued_at: int | None) -> list[int]:
        """Issue the open invoices matching `where`, oldest month first; dated `issued_at`, or their month's end."""
        rows = c.execute(
            f"SELECT id, period_end FROM invoices WHERE status = 0 AND {where} ORDER BY period, id",
            params,
        ).fetchall()
        for row in rows:
            when = issued_at if issued_at is not None else int(row["period_end"]) + 1
            c.execute(
                "UPDATE invoices SET status = 10, number = ?, issued_at = ? WHERE id = ?",
                (self._number(c, "invoices", "INV", when), when, row["id"]),
            )
        return [int(row["id"]) for row in rows]

    def _settle(self) -> None:
        """Carry out what is due: SMS refunds (`tick`), then the invoices of months that are over."""
        self.tick()
        now = self._now()
        if self.conn.execute("SELECT 1 FROM invoices WHERE status = 0 AND period_end < ? LIMIT 1", (now,)).fetchone():
            with self._tx() as c:
                self._issue(c, "period_end < ?", [now], None)

    # --- the API -----------------------------------------------------------------------------------------

    @locked
    def list_invoices(self, who: Principal, page: int = 1) -> tuple[list[dict[str, Any]], int]:
        """GET /invoices: newest month first."""
        self._settle()
        rows, total = self._page("invoices", "account_id=?", [who.account_id], "period DESC, id DESC", page)
        return [invoice_json(r) for r in rows], total

    @locked
    def get_invoice(self, who: Principal, invoice_id: int) -> dict[str, Any]:
        self._settle()
        return invoice_json(
            self._one(
                "SELECT * FROM invoices WHERE id=? AND account_id=?", (invoice_id, who.account_id), "Invoice not found."
            )
        )

    @locked
    def list_credit_notes(self, who: Principal, page: int = 1) -> tuple[list[dict[str, Any]], int]:
        """GET /credit_notes: newest first."""
        self._settle()
        rows, total = self._page("credit_notes", "account_id=?", [who.account_id], "created_at DESC, id DESC", page)
        return [credit_note_json(r) for r in rows], total

    @locked
    def get_credit_note(self, who: Principal, note_id: int) -> dict[str, Any]:
        self._settle()
        return credit_note_json(
            self._one(
                "SELECT * FROM credit_notes WHERE id=? AND account_id=?",
                (note_id, who.account_id),
                "Credit note not found.",
            )
        )

    # --- the control plane -------------------------------------------------------------------------------

    @locked
    def close_invoices(self, *, account_id: int | None = None, period: str | None = None) -> list[dict[str, Any]]:
        """Issue the open invoices now (of one account and/or one month, else all); the invoices issued."""
        self._settle()
        where, params = ["1"], list[Any]()
        if account_id is not None:
            where.append("account_id = ?")
            params.append(account_id)
        if period is not None:
            where.append("period = ?")
            params.append(period)
        with self._tx() as c:
            ids = self._issue(c, " AND ".join(where), params, self._now())
        return [invoice_json(self.conn.execute("SELECT * FROM invoices WHERE id=?", (i,)).fetchone()) for i in ids]

    @locked
    def add_charge(self, *, account_id: int | None, amount: float) -> dict[str, Any]:
        """Charge the balance (a fee, say): 402 when it is short; the open invoice of the month it landed on."""
        self._settle()
        account_id = self._account(account_id)
        with self._tx() as c:
            if not self._debit(c, account_id, amount):
                raise EmulatorError(402, PAYMENT_REQUIRED)
        row = self.conn.execute(
            "SELECT * FROM invoices WHERE account_id=? AND status=0 ORDER BY id DESC LIMIT 1", (account_id,)
        ).fetchone()
        return invoice_json(row)

    def _account(self, account_id: int | None) -> int:
        """The given account (404 when unknown), else the first token's."""
        if account_id is None:
            account_id = account_id_for((self._tokens or self._inactive or [DEFAULT_TOKEN])[0])
        if not self.conn.execute("SELECT 1 FROM accounts WHERE id=?", (account_id,)).fetchone():
            raise not_found("Account not found.")
        return account_id

    @locked
    def create_credit_note(
        self, *, account_id: int | None, amount: float, reason: str, invoice_id: int | None = None
    ) -> dict[str, Any]:
        """Issue a credit note (a goodwill credit) and credit its net amount to the balance (of the given
        account, else the first token's)."""
        self._settle()
        if account_id is None:
            account_id = account_id_for((self._tokens or self._inactive or [DEFAULT_TOKEN])[0])
        if not self.conn.execute("SELECT 1 FROM accounts WHERE id=?", (account_id,)).fetchone():
            raise not_found("Account not found.")
        if (
            invoice_id is not None
            and not self.conn.execute(
                "SELECT 1 FROM invoices WHERE id=? AND account_id=?", (invoice_id, account_id)
            ).fetchone()
        ):
            raise not_found("Invoice not found.")
        with self._tx() as c:
            super()._credit(c, account_id, amount)  # the balance only: this credit note is written here
            note_id = self._credit_note(c, account_id, amount, reason, invoice_id)
        return credit_note_json(self.conn.execute("SELECT * FROM credit_notes WHERE id=?", (note_id,)).fetchone())

"""Blocked numbers: the account's block list (type 1 by the customer, type 2 unsubscribed through a form).

The list is honoured where SMS are made: `hold_if_blocked` (called once by `create_sms` and once per message
by `create_bulk`) ends an SMS to a blocked number at once with status 208 ("destination number blocked",
lox24-api-notes.md §3.11), price 0 and nothing charged. It is never handed to the network, so no delivery
report follows (`dlr_code` stays 0, like the other SMS that end without hand-over, e.g. status 5000).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping
from typing import Any

from ..errors import EmulatorError, not_found
from ..numbering import normalize_phone
from ..store import Principal, Row, locked
from ..timeline import Timeline

STATUS_BLOCKED = 208
TYPE_CUSTOMER = 1
TYPE_UNSUBSCRIBED = 2
ALREADY_BLOCKED = "number: This phone number is already blocked."


def hold_if_blocked(c: sqlite3.Connection, sms: dict[str, Any], message: dict[str, Any] | None = None) -> bool:
    """End the SMS row `sms` (not yet stored) with status 208 and no charge if its phone is blocked.

    `message` (a bulk's plan of that SMS) gets price 0 too, so the bulk debits nothing for it.
    """
    hit = c.execute(
        "SELECT 1 FROM blocked_numbers WHERE account_id=? AND number=?", (sms["account_id"], sms["phone"])
    ).fetchone()
    if hit is None:
        return False
    sms.update(status_code=STATUS_BLOCKED, stage=2, price=0.0, charged=0.0, next_at=sms["created_at"])
    if message is not None:
        message["price"] = 0.0
    return True


def stored_number(number: str) -> str:
    """The form a number is kept in: E.164 when it is a real phone number (as an SMS's `phone`), else as given."""
    normal = normalize_phone(number)
    return normal[0] if normal is not None else number


class BlockedNumbersBackend(Timeline):
    """The blocked-number operations (`list_blocked_numbers`, `create_blocked_number`, …)."""

    @staticmethod
    def _blocked_json(row: Row) -> dict[str, Any]:
        return {"id": row["id"], "number": row["number"], "type": row["type"], "added_at": row["added_at"]}

    def _block(self, c: sqlite3.Connection, account_id: int, number: str, kind: int) -> int | None:
        """Put `number` on the list (no change when it is there already); the new row's id, or None."""
        cur = c.execute(
            "INSERT OR IGNORE INTO blocked_numbers (account_id, number, type, added_at) VALUES (?, ?, ?, ?)",
            (account_id, number, kind, self._now()),
        )
        return cur.lastrowid if cur.rowcount == 1 else None

    @locked
    def list_blocked_numbers(
        self, who: Principal, query: Mapping[str, Any], page: int = 1
    ) -> tuple[list[dict[str, Any]], int]:
        """GET /blocked_numbers: one page, ordered by id; `number` and `type` filter exactly."""
        where, params = ["account_id=?"], [who.account_id]
        for name in ("number", "type"):
            if name in query:
                where.append(f"{name}=?")
                params.append(query[name])
        rows, total = self._page("blocked_numbers", " AND ".join(where), params, "id", page)
        return [self._blocked_json(r) for r in rows], total

    @locked
    def create_blocked_number(self, who: Principal, body: Mapping[str, Any]) -> dict[str, Any]:
        """POST /blocked_numbers: block a number (type 1); 409 when it is blocked already."""
        number = stored_number(body["number"])
        with self._tx() as c:
            new_id = self._block(c, who.account_id, number, TYPE_CUSTOMER)
            if new_id is None:
                raise EmulatorError(409, ALREADY_BLOCKED)
        return self.get_blocked_number(who, new_id)

    @locked
    def get_blocked_number(self, who: Principal, blocked_id: int) -> dict[str, Any]:
        row = self._one(
            "SELECT * FROM blocked_numbers WHERE id=? AND account_id=?",
            (blocked_id, who.account_id),
            "BlockedNumber not found.",
        )
        return self._blocked_json(row)

    @locked
    def delete_blocked_number(self, who: Principal, blocked_id: int) -> None:
        with self._tx() as c:
            cur = c.execute("DELETE FROM blocked_numbers WHERE id=? AND account_id=?", (blocked_id, who.account_id))
            if cur.rowcount == 0:
                raise not_found("BlockedNumber not found.")

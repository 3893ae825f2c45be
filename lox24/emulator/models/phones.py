"""Phones (members of a group): read, change, delete; shared by the group operations that add them."""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping
from typing import Any

from ..errors import CODE_PHONE, Violation, ViolationError, unprocessable
from ..numbering import normalize_phone
from ..store import Principal, Row, Store, locked

COLUMNS = "abcde"


class PhonesBackend(Store):
    """The phone operations (`get_phone`, `update_phone`, `delete_phone`) and the phone rows' helpers."""

    def _check_phones(self, phones: Mapping[str, Mapping[str, Any]] | None) -> dict[str, str]:
        """Normalise the phones of a group write; 422 for a number that is not real."""
        out: dict[str, str] = {}
        violations: list[Violation] = []
        for key, item in (phones or {}).items():
            normal = normalize_phone(item["phone"])
            if normal is None:
                violations.append(
                    Violation(f"phones.{key}.phone", "This value is not a valid phone number.", CODE_PHONE)
                )
            else:
                out[key] = normal[0]
        if violations:
            raise ViolationError(422, violations)
        return out

    def _insert_phone(self, c: sqlite3.Connection, group_id: int, item: Mapping[str, Any], phone: str) -> int:
        cur = c.execute(
            "INSERT INTO phones (group_id, phone, a, b, c, d, e, callback_data) VALUES (?,?,?,?,?,?,?,?)",
            (group_id, phone, *(item.get(col) for col in COLUMNS), item.get("callback_data")),
        )
        assert cur.lastrowid is not None
        return cur.lastrowid

    @staticmethod
    def _phone_json(row: Row) -> dict[str, Any]:
        return {
            "id": row["id"],
            "phone": row["phone"],
            **{c: row[c] for c in COLUMNS},
            "callback_data": row["callback_data"],
            "subscribed_at": row["subscribed_at"],
            "unsubscribed_at": row["unsubscribed_at"],
            "unsubscribe_reason": row["unsubscribe_reason"],
        }

    def _get_phone_row(self, who: Principal, phone_id: int) -> sqlite3.Row:
        return self._one(
            "SELECT p.* FROM phones p JOIN groups g ON g.id = p.group_id WHERE p.id=? AND g.account_id=?",
            (phone_id, who.account_id),
            "Phone not found.",
        )

    @locked
    def get_phone(self, who: Principal, phone_id: int) -> dict[str, Any]:
        return self._phone_json(self._get_phone_row(who, phone_id))

    @locked
    def update_phone(self, who: Principal, phone_id: int, body: Mapping[str, Any]) -> dict[str, Any]:
        self._get_phone_row(who, phone_id)
        normal = normalize_phone(body["phone"])
        if normal is None:
            raise unprocessable("phone", "This value is not a valid phone number.", CODE_PHONE)
        fields = [f for f in (*COLUMNS, "callback_data") if f in body]
        with self._tx() as c:
            c.execute(
                f"UPDATE phones SET {', '.join(['phone=?', *(f'{f}=?' for f in fields)])} WHERE id=?",
                [normal[0], *(body[f] for f in fields), phone_id],
            )
        return self.get_phone(who, phone_id)

    @locked
    def delete_phone(self, who: Principal, phone_id: int) -> None:
        with self._tx() as c:
            self._get_phone_row(who, phone_id)
            c.execute("DELETE FROM phones WHERE id=?", (phone_id,))

"""Groups and their phones: create, change, list, delete, add phones (one or a batch), CSV export."""

from __future__ import annotations

import csv
import io
import re
import sqlite3
from collections.abc import Mapping, Sequence
from typing import Any

from ..errors import CODE_PHONE, EmulatorError, unprocessable
from ..numbering import normalize_phone
from ..store import Principal, Row, locked
from .phones import COLUMNS, PhonesBackend


class GroupsBackend(PhonesBackend):
    """The group operations, `/groups/{id}/phones` included."""

    def _group_json(self, row: Row) -> dict[str, Any]:
        count = self.conn.execute("SELECT COUNT(*) FROM phones WHERE group_id=?", (row["id"],)).fetchone()[0]
        return {
            "id": row["id"],
            "name": row["name"],
            "description": row["description"],
            **{f"name_{c}": row[f"name_{c}"] for c in COLUMNS},
            "count_items": int(count),
            "deleted_at": None,
        }

    def _get_group_row(self, who: Principal, group_id: int) -> sqlite3.Row:
        return self._one(
            "SELECT * FROM groups WHERE id=? AND account_id=?", (group_id, who.account_id), "Group not found."
        )

    def create_group(self, who: Principal, body: Mapping[str, Any]) -> dict[str, Any]:
        phones = self._check_phones(body.get("phones"))
        with self._tx() as c:
            cur = c.execute(
                "INSERT INTO groups (account_id, name, description, name_a, name_b, name_c, name_d, name_e) "
                "VALUES (?,?,?,?,?,?,?,?)",
                (who.account_id, body["name"], body.get("description"), *(body.get(f"name_{x}") for x in COLUMNS)),
            )
            assert cur.lastrowid is not None
            group_id = cur.lastrowid
            for key, phone in phones.items():
                self._insert_phone(c, group_id, body["phones"][key], phone)
        return self.get_group(who, group_id)

    @locked
    def get_group(self, who: Principal, group_id: int) -> dict[str, Any]:
        return self._group_json(self._get_group_row(who, group_id))

    @locked
    def list_groups(self, who: Principal, page: int) -> tuple[list[dict[str, Any]], int]:
        rows, total = self._page("groups", "account_id=?", [who.account_id], "id", page)
        return [self._group_json(r) for r in rows], total

    @locked
    def update_group(self, who: Principal, group_id: int, body: Mapping[str, Any]) -> dict[str, Any]:
        """PUT /groups/{id}: fields left out keep their value; `phones` are added."""
        self._get_group_row(who, group_id)
        phones = self._check_phones(body.get("phones"))
        fields = [f for f in ("name", "description", *(f"name_{x}" for x in COLUMNS)) if f in body]
        with self._tx() as c:
            if fields:
                c.execute(
                    f"UPDATE groups SET {', '.join(f'{f}=?' for f in fields)} WHERE id=?",
                    [*(body[f] for f in fields), group_id],
                )
            for key, phone in phones.items():
                self._insert_phone(c, group_id, body["phones"][key], phone)
        return self.get_group(who, group_id)

    @locked
    def delete_group(self, who: Principal, group_id: int) -> None:
        with self._tx() as c:
            self._get_group_row(who, group_id)
            c.execute("DELETE FROM phones WHERE group_id=?", (group_id,))
            c.execute("DELETE FROM groups WHERE id=?", (group_id,))

    @locked
    def export_group_csv(self, who: Principal, group_id: int) -> str:
        """GET /groups/{id}/file/csv: `id,phone,<name_a or col_A>,…,callback_data`."""
        group = self._get_group_row(who, group_id)
        buf = io.StringIO()
        writer = csv.writer(buf, lineterminator="\n")
        writer.writerow(
            ["id", "phone", *(_csv_cell(group[f"name_{c}"] or f"col_{c.upper()}") for c in COLUMNS), "callback_data"]
        )
        for p in self.conn.execute("SELECT * FROM phones WHERE group_id=? ORDER BY id", (group_id,)):
            writer.writerow(
                [p["id"], p["phone"], *(_csv_cell(p[c] or "") for c in COLUMNS), _csv_cell(p["callback_data"] or "")]
            )
        return buf.getvalue()

    @locked
    def list_group_phones(self, who: Principal, group_id: int, page: int) -> tuple[list[dict[str, Any]], int]:
        self._get_group_row(who, group_id)
        rows, total = self._page("phones", "group_id=?", [group_id], "id", page)
        return [self._phone_json(r) for r in rows], total

    @locked
    def create_group_phone(self, who: Principal, group_id: int, body: Mapping[str, Any]) -> dict[str, Any]:
        self._get_group_row(who, group_id)
        normal = normalize_phone(body["phone"])
        if normal is None:
            raise unprocessable("phone", "This value is not a valid phone number.", CODE_PHONE)
        with self._tx() as c:
            phone_id = self._insert_phone(c, group_id, body, normal[0])
        return self.get_phone(who, phone_id)

    @locked
    def create_group_phones_batch(
        self, who: Principal, group_id: int, items: Sequence[Mapping[str, Any]]
    ) -> list[dict[str, Any]]:
        """POST /groups/{id}/phones/batch: one result per item, `status` 201 or 400/422 with an error body."""
        self._get_group_row(who, group_id)
        results: list[dict[str, Any]] = []
        with self._tx() as c:
            for item in items:
                if item.get("phone") is None:
                    results.append({"status": 400, "body": _error_body(400, "phone: This value should not be blank.")})
                    continue
                normal = normalize_phone(item["phone"])
                if normal is None:
                    results.append(
                        {"status": 422, "body": _error_body(422, "phone: This value is not a valid phone number.")}
                    )
                    continue
                phone_id = self._insert_phone(c, group_id, item, normal[0])
                row = c.execute("SELECT * FROM phones WHERE id=?", (phone_id,)).fetchone()
                results.append({"status": 201, "body": self._phone_json(row)})
        return results


_NUMBER = re.compile(r"[+-]?[0-9]+([.,][0-9]+)?\Z")


def _csv_cell(value: str) -> str:
    """A free-text CSV cell that a spreadsheet will not run as a formula (OWASP: CSV injection).

    A value starting with `=`, `@`, a tab or a carriage return, or with `+`/`-` that is not a plain number, gets
    a leading `'`. Commas, quotes and newlines are the csv module's job (quoting).
    """
    if value[:1] in ("=", "@", "\t", "\r") or (value[:1] in ("+", "-") and not _NUMBER.match(value)):
        return "'" + value
    return value


def _error_body(status: int, detail: str) -> dict[str, Any]:
    return EmulatorError(status, detail).body

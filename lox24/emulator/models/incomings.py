"""Incoming SMS: list with filters, read, delete; the control plane injects them (and their webhooks)."""

from __future__ import annotations

import uuid as uuidlib
from typing import Any

from .. import filters
from ..errors import not_found
from ..store import DEFAULT_TOKEN, Principal, Row, account_id_for, locked, order_by
from ..timeline import Timeline

# (JSON field, column): the columns `to` and `from` would be SQL keywords.
_JSON_FIELDS = (
    ("uuid", "uuid"),
    ("to", "to_number"),
    ("from", "from_number"),
    ("received_at", "received_at"),
    ("text", "text"),
    ("msg_uuid", "msg_uuid"),
)


class IncomingsBackend(Timeline):
    """The incoming-SMS operations and `inject_incoming` (control plane)."""

    @staticmethod
    def _incoming_json(row: Row) -> dict[str, Any]:
        return {field: row[column] for field, column in _JSON_FIELDS}

    @locked
    def list_incomings(self, who: Principal, query: filters.Query, page: int = 1) -> tuple[list[dict[str, Any]], int]:
        """GET /incomings: one page of the filtered incoming SMS (newest first unless `_order[received_at]`)."""
        sel = filters.parse(query, filters.INCOMING_FILTERS, strict=False, ignore=("page",), lower="ulower")
        where, params = f"account_id=? AND {sel.where}", [who.account_id, *sel.params]
        rows, total = self._page("incomings", where, params, order_by(sel.order_by, "received_at DESC"), page)
        return [self._incoming_json(r) for r in rows], total

    @locked
    def get_incoming(self, who: Principal, incoming_uuid: str) -> dict[str, Any]:
        row = self._one(
            "SELECT * FROM incomings WHERE uuid=? AND account_id=?",
            (incoming_uuid, who.account_id),
            "Incoming not found.",
        )
        return self._incoming_json(row)

    @locked
    def delete_incoming(self, who: Principal, incoming_uuid: str) -> None:
        with self._tx() as c:
            cur = c.execute("DELETE FROM incomings WHERE uuid=? AND account_id=?", (incoming_uuid, who.account_id))
            if cur.rowcount == 0:
                raise not_found("Incoming not found.")

    @locked
    def inject_incoming(
        self,
        *,
        account_id: int | None = None,
        from_number: str | None = None,
        to_number: str | None = None,
        text: str | None = None,
        msg_uuid: str | None = None,
        received_at: int | None = None,
    ) -> dict[str, Any]:
        """An inbound SMS arrives; with `msg_uuid` it is a reply to that SMS (from its recipient)."""
        self.tick()
        if msg_uuid is not None:
            sms = self.conn.execute("SELECT * FROM sms WHERE uuid=?", (msg_uuid,)).fetchone()
            if sms is None:
                raise not_found("Sms not found.")
            account_id = int(sms["account_id"])
            from_number = from_number or sms["phone"]
            to_number = to_number or sms["sender_id"]
        if account_id is None:
            account_id = account_id_for((self._tokens or self._inactive or [DEFAULT_TOKEN])[0])
        if not self.conn.execute("SELECT 1 FROM accounts WHERE id=?", (account_id,)).fetchone():
            raise not_found("Account not found.")
        row = {
            "uuid": self._uuid("incomings"),
            "account_id": account_id,
            "to_number": to_number or "+491700000000",
            "from_number": from_number or "+491701234567",
            "text": text,
            "received_at": received_at if received_at is not None else self._now(),
            "msg_uuid": msg_uuid,
        }
        with self._tx() as c:
            c.execute(
                "INSERT INTO incomings (uuid, account_id, to_number, from_number, text, received_at, msg_uuid) "
                "VALUES (:uuid, :account_id, :to_number, :from_number, :text, :received_at, :msg_uuid)",
                row,
            )
        incoming = self._incoming_json(row)
        if self.on_events is not None:
            self.on_events(
                [
                    {
                        "id": str(uuidlib.uuid4()),
                        "api_version": "2022-05-25",
                        "name": "sms.incoming",
                        "created_at": row["received_at"],
                        "attempt_total": 4,
                        "attempts_total": 4,
                        "attempt_number": 1,
                        "notification_task_id": str(uuidlib.uuid4()),
                        "data": {
                            "id": incoming["uuid"],
                            "from": incoming["from"],
                            "to": incoming["to"],
                            "text": incoming["text"],
                            "received_at": incoming["received_at"],
                            "msg_uuid": incoming["msg_uuid"],
                        },
                    }
                ]
            )
        return incoming

"""Short-link campaigns: link campaigns (type 1 simple, 2 advanced) and subscribe/unsubscribe form campaigns.

Table `short_link_campaigns` (code, account_id, name, type, url, group_id, kind 'link'|'subscribe'|'unsubscribe',
created_at); the short links themselves (`[slink <code>]` in texts, clicks) are another module's. The control
plane's `submit_campaign_form` stands for a person submitting a campaign's form: an unsubscription blocks the
number (type 2) and sends `phone.unsubscribe`, a subscription adds the phone to the campaign's group and sends
`phone.subscribe` (shapes: spec `webhooks:`, lox24-api-notes.md §2.20).
"""

from __future__ import annotations

import sqlite3
import string
import uuid as uuidlib
from collections.abc import Mapping
from typing import Any

from ..errors import CODE_PHONE, CODE_RULE, EmulatorError, not_found, unprocessable
from ..numbering import normalize_phone
from ..store import Principal, Row, locked
from .blocked_numbers import TYPE_UNSUBSCRIBED, BlockedNumbersBackend

KINDS = ("link", "subscribe", "unsubscribe")
FORM_URL = "https://l24.pw/{kind}/{code}"
CODE_LENGTH = 8  # LOX24's example code `eGxoGRMq`
SHORT_CODE_LENGTH = 6  # LOX24's example short-link code `baaIoP`
_ALPHABET = string.ascii_letters + string.digits
# The unsubscribe form's reasons (LOX24's webhook schema, English labels).
REASONS = {
    1: "I never subscribed",
    2: "Too many messages",
    3: "I am not interested",
    4: "Content is incomprehensible",
    5: "I don't like your company",
    6: "Other",
}
NOT_FOUND = "ShortLinkCampaign not found."


def _event(name: str, at: int, data: dict[str, Any]) -> dict[str, Any]:
    return {
        "id": str(uuidlib.uuid4()),
        "api_version": "2022-05-25",
        "name": name,
        "created_at": at,
        "attempt_total": 4,
        "attempts_total": 4,
        "attempt_number": 1,
        "notification_task_id": str(uuidlib.uuid4()),
        "data": data,
    }


class CampaignsBackend(BlockedNumbersBackend):
    """The campaign operations (`create_short_link_campaign`, …) and `submit_campaign_form` (control plane)."""

    @staticmethod
    def _campaign_json(row: Row) -> dict[str, Any]:
        return {
            "id": row["code"],
            "name": row["name"],
            "type": row["type"],
            "url": row["url"],
            "group_id": row["group_id"],
            "created_at": row["created_at"],
        }

    def _random_code(self, length: int) -> str:
        return "".join(self._rng.choice(_ALPHABET) for _ in range(length))

    def _new_code(self, c: sqlite3.Connection) -> str:
        while True:
            code = self._random_code(CODE_LENGTH)
            if c.execute("SELECT 1 FROM short_link_campaigns WHERE code=?", (code,)).fetchone() is None:
                return code

    def _check_group(self, who: Principal, group_id: int | None, *, required: bool = False) -> None:
        """422 for a group the account does not have (and for none, where the campaign needs one)."""
        if group_id is None:
            if required:
                raise unprocessable("group_id", "A subscribe campaign needs a group.", CODE_RULE)
            return
        hit = self.conn.execute("SELECT 1 FROM groups WHERE id=? AND account_id=?", (group_id, who.account_id))
        if hit.fetchone() is None:
            raise unprocessable("group_id", f"Group {group_id} not found.", CODE_RULE)

    def _insert_campaign(self, who: Principal, kind: str, body: Mapping[str, Any]) -> str:
        """Store a new campaign of `kind`; a form campaign is type 2 and its URL is the form's."""
        with self._tx() as c:
            code = self._new_code(c)
            link = kind == "link"
            url = body["url"] if link else FORM_URL.format(kind=kind, code=code)
            c.execute(
                "INSERT INTO short_link_campaigns (code, account_id, name, type, url, group_id, kind, created_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    code,
                    who.account_id,
                    body["name"],
                    body["type"] if link else 2,
                    url,
                    body.get("group_id"),
                    kind,
                    self._now(),
                ),
            )
        return code

    @locked
    def create_short_link_campaign(self, who: Principal, body: Mapping[str, Any]) -> dict[str, Any]:
        """POST /short_link_campaigns: a link campaign; 422 for a group the account does not have."""
        self._check_group(who, body.get("group_id"))
        code = self._insert_campaign(who, "link", body)
        return self.get_short_link_campaign(who, code)

    @locked
    def _create_form_campaign(self, who: Principal, kind: str, body: Mapping[str, Any]) -> dict[str, Any]:
        self._check_group(who, body["group_id"], required=kind == "subscribe")
        code = self._insert_campaign(who, kind, body)
        return self.get_short_link_campaign(who, code)

    def create_subscribe_campaign(self, who: Principal, body: Mapping[str, Any]) -> dict[str, Any]:
        """POST /short_link_campaigns/subscribe: a subscribe-form campaign (type 2, the form's URL, a group)."""
        return self._create_form_campaign(who, "subscribe", body)

    def create_unsubscribe_campaign(self, who: Principal, body: Mapping[str, Any]) -> dict[str, Any]:
        """POST /short_link_campaigns/unsubscribe: an unsubscribe-form campaign (type 2, the form's URL)."""
        return self._create_form_campaign(who, "unsubscribe", body)

    def _campaign_row(self, who: Principal, code: str) -> sqlite3.Row:
        return self._one(
            "SELECT * FROM short_link_campaigns WHERE code=? AND account_id=?", (code, who.account_id), NOT_FOUND
        )

    @locked
    def get_short_link_campaign(self, who: Principal, code: str) -> dict[str, Any]:
        return self._campaign_json(self._campaign_row(who, code))

    @locked
    def list_short_link_campaigns(
        self, who: Principal, query: Mapping[str, Any], page: int = 1
    ) -> tuple[list[dict[str, Any]], int]:
        """GET /short_link_campaigns: newest first unless `_order[created_at]`; `name`, `url` partial, `type[]`."""
        where, params = ["account_id=?"], [who.account_id]
        for name in ("name", "url"):
            if query.get(name):
                where.append(f"instr(ulower({name}), ulower(?)) > 0")
                params.append(query[name])
        if query.get("type[]"):
            where.append(f"type IN ({', '.join('?' for _ in query['type[]'])})")
            params.extend(query["type[]"])
        direction = "ASC" if query.get("_order[created_at]") == "asc" else "DESC"
        order = f"created_at {direction}, rowid {direction}"
        rows, total = self._page("short_link_campaigns", " AND ".join(where), params, order, page)
        return [self._campaign_json(r) for r in rows], total

    @locked
    def update_short_link_campaign(self, who: Principal, code: str, body: Mapping[str, Any]) -> dict[str, Any]:
        """PUT /short_link_campaigns/{code}; a form campaign keeps its type and URL."""
        row = self._campaign_row(who, code)
        self._check_group(who, body.get("group_id"), required=row["kind"] == "subscribe")
        link = row["kind"] == "link"
        with self._tx() as c:
            c.execute(
                "UPDATE short_link_campaigns SET name=?, type=?, url=?, group_id=? WHERE code=?",
                (
                    body["name"],
                    body["type"] if link else row["type"],
                    body["url"] if link else row["url"],
                    body.get("group_id"),
                    code,
                ),
            )
        return self.get_short_link_campaign(who, code)

    @locked
    def delete_short_link_campaign(self, who: Principal, code: str) -> None:
        with self._tx() as c:
            cur = c.execute("DELETE FROM short_link_campaigns WHERE code=? AND account_id=?", (code, who.account_id))
            if cur.rowcount == 0:
                raise not_found(NOT_FOUND)

    @locked
    def submit_campaign_form(
        self,
        code: str,
        phone: str,
        *,
        reason: int | None = None,
        additional_text: str | None = None,
        short_link_code: str | None = None,
    ) -> dict[str, Any]:
        """A person submits the form of campaign `code` (control plane): (un)subscribe `phone`, send the event."""
        self.tick()
        row = self.conn.execute("SELECT * FROM short_link_campaigns WHERE code=?", (code,)).fetchone()
        if row is None:
            raise not_found(NOT_FOUND)
        if row["kind"] == "link":
            raise EmulatorError(409, "campaign: This campaign has no subscribe or unsubscribe form.")
        normal = normalize_phone(phone)
        if normal is None:
            raise unprocessable("phone", "This value is not a valid phone number.", CODE_PHONE)
        number, account_id, group_id, now = normal[0], int(row["account_id"]), row["group_id"], self._now()
        if row["kind"] == "subscribe":  # its group may have been deleted since
            self._check_group(Principal(account_id, 0), group_id, required=True)
        short_code = short_link_code or self._random_code(SHORT_CODE_LENGTH)
        data: dict[str, Any] = {
            "phone": number,
            "user_id": account_id,
            "timestamp": now,
            "campaign_code": code,
            "additional_data": [],
            "short_link_code": short_code,
        }
        with self._tx() as c:
            cur = c.execute(
                "INSERT INTO campaign_submissions (code, account_id, phone, action, reason, additional_text, "
                "short_link_code, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (code, account_id, number, row["kind"], reason, additional_text, short_code, now),
            )
            if row["kind"] == "subscribe":
                self._subscribe(c, account_id, group_id, number, now)
                data["group_id"] = group_id
            else:
                self._unsubscribe(c, account_id, group_id, number, now, reason)
                data["unsubscribe_request_id"] = cur.lastrowid
                if group_id is not None:
                    data["group_id"] = group_id
                if reason is not None:
                    data["additional_data"] = {
                        "reason": {"id": reason, "label": REASONS[reason]},
                        "additional_text": additional_text or "",
                    }
        event = _event(f"phone.{row['kind']}", now, data)
        if self.on_events is not None:
            self.on_events([event])
        return event

    def _subscribe(self, c: sqlite3.Connection, account_id: int, group_id: int, number: str, now: int) -> None:
        """Add the phone to the group (or mark its entry subscribed again); lift an unsubscription block."""
        cur = c.execute(
            "UPDATE phones SET subscribed_at=?, unsubscribed_at=NULL, unsubscribe_reason=NULL "
            "WHERE group_id=? AND phone=?",
            (now, group_id, number),
        )
        if cur.rowcount == 0:
            c.execute("INSERT INTO phones (group_id, phone, subscribed_at) VALUES (?, ?, ?)", (group_id, number, now))
        c.execute(
            "DELETE FROM blocked_numbers WHERE account_id=? AND number=? AND type=?",
            (account_id, number, TYPE_UNSUBSCRIBED),
        )

    def _unsubscribe(
        self, c: sqlite3.Connection, account_id: int, group_id: int | None, number: str, now: int, reason: int | None
    ) -> None:
        """Block the number (type 2); with a group, mark (or add) its entry there as unsubscribed."""
        self._block(c, account_id, number, TYPE_UNSUBSCRIBED)
        if group_id is None or c.execute("SELECT 1 FROM groups WHERE id=?", (group_id,)).fetchone() is None:
            return
        cur = c.execute(
            "UPDATE phones SET unsubscribed_at=?, unsubscribe_reason=? WHERE group_id=? AND phone=?",
            (now, reason, group_id, number),
        )
        if cur.rowcount == 0:
            c.execute(
                "INSERT INTO phones (group_id, phone, unsubscribed_at, unsubscribe_reason) VALUES (?, ?, ?, ?)",
                (group_id, number, now, reason),
            )

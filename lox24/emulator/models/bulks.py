"""Bulks: expand phones and groups into SMS (placeholders filled), price, debit, cancel and delete."""

from __future__ import annotations

import json
import math
import re
import sqlite3
import uuid as uuidlib
from collections.abc import Mapping
from typing import Any

from .. import filters, pricing
from ..errors import CODE_PHONE, CODE_RULE, Violation, ViolationError, unprocessable
from ..numbering import normalize_phone
from ..store import Principal, Row, locked, order_by
from ..text import MAX_PARTS, Encoded, encode, is_gsm
from .blocked_numbers import hold_if_blocked
from .phones import COLUMNS
from .short_links import fill_bulk_links, save_bulk_links
from .sms import SmsBackend

# A text longer than this cannot fit in MAX_PARTS parts in either encoding (GSM: 153 septets a part, and a
# character is at least one septet; UCS-2: 67 units a part).
MAX_FILLED_CHARS = MAX_PARTS * 153
_ANY_PLACEHOLDER = re.compile(r"\[[^\[\]]+\]")


def _placeholders(group: Row | None) -> list[tuple[str, str]]:
    """(placeholder, column) pairs: `[colA]` … `[colE]` and the columns' display names."""
    pairs = [(f"[col{c.upper()}]", c) for c in COLUMNS]
    if group is not None:
        pairs += [(f"[{group[f'name_{c}']}]", c) for c in COLUMNS if group[f"name_{c}"]]
    return pairs


class BulksBackend(SmsBackend):
    """The bulk operations; a bulk's SMS are rows of the SMS table (`bulk_id`)."""

    def _bulk_plan(self, who: Principal, body: Mapping[str, Any]) -> dict[str, Any]:
        """Expand a bulk into its recipients (422 for unknown groups, bad numbers, no recipients)."""
        phones_in = body.get("phones") or []
        groups_in = body.get("msg_groups") or []
        if not phones_in and not groups_in:
            raise unprocessable("phones", "Give phones, msg_groups or both.")
        violations: list[Violation] = []
        recipients: list[tuple[str, str | None, Mapping[str, Any] | None, Mapping[str, Any] | None]] = []
        phones_out: list[str] = []
        for i, raw in enumerate(phones_in):
            normal = normalize_phone(raw)
            if normal is None:
                violations.append(Violation(f"phones[{i}]", "This value is not a valid phone number.", CODE_PHONE))
            else:
                phones_out.append(normal[0])
                recipients.append((normal[0], normal[1], None, None))
        groups: list[sqlite3.Row] = []
        for i, gid in enumerate(groups_in):
            group = self.conn.execute(
                "SELECT * FROM groups WHERE id=? AND account_id=?", (gid, who.account_id)
            ).fetchone()
            if group is None:
                violations.append(Violation(f"msg_groups[{i}]", f"Group {gid} not found.", CODE_RULE))
                continue
            groups.append(group)
            for member in self.conn.execute("SELECT * FROM phones WHERE group_id=? ORDER BY id", (gid,)):
                normal = normalize_phone(member["phone"])
                recipients.append((member["phone"], normal[1] if normal else None, group, member))
        text = body["text"]
        has_placeholders = bool(_ANY_PLACEHOLDER.search(text))
        if not has_placeholders and encode(text, body.get("is_unicode")).parts_count > MAX_PARTS:
            violations.append(Violation("text", f"The text needs more than {MAX_PARTS} SMS parts.", ""))
        if violations:
            raise ViolationError(422, violations)
        return {
            "recipients": recipients,
            "groups": groups,
            "phones": phones_out if body.get("phones") is not None else None,
        }

    def _bulk_messages(self, body: Mapping[str, Any], plan: Mapping[str, Any]) -> list[dict[str, Any]]:
        """One dict per SMS of the bulk: final text, encoding, price, callback data."""
        service = body.get("service_code") or "direct"
        out: list[dict[str, Any]] = []
        for phone, iso2, group, member in plan["recipients"]:
            text = body["text"]
            if member is None:
                # A plain phone has no column values: every placeholder of the bulk's groups becomes "".
                for g in plan["groups"] or [None]:
                    for placeholder, _ in _placeholders(g):
                        text = text.replace(placeholder, "")
            else:
                for placeholder, col in _placeholders(group):
                    text = text.replace(placeholder, member[col] or "")
            if len(text) > MAX_FILLED_CHARS:
                # Placeholders can fill a 1785-character text with 1530-character columns (~455 000 characters a
                # member): more than ten parts in any encoding. Encoding and storing all of it, for each member
                # of up to 100 groups, blocked the server for minutes; the SMS is never sent (status 400) anyway.
                forced = body.get("is_unicode")
                is_unicode = bool(forced) if forced is not None else not is_gsm(text[:MAX_FILLED_CHARS])
                enc = Encoded(text[:MAX_FILLED_CHARS], is_unicode, len(text), math.ceil(len(text) / 153))
            else:
                enc = encode(text, body.get("is_unicode"))
            too_long = enc.parts_count > MAX_PARTS
            out.append(
                {
                    "phone": phone,
                    "iso2": iso2,
                    "text": enc.text,
                    "is_unicode": enc.is_unicode,
                    "chars_count": enc.chars_count,
                    "parts_count": enc.parts_count,
                    "price": pricing.price_for(iso2, enc.parts_count, service),
                    "too_long": too_long,
                    "callback_data": member["callback_data"] if member is not None else None,
                }
            )
        return out

    def _bulk_json(self, row: Row, *, short: bool = False, dryrun: bool = False) -> dict[str, Any]:
        """A bulk in LOX24's field order (the GET /bulks/{id} page); `short` (bulk_read_status, lists) has no
        sender, text or recipients."""
        result: dict[str, Any] = {"uuid": row["uuid"], "delivery_at": row["delivery_at"]}
        if not short:
            phones = row["phones"]
            groups = row["msg_groups"]
            result["sender_id"] = row["sender_id"]
            result["text"] = row["text"]
            result["phones"] = json.loads(phones) if isinstance(phones, str) else phones
            result["msg_groups"] = json.loads(groups) if isinstance(groups, str) else groups
        result.update(
            {
                "status_code": row["status_code"],
                "msg_total_count": row["msg_total_count"],
                "created_at": row["created_at"],
                "processed_at": row["processed_at"],
                "ip": row["ip"],
                "is_unicode": None if row["is_unicode"] is None else bool(row["is_unicode"]),
                "is_dryrun": dryrun,
                "service_code": row["service_code"],
                "key_id": row["key_id"],
                "source": row["source"],
                "voice_lang": row["voice_lang"],
                "is_text_deleted": bool(row["is_text_deleted"]),
                "msg_total_cost": round(float(row["msg_total_cost"]), 4),
            }
        )
        return result

    @locked
    def create_bulk(self, who: Principal, body: Mapping[str, Any], ip: str, *, dryrun: bool = False) -> dict[str, Any]:
        """POST /bulks (and /bulks/dryrun): expand, price and (unless dry) store the bulk and its SMS."""
        self.tick()
        body = self._account_defaults(who, body)
        plan = self._bulk_plan(who, body)
        messages = self._bulk_messages(body, plan)
        fill_bulk_links(self, who, body, messages)  # [slink]: models/short_links.py
        now = self._now()
        delivery_at = body.get("delivery_at") or 0
        due_at = max(now, delivery_at)
        row: dict[str, Any] = {
            "uuid": "",
            "account_id": who.account_id,
            "key_id": who.key_id,
            "sender_id": body["sender_id"],
            "text": body["text"],
            "phones": plan["phones"],
            "msg_groups": body.get("msg_groups"),
            "delivery_at": delivery_at,
            "due_at": due_at,
            "status_code": 0 if messages else 201,
            "msg_total_count": len(messages),
            "msg_total_cost": 0.0,
            "created_at": now,
            "processed_at": None if messages else now,
            "ip": ip,
            "is_unicode": body.get("is_unicode"),
            "service_code": body.get("service_code") or "direct",
            "source": body.get("source"),
            "voice_lang": body.get("voice_lang"),
            "is_text_deleted": int(bool(body.get("is_text_deleted"))),
        }
        if dryrun:
            row["uuid"] = str(uuidlib.UUID(int=self._rng.getrandbits(128), version=4))
            row["msg_total_cost"] = round(sum(m["price"] for m in messages if not m["too_long"]), 6)
            return self._bulk_json(row, dryrun=True)
        with self._tx() as c:
            row["uuid"] = self._uuid("bulks")
            total = 0.0
            for m in messages:
                sms_body = {**body, "sender_id": body["sender_id"], "callback_data": m["callback_data"]}
                prep = {**m, "service_code": row["service_code"], "attempts_count_max": None}
                sms = self._sms_row(who, sms_body, prep, ip, now, self._uuid("sms"))
                sms["bulk_id"] = row["uuid"]
                sms["next_at"] = due_at + pricing.BULK_DELAY
                hold_if_blocked(c, sms, m)  # a blocked number: status 208, price 0 (models/blocked_numbers.py)
                if m["too_long"]:
                    sms.update(status_code=400, stage=2, charged=0.0)
                elif not self._debit(c, who.account_id, m["price"]):
                    sms.update(status_code=3000, stage=2, charged=0.0)
                else:
                    total += m["price"]
                self._insert_sms(c, sms)
                save_bulk_links(c, m, sms)
            row["msg_total_cost"] = round(total, 6)
            self._due_at(due_at)
            c.execute(
                "INSERT INTO bulks (uuid, account_id, key_id, sender_id, text, phones, msg_groups, delivery_at, "
                "due_at, status_code, msg_total_count, msg_total_cost, created_at, processed_at, ip, is_unicode, "
                "service_code, source, voice_lang, is_text_deleted) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (
                    row["uuid"],
                    row["account_id"],
                    row["key_id"],
                    row["sender_id"],
                    row["text"],
                    None if row["phones"] is None else json.dumps(row["phones"]),
                    None if row["msg_groups"] is None else json.dumps(row["msg_groups"]),
                    row["delivery_at"],
                    row["due_at"],
                    row["status_code"],
                    row["msg_total_count"],
                    row["msg_total_cost"],
                    row["created_at"],
                    row["processed_at"],
                    row["ip"],
                    None if row["is_unicode"] is None else int(row["is_unicode"]),
                    row["service_code"],
                    row["source"],
                    row["voice_lang"],
                    row["is_text_deleted"],
                ),
            )
        return self._bulk_json(row)

    def dry_run_bulk(self, who: Principal, body: Mapping[str, Any], ip: str) -> dict[str, Any]:
        """POST /bulks/dryrun: the bulk POST /bulks would create, priced; nothing stored or charged."""
        return self.create_bulk(who, body, ip, dryrun=True)

    def _get_bulk_row(self, who: Principal, bulk_id: str) -> sqlite3.Row:
        return self._one(
            "SELECT * FROM bulks WHERE uuid=? AND account_id=?", (bulk_id, who.account_id), "Bulk not found."
        )

    @locked
    def get_bulk(self, who: Principal, bulk_id: str) -> dict[str, Any]:
        self.tick()
        return self._bulk_json(self._get_bulk_row(who, bulk_id))

    @locked
    def get_bulk_status(self, who: Principal, bulk_id: str) -> dict[str, Any]:
        self.tick()
        return self._bulk_json(self._get_bulk_row(who, bulk_id), short=True)

    @locked
    def list_bulks(self, who: Principal, query: filters.Query, page: int = 1) -> tuple[list[dict[str, Any]], int]:
        """GET /bulks: one page of the filtered bulks (newest first unless `_order[...]`) and the total count."""
        self.tick()
        sel = filters.parse(query, filters.BULK_FILTERS, strict=False, ignore=("page",), lower="ulower")
        params = [who.account_id, *sel.params]
        rows, total = self._page(
            "bulks", f"account_id=? AND {sel.where}", params, order_by(sel.order_by, "created_at DESC"), page
        )
        return [self._bulk_json(r, short=True) for r in rows], total

    @locked
    def cancel_bulk(self, who: Principal, bulk_id: str) -> dict[str, Any]:
        """PUT /bulks/{id}/cancel: status 15, unsent SMS 6000 and refunded (only from status 0 or 5)."""
        self.tick()
        with self._tx() as c:
            row = self._get_bulk_row(who, bulk_id)
            if row["status_code"] in (0, 5):
                rows = c.execute("SELECT uuid, charged FROM sms WHERE bulk_id=? AND stage=0", (bulk_id,)).fetchall()
                c.executemany(
                    "UPDATE sms SET status_code=6000, stage=2, charged=0 WHERE uuid=?", [(r[0],) for r in rows]
                )
                self._credit(c, who.account_id, round(sum(float(r["charged"]) for r in rows), 6))
                c.execute("UPDATE bulks SET status_code=15, processed_at=? WHERE uuid=?", (self._now(), bulk_id))
        return self._bulk_json(self._get_bulk_row(who, bulk_id), short=True)

    @locked
    def delete_bulk(self, who: Principal, bulk_id: str) -> None:
        """DELETE /bulks/{id}: the bulk and its SMS (no refund)."""
        self.tick()
        with self._tx() as c:
            self._get_bulk_row(who, bulk_id)
            c.execute("DELETE FROM sms WHERE bulk_id=? AND account_id=?", (bulk_id, who.account_id))
            c.execute("DELETE FROM bulks WHERE uuid=?", (bulk_id,))

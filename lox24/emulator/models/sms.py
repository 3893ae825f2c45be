"""SMS: create (priced, debited, group-committed), dry run, read, list with filters, cancel and delete in batches."""

from __future__ import annotations

import operator
import sqlite3
from collections.abc import Mapping
from typing import Any

from .. import filters, pricing
from ..errors import CODE_PHONE, PAYMENT_REQUIRED, EmulatorError, Violation, ViolationError, not_found
from ..numbering import normalize_phone
from ..store import DRYRUN_UUID, Principal, Row, Write, locked, order_by
from ..text import MAX_PARTS, encode
from ..timeline import Timeline, delivery_event
from .blocked_numbers import hold_if_blocked
from .short_links import prepare_sms_links

_SMSCOLUMNS = (
    "uuid, account_id, key_id, text, sender_id, phone, iso2, delivery_at, status_code, gateway_sent_at, dlr_code, "
    "source, ip, created_at, is_unicode, voice_lang, parts_count, chars_count, callback_data, bulk_id, service_code, "
    "is_text_deleted, price, charged, is_sent, attempts_count_max, stage, next_at, outcome_kind, outcome_code"
)
_SMSINSERT = f"INSERT INTO sms ({_SMSCOLUMNS}) VALUES ({', '.join('?' * len(_SMSCOLUMNS.split(', ')))})"
_smsvalues = operator.itemgetter(*_SMSCOLUMNS.split(", "))  # a row dict -> the values in column order


class SmsBackend(Timeline):
    """The SMS operations (`create_sms`, `list_sms`, …: the spec's operationIds)."""

    def _account_defaults(self, who: Principal, body: Mapping[str, Any]) -> dict[str, Any]:
        """The body with the account-wide "delete texts after sending" applied when the request leaves it out."""
        if body.get("is_text_deleted") is not None:
            return dict(body)
        flag = self._text_deleted_cache.get(who.account_id)
        if flag is None:
            row = self.conn.execute("SELECT is_text_deleted FROM accounts WHERE id=?", (who.account_id,)).fetchone()
            flag = self._text_deleted_cache[who.account_id] = bool(row[0]) if row else False
        return {**body, "is_text_deleted": flag}

    def _prepare_sms(self, body: Mapping[str, Any]) -> dict[str, Any]:
        """Check the rules across fields (422) and compute the SMS's derived fields."""
        violations: list[Violation] = []
        service = body.get("service_code") or "direct"
        attempts = body.get("attempts_count_max")
        if attempts is not None and service == "direct":
            violations.append(
                Violation("attempts_count_max", "This value must be null for the service direct.", "e2c0a0a3-attempts")
            )
        normal = normalize_phone(body["phone"])
        if normal is None:
            violations.append(Violation("phone", "This value is not a valid phone number.", CODE_PHONE))
        enc = encode(body["text"], body.get("is_unicode"))
        if enc.parts_count > MAX_PARTS:
            violations.append(
                Violation("text", f"The text needs {enc.parts_count} SMS parts; at most {MAX_PARTS} are allowed.", "")
            )
        if violations:
            raise ViolationError(422, violations)
        assert normal is not None
        phone, iso2 = normal
        return {
            "text": enc.text,
            "phone": phone,
            "iso2": iso2,
            "is_unicode": enc.is_unicode,
            "chars_count": enc.chars_count,
            "parts_count": enc.parts_count,
            "service_code": service,
            "attempts_count_max": attempts,
            "price": pricing.price_for(iso2, enc.parts_count, service, attempts),
        }

    def _sms_row(
        self, who: Principal, body: Mapping[str, Any], prep: Mapping[str, Any], ip: str, now: int, sms_uuid: str
    ) -> dict[str, Any]:
        delivery_at = body.get("delivery_at") or 0
        outcome = pricing.OUTCOMES.get(prep["phone"], pricing.DEFAULT_OUTCOME)
        return {
            "uuid": sms_uuid,
            "account_id": who.account_id,
            "key_id": who.key_id,
            "text": prep["text"],
            "sender_id": body["sender_id"],
            "phone": prep["phone"],
            "iso2": prep["iso2"],
            "delivery_at": delivery_at,
            "status_code": 0,
            "gateway_sent_at": 0,
            "dlr_code": 0,
            "source": body.get("source"),
            "ip": ip,
            "created_at": now,
            "is_unicode": int(prep["is_unicode"]),
            "voice_lang": body.get("voice_lang"),
            "parts_count": prep["parts_count"],
            "chars_count": prep["chars_count"],
            "callback_data": body.get("callback_data"),
            "bulk_id": None,
            "service_code": prep["service_code"],
            "is_text_deleted": int(bool(body.get("is_text_deleted"))),
            "price": prep["price"],
            "charged": prep["price"],
            "is_sent": 0,
            "attempts_count_max": prep["attempts_count_max"],
            "stage": 0,
            "next_at": max(now + pricing.SEND_DELAY, delivery_at),
            "outcome_kind": outcome[0],
            "outcome_code": outcome[1],
        }

    def _insert_sms(self, c: sqlite3.Connection, row: Mapping[str, Any]) -> None:
        self._due_at(row["next_at"])
        c.execute(_SMSINSERT, _smsvalues(row))

    @locked
    def create_sms(self, who: Principal, body: Mapping[str, Any], ip: str) -> dict[str, Any]:
        """POST /sms: validate the rules, price, debit (402 when short) and store the SMS."""
        write = self.prepare_create_sms(who, body, ip)
        with self._tx() as c:
            return write(c)

    @locked
    def prepare_create_sms(self, who: Principal, body: Mapping[str, Any], ip: str) -> Write:
        """The checks of POST /sms (400/422 raised here) and the write that stores it (402 raised there).

        The write runs inside a transaction of the caller's, alone (`create_sms`) or together with other
        requests' writes (`run_batch`, group commit); it changes nothing before it raises.
        """
        self.tick()
        body = self._account_defaults(who, body)
        prep, links = prepare_sms_links(self, who, body, self._prepare_sms)  # [slink]: models/short_links.py

        def write(c: sqlite3.Connection) -> dict[str, Any]:
            row = self._sms_row(who, body, prep, ip, self._now(), self._uuid("sms"))
            hold_if_blocked(c, row)  # a blocked number: status 208, price 0 (models/blocked_numbers.py)
            if not self._debit(c, who.account_id, row["price"]):
                raise EmulatorError(402, PAYMENT_REQUIRED)
            self._insert_sms(c, row)
            links.save(c, row)
            return sms_json(row)

        return write

    @locked
    def dry_run_sms(self, who: Principal, body: Mapping[str, Any], ip: str) -> dict[str, Any]:
        """POST /sms/dryrun: the SMS POST /sms would create; nothing stored or charged.

        With a webhook URL, one `sms.delivery.dryrun` event follows: LOX24 sends delivery reports for dry runs
        "as for real SMS, with status 0" (dlr_code 0 documented; status_code 0 as in this answer).
        """
        body = self._account_defaults(who, body)
        prep, _ = prepare_sms_links(self, who, body, self._prepare_sms)  # [slink]: models/short_links.py
        now = self._now()
        sms = sms_json(self._sms_row(who, body, prep, ip, now, DRYRUN_UUID))
        if self.on_events is not None and self.events_wanted():
            event = delivery_event(
                DRYRUN_UUID, who.key_id, 0, sms["callback_data"], now, name="sms.delivery.dryrun", status=0
            )
            self.on_events([event])
        return sms

    @locked
    def get_sms(self, who: Principal, sms_uuid: str) -> dict[str, Any]:
        self.tick()
        row = self._one("SELECT * FROM sms WHERE uuid=? AND account_id=?", (sms_uuid, who.account_id), "Sms not found.")
        return sms_json(row)

    @locked
    def delete_sms(self, who: Principal, sms_uuid: str) -> None:
        self.tick()
        with self._tx() as c:
            cur = c.execute("DELETE FROM sms WHERE uuid=? AND account_id=?", (sms_uuid, who.account_id))
            if cur.rowcount == 0:
                raise not_found("Sms not found.")

    @locked
    def list_sms(self, who: Principal, query: filters.Query, page: int = 1) -> tuple[list[dict[str, Any]], int]:
        """GET /sms: one page of the filtered SMS (newest first unless `_order[...]`) and the total count.

        `query` is the request's query (LOX24's whole filter grammar, `uuid[0]=` like `uuid[]=`); unknown
        parameters are ignored, malformed values of known filters are a 400 naming the parameter.
        """
        self.tick()
        sel = filters.parse(query, filters.SMS_FILTERS, strict=False, ignore=("page",), lower="ulower")
        where, params = _where(who.account_id, sel)
        rows, total = self._page("sms", where, params, order_by(sel.order_by, "created_at DESC"), page)
        return [sms_json(r) for r in rows], total

    @locked
    def cancel_sms_batch(self, who: Principal, query: filters.Query) -> dict[str, int]:
        """POST /sms/ops/batch_cancel: stop the unsent matching SMS (status 6000) and refund them.

        Strict: a parameter that is not a filter of this operation, or a malformed value, is a 400 naming it,
        and nothing changes. No filter at all selects every SMS of the account, as LOX24 does.
        """
        self.tick()
        where, params = _where(who.account_id, filters.parse(query, filters.SMS_FILTERS, strict=True, lower="ulower"))
        with self._tx() as c:
            rows = c.execute(f"SELECT uuid, charged FROM sms WHERE {where} AND stage=0", params).fetchall()
            refund = sum(float(r["charged"]) for r in rows)
            c.executemany("UPDATE sms SET status_code=6000, stage=2, charged=0 WHERE uuid=?", [(r[0],) for r in rows])
            self._credit(c, who.account_id, round(refund, 6))
        return {"deleted_sms_count": len(rows)}

    @locked
    def delete_sms_batch(self, who: Principal, query: filters.Query) -> dict[str, int]:
        """POST /sms/ops/batch_delete: delete the matching SMS (no refund); strict like `cancel_sms_batch`."""
        self.tick()
        where, params = _where(who.account_id, filters.parse(query, filters.SMS_FILTERS, strict=True, lower="ulower"))
        with self._tx() as c:
            cur = c.execute(f"DELETE FROM sms WHERE {where}", params)
        return {"deleted_sms_count": cur.rowcount}

    @locked
    def outbox(self) -> list[dict[str, Any]]:
        """Every SMS handed to the network (all accounts), oldest first, with its original text."""
        self.tick()
        rows = self.conn.execute("SELECT * FROM sms WHERE is_sent=1 ORDER BY gateway_sent_at, seq").fetchall()
        return [{**sms_json(r, keep_text=True), "account_id": r["account_id"]} for r in rows]


def _where(account_id: int, sel: filters.Selection) -> tuple[str, list[Any]]:
    """The WHERE clause of the account's SMS that the filters select (parameterised)."""
    return f"account_id=? AND {sel.where}", [account_id, *sel.params]


def sms_json(row: Row, *, keep_text: bool = False) -> dict[str, Any]:
    """The plain (application/json) form of an SMS."""
    deleted = bool(row["is_text_deleted"])
    sms_uuid = row["uuid"]
    return {  # LOX24's order (the POST /sms page's example)
        "text": "" if deleted and row["is_sent"] and not keep_text else row["text"],
        "sender_id": row["sender_id"],
        "phone": row["phone"],
        "delivery_at": row["delivery_at"],
        "status_code": row["status_code"],
        "gateway_sent_at": row["gateway_sent_at"],
        "source": row["source"],
        "dlr_code": row["dlr_code"],
        "ip": row["ip"],
        "created_at": row["created_at"],
        "is_unicode": None if row["is_unicode"] is None else bool(row["is_unicode"]),
        "uuid": sms_uuid,
        "iso2": row["iso2"],
        "voice_lang": row["voice_lang"],
        "parts_count": row["parts_count"],
        "chars_count": row["chars_count"],
        "callback_data": row["callback_data"],
        "bulk_id": row["bulk_id"],
        "key_id": row["key_id"],
        "service_code": row["service_code"],
        "is_text_deleted": deleted,
        "price": round(float(row["price"]), 4),
        "is_sent": bool(row["is_sent"]),
        "requests": f"/sms/{sms_uuid}/requests",
        "clicks": f"/sms/{sms_uuid}/clicks",
        "attempts_count_max": row["attempts_count_max"],
    }

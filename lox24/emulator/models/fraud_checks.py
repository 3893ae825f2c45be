"""Fraud checks: create, list, read, delete; processed on the virtual clock, scored by documented magic inputs.

A check moves 0 (new) → 5 (in progress, charged) → 10 (done, with a risk score), or ends with 20 (the balance was
short when processing started; not charged), 21 (invalid data) or 1000 (unexpected error), both refunded. Each end
pushes a `fraud-check.done` webhook. The scores come from `assess()`, a pure function of the inputs (README.md,
"Magic fraud-check inputs"); nothing is random, so a test can rely on every outcome.
"""

from __future__ import annotations

import ipaddress
import json
import re
import sqlite3
import uuid as uuidlib
from collections.abc import Mapping
from typing import Any

import phonenumbers

from .. import filters
from ..errors import not_found
from ..numbering import normalize_phone
from ..store import Principal, Row, locked, order_by
from ..timeline import Timeline

# EUR per check, charged when its processing starts (LOX24 publishes no prices; written in the spec too).
PRICES: dict[str, float] = {"economy": 0.03, "pro": 0.06, "direct": 0.09}
# Virtual seconds from creation to the start of processing (direct is processed with priority) ...
PICKUP_DELAY: dict[str, int] = {"direct": 1, "pro": 2, "economy": 5}
# ... and from the start of processing to the result.
SCORING_DELAY: dict[str, int] = {"direct": 2, "pro": 3, "economy": 5}

NEW, IN_PROGRESS, DONE, NO_FUNDS, INVALID_DATA, UNEXPECTED_ERROR = 0, 5, 10, 20, 21, 1000

# Magic inputs: the check ends with this status (refunded).
ERROR_INPUTS: dict[str, int] = {
    "+491700000021": INVALID_DATA,
    "+491700001000": UNEXPECTED_ERROR,
    "invalid@example.com": INVALID_DATA,
    "error@example.com": UNEXPECTED_ERROR,
}
# Magic phone numbers (valid German mobile numbers): (number_type reported, score of the phone part).
MAGIC_PHONES: dict[str, tuple[str, int]] = {"+491700000666": ("voip", 95), "+491700000050": ("mobile", 50)}
# Magic e-mail domains: (is_anonymous, score of the e-mail part).
MAGIC_DOMAINS: dict[str, tuple[bool, int]] = {
    "fraud.example": (False, 95),
    "mailinator.com": (True, 70),
    "trashmail.com": (True, 70),
}
# Magic IP networks (the documentation ranges of RFC 5737 and RFC 3849): proxy type, score, country, ISP.
MAGIC_NETWORKS: list[tuple[ipaddress.IPv4Network | ipaddress.IPv6Network, str, int, str, str]] = [
    (ipaddress.ip_network("203.0.113.0/24"), "TOR", 95, "NL", "Tor exit node"),
    (ipaddress.ip_network("198.51.100.0/24"), "VPN", 60, "SE", "Anonymous VPN AB"),
    (ipaddress.ip_network("192.0.2.0/24"), "DCH", 40, "US", "Example Hosting Inc."),
    (ipaddress.ip_network("2001:db8::/32"), "PUB", 75, "US", "Open Proxy Ltd."),
]
CLEAN = 5  # the score of a part with nothing suspicious
_EMAIL_RE = re.compile(r"[^@\s]+@([^@\s]+\.[A-Za-z]{2,})")
_NUMBER_TYPES = {
    phonenumbers.PhoneNumberType.MOBILE: "mobile",
    phonenumbers.PhoneNumberType.FIXED_LINE: "fixed_line",
    phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE: "fixed_line_or_mobile",
    phonenumbers.PhoneNumberType.VOIP: "voip",
    phonenumbers.PhoneNumberType.TOLL_FREE: "toll_free",
    phonenumbers.PhoneNumberType.PREMIUM_RATE: "premium_rate",
}


def _phone_part(phone: str) -> tuple[dict[str, Any], int]:
    real = normalize_phone(phone)
    if real is None:
        return {"region": None, "number_type": "unknown", "is_valid": False, "is_possible": False}, 80
    e164, region = real
    if e164 in MAGIC_PHONES:
        kind, score = MAGIC_PHONES[e164]
    else:
        kind = _NUMBER_TYPES.get(phonenumbers.number_type(phonenumbers.parse(e164)), "unknown")
        score = {"voip": 60, "premium_rate": 70}.get(kind, CLEAN)
    return {"region": region, "number_type": kind, "is_valid": True, "is_possible": True}, score


def _email_part(email: str) -> tuple[dict[str, Any], int]:
    m = _EMAIL_RE.fullmatch(email)
    if m is None:
        return {"is_possible": False, "is_anonymous": False}, 80
    anonymous, score = MAGIC_DOMAINS.get(m.group(1).lower(), (False, CLEAN))
    return {"is_possible": True, "is_anonymous": anonymous}, score


def _ip_part(ip: str) -> tuple[dict[str, Any], int]:
    unknown: dict[str, Any] = dict.fromkeys(("iso2", "state", "city", "postcode", "geolocation", "isp_name"))
    unknown |= {"isp_risk_score": None, "proxy_type": None, "connection_type": None}
    try:
        addr = ipaddress.ip_address(ip)
    except ValueError:
        return {"is_ok": False, **unknown}, 50
    for net, proxy, score, iso2, isp in MAGIC_NETWORKS:
        if addr.version == net.version and addr in net:
            return {
                **unknown,
                "is_ok": True,
                "iso2": iso2,
                "isp_name": isp,
                "isp_risk_score": score,
                "proxy_type": proxy,
                "connection_type": None,
            }, score
    if not addr.is_global:  # private, loopback, link-local ...: cannot be located
        return {"is_ok": False, **unknown}, 20
    return {
        "is_ok": True,
        "iso2": "DE",
        "state": "BE",
        "city": "Berlin",
        "postcode": "10117",
        "geolocation": [52.52, 13.405],
        "isp_name": "Example Telecom",
        "isp_risk_score": CLEAN,
        "proxy_type": None,
        "connection_type": "dsl",
    }, CLEAN


def assess(row: Row) -> tuple[int, float | None, dict[str, dict[str, Any]]]:
    """The outcome of a check: final status, risk score (None unless done) and the details of each part."""
    for value in (row["phone"], row["email"]):
        if value is not None and value.lower() in ERROR_INPUTS:
            return ERROR_INPUTS[value.lower()], None, {}
    details: dict[str, dict[str, Any]] = {}
    scores: list[int] = []
    if row["phone"] is not None:
        details["request_phone"], score = _phone_part(row["phone"])
        scores.append(score)
    if row["email"] is not None:
        details["request_email"], score = _email_part(row["email"])
        scores.append(score)
    if row["ip"] is not None:
        details["request_ip"], score = _ip_part(row["ip"])
        scores.append(score)
    if row["address"] is not None:
        iso2 = json.loads(row["address"])["iso2"]
        # An address in another country than the phone number's or the IP address's is suspicious.
        elsewhere = {details.get(p, {}).get(k) for p, k in (("request_phone", "region"), ("request_ip", "iso2"))}
        scores.append(40 if elsewhere - {None, iso2} else CLEAN)
    if not scores:
        return INVALID_DATA, None, {}  # nothing to check
    return DONE, float(max(scores)), details


def _result(status: int, risk: float | None) -> str:
    if status != DONE or risk is None:
        return "error"
    return "clean" if risk < 30 else "suspicious" if risk < 70 else "fraud"


class FraudChecksBackend(Timeline):
    """POST/GET/DELETE /fraud-checks, and their progress on the virtual clock (`tick`)."""

    def _init_state(self) -> None:
        super()._init_state()
        self._fraud_due = 0.0

    def _on_bootstrap(self, c: sqlite3.Connection) -> None:
        super()._on_bootstrap(c)
        self._refresh_fraud_due(c)

    def _refresh_fraud_due(self, c: sqlite3.Connection) -> None:
        due = c.execute("SELECT MIN(next_at) FROM fraud_checks WHERE next_at IS NOT NULL").fetchone()[0]
        self._fraud_due = float("inf") if due is None else float(due)

    @staticmethod
    def _fraud_json(row: Row) -> dict[str, Any]:
        status = int(row["status_code"])
        done = status == DONE and row["service_code"] != "economy"
        details = assess(row)[2] if done else {}
        stamps = {"status_code": status, "created_at": row["created_at"], "updated_at": row["updated_at"]}
        address = json.loads(row["address"]) if row["address"] is not None else None
        parts = {
            "request_phone": None if row["phone"] is None else {"phone": row["phone"]},
            "request_email": None if row["email"] is None else {"email": row["email"]},
            "request_ip": None if row["ip"] is None else {"ip": row["ip"]},
            "request_address": address,
        }
        return {
            "id": row["uuid"],
            "service_code": row["service_code"],
            "status_code": status,
            "risk_score": row["risk_score"],
            "price": row["price"],
            "callback_data": row["callback_data"],
            **{k: None if v is None else {**v, **details.get(k, {}), **stamps} for k, v in parts.items()},
            "created_at": row["created_at"],
            "updated_at": row["updated_at"],
        }

    @locked
    def create_fraud_check(self, who: Principal, body: Mapping[str, Any]) -> dict[str, Any]:
        """POST /fraud-checks (the body already validated): store it as new; processing starts on the clock."""
        self.tick()
        now = self._now()
        phone = body.get("phone")
        if phone is not None:
            real = normalize_phone(phone)
            phone = real[0] if real is not None else phone
        address = body.get("address")
        row = {
            "uuid": self._uuid("fraud_checks"),
            "account_id": who.account_id,
            "service_code": body["service_code"],
            "callback_data": body.get("callback_data"),
            "phone": phone,
            "email": body.get("email"),
            "ip": body.get("ip"),
            "address": None if address is None else json.dumps({k: address.get(k) for k in _ADDRESS_FIELDS}),
            "now": now,
            "next_at": now + PICKUP_DELAY[body["service_code"]],
        }
        with self._tx() as c:
            c.execute(
                "INSERT INTO fraud_checks (uuid, account_id, service_code, status_code, risk_score, price, "
                "callback_data, phone, email, ip, address, created_at, updated_at, next_at) VALUES (:uuid, "
                ":account_id, :service_code, 0, NULL, 0, :callback_data, :phone, :email, :ip, :address, :now, :now, "
                ":next_at)",
                row,
            )
        self._fraud_due = min(self._fraud_due, row["next_at"])
        return self._get_fraud_row(who, row["uuid"])

    def _get_fraud_row(self, who: Principal, check_id: str) -> dict[str, Any]:
        row = self.conn.execute(
            "SELECT * FROM fraud_checks WHERE uuid=? AND account_id=?", (check_id, who.account_id)
        ).fetchone()
        if row is None:
            raise not_found("FraudCheck not found.")
        return self._fraud_json(row)

    @locked
    def get_fraud_check(self, who: Principal, check_id: str) -> dict[str, Any]:
        self.tick()
        return self._get_fraud_row(who, check_id)

    @locked
    def list_fraud_checks(
        self, who: Principal, query: filters.Query, page: int = 1
    ) -> tuple[list[dict[str, Any]], int]:
        """GET /fraud-checks: one page of the filtered checks (newest first unless `_order[created_at]`)."""
        self.tick()
        sel = filters.parse(query, filters.FRAUD_CHECK_FILTERS, strict=False, ignore=("page",), lower="ulower")
        where, params = f"account_id=? AND {sel.where}", [who.account_id, *sel.params]
        rows, total = self._page("fraud_checks", where, params, order_by(sel.order_by, "created_at DESC"), page)
        return [self._fraud_json(r) for r in rows], total

    @locked
    def delete_fraud_check(self, who: Principal, check_id: str) -> None:
        self.tick()
        with self._tx() as c:
            cur = c.execute("DELETE FROM fraud_checks WHERE uuid=? AND account_id=?", (check_id, who.account_id))
            if cur.rowcount == 0:
                raise not_found("FraudCheck not found.")

    def tick(self) -> None:
        """Also move the fraud checks that are due (each step at its own virtual time)."""
        super().tick()
        if self._now() < self._fraud_due:
            return
        with self._lock:
            events = self._advance_fraud_checks(self._now())
        if events and self.on_events is not None:
            self.on_events(events)

    def _advance_fraud_checks(self, now: int) -> list[dict[str, Any]]:
        events: list[dict[str, Any]] = []
        with self._tx() as c:
            rows = c.execute(
                "SELECT * FROM fraud_checks WHERE next_at IS NOT NULL AND next_at <= ? ORDER BY next_at, seq", (now,)
            ).fetchall()
            for row in rows:
                at, status, price, risk = int(row["next_at"]), int(row["status_code"]), float(row["price"]), None
                service, account = row["service_code"], int(row["account_id"])
                score_now = status == IN_PROGRESS
                if status == NEW:
                    if all(row[k] is None for k in ("phone", "email", "ip", "address")):
                        status = INVALID_DATA  # nothing to check: ends at once, not charged
                    elif not self._debit(c, account, PRICES[service]):
                        status = NO_FUNDS  # not charged
                    else:
                        status, price = IN_PROGRESS, PRICES[service]
                        if at + SCORING_DELAY[service] <= now:  # the clock moved past the result as well
                            at += SCORING_DELAY[service]
                            score_now = True
                if score_now:
                    status, risk, _ = assess(row)
                    if status != DONE:
                        self._credit(c, account, price)  # refunded
                        price = 0.0
                final = status != IN_PROGRESS
                next_at = None if final else at + SCORING_DELAY[service]
                c.execute(
                    "UPDATE fraud_checks SET status_code=?, risk_score=?, price=?, updated_at=?, next_at=? WHERE seq=?",
                    (status, risk, price, at, next_at, row["seq"]),
                )
                if final and self.events_wanted():
                    events.append(_done_event(row, status, risk, price, at))
            self._refresh_fraud_due(c)
        return events


_ADDRESS_FIELDS = ("iso2", "city", "postcode", "street_name", "street_number")


def _done_event(row: Row, status: int, risk: float | None, price: float, at: int) -> dict[str, Any]:
    """A `fraud-check.done` webhook event (LOX24 documents `data` as free-form; see the spec's webhook)."""
    confidence = None if risk is None else round(0.5 + abs(risk - 50) / 100, 2)
    return {
        "id": str(uuidlib.uuid4()),
        "api_version": "2022-05-25",
        "name": "fraud-check.done",
        "created_at": at,
        "attempt_total": 4,
        "attempts_total": 4,
        "attempt_number": 1,
        "notification_task_id": str(uuidlib.uuid4()),
        "data": {
            "id": row["uuid"],
            "check_id": row["uuid"],
            "result": _result(status, risk),
            "confidence_score": confidence,
            "status_code": status,
            "risk_score": risk,
            "service_code": row["service_code"],
            "price": price,
            "callback_data": row["callback_data"],
        },
    }

"""Verify codes (one-time passwords): create, read, list; each walks its routing strategy on the virtual clock.

A code is created with status 0; `SEND_DELAY` later its first step starts. A step tries its channel (charged,
status 5): a channel that reaches the phone delivers the code `DELIVERY_DELAY` later (status 10,
`delivered_channel`); one that does not times out after the step's `timeout_sec` and the next step starts at
that moment. When the last step times out the code has failed (20). A step the balance cannot pay, or a
phone the gateway cannot route, ends the code with status 100 (error). Every event lands in `history`.

Which channels reach a phone is decided by the last digit of its E.164 number (the magic phones, listed in
the emulator README): 2 has no Telegram, 3 only takes SMS, 9 is reached by nothing, 0 is an error; every
other digit is reached by all channels.
"""

from __future__ import annotations

import json
import math
import sqlite3
from collections.abc import Mapping
from typing import Any

from .. import pricing
from ..errors import CODE_PHONE, CODE_RULE, Violation, ViolationError
from ..numbering import normalize_phone
from ..store import Principal, Row, locked
from ..timeline import Timeline

CHANNELS = ("telegram", "voice", "sms")
DEFAULT_TIMEOUTS = {"telegram": 30, "voice": 60, "sms": 300}
# Virtual seconds from creation to the first step, and from a step's start to its delivery.
SEND_DELAY = 1
DELIVERY_DELAY = 3
# Euro cents per attempt; an SMS costs the destination's price per part (pricing.PRICES), rounded up.
TELEGRAM_CENTS = 2
VOICE_CENTS = 15
# Last digit of the phone -> the channels that reach it (absent: all of them); "0": the gateway refuses it.
REACHES: dict[str, frozenset[str]] = {
    "2": frozenset({"voice", "sms"}),
    "3": frozenset({"sms"}),
    "9": frozenset(),
}
ERROR_DIGIT = "0"
FINAL = (10, 20, 100)

_COLUMNS = (
    "uuid, account_id, phone, iso2, code, code_length, lang, routing_strategy, status, delivered_channel, cost, "
    "currency, payload, created_at, updated_at, history, is_code_deleted, step, pending, next_at"
)
_INSERT = f"INSERT INTO verify_codes ({_COLUMNS}) VALUES ({', '.join(':' + c for c in _COLUMNS.split(', '))})"


def price_cents(channel: str, iso2: str | None) -> int:
    """What one attempt on `channel` costs, in euro cents."""
    if channel == "telegram":
        return TELEGRAM_CENTS
    if channel == "voice":
        return VOICE_CENTS
    return math.ceil(round(pricing.PRICES.get(iso2 or "", pricing.DEFAULT_PRICE) * 100, 6))


def check_strategy(steps: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The rules across steps (422 naming the step), and each step with the timeout in effect."""
    violations: list[Violation] = []
    seen: set[str] = set()
    for i, step in enumerate(steps):
        channel = step["channel"]
        if channel == "sms" and i != len(steps) - 1:
            violations.append(
                Violation(f"routing_strategy[{i}].channel", "The sms channel can only be the last step.", CODE_RULE)
            )
        if channel in seen:
            violations.append(
                Violation(f"routing_strategy[{i}].channel", "This channel is already used by a step.", CODE_RULE)
            )
        seen.add(channel)
    if violations:
        raise ViolationError(422, violations)
    return [
        {
            "channel": s["channel"],
            "timeout_sec": s.get("timeout_sec") or DEFAULT_TIMEOUTS[s["channel"]],
            "sender_id": s.get("sender_id"),
            "template": s.get("template"),
        }
        for s in steps
    ]


def verify_code_json(row: Row) -> dict[str, Any]:
    """A stored verify code as the API shows it."""
    return {
        "id": row["uuid"],
        "user_id": row["account_id"],
        "phone": row["phone"],
        "code": row["code"],
        "code_length": row["code_length"],
        "lang": row["lang"],
        "routing_strategy": json.loads(row["routing_strategy"]),
        "status": row["status"],
        "delivered_channel": row["delivered_channel"],
        "cost": row["cost"],
        "currency": row["currency"],
        "payload": row["payload"],
        "created_at": row["created_at"],
        "updated_at": row["updated_at"],
        "history": json.loads(row["history"]),
        "is_code_deleted": bool(row["is_code_deleted"]),
    }


class VerifyCodesBackend(Timeline):
    """`create_verify_code`, `get_verify_code`, `list_verify_codes`, and the walk along the routing strategy."""

    def _init_state(self) -> None:
        super()._init_state()
        self._verify_due = 0.0

    def _on_bootstrap(self, c: sqlite3.Connection) -> None:
        super()._on_bootstrap(c)
        self._refresh_verify_due(c)

    def _refresh_verify_due(self, c: sqlite3.Connection) -> None:
        due = c.execute("SELECT MIN(next_at) FROM verify_codes WHERE next_at IS NOT NULL").fetchone()[0]
        self._verify_due = float(due) if due is not None else float("inf")

    def tick(self) -> None:
        """The SMS and bulks' progress (`Timeline.tick`), then every verify-code step that is due."""
        super().tick()
        now = self._now()
        if now < self._verify_due:
            return
        with self._tx() as c:
            for row in c.execute(
                "SELECT * FROM verify_codes WHERE next_at IS NOT NULL AND next_at <= ? ORDER BY next_at, seq", (now,)
            ).fetchall():
                state = dict(row)
                state["routing_strategy"] = json.loads(row["routing_strategy"])
                state["history"] = json.loads(row["history"])
                while state["next_at"] is not None and state["next_at"] <= now:
                    self._advance(c, state)
                if state["status"] in FINAL and state["is_code_deleted"]:
                    state["code"] = None
                c.execute(
                    "UPDATE verify_codes SET status=:status, delivered_channel=:delivered_channel, cost=:cost, "
                    "code=:code, updated_at=:updated_at, history=:history, step=:step, pending=:pending, "
                    "next_at=:next_at WHERE uuid=:uuid",
                    {**state, "history": json.dumps(state["history"])},
                )
            self._refresh_verify_due(c)

    def _advance(self, c: sqlite3.Connection, s: dict[str, Any]) -> None:
        """Carry out the one event of `s` due at `s["next_at"]` (a step starts, delivers or times out)."""
        at = s["next_at"]
        step = s["routing_strategy"][s["step"]]
        channel = step["channel"]
        s["updated_at"] = at

        def finish(status: int, event: str, message: str | None = None) -> None:
            s["history"].append({"channel": channel, "event": event, "created_at": at, "message": message})
            s.update(status=status, pending=None, next_at=None)

        if s["pending"] == "start":
            if s["phone"][-1] == ERROR_DIGIT:
                finish(100, "error", "The gateway cannot route this phone number.")
                return
            cents = price_cents(channel, s["iso2"])
            if not self._debit(c, s["account_id"], cents / 100):
                finish(100, "error", "There are not enough funds on your account!")
                return
            s["cost"] = (s["cost"] or 0) + cents
            s["status"] = 5
            s["history"].append({"channel": channel, "event": "sent", "created_at": at, "message": None})
            if channel in REACHES.get(s["phone"][-1], frozenset(CHANNELS)):
                s.update(pending="delivered", next_at=at + DELIVERY_DELAY)
            else:
                s.update(pending="timeout", next_at=at + step["timeout_sec"])
        elif s["pending"] == "delivered":
            finish(10, "delivered")
            s["delivered_channel"] = channel
        else:  # "timeout"
            s["history"].append({"channel": channel, "event": "timeout", "created_at": at, "message": None})
            if s["step"] + 1 < len(s["routing_strategy"]):
                s.update(step=s["step"] + 1, pending="start")  # the next step starts at once
            else:
                s.update(status=20, pending=None, next_at=None)

    @locked
    def create_verify_code(self, who: Principal, body: Mapping[str, Any]) -> dict[str, Any]:
        """POST /verify_codes: check the rules across fields (422), generate the code, store it (status 0)."""
        self.tick()
        violations: list[Violation] = []
        normal = normalize_phone(body["phone"])
        if normal is None:
            violations.append(Violation("phone", "This value is not a valid phone number.", CODE_PHONE))
        try:
            steps = check_strategy(body["routing_strategy"])
        except ViolationError as exc:
            violations.extend(exc.violations)
        if violations:
            raise ViolationError(422, violations)
        assert normal is not None
        code = body.get("code")
        if code is None:
            length = body.get("code_length") or 4
            code = "".join(str(self._rng.randrange(10)) for _ in range(length))
        now = self._now()
        with self._tx() as c:
            currency = c.execute("SELECT currency FROM accounts WHERE id=?", (who.account_id,)).fetchone()[0]
            row = {
                "uuid": self._uuid("verify_codes"),
                "account_id": who.account_id,
                "phone": normal[0],
                "iso2": normal[1],
                "code": code,
                "code_length": len(code),
                "lang": body.get("lang") or "DE",
                "routing_strategy": json.dumps(steps),
                "status": 0,
                "delivered_channel": None,
                "cost": None,
                "currency": currency,
                "payload": body.get("payload"),
                "created_at": now,
                "updated_at": now,
                "history": "[]",
                "is_code_deleted": int(bool(body.get("is_code_deleted"))),
                "step": 0,
                "pending": "start",
                "next_at": now + SEND_DELAY,
            }
            c.execute(_INSERT, row)
        self._verify_due = min(self._verify_due, row["next_at"])
        return verify_code_json(row)

    @locked
    def get_verify_code(self, who: Principal, code_id: str) -> dict[str, Any]:
        self.tick()
        sql = "SELECT * FROM verify_codes WHERE uuid=? AND account_id=?"
        row = self._one(sql, (code_id, who.account_id), "VerifyCode not found.")
        return verify_code_json(row)

    @locked
    def list_verify_codes(self, who: Principal, page: int = 1) -> tuple[list[dict[str, Any]], int]:
        """GET /verify_codes: one page, newest first."""
        self.tick()
        rows, total = self._page("verify_codes", "account_id=?", [who.account_id], "created_at DESC, seq DESC", page)
        return [verify_code_json(r) for r in rows], total

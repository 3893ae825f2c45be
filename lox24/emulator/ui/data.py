"""The control plane's read endpoints behind the outbox page: outbox, incomings, webhook log, version.

Each takes `(control, query)`, as the control routes call them (`routes.CONTROL_ROUTES`): the query is the
request's `(name, value)` pairs. Unknown or malformed parameters are a 400 naming the parameter.
"""

from __future__ import annotations

import math
import sqlite3
import weakref
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from .. import pricing
from .. import validation as v
from ..errors import CODE_RULE, Violation, ViolationError
from ..models.sms import sms_json
from ..text import GSM_ALL, GSM_BASIC, GSM_EXTENSION, septets, ucs2_units

if TYPE_CHECKING:
    from ..backend import Backend
    from ..control import ControlPlane

Query = Sequence[tuple[str, str]]

MAX_LIMIT = 10_000
_LIMIT = v.Q(v.F("integer", minimum=1, maximum=MAX_LIMIT))
_BOOL = v.Q(v.F("boolean"))
OUTBOX_QUERY = {"limit": _LIMIT, "pending": _BOOL, "details": _BOOL}
LIST_QUERY = {"limit": _LIMIT}


def parse(query: Query, spec: Mapping[str, v.Q]) -> dict[str, Any]:
    """The declared parameters of `query`; any other one is a 400 naming it (a typo must not be ignored)."""
    unknown = sorted({name for name, _ in query if name not in spec})
    if unknown:
        raise ViolationError(400, [Violation(name, "This parameter is not known here.", CODE_RULE) for name in unknown])
    return v.parse_query(query, spec)


def outbox(control: ControlPlane, query: Query) -> list[dict[str, Any]]:
    """GET /_emulator/outbox: the SMS handed to the network (all accounts), oldest first, original text.

    `limit=N` keeps the newest N (still oldest first); `pending=true` adds the SMS not (yet) handed over
    (scheduled, cancelled, blocked, unpaid), in the order they were accepted; `details=true` adds `encoding`,
    `segments` (the text cut into its parts, characters marked) and `timeline` (see `timeline`).
    """
    q = parse(query, OUTBOX_QUERY)
    limit = q.get("limit", MAX_LIMIT * 100)
    backend = control.backend
    with backend._lock:
        backend.tick()
        if q.get("pending"):
            sql = "SELECT * FROM sms ORDER BY seq DESC LIMIT ?"
        else:
            sql = "SELECT * FROM sms WHERE is_sent=1 ORDER BY gateway_sent_at DESC, seq DESC LIMIT ?"
        rows = backend.conn.execute(sql, (limit,)).fetchall()
        now = int(backend.clock.now())
    rows.reverse()
    out = []
    for r in rows:
        item = {**sms_json(r, keep_text=True), "account_id": r["account_id"]}
        if q.get("details"):
            item["encoding"] = "UCS-2" if r["is_unicode"] else "GSM-7"
            item["segments"] = segments(r["text"], bool(r["is_unicode"]))
            item["timeline"] = timeline(r, now)
        out.append(item)
    return out


def incomings(control: ControlPlane, query: Query) -> list[dict[str, Any]]:
    """GET /_emulator/incomings: every inbound SMS (all accounts), newest first; `limit=N` keeps N."""
    q = parse(query, LIST_QUERY)
    backend = control.backend
    with backend._lock:
        rows = backend.conn.execute(
            "SELECT * FROM incomings ORDER BY seq DESC LIMIT ?", (q.get("limit", MAX_LIMIT * 100),)
        ).fetchall()
    return [
        {
            "uuid": r["uuid"],
            "account_id": r["account_id"],
            "from": r["from_number"],
            "to": r["to_number"],
            "text": r["text"],
            "received_at": r["received_at"],
            "msg_uuid": r["msg_uuid"],
        }
        for r in rows
    ]


def webhooks(control: ControlPlane, query: Query) -> list[dict[str, Any]]:
    """GET /_emulator/webhooks: every delivery attempt kept, oldest first; `limit=N` keeps the newest N."""
    q = parse(query, LIST_QUERY)
    log = list(control.webhooks.log)
    return log[-q["limit"] :] if "limit" in q else log


def version(control: ControlPlane, query: Query) -> dict[str, Any]:
    """GET /_emulator/version: what the page polls (cheap): a token that changes whenever anything it shows
    changes, the virtual time and the counts. Carries out what is due first, as every read does.

    The database part is SQLite's change counter of the emulator's one connection (every INSERT, UPDATE and
    DELETE moves it); the rows are counted again only when it moved.
    """
    parse(query, {})
    backend = control.backend
    log = control.webhooks.log
    faults = control.faults.list()
    with backend._lock:
        backend.tick()
        changes = backend.conn.total_changes
        cached = _COUNTS.get(backend)
        if cached is None or cached[0] != changes:
            counted = [backend.conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in ("sms", "incomings")]
            cached = _COUNTS[backend] = (changes, {"sms": counted[0], "incomings": counted[1]})
    last = id(log[-1]) if log else 0
    stamp = f"{changes}.{len(log)}.{last:x}.{hash(repr(faults)) & 0xFFFFFFFF:x}"
    return {
        "version": stamp,
        "now": int(backend.clock.now()),
        "frozen": backend.clock.frozen,
        "counts": {**cached[1], "webhooks": len(log), "faults": len(faults)},
    }


# Backend -> (change counter, row counts) at the last count.
_COUNTS: weakref.WeakKeyDictionary[Backend, tuple[int, dict[str, int]]] = weakref.WeakKeyDictionary()


def segments(text: str, is_unicode: bool) -> list[dict[str, Any]]:
    """The text cut into its SMS parts: per part its size in units (septets or UTF-16 code units) and runs of
    characters, each run `[kind, text]`: `""` plain, `"ext"` a GSM extension character (two septets),
    `"ucs2"` a character outside GSM 03.38 (it is what makes the text UCS-2).

    The cut follows the counting of `text.encode` (parts of 153 septets or 67 units once a text needs more
    than one; a character belongs to the part its first unit falls into), so there are `parts_count` parts.

    ```python
    [p["units"] for p in segments("a" * 161, False)]  # [153, 8]
    ```
    """
    total = ucs2_units(text) if is_unicode else septets(text)
    single, multi = (70, 67) if is_unicode else (160, 153)
    if total <= single and (GSM_ALL.issuperset(text) if is_unicode else GSM_EXTENSION.isdisjoint(text)):
        return [{"units": total, "runs": [["", text]] if text else []}]  # one part, nothing to mark: most texts
    per_part = max(total, 1) if total <= single else multi
    cut: list[list[tuple[str, list[str]]]] = [[] for _ in range(max(1, math.ceil(total / per_part)))]
    units = [0] * len(cut)
    pos = 0
    for ch in text:
        if is_unicode:
            cost, kind = (2 if ord(ch) > 0xFFFF else 1), ("" if ch in GSM_ALL else "ucs2")
        else:
            ext = ch in GSM_EXTENSION
            cost, kind = (2 if ext else 1), ("ext" if ext else "" if ch in GSM_BASIC else "ucs2")
        index = min(pos // per_part, len(cut) - 1)
        runs = cut[index]
        if runs and runs[-1][0] == kind:
            runs[-1][1].append(ch)
        else:
            runs.append((kind, [ch]))
        units[index] += cost
        pos += cost
    return [
        {"units": n, "runs": [[kind, "".join(chars)] for kind, chars in runs]}
        for n, runs in zip(units, cut, strict=True)
    ]


def timeline(row: sqlite3.Row | Mapping[str, Any], now: int) -> list[dict[str, Any]]:
    """The SMS's steps on the virtual clock: `accepted`, `scheduled` (a later `delivery_at`), `sent` (handed to
    the network, status 100) and `dlr` (the delivery report, `code` its dlr_code), or `final` (not handed over:
    `code` the status, such as 6000 cancelled or 208 blocked). `done` is false for a step still to come;
    `at` is null where the emulator keeps no time (a cancel)."""
    steps: list[dict[str, Any]] = [{"step": "accepted", "at": row["created_at"], "code": 0, "done": True}]
    if row["delivery_at"] > row["created_at"]:
        steps.append({"step": "scheduled", "at": row["delivery_at"], "done": now >= row["delivery_at"]})
    stage, next_at = row["stage"], row["next_at"]
    if row["is_sent"]:
        steps.append({"step": "sent", "at": row["gateway_sent_at"], "code": 100, "done": True})
        dlr_at = next_at if stage == 1 else row["gateway_sent_at"] + pricing.DLR_DELAY
        code = row["outcome_code"] if stage == 1 else row["dlr_code"]
        steps.append({"step": "dlr", "at": dlr_at, "code": code, "done": stage == 2})
    elif stage == 0:
        final = row["outcome_kind"] == "status"
        steps.append(
            {"step": "final" if final else "sent", "at": next_at, "code": row["outcome_code"] if final else 100}
            | {"done": False}
        )
    else:
        cancelled = row["status_code"] in (410, 6000, 3000)
        steps.append({"step": "final", "at": None if cancelled else next_at, "code": row["status_code"], "done": True})
    return steps

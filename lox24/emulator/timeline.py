"""Virtual time: SMS and bulks move through their states lazily, when something is due by the clock."""

from __future__ import annotations

import sqlite3
import uuid as uuidlib
from collections.abc import Callable
from typing import Any

from . import pricing
from .store import Store


class Timeline(Store):
    """`tick` carries out what is due; `_next_due` (in memory) lets most requests skip the database."""

    def _init_state(self) -> None:
        super()._init_state()
        self._next_due = 0.0
        self.on_events: Callable[[list[dict[str, Any]]], None] | None = None
        self.events_wanted: Callable[[], bool] = lambda: self.on_events is not None

    def _on_bootstrap(self, c: sqlite3.Connection) -> None:
        self._refresh_next_due(c)

    def tick(self) -> None:
        """Carry out every send and delivery report that is due by now (lazy progress).

        Cheap when nothing is due: `_next_due` holds the earliest pending time, so most requests
        skip the database entirely.
        """
        now = self._now()
        if now < self._next_due:
            return
        events: list[dict[str, Any]] = []
        with self._tx() as c:
            c.execute("UPDATE bulks SET status_code=5, processed_at=due_at WHERE status_code=0 AND due_at <= ?", (now,))
            # Not handed to the network (blocked, no operator, ...): final status and a refund. Rare, so one by one.
            for r in c.execute(
                "SELECT uuid, account_id, charged, outcome_code FROM sms "
                "WHERE stage=0 AND next_at <= ? AND outcome_kind='status'",
                (now,),
            ).fetchall():
                c.execute("UPDATE sms SET status_code=?, stage=2, charged=0 WHERE uuid=?", (r[3], r[0]))
                self._credit(c, int(r[1]), float(r[2]))
            c.execute(
                "UPDATE sms SET status_code=100, is_sent=1, gateway_sent_at=next_at, stage=1, next_at=next_at+? "
                "WHERE stage=0 AND next_at <= ? AND outcome_kind='dlr'",
                (pricing.DLR_DELAY, now),
            )
            if self.events_wanted():
                for r in c.execute(
                    "SELECT uuid, key_id, callback_data, outcome_code, next_at FROM sms "
                    "WHERE stage=1 AND next_at <= ? ORDER BY next_at, seq",
                    (now,),
                ).fetchall():
                    events.append(delivery_event(r[0], r[1], int(r[3]), r[2], int(r[4])))
            c.execute("UPDATE sms SET dlr_code=outcome_code, stage=2 WHERE stage=1 AND next_at <= ?", (now,))
            c.execute(
                "UPDATE bulks SET status_code=10, processed_at=? WHERE status_code=5 AND due_at + ? <= ? "
                "AND NOT EXISTS (SELECT 1 FROM sms WHERE sms.bulk_id = bulks.uuid AND sms.stage = 0)",
                (now, pricing.BULK_DELAY, now),
            )
            self._refresh_next_due(c)
        if events and self.on_events is not None:
            self.on_events(events)

    def _refresh_next_due(self, c: sqlite3.Connection) -> None:
        """Recompute the earliest time at which `tick` has something to do."""
        sms = c.execute("SELECT MIN(next_at) FROM sms WHERE stage < 2").fetchone()[0]
        bulk = c.execute(
            "SELECT MIN(CASE status_code WHEN 0 THEN due_at ELSE due_at + ? END) FROM bulks "
            "WHERE status_code IN (0, 5)",
            (pricing.BULK_DELAY,),
        ).fetchone()[0]
        candidates = [float(x) for x in (sms, bulk) if x is not None]
        self._next_due = min(candidates) if candidates else float("inf")

    def _due_at(self, when: float) -> None:
        self._next_due = min(self._next_due, when)


def delivery_event(
    sms_uuid: str,
    key_id: int | None,
    dlr: int,
    callback: str | None,
    at: int,
    *,
    name: str = "sms.delivery",
    status: int = 100,
) -> dict[str, Any]:
    """An `sms.delivery` (or `sms.delivery.dryrun`) webhook event (both spellings of the attempt count)."""
    return {
        "id": str(uuidlib.uuid4()),
        "api_version": "2022-05-25",
        "name": name,
        "created_at": at,
        "attempt_total": 4,
        "attempts_total": 4,
        "attempt_number": 1,
        "notification_task_id": str(uuidlib.uuid4()),
        "data": {"id": sms_uuid, "key_id": key_id, "dlr_code": dlr, "status_code": status, "callback_data": callback},
    }

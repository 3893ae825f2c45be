"""Delivery of webhook events (`sms.delivery`, `sms.delivery.dryrun`, `sms.incoming`) on a thread, with retries."""

from __future__ import annotations

import logging
import queue
import threading
import time
from collections import deque
from collections.abc import Callable
from typing import Any

import httpx

log = logging.getLogger("lox24.emulator")

MAX_ATTEMPTS = 4
# Real seconds to wait before attempts 2, 3 and 4 (LOX24 waits longer; tests should not).
RETRY_DELAYS = (0.2, 0.5, 1.0)
# Delivery attempts kept for the control plane (a long run must not grow memory without bound).
LOG_LIMIT = 10_000


class WebhookSender:
    """POSTs events to `url` without blocking requests; a failed attempt (no 2xx) is retried up to 4 attempts.

    ```python
    sender = WebhookSender("http://127.0.0.1:9000/hook")
    sender.submit([event])
    sender.close()
    ```
    """

    def __init__(self, url: str | None = None) -> None:
        self.url = url
        # Every delivery attempt, for GET /_emulator/webhooks; the oldest are dropped beyond LOG_LIMIT.
        self.log: deque[dict[str, Any]] = deque(maxlen=LOG_LIMIT)
        self._queue: queue.Queue[dict[str, Any] | None] = queue.Queue()
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()
        self._pending = 0

    def submit(self, events: list[dict[str, Any]]) -> None:
        """Queue events for delivery (ignored while no URL is set)."""
        if not self.url:
            return
        with self._lock:
            if self._thread is None or not self._thread.is_alive():
                self._thread = threading.Thread(target=self._run, name="lox24-emulator-webhooks", daemon=True)
                self._thread.start()
            self._pending += len(events)
        for event in events:
            self._queue.put(event)

    def idle(self) -> bool:
        """True when every queued event has been delivered or given up."""
        with self._lock:
            return self._pending == 0

    def wait_idle(self, timeout: float = 10.0) -> bool:
        deadline = time.monotonic() + timeout
        while not self.idle():
            if time.monotonic() > deadline:
                return False
            time.sleep(0.02)
        return True

    def _run(self) -> None:
        with httpx.Client(timeout=5.0) as client:
            while True:
                event = self._queue.get()
                if event is None:
                    return
                try:
                    self._deliver(client, event)
                except Exception:  # a malformed event must not end the thread (and strand the queue)
                    log.exception("webhook event %r could not be delivered", event.get("id"))
                finally:
                    with self._lock:
                        self._pending -= 1

    def _deliver(self, client: httpx.Client, event: dict[str, Any]) -> None:
        url = self.url
        if not url:
            return
        for attempt in range(1, MAX_ATTEMPTS + 1):
            payload = {**event, "attempt_number": attempt}
            entry: dict[str, Any] = {
                "event_id": event["id"],
                "name": event["name"],
                "url": url,
                "attempt_number": attempt,
                "data_id": event["data"].get("id"),  # phone.* and fraud-check.done data have no `id`
            }
            try:
                response = client.post(url, json=payload)
                entry["status"] = response.status_code
                ok = 200 <= response.status_code < 300
            except Exception as exc:  # httpx.HTTPError, but also httpx.InvalidURL for a malformed URL
                entry["error"] = repr(exc)
                ok = False
            entry["delivered"] = ok
            with self._lock:
                self.log.append(entry)
            if ok:
                return
            if attempt < MAX_ATTEMPTS:
                time.sleep(RETRY_DELAYS[attempt - 1])

    def close(self) -> None:
        with self._lock:
            thread = self._thread
            self._thread = None
        if thread is not None and thread.is_alive():
            self._queue.put(None)
            thread.join(timeout=5)


class Ticker:
    """Calls `tick` every `interval` real seconds on a daemon thread, so that delivery reports (and their
    webhooks) arrive on a wall clock even when nobody reads the state. Not used with a frozen clock."""

    def __init__(self, tick: Callable[[], None], interval: float = 0.5) -> None:
        self._tick = tick
        self._interval = interval
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()

    def ensure_running(self) -> None:
        if self._thread is not None and self._thread.is_alive():
            return
        with self._lock:
            if self._thread is None or not self._thread.is_alive():
                self._stop.clear()
                self._thread = threading.Thread(target=self._run, name="lox24-emulator-ticker", daemon=True)
                self._thread.start()

    def _run(self) -> None:
        while not self._stop.wait(self._interval):
            try:
                self._tick()
            except Exception:  # a closed database at shutdown ends the thread quietly
                return

    def stop(self) -> None:
        self._stop.set()
        thread = self._thread
        if thread is not None and thread.is_alive():
            thread.join(timeout=5)
        self._thread = None

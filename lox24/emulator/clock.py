"""Clocks of the emulator: real time with an offset, or a frozen virtual time."""

from __future__ import annotations

import threading
import time


class Clock:
    """Real (wall-clock) time plus an offset that `advance` and `set` move.

    ```python
    clock = Clock()
    clock.advance(60)  # one virtual minute later
    clock.now()
    ```
    """

    frozen = False

    def __init__(self) -> None:
        self._offset = 0.0
        self._lock = threading.Lock()

    def now(self) -> float:
        """The current virtual time, Unix seconds."""
        return time.time() + self._offset

    def advance(self, seconds: float) -> float:
        """Move the clock forward (never backward) by `seconds`; returns the new time."""
        with self._lock:
            self._offset += max(0.0, float(seconds))
        return self.now()

    def set(self, timestamp: float) -> float:
        """Jump to `timestamp` (Unix seconds); returns the new time."""
        with self._lock:
            self._offset = float(timestamp) - time.time()
        return self.now()


class SystemClock(Clock):
    """Alias of `Clock`: wall-clock time that the control plane can still move forward."""


class FrozenClock(Clock):
    """A virtual clock that only moves when told to (`advance`, `set`).

    ```python
    clock = FrozenClock(1_700_000_000)
    clock.advance(5)
    assert clock.now() == 1_700_000_005
    ```
    """

    frozen = True

    def __init__(self, start: float | None = None) -> None:
        super().__init__()
        self._now = float(int(time.time()) if start is None else start)

    def now(self) -> float:
        return self._now

    def advance(self, seconds: float) -> float:
        with self._lock:
            self._now += max(0.0, float(seconds))
        return self._now

    def set(self, timestamp: float) -> float:
        with self._lock:
            self._now = float(timestamp)
        return self._now

"""Public types: `Range` (the range filters of the list and batch methods) and the pager classes.

The models themselves (`lox24.Sms`, `lox24.Bulk`, ...) are the generated attrs classes of
`lox24_api.models`, re-exported from `lox24`.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from typing import Literal

from ._async._pagination import AsyncPager
from ._pagination import Page
from ._sync._pagination import SyncPager
from ._types import NOT_GIVEN, NotGiven, Timestamp

__all__ = [
    "NOT_GIVEN",
    "AsyncPager",
    "NotGiven",
    "NumberFilter",
    "Page",
    "Range",
    "SortDirection",
    "SyncPager",
    "TimeFilter",
    "Timestamp",
]


@dataclass(frozen=True, slots=True)
class Range:
    """A range filter: `created_at=lox24.Range(gte=start, lt=end)` (Unix seconds or aware `datetime`s; plain
    ints for counts). Both inclusive bounds become `[between]=A..B`, the others `[gt|gte|lt|lte]=N`.

    A 2-tuple is the short form of an inclusive range: `(a, b)` is `Range(gte=a, lte=b)`, `(a, None)` is
    `Range(gte=a)`, `(None, b)` is `Range(lte=b)`.

    ```python
    import datetime as dt

    day = dt.datetime(2026, 1, 5, tzinfo=dt.UTC)
    client.sms.list(created_at=lox24.Range(gte=day, lt=day + dt.timedelta(days=1)))
    client.sms.list(parts_count=lox24.Range(gt=1))
    ```

    Raises `Lox24ValidationError` for no bound, two lower or two upper bounds, a naive `datetime`, a value
    that is not an int or `datetime`, or a lower bound above the upper one.
    """

    gt: Timestamp | None = None
    gte: Timestamp | None = None
    lt: Timestamp | None = None
    lte: Timestamp | None = None

    def __post_init__(self) -> None:
        from ._validation import Lox24ValidationError

        for name in ("gt", "gte", "lt", "lte"):
            value = getattr(self, name)
            if value is None:
                continue
            if isinstance(value, bool) or not isinstance(value, (int, datetime.datetime)):
                raise Lox24ValidationError(f"Range.{name}", "must be an int or an aware datetime", value)
            if isinstance(value, datetime.datetime) and value.tzinfo is None:
                raise Lox24ValidationError(f"Range.{name}", "must be an aware datetime, not a naive one", value)
        if self.gt is not None and self.gte is not None:
            raise Lox24ValidationError("Range", "give gt or gte, not both", self)
        if self.lt is not None and self.lte is not None:
            raise Lox24ValidationError("Range", "give lt or lte, not both", self)
        low = _seconds(self.gte if self.gt is None else self.gt)
        high = _seconds(self.lte if self.lt is None else self.lt)
        if low is None and high is None:
            raise Lox24ValidationError("Range", "needs at least one bound (an empty range would match everything)")
        if low is not None and high is not None:
            strict = self.gt is not None or self.lt is not None
            if low > high or (strict and low == high):
                raise Lox24ValidationError("Range", "the lower bound must not be above the upper bound", self)


def _seconds(value: Timestamp | None) -> float | None:
    if isinstance(value, datetime.datetime):
        return value.timestamp()
    return value


TimeFilter = Timestamp | list[Timestamp] | Range | tuple[Timestamp | None, Timestamp | None]
"""A timestamp filter: a `Range`, a pair `(start, end)` (inclusive; either side `None`), one exact timestamp
or a list of them. Timestamps are Unix seconds or aware `datetime`s."""

NumberFilter = int | list[int] | Range | tuple[int | None, int | None]
"""A number filter (`source`, `parts_count`...): one value or a list (exact), a `Range` or a pair `(low, high)`."""

SortDirection = Literal["asc", "desc"]
"""The direction of one `order=` key: `client.sms.list(order={"created_at": "desc"})`."""

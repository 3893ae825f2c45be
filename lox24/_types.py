"""Our own sentinel, so the generated `UNSET` never leaks into user code."""

from __future__ import annotations

import datetime as _dt
from typing import Any, Final, Literal, TypeVar

from lox24_api.types import UNSET, Unset

__all__ = ["NOT_GIVEN", "NotGiven", "Timestamp"]

_T = TypeVar("_T")

Timestamp = int | _dt.datetime
"""A Unix timestamp in seconds, or an aware `datetime` (converted to a timestamp)."""


class NotGiven:
    """Marks an argument that was not passed, where `None` has a meaning of its own (it sends `null`).

    ```python
    client.groups.update(7117, name="VIP")                    # description stays as it is
    client.groups.update(7117, name="VIP", description=None)  # clears the description
    ```
    """

    _instance: NotGiven | None = None

    def __new__(cls) -> NotGiven:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "NOT_GIVEN"


NOT_GIVEN: Final = NotGiven()


def unset_if_none(value: _T | None) -> _T | Unset:
    """Map `None` (left out by the user) to the generated `UNSET`."""
    return UNSET if value is None else value


def unset_if_not_given(value: _T | NotGiven) -> _T | Unset:
    """Map `NOT_GIVEN` to the generated `UNSET`, keeping `None` (sent as null)."""
    return UNSET if isinstance(value, NotGiven) else value


def as_list(value: _T | list[_T] | tuple[_T, ...] | None) -> list[_T] | Unset:
    """One value or a sequence, for the exact-match (`name[]`) filters."""
    if value is None:
        return UNSET
    if isinstance(value, (list, tuple)):
        return list(value)
    return [value]


def as_timestamp(value: Timestamp | None) -> int | None:
    """A Unix timestamp from an int or a `datetime` (naive datetimes are rejected: they are ambiguous)."""
    if value is None:
        return None
    if isinstance(value, _dt.datetime):
        if value.tzinfo is None:
            raise ValueError("naive datetime: pass an aware datetime (e.g. tzinfo=datetime.UTC) or a Unix timestamp")
        return int(value.timestamp())
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"expected a Unix timestamp (int) or datetime, got {type(value).__name__}")
    return value


def drop_unset(**kwargs: Any) -> dict[str, Any]:
    """Keyword arguments without the `UNSET` ones (so generated defaults apply)."""
    return {k: v for k, v in kwargs.items() if not isinstance(v, Unset)}

"""Make the generated models tolerant of values LOX24 adds between versions.

The generated enums (`SmsStatusCode`, `DlrCode`, `ServiceCode`, ...) raise `ValueError` for a value they
do not know, which would make a whole response unparseable the day LOX24 adds a status code. `patch_enums()`
gives every enum class in `lox24_api.models` a `_missing_` hook that returns a pseudo-member instead:

```python
>>> lox24.SmsStatusCode(7777)
<SmsStatusCode.UNKNOWN_7777: 7777>
>>> lox24.SmsStatusCode(7777) == 7777
True
```

Pseudo-members compare equal to their raw value, are cached (so `is` works), and are not listed when
iterating the enum. The generated models load lazily, so the hook is registered with
`lox24_api.models.add_enum_hook` and applied to each enum as its module loads. Every `lox24` module that hands
out generated models calls `patch_enums()` when it is imported (idempotent), and so does the lazy
`lox24.<Model>` lookup. Unknown extra fields need no help: the generated `from_dict`
keeps them in `additional_properties`.
"""

from __future__ import annotations

import enum
import threading
from typing import Any

import lox24_api.models as _models

__all__ = ["is_unknown", "patch_enums"]

_LOCK = threading.Lock()

_PATCHED = "__lox24_tolerant__"


def _missing(cls: type[enum.Enum], value: object) -> Any:
    """Return (and cache) a pseudo-member for a value the generated enum does not list."""
    base: type
    if issubclass(cls, int) and isinstance(value, int) and not isinstance(value, bool):
        base = int
    elif issubclass(cls, str) and isinstance(value, str):
        base = str
    else:
        return None  # wrong type altogether: let Enum raise its ValueError
    with _LOCK:
        existing = cls._value2member_map_.get(value)
        if existing is not None:
            return existing
        new: Any = base.__new__
        member: Any = new(cls, value)
        member._name_ = f"UNKNOWN_{value}"
        member._value_ = value
        member.__objclass__ = cls
        cls._value2member_map_[value] = member
        return member


def _make_hook() -> classmethod[Any, Any, Any]:
    def hook(cls: type[enum.Enum], value: object) -> Any:
        return _missing(cls, value)

    return classmethod(hook)


def _patch(cls: type) -> None:
    if isinstance(cls, type) and issubclass(cls, enum.Enum) and not getattr(cls, _PATCHED, False):
        # Enum classes refuse attribute assignment of members, but plain attributes are fine.
        type.__setattr__(cls, "_missing_", _make_hook())
        type.__setattr__(cls, _PATCHED, True)


def patch_enums() -> list[type[enum.Enum]]:
    """Install the tolerant `_missing_` on every enum of the generated models, those loaded so far and
    those loaded later (the models load lazily); idempotent. Returns the enums loaded so far."""
    return [cls for cls in _models.add_enum_hook(_patch) if issubclass(cls, enum.Enum)]


def is_unknown(member: enum.Enum) -> bool:
    """True for a pseudo-member made for a value the generated enum does not list."""
    return member.name.startswith("UNKNOWN_") and member not in type(member).__members__.values()

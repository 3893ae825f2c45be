# Written from lox24/_async/_raw.py by scripts/unasync.py; edit that file, then make generate.
"""`to_raw_response_wrapper`: a resource method that returns `lox24.APIResponse` instead."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import ParamSpec, TypeVar

from .._base_client import _RAW, _RawSlot
from .._exceptions import Lox24Error
from .._response import APIResponse

__all__ = ["to_raw_response_wrapper"]

_P = ParamSpec("_P")
_R = TypeVar("_R")


def to_raw_response_wrapper(fn: Callable[_P, _R]) -> Callable[_P, APIResponse[_R]]:
    """`fn` with the same parameters, returning the `APIResponse` of its (last) request."""

    @functools.wraps(fn)
    def wrapped(*args: _P.args, **kwargs: _P.kwargs) -> APIResponse[_R]:
        slot = _RawSlot()
        token = _RAW.set(slot)
        try:
            parsed = fn(*args, **kwargs)
        finally:
            _RAW.reset(token)
        if slot.response is None:  # pragma: no cover - every wrapped method makes a request
            raise Lox24Error(f"{fn.__name__} made no request")
        return APIResponse(slot.response, parsed)

    return wrapped

"""`async_to_raw_response_wrapper`: a resource method that returns `lox24.APIResponse` instead."""

from __future__ import annotations

import functools
from collections.abc import Awaitable, Callable
from typing import ParamSpec, TypeVar

from .._base_client import _RAW, _RawSlot
from .._exceptions import Lox24Error
from .._response import APIResponse

__all__ = ["async_to_raw_response_wrapper"]

_P = ParamSpec("_P")
_R = TypeVar("_R")


def async_to_raw_response_wrapper(fn: Callable[_P, Awaitable[_R]]) -> Callable[_P, Awaitable[APIResponse[_R]]]:
    """`fn` with the same parameters, returning the `APIResponse` of its (last) request."""

    @functools.wraps(fn)
    async def wrapped(*args: _P.args, **kwargs: _P.kwargs) -> APIResponse[_R]:
        slot = _RawSlot()
        token = _RAW.set(slot)
        try:
            parsed = await fn(*args, **kwargs)
        finally:
            _RAW.reset(token)
        if slot.response is None:  # pragma: no cover - every wrapped method makes a request
            raise Lox24Error(f"{fn.__name__} made no request")
        return APIResponse(slot.response, parsed)

    return wrapped

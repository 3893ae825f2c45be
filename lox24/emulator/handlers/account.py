"""HTTP handler of `/me`."""

from __future__ import annotations

from starlette.responses import Response

from ..context import Ctx
from ..rendering import Kind
from ..validation import F, Q

ACCOUNT = Kind("/contexts/client", "client", lambda o: "/me")
BODIES: dict[str, F] = {}
QUERIES: dict[str, dict[str, Q]] = {}


async def get_account(c: Ctx) -> Response:
    return c.item(ACCOUNT, c.backend.get_account(c.who))

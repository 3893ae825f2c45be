"""HTTP handlers and request rules of `/incomings`: list with filters, get, delete."""

from __future__ import annotations

from starlette.responses import Response

from ..context import Ctx
from ..rendering import Kind
from ..validation import PAGE, F

INCOMING = Kind("/contexts/incomings", "incomings", lambda o: f"/incomings/{o['uuid']}")
BODIES: dict[str, F] = {}
QUERIES = {"list_incomings": PAGE}  # its filters: the model's `filters.INCOMING_FILTERS`


async def list_incomings(c: Ctx) -> Response:
    page = c.page()
    return c.collection(INCOMING, c.backend.list_incomings(c.who, c.filters(), page), page)


async def get_incoming(c: Ctx) -> Response:
    return c.item(INCOMING, c.backend.get_incoming(c.who, c.uuid()))


async def delete_incoming(c: Ctx) -> Response:
    c.backend.delete_incoming(c.who, c.uuid())
    return c.no_content()

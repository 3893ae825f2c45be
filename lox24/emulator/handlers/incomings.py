"""HTTP handlers and request rules of `/incomings`: list with filters, get, delete."""

from __future__ import annotations

from starlette.responses import Response

from ..context import Ctx
from ..rendering import Kind
from ..validation import ORDER_BY, PAGE, UUID, F, Q

INCOMING = Kind("/contexts/incomings", "incomings", lambda o: f"/incomings/{o['uuid']}")
INCOMING_LIST: dict[str, Q] = {
    **PAGE,
    "_order[received_at]": Q(ORDER_BY),
    "text": Q(F("string", max_len=1530)),
    "from": Q(F("string", max_len=30)),
    "to": Q(F("string", max_len=30)),
    "msg_uuid[]": Q(UUID, array=True, max_items=100),
}
BODIES: dict[str, F] = {}
QUERIES = {"list_incomings": INCOMING_LIST}


async def list_incomings(c: Ctx) -> Response:
    q = c.query(INCOMING_LIST)
    return c.collection(INCOMING, c.backend.list_incomings(c.who, q), q.get("page", 1))


async def get_incoming(c: Ctx) -> Response:
    return c.item(INCOMING, c.backend.get_incoming(c.who, c.uuid()))


async def delete_incoming(c: Ctx) -> Response:
    c.backend.delete_incoming(c.who, c.uuid())
    return c.no_content()

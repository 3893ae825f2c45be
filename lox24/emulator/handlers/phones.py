"""HTTP handlers and request rules of `/phones/{id}`; the phone rules are shared with the group handlers."""

from __future__ import annotations

from starlette.responses import Response

from ..context import Ctx
from ..rendering import Kind
from ..validation import CALLBACK, F, Q

PHONE = Kind("/contexts/phones", "phones", lambda o: f"/phones/{o['id']}")
_COLUMN = F("string", nullable=True, max_len=1530)
PHONE_FIELDS: dict[str, F] = {
    "phone": F("string", min_len=1, max_len=30),
    "callback_data": CALLBACK,
    **dict.fromkeys("abcde", _COLUMN),
}
PHONE_WRITE = F("object", required=("phone",), fields=PHONE_FIELDS)
PHONE_BATCH_ITEM = F("object", fields=PHONE_FIELDS)
PHONE_BATCH = F("array", min_items=1, max_items=1000, items=PHONE_BATCH_ITEM)
BODIES = {"update_phone": PHONE_WRITE}
QUERIES: dict[str, dict[str, Q]] = {}


async def get_phone(c: Ctx) -> Response:
    return c.item(PHONE, c.backend.get_phone(c.who, c.int_id()))


async def update_phone(c: Ctx) -> Response:
    phone_id = c.int_id()
    return c.item(PHONE, c.backend.update_phone(c.who, phone_id, await c.body(PHONE_WRITE)))


async def delete_phone(c: Ctx) -> Response:
    c.backend.delete_phone(c.who, c.int_id())
    return c.no_content()

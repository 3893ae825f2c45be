"""HTTP handlers and request rules of `/bulks`: create, dry run, list, get, status, cancel, delete."""

from __future__ import annotations

from starlette.responses import Response

from .. import validation as v
from ..context import Ctx
from ..rendering import Kind
from ..validation import F

BULK = Kind("/contexts/bulks", "bulks", lambda o: f"/bulks/{o['uuid']}")

BULK_CREATE = F(
    "object",
    required=("sender_id", "text"),
    fields={
        "sender_id": v.SENDER_ID,
        "text": F("string", min_len=1, max_len=1785),
        "phones": F("array", nullable=True, max_items=10000, items=v.PHONE_INPUT),
        "msg_groups": F("array", nullable=True, max_items=100, items=F("integer", minimum=1, maximum=v.MAX_INT32)),
        "delivery_at": v.TIMESTAMP,
        "is_unicode": v.NBOOL,
        "service_code": v.SERVICE,
        "source": v.SOURCE,
        "voice_lang": v.VOICE,
        "is_text_deleted": v.NBOOL,
    },
)
BODIES = {"create_bulk": BULK_CREATE, "dry_run_bulk": BULK_CREATE}
QUERIES = {"list_bulks": v.PAGE}  # its filters: the model's `filters.BULK_FILTERS`


async def create_bulk(c: Ctx) -> Response:
    return c.item(BULK, c.backend.create_bulk(c.who, await c.body(BULK_CREATE), c.ip), 201)


async def dry_run_bulk(c: Ctx) -> Response:
    return c.item(BULK, c.backend.dry_run_bulk(c.who, await c.body(BULK_CREATE), c.ip), 201)


async def list_bulks(c: Ctx) -> Response:
    page = c.page()
    return c.collection(BULK, c.backend.list_bulks(c.who, c.filters(), page), page)


async def get_bulk(c: Ctx) -> Response:
    return c.item(BULK, c.backend.get_bulk(c.who, c.uuid("id")))


async def delete_bulk(c: Ctx) -> Response:
    c.backend.delete_bulk(c.who, c.uuid("id"))
    return c.no_content()


async def get_bulk_status(c: Ctx) -> Response:
    return c.item(BULK, c.backend.get_bulk_status(c.who, c.uuid("id")))


async def cancel_bulk(c: Ctx) -> Response:
    return c.item(BULK, c.backend.cancel_bulk(c.who, c.uuid("id")))

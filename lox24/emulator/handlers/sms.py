"""HTTP handlers and request rules of `/sms`: create, dry run, list, get, delete, batch cancel and delete."""

from __future__ import annotations

from starlette.responses import Response

from .. import validation as v
from ..context import Ctx
from ..rendering import Kind
from ..validation import F

SMS = Kind("/contexts/sms", "sms", lambda o: f"/sms/{o['uuid']}")

SMS_CREATE = F(
    "object",
    required=("text", "sender_id", "phone"),
    fields={
        "text": F("string", min_len=1, max_len=1530),
        "sender_id": v.SENDER_ID,
        "phone": v.PHONE_INPUT,
        "delivery_at": v.TIMESTAMP,
        "source": v.SOURCE,
        "is_unicode": v.NBOOL,
        "voice_lang": v.VOICE,
        "callback_data": v.CALLBACK,
        "service_code": v.SERVICE,
        "is_text_deleted": v.NBOOL,
        "attempts_count_max": F("integer", nullable=True, minimum=1, maximum=3),
    },
)
# The request rules of each operation (operationId), checked against the spec by tests. The filters of the list
# and of the batch operations are the models' (`filters.SMS_FILTERS`, strict on the batch operations).
BODIES = {"create_sms": SMS_CREATE, "dry_run_sms": SMS_CREATE}
QUERIES = {"list_sms": v.PAGE}


async def create_sms(c: Ctx) -> Response:
    write = c.backend.prepare_create_sms(c.who, await c.body(SMS_CREATE), c.ip)
    return c.item(SMS, await c.commits.submit(write), 201)


async def dry_run_sms(c: Ctx) -> Response:
    return c.item(SMS, c.backend.dry_run_sms(c.who, await c.body(SMS_CREATE), c.ip), 201)


async def list_sms(c: Ctx) -> Response:
    page = c.page()
    return c.collection(SMS, c.backend.list_sms(c.who, c.filters(), page), page)


async def get_sms(c: Ctx) -> Response:
    return c.item(SMS, c.backend.get_sms(c.who, c.uuid()))


async def delete_sms(c: Ctx) -> Response:
    c.backend.delete_sms(c.who, c.uuid())
    return c.no_content()


async def cancel_sms_batch(c: Ctx) -> Response:
    return c.plain(c.backend.cancel_sms_batch(c.who, c.filters()))


async def delete_sms_batch(c: Ctx) -> Response:
    return c.plain(c.backend.delete_sms_batch(c.who, c.filters()))

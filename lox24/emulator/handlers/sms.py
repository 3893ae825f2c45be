"""HTTP handlers and request rules of `/sms`: create, dry run, list, get, delete, batch cancel and delete."""

from __future__ import annotations

from starlette.responses import Response

from .. import validation as v
from ..context import Ctx
from ..rendering import Kind
from ..validation import F, Q

SMS = Kind("/contexts/sms", "sms", lambda o: f"/sms/{o['uuid']}")
SMS_STATUS_CODES = (0, 100, 208, 400, 410, 2000, 3000, 5000, 6000)
DLR_CODES = (0, 1, 2, 4, 8, 16)

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
SMS_FILTERS: dict[str, Q] = {
    "is_sent": Q(F("boolean")),
    "is_unicode": Q(F("boolean")),
    "uuid[]": Q(v.UUID, array=True, max_items=100),
    "iso2[]": Q(F("string", pattern=v.ISO2_RE), array=True, max_items=100),
    "dlr_code[]": Q(F("integer", enum=DLR_CODES), array=True, max_items=10),
    "status_code[]": Q(F("integer", enum=SMS_STATUS_CODES), array=True, max_items=10),
    "bulk[]": Q(v.UUID, array=True, max_items=100),
    "source[]": Q(F("integer", minimum=0, maximum=v.MAX_INT32), array=True, max_items=100),
    "key_id[]": Q(F("integer", minimum=1, maximum=v.MAX_INT32), array=True, max_items=100),
    "callback_data[]": Q(F("string", max_len=36), array=True, max_items=100),
    "text": Q(F("string", max_len=1785)),
    "phone": Q(F("string", max_len=16)),
    "sender_id": Q(F("string", max_len=16)),
    "ip": Q(F("string", max_len=45)),
    "created_at[gt]": Q(v.TS),
    "created_at[gte]": Q(v.TS),
    "created_at[lt]": Q(v.TS),
    "created_at[lte]": Q(v.TS),
    "delivery_at[gte]": Q(v.TS),
    "delivery_at[lte]": Q(v.TS),
}
SMS_LIST: dict[str, Q] = {
    **v.PAGE,
    "_order[created_at]": Q(v.ORDER_BY),
    "_order[gateway_sent_at]": Q(v.ORDER_BY),
    **SMS_FILTERS,
    "gateway_sent_at[gte]": Q(v.TS),
    "gateway_sent_at[lte]": Q(v.TS),
}
# The request rules of each operation (operationId), checked against the spec by tests.
BODIES = {"create_sms": SMS_CREATE, "dry_run_sms": SMS_CREATE}
QUERIES = {"list_sms": SMS_LIST, "cancel_sms_batch": SMS_FILTERS, "delete_sms_batch": SMS_FILTERS}


async def create_sms(c: Ctx) -> Response:
    write = c.backend.prepare_create_sms(c.who, await c.body(SMS_CREATE), c.ip)
    return c.item(SMS, await c.commits.submit(write), 201)


async def dry_run_sms(c: Ctx) -> Response:
    return c.item(SMS, c.backend.dry_run_sms(c.who, await c.body(SMS_CREATE), c.ip), 201)


async def list_sms(c: Ctx) -> Response:
    q = c.query(SMS_LIST)
    return c.collection(SMS, c.backend.list_sms(c.who, q), q.get("page", 1))


async def get_sms(c: Ctx) -> Response:
    return c.item(SMS, c.backend.get_sms(c.who, c.uuid()))


async def delete_sms(c: Ctx) -> Response:
    c.backend.delete_sms(c.who, c.uuid())
    return c.no_content()


async def cancel_sms_batch(c: Ctx) -> Response:
    return c.plain(c.backend.cancel_sms_batch(c.who, c.query(SMS_FILTERS)))


async def delete_sms_batch(c: Ctx) -> Response:
    return c.plain(c.backend.delete_sms_batch(c.who, c.query(SMS_FILTERS)))

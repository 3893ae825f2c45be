"""`client.sms`: send, dry-run, look up, list, cancel and delete SMS (spec tag `sms`)."""

from __future__ import annotations

from typing import Any

import httpx
from lox24_api.models import (
    DlrCode,
    ServiceCode,
    SmsBatchResult,
    SmsCreate,
    SmsStatusCode,
    VoiceLang,
)

from .._base_client import _Op
from .._types import Timestamp, as_timestamp, unset_if_none
from .._validation import validate_sms
from .params import BOOL, INTS, RANGE, STRS, TEXT, TIME, filters

_ENUMS = {"status_code": SmsStatusCode, "dlr_code": DlrCode}
# Every filter of GET /sms, POST /sms/ops/batch_cancel and batch_delete, in the methods' keyword order.
_FILTERS = {
    "uuid": STRS, "status_code": INTS, "dlr_code": INTS, "callback_data": STRS, "bulk": STRS, "iso2": STRS,
    "key_id": INTS, "source": RANGE, "text": TEXT, "phone": TEXT, "sender_id": TEXT, "ip": TEXT,
    "is_sent": BOOL, "is_unicode": BOOL, "created_at": TIME, "delivery_at": TIME, "gateway_sent_at": TIME,
    "chars_count": RANGE, "parts_count": RANGE,
}  # fmt: skip
_ORDER_FIELDS = frozenset({"created_at", "gateway_sent_at"})


def _batch_count(response: httpx.Response) -> SmsBatchResult:
    """LOX24's docs name the count `deleted_sms_count`; its PHP client's tests use `canceled_sms_count`."""
    data = response.json()
    result = SmsBatchResult(deleted_sms_count=int(data["canceled_sms_count"]))
    result.additional_properties = {k: v for k, v in data.items() if k != "canceled_sms_count"}
    return result


def _body(
    *,
    phone: str,
    text: str,
    sender_id: str,
    delivery_at: Timestamp | None,
    callback_data: str | None,
    is_unicode: bool | None,
    service_code: ServiceCode | str | None,
    voice_lang: VoiceLang | str | None,
    source: int | None,
    is_text_deleted: bool | None,
    attempts_count_max: int | None,
    validate: bool,
    region: str,
) -> SmsCreate:
    at = as_timestamp(delivery_at)
    code = ServiceCode(service_code) if service_code is not None else None
    lang = VoiceLang(voice_lang) if voice_lang is not None else None
    if validate:
        phone = validate_sms(
            phone=phone, text=text, sender_id=sender_id, is_unicode=is_unicode, service_code=code,
            attempts_count_max=attempts_count_max, callback_data=callback_data, delivery_at=at,
            source=source, voice_lang=lang, region=region, is_text_deleted=is_text_deleted,
        )  # fmt: skip
    return SmsCreate(
        phone=phone,
        text=text,
        sender_id=sender_id,
        delivery_at=unset_if_none(at),
        callback_data=unset_if_none(callback_data),
        is_unicode=unset_if_none(is_unicode),
        service_code=unset_if_none(code),
        voice_lang=unset_if_none(lang),
        source=unset_if_none(source),
        is_text_deleted=unset_if_none(is_text_deleted),
        attempts_count_max=unset_if_none(attempts_count_max),
    )


def _list_kwargs(given: dict[str, Any], order: Any) -> dict[str, Any]:
    return filters(given, _FILTERS, enums=_ENUMS, order=order, order_fields=_ORDER_FIELDS)


def _batch_kwargs(given: dict[str, Any], all_sms: bool, verb: str) -> dict[str, Any]:
    kwargs = filters(given, _FILTERS, enums=_ENUMS)
    if not kwargs and not all_sms:
        raise ValueError(
            f"refusing to {verb} every SMS of the account: pass at least one filter "
            f"(e.g. callback_data=...), or all_sms=True if you really mean all of them"
        )
    return kwargs


_CANCEL_SMS_BATCH = _Op("POST", (200,), "SmsBatchResult", fallback=_batch_count, operation="sms.cancel_sms_batch")
_CREATE_SMS = _Op("POST", (201,), "Sms", operation="sms.create_sms")
_DELETE_SMS = _Op("DELETE", (204,), None, operation="sms.delete_sms")
_DELETE_SMS_BATCH = _Op("POST", (200,), "SmsBatchResult", fallback=_batch_count, operation="sms.delete_sms_batch")
_DRY_RUN_SMS = _Op("POST", (201,), "Sms", operation="sms.dry_run_sms")
_GET_SMS = _Op("GET", (200,), "Sms", operation="sms.get_sms")
_LIST_SMS = _Op("GET", (200,), "SmsCollection", operation="sms.list_sms")

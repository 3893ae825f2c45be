"""`client.bulks`: one text to many phones and group members (spec tag `bulks`)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from lox24_api.models import (
    BulkCreate,
    BulkStatusCode,
    ServiceCode,
    VoiceLang,
)

from .._base_client import _Op
from .._types import Timestamp, as_timestamp, unset_if_none
from .._validation import validate_bulk
from .params import BOOL, EXISTS, INTS, RANGE, STRS, TEXT, TIME, filters

_ENUMS = {"status_code": BulkStatusCode}
# Every filter of GET /bulks, in the method's keyword order (`uuid[]` is kept as it was, not extended).
_FILTERS = {
    "uuid": STRS, "status_code": INTS, "key_id": INTS, "source": RANGE, "text": TEXT, "sender_id": TEXT,
    "is_dryrun": BOOL, "is_unicode": BOOL, "is_unicode_exists": EXISTS, "created_at": TIME, "delivery_at": TIME,
    "processed_at": TIME, "msg_total_count": RANGE,
}  # fmt: skip
_ORDER_FIELDS = frozenset({"created_at", "delivery_at", "processed_at", "msg_total_count"})


def _list_kwargs(given: dict[str, Any], order: Any) -> dict[str, Any]:
    return filters(given, _FILTERS, enums=_ENUMS, order=order, order_fields=_ORDER_FIELDS)


def _body(
    *,
    text: str,
    sender_id: str,
    phones: Sequence[str] | None,
    groups: Sequence[int] | None,
    delivery_at: Timestamp | None,
    is_unicode: bool | None,
    service_code: ServiceCode | str | None,
    voice_lang: VoiceLang | str | None,
    source: int | None,
    is_text_deleted: bool | None,
    validate: bool,
    region: str,
) -> BulkCreate:
    at = as_timestamp(delivery_at)
    code = ServiceCode(service_code) if service_code is not None else None
    lang = VoiceLang(voice_lang) if voice_lang is not None else None
    phone_list = list(phones) if phones is not None else None
    if validate:
        normalized = validate_bulk(
            text=text, sender_id=sender_id, phones=phone_list, msg_groups=groups, is_unicode=is_unicode,
            service_code=code, delivery_at=at, source=source, voice_lang=lang, region=region,
            is_text_deleted=is_text_deleted,
        )  # fmt: skip
        phone_list = normalized if phone_list is not None else None
    return BulkCreate(
        text=text,
        sender_id=sender_id,
        phones=unset_if_none(phone_list),
        msg_groups=unset_if_none(list(groups) if groups is not None else None),
        delivery_at=unset_if_none(at),
        is_unicode=unset_if_none(is_unicode),
        service_code=unset_if_none(code),
        voice_lang=unset_if_none(lang),
        source=unset_if_none(source),
        is_text_deleted=unset_if_none(is_text_deleted),
    )


_CANCEL_BULK = _Op("PUT", (200,), "BulkStatus", operation="bulks.cancel_bulk")
_CREATE_BULK = _Op("POST", (201,), "Bulk", operation="bulks.create_bulk")
_DELETE_BULK = _Op("DELETE", (204,), None, operation="bulks.delete_bulk")
_DRY_RUN_BULK = _Op("POST", (201,), "Bulk", operation="bulks.dry_run_bulk")
_GET_BULK = _Op("GET", (200,), "Bulk", operation="bulks.get_bulk")
_GET_BULK_STATUS = _Op("GET", (200,), "BulkStatus", operation="bulks.get_bulk_status")
_LIST_BULKS = _Op("GET", (200,), "BulkCollection", operation="bulks.list_bulks")

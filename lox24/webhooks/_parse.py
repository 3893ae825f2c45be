"""Parsing a webhook body into a typed event, and the check of LOX24's source addresses."""

from __future__ import annotations

import ipaddress
import json
from collections.abc import Callable, Mapping
from enum import IntEnum
from types import MappingProxyType
from typing import Any, Final, TypeVar

from lox24_api.models import BulkStatusCode, DlrCode, SmsStatusCode

from ._events import (
    BulkEmailParsingFail,
    BulkEmailParsingSuccess,
    DeliveryReport,
    Email,
    EmailParsingFail,
    Event,
    FraudCheckDone,
    IncomingSms,
    ParsedBulk,
    ParsedSms,
    PhoneSubscribe,
    PhoneUnsubscribe,
    SmsEmailParsingFail,
    SmsEmailParsingSuccess,
    UnknownEvent,
    UnsubscribeDetails,
    UnsubscribeReason,
    UnsubscribeReasonCode,
)

SOURCE_IPS: Final = ("162.55.80.140", "162.55.80.141")
"""The addresses LOX24 sends webhooks from (documented for firewall allow-lists)."""

_SOURCE_ADDRESSES: Final = frozenset(ipaddress.ip_address(ip) for ip in SOURCE_IPS)


class WebhookError(ValueError):
    """The body is not a well-formed LOX24 webhook event; the message names the problem.

    >>> parse('{"id": "x", "name": "sms.delivery", "created_at": 1, "data": {"id": "s1", "dlr_code": "1"}}')
    Traceback (most recent call last):
    ...
    lox24.webhooks.WebhookError: field 'data.dlr_code' must be an integer, got a string '1'
    """


def _load(body: bytes | bytearray | memoryview | str | Mapping[str, Any]) -> Mapping[str, Any]:
    """Decode the body into a JSON object."""
    if isinstance(body, Mapping):
        return body
    if isinstance(body, bytes | bytearray | memoryview):
        try:
            body = bytes(body).decode("utf-8")
        except UnicodeDecodeError as exc:
            raise WebhookError(f"body is not UTF-8: {exc}") from None
    if not isinstance(body, str):
        raise WebhookError(f"body must be bytes, str or a mapping, got {type(body).__name__}")
    if not body.strip():
        raise WebhookError("body is empty")
    try:
        loaded = json.loads(body)
    except (json.JSONDecodeError, RecursionError) as exc:
        raise WebhookError(f"body is not valid JSON: {exc}") from None
    if not isinstance(loaded, dict):
        raise WebhookError(f"body must be a JSON object, got {_json_type(loaded)}")
    return loaded


def _json_type(value: Any) -> str:
    """Name a value's JSON type for messages."""
    names: list[tuple[type | tuple[type, ...], str]] = [
        (bool, "a boolean"),
        ((int, float), "a number"),
        (str, "a string"),
        ((list, tuple), "an array"),
        (Mapping, "an object"),
    ]
    if value is None:
        return "null"
    return next((name for kind, name in names if isinstance(value, kind)), type(value).__name__)


_MISSING: Final[Any] = object()
_E = TypeVar("_E", bound=IntEnum)
_F = TypeVar("_F", bound="EmailParsingFail")
_CHECKS: Final[dict[str, Callable[[Any], bool]]] = {
    "str": lambda value: isinstance(value, str),
    "int": lambda value: isinstance(value, int) and not isinstance(value, bool),
    "object": lambda value: isinstance(value, Mapping),
    "array": lambda value: isinstance(value, list | tuple),
}
_KIND_NAMES: Final = {"str": "a string", "int": "an integer", "object": "an object", "array": "an array"}


def _get(obj: Mapping[str, Any], key: str, path: str, kind: str, *, required: bool) -> Any:
    """Read one field, checking its JSON type (a key of ``_CHECKS``); null and absent give None unless required."""
    value = obj.get(key, _MISSING)
    where = f"{path}{key}"
    if value is _MISSING or value is None:
        if required:
            raise WebhookError(f"missing field {where!r}" if value is _MISSING else f"field {where!r} is null")
        return None
    if not _CHECKS[kind](value):
        raise WebhookError(f"field {where!r} must be {_KIND_NAMES[kind]}, got {_json_type(value)} {value!r}")
    return value


def _enum(kind: type[_E], value: int) -> _E | int:
    """Return the enum member for a code, or the plain int when the code is unknown."""
    try:
        return kind(value)
    except ValueError:
        return value


def _email(data: Mapping[str, Any]) -> Email:
    """Read ``data.email`` (required object, every field optional)."""
    email = _get(data, "email", "data.", "object", required=True)
    return Email(
        **{
            attr: _get(email, key, "data.email.", "str", required=False)
            for attr, key in (("id", "id"), ("from_", "from"), ("to", "to"), ("subject", "subject"), ("body", "body"))
        }
    )


def _delivery(data: Mapping[str, Any], envelope: dict[str, Any]) -> DeliveryReport:
    return DeliveryReport(
        **envelope,
        id=_get(data, "id", "data.", "str", required=True),
        key_id=_get(data, "key_id", "data.", "int", required=False),
        dlr_code=_enum(DlrCode, _get(data, "dlr_code", "data.", "int", required=True)),
        status_code=_enum(SmsStatusCode, _get(data, "status_code", "data.", "int", required=True)),
        callback_data=_get(data, "callback_data", "data.", "str", required=False),
    )


def _incoming(data: Mapping[str, Any], envelope: dict[str, Any]) -> IncomingSms:
    return IncomingSms(
        **envelope,
        id=_get(data, "id", "data.", "str", required=True),
        from_=_get(data, "from", "data.", "str", required=True),
        to=_get(data, "to", "data.", "str", required=True),
        text=_get(data, "text", "data.", "str", required=False),
        received_at=_get(data, "received_at", "data.", "int", required=False),
        msg_uuid=_get(data, "msg_uuid", "data.", "str", required=False),
    )


def _parsed_sms(item: Any, index: int) -> ParsedSms:
    path = f"data.sms[{index}]"
    if not isinstance(item, Mapping):
        raise WebhookError(f"field {path!r} must be an object, got {_json_type(item)}")
    return ParsedSms(
        uuid=_get(item, "uuid", f"{path}.", "str", required=True),
        to=_get(item, "to", f"{path}.", "str", required=False),
        text=_get(item, "text", f"{path}.", "str", required=False),
    )


def _sms_email_success(data: Mapping[str, Any], envelope: dict[str, Any]) -> SmsEmailParsingSuccess:
    items = _get(data, "sms", "data.", "array", required=True)
    return SmsEmailParsingSuccess(
        **envelope, email=_email(data), sms=tuple(_parsed_sms(item, i) for i, item in enumerate(items))
    )


def _bulk_email_success(data: Mapping[str, Any], envelope: dict[str, Any]) -> BulkEmailParsingSuccess:
    bulk = _get(data, "bulk", "data.", "object", required=True)
    status = _get(bulk, "status", "data.bulk.", "int", required=False)
    return BulkEmailParsingSuccess(
        **envelope,
        email=_email(data),
        bulk=ParsedBulk(
            id=_get(bulk, "id", "data.bulk.", "str", required=True),
            created_at=_get(bulk, "created_at", "data.bulk.", "int", required=False),
            status=None if status is None else _enum(BulkStatusCode, status),
        ),
    )


def _email_fail(kind: type[_F]) -> Callable[[Mapping[str, Any], dict[str, Any]], _F]:
    def build(data: Mapping[str, Any], envelope: dict[str, Any]) -> _F:
        return kind(
            **envelope,
            email=_email(data),
            field=_get(data, "field", "data.", "str", required=False),
            description=_get(data, "description", "data.", "str", required=False),
        )

    return build


def _fraud_check(data: Mapping[str, Any], envelope: dict[str, Any]) -> FraudCheckDone:
    return FraudCheckDone(**envelope, data=MappingProxyType(dict(data)))


def _phone_common(data: Mapping[str, Any]) -> dict[str, Any]:
    """The fields ``phone.subscribe`` and ``phone.unsubscribe`` share (only ``phone`` is insisted on)."""
    return {
        "phone": _get(data, "phone", "data.", "str", required=True),
        "user_id": _get(data, "user_id", "data.", "int", required=False),
        "timestamp": _get(data, "timestamp", "data.", "int", required=False),
        "campaign_code": _get(data, "campaign_code", "data.", "str", required=False),
        "short_link_code": _get(data, "short_link_code", "data.", "str", required=False),
        "group_id": _get(data, "group_id", "data.", "int", required=False),
    }


def _subscribe(data: Mapping[str, Any], envelope: dict[str, Any]) -> PhoneSubscribe:
    extra = data.get("additional_data")
    kept: tuple[Any, ...] | Mapping[str, Any] = ()
    if isinstance(extra, Mapping):  # PHP writes an empty map as [] and a filled one as {...}: keep either
        kept = MappingProxyType(dict(extra))
    elif isinstance(extra, list):
        kept = tuple(extra)
    elif extra is not None:
        raise WebhookError(f"field 'data.additional_data' must be an array, got {_json_type(extra)} {extra!r}")
    return PhoneSubscribe(**envelope, **_phone_common(data), additional_data=kept)


def _unsubscribe(data: Mapping[str, Any], envelope: dict[str, Any]) -> PhoneUnsubscribe:
    extra = data.get("additional_data")
    details = UnsubscribeDetails()
    if isinstance(extra, Mapping):
        found = _get(extra, "reason", "data.additional_data.", "object", required=False)
        reason = None
        if found is not None:
            where = "data.additional_data.reason."
            reason = UnsubscribeReason(
                id=_enum(UnsubscribeReasonCode, _get(found, "id", where, "int", required=True)),
                label=_get(found, "label", where, "str", required=False),
            )
        text = _get(extra, "additional_text", "data.additional_data.", "str", required=False)
        details = UnsubscribeDetails(reason=reason, additional_text=text)
    elif extra is not None and extra != []:  # PHP encodes an empty map as []
        raise WebhookError(f"field 'data.additional_data' must be an object, got {_json_type(extra)} {extra!r}")
    return PhoneUnsubscribe(
        **envelope,
        **_phone_common(data),
        unsubscribe_request_id=_get(data, "unsubscribe_request_id", "data.", "int", required=False),
        additional_data=details,
    )


_PARSERS: Final[dict[str, Callable[[Mapping[str, Any], dict[str, Any]], Event]]] = {
    "sms.delivery": _delivery,
    "sms.delivery.dryrun": _delivery,
    "sms.incoming": _incoming,
    "sms.email.parsing.success": _sms_email_success,
    "sms.email.parsing.fail": _email_fail(SmsEmailParsingFail),
    "bulk.email.parsing.success": _bulk_email_success,
    "bulk.email.parsing.fail": _email_fail(BulkEmailParsingFail),
    "fraud-check.done": _fraud_check,
    "phone.subscribe": _subscribe,
    "phone.unsubscribe": _unsubscribe,
}


def parse(body: bytes | str | Mapping[str, Any]) -> Event:
    """Parse a LOX24 webhook body (raw bytes, a JSON string, or an already decoded object) into a typed event.

    Each documented event name gives its own class (see the module's table); any other name gives an
    :class:`UnknownEvent` with the name and the data as received. Both spellings of the attempt count
    (``attempt_total`` from the schema, ``attempts_total`` from the examples) are read. Unknown codes are kept
    (as pseudo-members or plain ``int``); unknown fields are ignored but kept in ``raw``. Raises
    :class:`WebhookError` (a :class:`ValueError`) for malformed JSON, a body that is not an object, or a missing
    or mistyped field of the envelope or of a known event.

    >>> parse('{"id": "e3", "name": "sms.incoming", "created_at": 1, '
    ...       '"data": {"id": "i1", "from": "+491701234567", "to": "+4915112345678", "text": "Hi"}}').text
    'Hi'
    >>> parse('{"id": "e4", "name": "sms.delivery", "created_at": 1}')
    Traceback (most recent call last):
    ...
    lox24.webhooks.WebhookError: missing field 'data'
    """
    event = _load(body)
    name = _get(event, "name", "", "str", required=True)
    attempt_total = _get(event, "attempt_total", "", "int", required=False)
    if attempt_total is None:
        attempt_total = _get(event, "attempts_total", "", "int", required=False)
    envelope: dict[str, Any] = {
        "event_id": _get(event, "id", "", "str", required=True),
        "name": name,
        "created_at": _get(event, "created_at", "", "int", required=True),
        "attempt_number": _get(event, "attempt_number", "", "int", required=False),
        "attempt_total": attempt_total,
        "api_version": _get(event, "api_version", "", "str", required=False),
        "notification_task_id": _get(event, "notification_task_id", "", "str", required=False),
        "raw": MappingProxyType(dict(event)),
    }
    parser = _PARSERS.get(name)
    if parser is None:
        return UnknownEvent(**envelope, data=event.get("data"))
    data = event.get("data", _MISSING)
    if data is _MISSING:
        raise WebhookError("missing field 'data'")
    if not isinstance(data, Mapping):
        raise WebhookError(f"field 'data' must be an object, got {_json_type(data)}")
    return parser(data, envelope)


def is_lox24_ip(ip: str) -> bool:
    """Return whether ``ip`` is one of LOX24's webhook source addresses (IPv4-mapped IPv6 counts too).

    >>> is_lox24_ip("162.55.80.140"), is_lox24_ip("::ffff:162.55.80.141"), is_lox24_ip("10.0.0.1")
    (True, True, False)
    >>> is_lox24_ip("not an address")
    False
    """
    if not isinstance(ip, str):
        return False
    try:
        address = ipaddress.ip_address(ip.strip())
    except ValueError:
        return False
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        address = address.ipv4_mapped
    return address in _SOURCE_ADDRESSES

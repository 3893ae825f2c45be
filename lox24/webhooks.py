"""Typed parsing of LOX24 webhook events (delivery reports and incoming SMS).

LOX24 POSTs a JSON object to the URL set in the web account (Settings → Notifications) and retries, with growing
intervals, until it gets a 2xx answer or runs out of attempts (at most four). :func:`parse` turns such a body into
a :class:`DeliveryReport` (events ``sms.delivery`` and ``sms.delivery.dryrun``) or an :class:`IncomingSms`
(``sms.incoming``), and raises :class:`WebhookError` for anything else. Answer 2xx quickly and process
asynchronously; the same event can arrive more than once (use ``event_id`` to drop duplicates).

LOX24 documents no signature for webhook calls; the requests come from :data:`SOURCE_IPS`
(see :func:`is_lox24_ip`), so a firewall rule or an IP check, plus a secret path in the URL, is what is available.

A Starlette handler::

    from starlette.requests import Request
    from starlette.responses import Response
    from lox24 import webhooks

    async def lox24_events(request: Request) -> Response:
        if request.client is None or not webhooks.is_lox24_ip(request.client.host):
            return Response(status_code=403)
        try:
            event = webhooks.parse(await request.body())
        except webhooks.WebhookError:
            return Response(status_code=204)  # not for us (another event type); 2xx stops the retries
        if isinstance(event, webhooks.DeliveryReport):
            mark_sms(event.sms_uuid, delivered=event.delivered, failed=event.failed)
        else:
            store_reply(event.sender, event.text, reply_to=event.reply_to)
        return Response(status_code=204)

Flask works the same with ``webhooks.parse(request.get_data())``.

>>> event = parse(b'{"id": "0b8a9d27-0e6c-4d5a-9a57-7a3c5b2f1e44", "name": "sms.delivery", "created_at": 1755868500,'
...               b' "attempts_total": 4, "attempt_number": 1, "data": {"id": "11111111-2222-3333-4444-555555555555",'
...               b' "key_id": 8291, "dlr_code": 1, "status_code": 100, "callback_data": "123456"}}')
>>> event.delivered, event.dlr_code, event.status_code, event.callback_data, event.attempts_total
(True, <DlrCode.DELIVERED: 1>, <SmsStatusCode.SENT: 100>, '123456', 4)
"""

from __future__ import annotations

import ipaddress
import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import IntEnum
from types import MappingProxyType
from typing import Any, Final, TypeAlias, TypeVar

from lox24_api.models import DlrCode, SmsStatusCode

from ._compat import patch_enums

__all__ = [
    "DELIVERY_EVENTS",
    "INCOMING_EVENTS",
    "SOURCE_IPS",
    "DeliveryReport",
    "Event",
    "IncomingSms",
    "WebhookError",
    "is_lox24_ip",
    "parse",
]

patch_enums()  # unknown future codes parse as pseudo-members (lox24._compat)

SOURCE_IPS: Final = ("162.55.80.140", "162.55.80.141")
"""The addresses LOX24 sends webhooks from (documented for firewall allow-lists)."""

DELIVERY_EVENTS: Final = frozenset({"sms.delivery", "sms.delivery.dryrun"})
"""Event names parsed into :class:`DeliveryReport`."""

INCOMING_EVENTS: Final = frozenset({"sms.incoming"})
"""Event names parsed into :class:`IncomingSms`."""

_SOURCE_ADDRESSES: Final = frozenset(ipaddress.ip_address(ip) for ip in SOURCE_IPS)
_PENDING: Final = frozenset({DlrCode.NONE, DlrCode.QUEUED, DlrCode.SUBMITTED})
_FAILED: Final = frozenset({DlrCode.EXPIRED, DlrCode.REJECTED})


class WebhookError(ValueError):
    """The body is not a supported, well-formed LOX24 webhook event.

    >>> parse('{"id": "x", "name": "fraud-check.done", "created_at": 1, "data": {}}')
    Traceback (most recent call last):
    ...
    lox24.webhooks.WebhookError: unsupported event 'fraud-check.done'
    """


@dataclass(frozen=True, slots=True, kw_only=True)
class DeliveryReport:
    """An ``sms.delivery`` (or ``sms.delivery.dryrun``) event: the delivery state of one SMS changed.

    ``dlr_code`` and ``status_code`` are the generated enums, or a plain ``int`` for a code this SDK does not know.

    >>> report = parse({"id": "e1", "name": "sms.delivery.dryrun", "created_at": 1, "attempt_total": 4,
    ...                 "data": {"id": "s1", "dlr_code": 16, "status_code": 100}})
    >>> report.failed, report.is_dry_run, report.callback_data
    (True, True, None)
    """

    event_id: str
    """The event id (uuid); the same for every retry of one event."""
    name: str
    """``"sms.delivery"`` or ``"sms.delivery.dryrun"``."""
    created_at: int
    """When the event was created (Unix seconds)."""
    attempt_number: int | None
    """This delivery attempt's number (1 for the first)."""
    attempts_total: int | None
    """How many attempts LOX24 makes at most (``attempt_total`` or ``attempts_total`` in the body)."""
    sms_uuid: str
    """The uuid of the SMS (``data.id``)."""
    key_id: int | None
    """The API key that created the SMS."""
    dlr_code: DlrCode | int
    """The delivery report code: 0 none yet, 1 delivered, 2 queued, 4 en route, 8 expired, 16 rejected."""
    status_code: SmsStatusCode | int
    """The SMS status code (100 = handed to the mobile operator)."""
    callback_data: str | None
    """The ``callback_data`` given when sending (for bulks, the group phone entry's)."""
    is_dry_run: bool
    """True for ``sms.delivery.dryrun`` (a message sent with POST /sms/dryrun)."""
    api_version: str | None = None
    """The version of the event format, e.g. ``"2022-05-25"``."""
    notification_task_id: str | None = None
    """The delivery task id."""
    raw: Mapping[str, Any] = field(default_factory=dict, repr=False, compare=False)
    """The whole event as received (read-only)."""

    @property
    def delivered(self) -> bool:
        """Whether the SMS reached the handset (``dlr_code`` 1)."""
        return self.dlr_code == DlrCode.DELIVERED

    @property
    def failed(self) -> bool:
        """Whether delivery failed for good: expired (8) or rejected (16)."""
        return self.dlr_code in _FAILED

    @property
    def pending(self) -> bool:
        """Whether the SMS is still under way: no report yet (0), queued (2) or en route (4).

        An unknown ``dlr_code`` is neither delivered, failed nor pending.
        """
        return self.dlr_code in _PENDING


@dataclass(frozen=True, slots=True, kw_only=True)
class IncomingSms:
    """An ``sms.incoming`` event: an SMS sent to your number, or a reply to one of your SMS.

    >>> sms = parse({"id": "e2", "name": "sms.incoming", "created_at": 1, "data": {"id": "i1",
    ...              "from": "+491701234567", "to": "+4915112345678", "text": "STOP", "msg_uuid": "s1"}})
    >>> sms.sender, sms.text, sms.reply_to
    ('+491701234567', 'STOP', 's1')
    """

    event_id: str
    """The event id (uuid)."""
    name: str
    """``"sms.incoming"``."""
    created_at: int
    """When the event was created (Unix seconds)."""
    sms_uuid: str
    """The uuid of the incoming SMS (``data.id``)."""
    sender: str
    """Who sent it (``data.from``)."""
    recipient: str
    """The number it was sent to (``data.to``)."""
    text: str | None
    """The message text."""
    received_at: int | None
    """When LOX24 received it (Unix seconds)."""
    reply_to: str | None
    """The uuid of your SMS this replies to (``data.msg_uuid``), if any."""
    attempt_number: int | None = None
    """This delivery attempt's number."""
    attempts_total: int | None = None
    """How many attempts LOX24 makes at most."""
    api_version: str | None = None
    """The version of the event format."""
    notification_task_id: str | None = None
    """The delivery task id."""
    raw: Mapping[str, Any] = field(default_factory=dict, repr=False, compare=False)
    """The whole event as received (read-only)."""


Event: TypeAlias = DeliveryReport | IncomingSms
"""What :func:`parse` returns."""


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


def _get(obj: Mapping[str, Any], key: str, path: str, kind: str, *, required: bool) -> Any:
    """Read one field, checking its JSON type (``"str"`` or ``"int"``); null and absent give None unless required."""
    value = obj.get(key, _MISSING)
    where = f"{path}{key}"
    if value is _MISSING or value is None:
        if required:
            raise WebhookError(f"missing field {where!r}" if value is _MISSING else f"field {where!r} is null")
        return None
    if kind == "int" and (isinstance(value, bool) or not isinstance(value, int)):
        raise WebhookError(f"field {where!r} must be an integer, got {_json_type(value)} {value!r}")
    if kind == "str" and not isinstance(value, str):
        raise WebhookError(f"field {where!r} must be a string, got {_json_type(value)} {value!r}")
    return value


def _enum(kind: type[_E], value: int) -> _E | int:
    """Return the enum member for a code, or the plain int when the code is unknown."""
    try:
        return kind(value)
    except ValueError:
        return value


def parse(body: bytes | str | Mapping[str, Any]) -> DeliveryReport | IncomingSms:
    """Parse a LOX24 webhook body (raw bytes, a JSON string, or an already decoded object) into a typed event.

    ``sms.delivery`` and ``sms.delivery.dryrun`` give a :class:`DeliveryReport`, ``sms.incoming`` an
    :class:`IncomingSms`. Both spellings of the attempt count (``attempt_total`` from the schema,
    ``attempts_total`` from the examples) are read. Unknown ``dlr_code``/``status_code`` values are kept as
    ``int``; unknown fields are ignored but kept in ``raw``. Raises :class:`WebhookError` (a
    :class:`ValueError`) for malformed JSON, a body that is not an object, a missing or mistyped field, or any
    other event name.

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
    if name not in DELIVERY_EVENTS and name not in INCOMING_EVENTS:
        raise WebhookError(f"unsupported event {name!r}")
    event_id = _get(event, "id", "", "str", required=True)
    created_at = _get(event, "created_at", "", "int", required=True)
    attempt_number = _get(event, "attempt_number", "", "int", required=False)
    attempts_total = _get(event, "attempt_total", "", "int", required=False)
    if attempts_total is None:
        attempts_total = _get(event, "attempts_total", "", "int", required=False)
    api_version = _get(event, "api_version", "", "str", required=False)
    notification_task_id = _get(event, "notification_task_id", "", "str", required=False)
    data = event.get("data", _MISSING)
    if data is _MISSING:
        raise WebhookError("missing field 'data'")
    if not isinstance(data, Mapping):
        raise WebhookError(f"field 'data' must be an object, got {_json_type(data)}")
    raw = MappingProxyType(dict(event))

    if name in DELIVERY_EVENTS:
        return DeliveryReport(
            event_id=event_id,
            name=name,
            created_at=created_at,
            attempt_number=attempt_number,
            attempts_total=attempts_total,
            sms_uuid=_get(data, "id", "data.", "str", required=True),
            key_id=_get(data, "key_id", "data.", "int", required=False),
            dlr_code=_enum(DlrCode, _get(data, "dlr_code", "data.", "int", required=True)),
            status_code=_enum(SmsStatusCode, _get(data, "status_code", "data.", "int", required=True)),
            callback_data=_get(data, "callback_data", "data.", "str", required=False),
            is_dry_run=name == "sms.delivery.dryrun",
            api_version=api_version,
            notification_task_id=notification_task_id,
            raw=raw,
        )
    return IncomingSms(
        event_id=event_id,
        name=name,
        created_at=created_at,
        sms_uuid=_get(data, "id", "data.", "str", required=True),
        sender=_get(data, "from", "data.", "str", required=True),
        recipient=_get(data, "to", "data.", "str", required=True),
        text=_get(data, "text", "data.", "str", required=False),
        received_at=_get(data, "received_at", "data.", "int", required=False),
        reply_to=_get(data, "msg_uuid", "data.", "str", required=False),
        attempt_number=attempt_number,
        attempts_total=attempts_total,
        api_version=api_version,
        notification_task_id=notification_task_id,
        raw=raw,
    )


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

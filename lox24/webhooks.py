"""Typed parsing of LOX24 webhook events (delivery reports, incoming SMS and every other documented event).

LOX24 POSTs a JSON object to the URL set in the web account (Settings → Notifications) and retries, with growing
intervals, until it gets a 2xx answer or runs out of attempts (at most four). :func:`parse` turns such a body into
a typed event; the attributes carry LOX24's own field names (``data.from`` is ``from_``, the keyword):

============================== =========================== ==========================================
``name``                       class                       attributes (from ``data``)
============================== =========================== ==========================================
``sms.delivery``               :class:`DeliveryReport`     ``id key_id dlr_code status_code callback_data``
``sms.delivery.dryrun``        :class:`DeliveryReport`     the same (``is_dry_run`` is True)
``sms.incoming``               :class:`IncomingSms`        ``id from_ to text received_at msg_uuid``
``sms.email.parsing.success``  :class:`SmsEmailParsingSuccess`  ``email sms``
``sms.email.parsing.fail``     :class:`SmsEmailParsingFail`     ``email field description``
``bulk.email.parsing.success`` :class:`BulkEmailParsingSuccess` ``email bulk``
``bulk.email.parsing.fail``    :class:`BulkEmailParsingFail`    ``email field description``
``fraud-check.done``           :class:`FraudCheckDone`     ``data`` (free-form, as LOX24 documents it)
``phone.subscribe``            :class:`PhoneSubscribe`     ``phone user_id timestamp campaign_code ...``
``phone.unsubscribe``          :class:`PhoneUnsubscribe`   ``... additional_data.reason ...``
anything else                  :class:`UnknownEvent`       ``data`` (as received)
============================== =========================== ==========================================

Every event also has the envelope: ``event_id`` (the envelope's ``id``, since ``id`` is the data's), ``name``,
``created_at``, ``api_version``, ``attempt_number``, ``attempt_total``, ``notification_task_id`` and ``raw``
(the whole body, read-only). A malformed body raises :class:`WebhookError` naming the problem; an event name this
SDK does not know is an :class:`UnknownEvent`, never an error. Answer 2xx quickly and process asynchronously; the
same event can arrive more than once (use ``event_id`` to drop duplicates).

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
            return Response(status_code=400)  # malformed: LOX24 retries, and the log shows why
        if isinstance(event, webhooks.DeliveryReport):
            mark_sms(event.id, delivered=event.delivered, failed=event.failed)
        elif isinstance(event, webhooks.IncomingSms):
            store_reply(event.from_, event.text, reply_to=event.msg_uuid)
        return Response(status_code=204)  # 2xx for every event, known or not: stops the retries

Flask works the same with ``webhooks.parse(request.get_data())``.

>>> event = parse(b'{"id": "a3cd6e19-8af2-498d-ad07-c7840f1b4ac8", "name": "sms.delivery", "created_at": 1653378603,'
...               b' "attempts_total": 4, "attempt_number": 1, "data": {"id": "d6c12ac4-cc7d-11ec-b6da-525400bbb7dc",'
...               b' "key_id": 8207, "dlr_code": 1, "status_code": 100, "callback_data": "123456"}}')
>>> event.id, event.delivered, event.dlr_code, event.status_code, event.callback_data, event.attempt_total
('d6c12ac4-cc7d-11ec-b6da-525400bbb7dc', True, <DlrCode.DELIVERED: 1>, <SmsStatusCode.SENT: 100>, '123456', 4)
"""

from __future__ import annotations

import ipaddress
import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from enum import IntEnum
from types import MappingProxyType
from typing import Any, Final, TypeAlias, TypeVar

from lox24_api.models import BulkStatusCode, DlrCode, SmsStatusCode

from ._compat import patch_enums

__all__ = [
    "DELIVERY_EVENTS",
    "EVENT_NAMES",
    "INCOMING_EVENTS",
    "SOURCE_IPS",
    "BulkEmailParsingFail",
    "BulkEmailParsingSuccess",
    "DeliveryReport",
    "Email",
    "EmailParsingFail",
    "Event",
    "FraudCheckDone",
    "IncomingSms",
    "ParsedBulk",
    "ParsedSms",
    "PhoneSubscribe",
    "PhoneUnsubscribe",
    "SmsEmailParsingFail",
    "SmsEmailParsingSuccess",
    "UnknownEvent",
    "UnsubscribeDetails",
    "UnsubscribeReason",
    "UnsubscribeReasonCode",
    "WebhookError",
    "WebhookEvent",
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
    """The body is not a well-formed LOX24 webhook event; the message names the problem.

    >>> parse('{"id": "x", "name": "sms.delivery", "created_at": 1, "data": {"id": "s1", "dlr_code": "1"}}')
    Traceback (most recent call last):
    ...
    lox24.webhooks.WebhookError: field 'data.dlr_code' must be an integer, got a string '1'
    """


class UnsubscribeReasonCode(IntEnum):
    """Why a phone unsubscribed (``phone.unsubscribe``, ``data.additional_data.reason.id``).

    >>> UnsubscribeReasonCode(2).name
    'TOO_MANY_MESSAGES'
    """

    NEVER_SUBSCRIBED = 1
    TOO_MANY_MESSAGES = 2
    NOT_INTERESTED = 3
    INCOMPREHENSIBLE = 4
    DISLIKE_COMPANY = 5
    OTHER = 6


@dataclass(frozen=True, slots=True, kw_only=True)
class WebhookEvent:
    """The envelope every LOX24 event shares; the base class of all events :func:`parse` returns.

    >>> isinstance(parse({"id": "e", "name": "some.future.event", "created_at": 1, "data": {}}), WebhookEvent)
    True
    """

    event_id: str
    """The envelope's ``id`` (uuid); the same for every retry of one event."""
    name: str
    """The event name, e.g. ``"sms.delivery"``."""
    created_at: int
    """When the event was created (Unix seconds)."""
    attempt_number: int | None = None
    """This delivery attempt's number (1 for the first)."""
    attempt_total: int | None = None
    """How many attempts LOX24 makes at most (``attempt_total`` in LOX24's schema, ``attempts_total`` in its
    examples; either is read, the schema's spelling wins)."""
    api_version: str | None = None
    """The version of the event format, e.g. ``"2022-05-25"``."""
    notification_task_id: str | None = None
    """The delivery task id."""
    raw: Mapping[str, Any] = field(default_factory=dict, repr=False, compare=False)
    """The whole event as received (read-only)."""

    @property
    def attempts_total(self) -> int | None:
        """Alias of :attr:`attempt_total` (the spelling of LOX24's examples)."""
        return self.attempt_total


@dataclass(frozen=True, slots=True, kw_only=True)
class DeliveryReport(WebhookEvent):
    """An ``sms.delivery`` (or ``sms.delivery.dryrun``) event: the delivery state of one SMS changed.

    ``dlr_code`` and ``status_code`` are the generated enums (an unknown code becomes a pseudo-member equal to it).

    >>> report = parse({"id": "e1", "name": "sms.delivery.dryrun", "created_at": 1, "attempt_total": 4,
    ...                 "data": {"id": "s1", "dlr_code": 16, "status_code": 100}})
    >>> report.id, report.failed, report.is_dry_run, report.callback_data
    ('s1', True, True, None)
    """

    id: str
    """The uuid of the SMS (``data.id``)."""
    key_id: int | None
    """The API key that created the SMS (``data.key_id``)."""
    dlr_code: DlrCode | int
    """The delivery report code: 0 none yet, 1 delivered, 2 queued, 4 en route, 8 expired, 16 rejected."""
    status_code: SmsStatusCode | int
    """The SMS status code (100 = handed to the mobile operator)."""
    callback_data: str | None
    """The ``callback_data`` given when sending (for bulks, the group phone entry's)."""

    @property
    def sms_uuid(self) -> str:
        """Alias of :attr:`id` (the uuid of the SMS)."""
        return self.id

    @property
    def is_dry_run(self) -> bool:
        """True for ``sms.delivery.dryrun`` (a message sent with POST /sms/dryrun)."""
        return self.name == "sms.delivery.dryrun"

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
class IncomingSms(WebhookEvent):
    """An ``sms.incoming`` event: an SMS sent to your number, or a reply to one of your SMS.

    >>> sms = parse({"id": "e2", "name": "sms.incoming", "created_at": 1, "data": {"id": "i1",
    ...              "from": "+491701234567", "to": "+4915112345678", "text": "STOP", "msg_uuid": "s1"}})
    >>> sms.from_, sms.to, sms.text, sms.msg_uuid
    ('+491701234567', '+4915112345678', 'STOP', 's1')
    >>> sms.sender, sms.reply_to  # friendlier aliases
    ('+491701234567', 's1')
    """

    id: str
    """The uuid of the incoming SMS (``data.id``)."""
    from_: str
    """Who sent it (``data.from``)."""
    to: str
    """The number it was sent to (``data.to``)."""
    text: str | None
    """The message text (``data.text``)."""
    received_at: int | None
    """When LOX24 received it (``data.received_at``, Unix seconds)."""
    msg_uuid: str | None
    """The uuid of your SMS this answers (``data.msg_uuid``), if any."""

    @property
    def sms_uuid(self) -> str:
        """Alias of :attr:`id`."""
        return self.id

    @property
    def sender(self) -> str:
        """Alias of :attr:`from_`."""
        return self.from_

    @property
    def recipient(self) -> str:
        """Alias of :attr:`to`."""
        return self.to

    @property
    def reply_to(self) -> str | None:
        """Alias of :attr:`msg_uuid`."""
        return self.msg_uuid


@dataclass(frozen=True, slots=True, kw_only=True)
class Email:
    """The e-mail an e-mail-to-SMS event is about (``data.email``); every field may be absent (None).

    >>> Email(id="email-456", from_="sender@example.com", to="sms@your-domain.com", subject="Hi", body="...").from_
    'sender@example.com'
    """

    id: str | None = None
    """LOX24's identifier of the e-mail."""
    from_: str | None = None
    """The sender address (``from``)."""
    to: str | None = None
    """The address it was sent to."""
    subject: str | None = None
    """The subject line."""
    body: str | None = None
    """The body text."""


@dataclass(frozen=True, slots=True, kw_only=True)
class ParsedSms:
    """One SMS made from an e-mail (an item of ``data.sms`` in ``sms.email.parsing.success``).

    >>> ParsedSms(uuid="f8a34ce6-ee9f-33ae-d8fc-747622ddd9fe", to="+4915123456789", text="Hello").to
    '+4915123456789'
    """

    uuid: str
    """The uuid of the SMS created."""
    to: str | None = None
    """Its recipient."""
    text: str | None = None
    """Its text."""


@dataclass(frozen=True, slots=True, kw_only=True)
class ParsedBulk:
    """The bulk made from an e-mail (``data.bulk`` in ``bulk.email.parsing.success``).

    >>> ParsedBulk(id="f8a34ce6-ee9f-33ae-d8fc-747622ddd9fe", created_at=1653378803, status=BulkStatusCode(10)).status
    <BulkStatusCode.PROCESSED: 10>
    """

    id: str
    """The bulk's uuid."""
    created_at: int | None = None
    """When it was created (Unix seconds)."""
    status: BulkStatusCode | int | None = None
    """Its status code (0 new, 5 in progress, 10 processed, 15 canceled, 20 system error, 201 no recipients)."""


@dataclass(frozen=True, slots=True, kw_only=True)
class SmsEmailParsingSuccess(WebhookEvent):
    """An ``sms.email.parsing.success`` event: an e-mail to SMS became one or more SMS.

    >>> event = parse({"id": "e", "name": "sms.email.parsing.success", "created_at": 1, "data": {
    ...     "email": {"id": "email-456", "from": "sender@example.com"},
    ...     "sms": [{"uuid": "f8a34ce6-ee9f-33ae-d8fc-747622ddd9fe", "to": "+4915123456789", "text": "Hello"}]}})
    >>> event.email.from_, [sms.to for sms in event.sms]
    ('sender@example.com', ['+4915123456789'])
    """

    email: Email
    """The e-mail that was parsed (``data.email``)."""
    sms: tuple[ParsedSms, ...]
    """The SMS made from it (``data.sms``)."""


@dataclass(frozen=True, slots=True, kw_only=True)
class BulkEmailParsingSuccess(WebhookEvent):
    """A ``bulk.email.parsing.success`` event: an e-mail to SMS bulk became a bulk.

    >>> event = parse({"id": "e", "name": "bulk.email.parsing.success", "created_at": 1, "data": {
    ...     "email": {"id": "email-123"}, "bulk": {"id": "f8a34ce6-ee9f-33ae-d8fc-747622ddd9fe", "status": 10}}})
    >>> event.bulk.id, event.bulk.status
    ('f8a34ce6-ee9f-33ae-d8fc-747622ddd9fe', <BulkStatusCode.PROCESSED: 10>)
    """

    email: Email
    """The e-mail that was parsed (``data.email``)."""
    bulk: ParsedBulk
    """The bulk made from it (``data.bulk``)."""


@dataclass(frozen=True, slots=True, kw_only=True)
class EmailParsingFail(WebhookEvent):
    """An e-mail could not be turned into SMS: the base of :class:`SmsEmailParsingFail` and
    :class:`BulkEmailParsingFail` (catch both with one ``isinstance``).

    >>> event = parse({"id": "e", "name": "bulk.email.parsing.fail", "created_at": 1, "data": {
    ...     "email": {"id": "email-124"}, "field": "to", "description": "Invalid phone number format"}})
    >>> isinstance(event, EmailParsingFail), event.field, event.description
    (True, 'to', 'Invalid phone number format')
    """

    email: Email
    """The e-mail that failed (``data.email``)."""
    field: str | None
    """The field the error concerns (``data.field``), e.g. ``"recipient"``."""
    description: str | None
    """What went wrong (``data.description``)."""


@dataclass(frozen=True, slots=True, kw_only=True)
class SmsEmailParsingFail(EmailParsingFail):
    """An ``sms.email.parsing.fail`` event (fields: see :class:`EmailParsingFail`).

    >>> parse({"id": "e", "name": "sms.email.parsing.fail", "created_at": 1,
    ...        "data": {"email": {}, "field": "recipient"}}).field
    'recipient'
    """


@dataclass(frozen=True, slots=True, kw_only=True)
class BulkEmailParsingFail(EmailParsingFail):
    """A ``bulk.email.parsing.fail`` event (fields: see :class:`EmailParsingFail`).

    >>> type(parse({"id": "e", "name": "bulk.email.parsing.fail", "created_at": 1, "data": {"email": {}}})).__name__
    'BulkEmailParsingFail'
    """


@dataclass(frozen=True, slots=True, kw_only=True)
class FraudCheckDone(WebhookEvent):
    """A ``fraud-check.done`` event: a fraud check (POST /fraud-checks) finished.

    LOX24 documents ``data`` as free-form (any properties; its example has ``check_id``, ``result`` and
    ``confidence_score``), so it is kept as a read-only mapping.

    >>> event = parse({"id": "e", "name": "fraud-check.done", "created_at": 1,
    ...                "data": {"check_id": "fraud-check-123", "result": "clean", "confidence_score": 0.95}})
    >>> event.data["result"], event.data.get("missing")
    ('clean', None)
    """

    data: Mapping[str, Any] = field(default_factory=dict, hash=False)
    """The event's ``data`` object (read-only)."""


@dataclass(frozen=True, slots=True, kw_only=True)
class PhoneSubscribe(WebhookEvent):
    """A ``phone.subscribe`` event: a phone subscribed through a subscription-form campaign.

    >>> event = parse({"id": "e", "name": "phone.subscribe", "created_at": 1, "data": {"phone": "+99559122567",
    ...     "user_id": 21911, "timestamp": 1757926648, "campaign_code": "1dkGdCC2xnBc", "additional_data": [],
    ...     "short_link_code": "baaIoP", "group_id": 123}})
    >>> event.phone, event.group_id, event.additional_data
    ('+99559122567', 123, ())
    """

    phone: str
    """The phone number that subscribed (``data.phone``)."""
    user_id: int | None
    """The LOX24 user (account) the phone belongs to."""
    timestamp: int | None
    """When it subscribed (Unix seconds)."""
    campaign_code: str | None
    """The short-link campaign's code."""
    short_link_code: str | None
    """The short link's code."""
    group_id: int | None
    """The group the phone was added to."""
    additional_data: tuple[Any, ...] | Mapping[str, Any] = field(default=(), hash=False)
    """Extra form data (``data.additional_data``): a tuple for LOX24's documented array (empty in its example),
    a read-only mapping should LOX24 send an object."""


@dataclass(frozen=True, slots=True, kw_only=True)
class UnsubscribeReason:
    """Why a phone unsubscribed (``data.additional_data.reason``).

    >>> UnsubscribeReason(id=UnsubscribeReasonCode(4), label="Content is incomprehensible").id
    <UnsubscribeReasonCode.INCOMPREHENSIBLE: 4>
    """

    id: UnsubscribeReasonCode | int
    """1 never subscribed, 2 too many messages, 3 not interested, 4 incomprehensible, 5 dislikes the company,
    6 other (a plain ``int`` for a code this SDK does not know)."""
    label: str | None = None
    """The reason as the user saw it, e.g. ``"Es ist unverständlich"``."""


@dataclass(frozen=True, slots=True, kw_only=True)
class UnsubscribeDetails:
    """What the user entered in the unsubscribe form (``data.additional_data``).

    >>> UnsubscribeDetails(reason=None, additional_text="no more, thanks").additional_text
    'no more, thanks'
    """

    reason: UnsubscribeReason | None = None
    """The reason chosen, if any."""
    additional_text: str | None = None
    """Free text the user added."""


@dataclass(frozen=True, slots=True, kw_only=True)
class PhoneUnsubscribe(WebhookEvent):
    """A ``phone.unsubscribe`` event: a phone unsubscribed through an unsubscription-form campaign.

    >>> event = parse({"id": "e", "name": "phone.unsubscribe", "created_at": 1, "data": {"phone": "+4911113333444",
    ...     "user_id": 2, "timestamp": 1757849748, "campaign_code": "3KCKb5nMD", "short_link_code": "baaIou",
    ...     "unsubscribe_request_id": 59, "additional_data": {"additional_text": "no",
    ...     "reason": {"id": 4, "label": "Es ist unverständlich"}}}})
    >>> event.additional_data.reason.id, event.unsubscribe_request_id, event.group_id
    (<UnsubscribeReasonCode.INCOMPREHENSIBLE: 4>, 59, None)
    """

    phone: str
    """The phone number that unsubscribed (``data.phone``)."""
    user_id: int | None
    """The LOX24 user (account) the phone belongs to."""
    timestamp: int | None
    """When it unsubscribed (Unix seconds)."""
    campaign_code: str | None
    """The short-link campaign's code."""
    short_link_code: str | None
    """The short link's code."""
    unsubscribe_request_id: int | None
    """The id of the unsubscribe request."""
    group_id: int | None
    """The group concerned (absent in LOX24's example)."""
    additional_data: UnsubscribeDetails
    """The reason and free text from the form (both None when LOX24 sends ``[]`` or nothing)."""

    @property
    def reason(self) -> UnsubscribeReason | None:
        """Shortcut for ``additional_data.reason``."""
        return self.additional_data.reason


@dataclass(frozen=True, slots=True, kw_only=True)
class UnknownEvent(WebhookEvent):
    """An event this SDK does not know (LOX24 adds events over time): the name and the data as received.

    >>> event = parse({"id": "e", "name": "sms.something.new", "created_at": 1, "data": {"x": 1}})
    >>> type(event).__name__, event.name, event.data
    ('UnknownEvent', 'sms.something.new', {'x': 1})
    """

    data: Any = field(default=None, hash=False)
    """The ``data`` member as received (any JSON value, None when absent)."""


Event: TypeAlias = (
    DeliveryReport
    | IncomingSms
    | SmsEmailParsingSuccess
    | SmsEmailParsingFail
    | BulkEmailParsingSuccess
    | BulkEmailParsingFail
    | FraudCheckDone
    | PhoneSubscribe
    | PhoneUnsubscribe
    | UnknownEvent
)
"""What :func:`parse` returns."""


EVENT_NAMES: Final = frozenset(
    {
        *DELIVERY_EVENTS,
        *INCOMING_EVENTS,
        "sms.email.parsing.success",
        "sms.email.parsing.fail",
        "bulk.email.parsing.success",
        "bulk.email.parsing.fail",
        "fraud-check.done",
        "phone.subscribe",
        "phone.unsubscribe",
    }
)
"""Every event name LOX24 documents; each is parsed into its own class (others into :class:`UnknownEvent`)."""


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

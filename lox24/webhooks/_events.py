"""The typed webhook events :func:`lox24.webhooks.parse` returns, one class per documented event name."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import IntEnum
from typing import Any, Final, TypeAlias

from lox24_api.models import BulkStatusCode, DlrCode, SmsStatusCode

from .._compat import patch_enums

patch_enums()  # unknown future codes parse as pseudo-members (lox24._compat)

DELIVERY_EVENTS: Final = frozenset({"sms.delivery", "sms.delivery.dryrun"})
"""Event names parsed into :class:`DeliveryReport`."""

INCOMING_EVENTS: Final = frozenset({"sms.incoming"})
"""Event names parsed into :class:`IncomingSms`."""

_PENDING: Final = frozenset({DlrCode.NONE, DlrCode.QUEUED, DlrCode.SUBMITTED})
_FAILED: Final = frozenset({DlrCode.EXPIRED, DlrCode.REJECTED})


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

    >>> from lox24 import BulkStatusCode
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

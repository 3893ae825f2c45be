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

from ._events import (
    DELIVERY_EVENTS,
    EVENT_NAMES,
    INCOMING_EVENTS,
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
    WebhookEvent,
)
from ._parse import SOURCE_IPS, WebhookError, is_lox24_ip, parse

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

# Public classes and functions say they live here (tracebacks print `lox24.webhooks.WebhookError`, pickles and
# docs name the public module, and `doctest.testmod(lox24.webhooks)` finds their examples).
for _obj in (
    BulkEmailParsingFail, BulkEmailParsingSuccess, DeliveryReport, Email, EmailParsingFail, FraudCheckDone,
    IncomingSms, ParsedBulk, ParsedSms, PhoneSubscribe, PhoneUnsubscribe, SmsEmailParsingFail, SmsEmailParsingSuccess,
    UnknownEvent, UnsubscribeDetails, UnsubscribeReason, UnsubscribeReasonCode, WebhookError, WebhookEvent,
    is_lox24_ip, parse,
):  # fmt: skip
    _obj.__module__ = __name__
del _obj

"""lox24.webhooks: every event LOX24 documents, parsed from the payloads exactly as its docs print them.

The payloads, and where they come from, are in `webhook_payloads.py`.
"""

from __future__ import annotations

import copy
import dataclasses
import json
import subprocess
import sys
import typing
from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lox24_api.models import BulkStatusCode, DlrCode, SmsStatusCode

from lox24 import webhooks
from lox24.webhooks import (
    BulkEmailParsingFail,
    BulkEmailParsingSuccess,
    DeliveryReport,
    Email,
    EmailParsingFail,
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
    WebhookError,
    WebhookEvent,
    parse,
)

from .webhook_payloads import DOCS, NOTIFICATIONS_PAGE_DELIVERY


def envelope(body: dict[str, Any]) -> dict[str, Any]:
    """The envelope attributes every event gets from ``body``."""
    return {
        "event_id": body["id"],
        "name": body["name"],
        "created_at": body["created_at"],
        "attempt_number": body.get("attempt_number"),
        "attempt_total": body.get("attempt_total", body.get("attempts_total")),
        "api_version": body.get("api_version"),
        "notification_task_id": body.get("notification_task_id"),
    }


def e(key: str, **fields: Any) -> tuple[str, WebhookEvent]:
    """A documented body's key and the event expected from it."""
    kind: type[WebhookEvent] = fields.pop("kind")
    return key, kind(**envelope(DOCS[key]), **fields)


SMS_EMAIL = Email(
    id="email-456",
    from_="sender@example.com",
    to="sms@your-domain.com",
    subject="SMS Request",
    body="Send SMS to +4915123456789: Hello, this is your SMS message content parsed from email.",
)

EXPECTED = dict(
    [
        e(
            "sms.delivery",
            kind=DeliveryReport,
            id="d6c12ac4-cc7d-11ec-b6da-525400bbb7dc",
            key_id=8207,
            dlr_code=DlrCode.DELIVERED,
            status_code=SmsStatusCode.SENT,
            callback_data="some data from user's request here",
        ),
        e(
            "sms.delivery expired",
            kind=DeliveryReport,
            id="d6c12ac4-cc7d-11ec-b6da-525400bbb7dc",
            key_id=8207,
            dlr_code=DlrCode.EXPIRED,
            status_code=SmsStatusCode.SENT,
            callback_data="order-12345",
        ),
        e(
            "sms.delivery.dryrun",
            kind=DeliveryReport,
            id="11111111-2222-3333-4444-555555555555",
            key_id=8207,
            dlr_code=DlrCode.NONE,
            status_code=SmsStatusCode(0),
            callback_data="order-12345",
        ),
        e(
            "sms.incoming",
            kind=IncomingSms,
            id="e7d23bd5-dd8e-22fd-c7eb-636511ccc8ed",
            from_="+490987654321",
            to="+1234567890",
            text="Hello, this is a reply message",
            received_at=1653378703,
            msg_uuid="a1b2c3d4-e5f6-7890-abcd-ef1234567890",
        ),
        e(
            "sms.email.parsing.success",
            kind=SmsEmailParsingSuccess,
            email=SMS_EMAIL,
            sms=(
                ParsedSms(
                    uuid="f8a34ce6-ee9f-33ae-d8fc-747622ddd9fe",
                    to="+4915123456789",
                    text="Hello, this is your SMS message content parsed from email.",
                ),
            ),
        ),
        e(
            "sms.email.parsing.fail",
            kind=SmsEmailParsingFail,
            email=Email(
                id="email-789",
                from_="sender@example.com",
                to="sms@your-domain.com",
                subject="SMS Request",
                body="Send SMS to invalid-phone: Test message",
            ),
            field="recipient",
            description="Invalid phone number format",
        ),
        e(
            "bulk.email.parsing.success",
            kind=BulkEmailParsingSuccess,
            email=Email(
                id="email-123",
                from_="sender@example.com",
                to="bulk@your-domain.com",
                subject="SMS Bulk Request",
                body="Message content here",
            ),
            bulk=ParsedBulk(
                id="f8a34ce6-ee9f-33ae-d8fc-747622ddd9fe", created_at=1653378803, status=BulkStatusCode.PROCESSED
            ),
        ),
        e(
            "bulk.email.parsing.fail",
            kind=BulkEmailParsingFail,
            email=Email(
                id="email-124",
                from_="sender@example.com",
                to="bulk@your-domain.com",
                subject="SMS Bulk Request",
                body="Invalid message content",
            ),
            field="to",
            description="Invalid phone number format",
        ),
        e(
            "fraud-check.done",
            kind=FraudCheckDone,
            data={"check_id": "fraud-check-123", "confidence_score": 0.95, "result": "clean"},
        ),
        e(
            "phone.subscribe",
            kind=PhoneSubscribe,
            phone="+99559122567",
            user_id=21911,
            timestamp=1757926648,
            campaign_code="1dkGdCC2xnBc",
            short_link_code="baaIoP",
            group_id=123,
            additional_data=(),
        ),
        e(
            "phone.unsubscribe",
            kind=PhoneUnsubscribe,
            phone="+4911113333444",
            user_id=2,
            timestamp=1757849748,
            campaign_code="3KCKb5nMD",
            short_link_code="baaIou",
            unsubscribe_request_id=59,
            group_id=None,
            additional_data=UnsubscribeDetails(
                reason=UnsubscribeReason(id=UnsubscribeReasonCode.INCOMPREHENSIBLE, label="Es ist unverständlich"),
                additional_text="zusätzlicher Benutzertext mit Erklärung",
            ),
        ),
    ]
)

FORMS: dict[str, Callable[[dict[str, Any]], Any]] = {
    "bytes": lambda body: json.dumps(body, ensure_ascii=False).encode(),
    "str": json.dumps,
    "dict": copy.deepcopy,
}


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("key", DOCS)
def test_documented_payloads_parse_to_their_typed_event(key: str, form: str) -> None:
    body = DOCS[key]
    event = parse(FORMS[form](body))
    assert type(event) is type(EXPECTED[key])
    assert event == EXPECTED[key]
    assert event.raw == body


def test_the_notifications_page_example_is_parsed_from_its_exact_text() -> None:
    event = parse(NOTIFICATIONS_PAGE_DELIVERY.encode())
    assert isinstance(event, DeliveryReport)
    assert (event.id, event.callback_data, event.attempt_total, event.delivered) == (
        "d6c12ac4-cc7d-11ec-b6da-525400bbb7dc",
        "some data from user's request here",
        4,
        True,
    )


def test_every_documented_name_has_its_own_class_and_the_union_lists_them_all() -> None:
    names = {body["name"] for body in DOCS.values()}
    assert names == webhooks.EVENT_NAMES
    classes = {type(EXPECTED[key]) for key in DOCS}
    assert UnknownEvent not in classes
    assert set(typing.get_args(webhooks.Event)) == classes | {UnknownEvent}
    assert all(issubclass(kind, WebhookEvent) for kind in typing.get_args(webhooks.Event))


def test_dry_run_report_is_marked_and_not_delivered() -> None:
    event = parse(DOCS["sms.delivery.dryrun"])
    assert isinstance(event, DeliveryReport)
    assert event.is_dry_run
    assert (event.delivered, event.failed, event.pending) == (False, False, True)
    assert not EXPECTED["sms.delivery"].is_dry_run  # type: ignore[attr-defined]


def test_email_parsing_failures_share_a_base_class() -> None:
    sms_fail, bulk_fail = parse(DOCS["sms.email.parsing.fail"]), parse(DOCS["bulk.email.parsing.fail"])
    assert isinstance(sms_fail, EmailParsingFail)
    assert isinstance(bulk_fail, EmailParsingFail)
    assert not isinstance(sms_fail, BulkEmailParsingFail)
    assert sms_fail.email.from_ == "sender@example.com"


def test_unsubscribe_reason_shortcut_and_unknown_reason_code() -> None:
    event = parse(DOCS["phone.unsubscribe"])
    assert isinstance(event, PhoneUnsubscribe)
    assert event.reason is event.additional_data.reason
    body = copy.deepcopy(DOCS["phone.unsubscribe"])
    body["data"]["additional_data"]["reason"]["id"] = 9
    later = parse(body)
    assert isinstance(later, PhoneUnsubscribe)
    assert later.reason is not None
    assert later.reason.id == 9
    assert type(later.reason.id) is int


@pytest.mark.parametrize("additional_data", [[], None, ...])
def test_unsubscribe_without_form_details(additional_data: Any) -> None:
    # PHP encodes an empty map as []; an absent or null value means the same.
    body = copy.deepcopy(DOCS["phone.unsubscribe"])
    if additional_data is ...:
        del body["data"]["additional_data"]
    else:
        body["data"]["additional_data"] = additional_data
    event = parse(body)
    assert isinstance(event, PhoneUnsubscribe)
    assert event.additional_data == UnsubscribeDetails()
    assert event.reason is None


def test_subscribe_keeps_additional_data_of_either_shape() -> None:
    body = copy.deepcopy(DOCS["phone.subscribe"])
    body["data"]["additional_data"] = ["a", 1]
    assert parse(body).additional_data == ("a", 1)  # type: ignore[union-attr]
    body["data"]["additional_data"] = {"source": "form"}
    kept = parse(body).additional_data  # type: ignore[union-attr]
    assert kept == {"source": "form"}
    with pytest.raises(TypeError):
        kept["source"] = "x"  # type: ignore[index]


def test_fraud_check_data_is_read_only_and_free_form() -> None:
    body = copy.deepcopy(DOCS["fraud-check.done"])
    body["data"]["new_field"] = {"nested": True}
    event = parse(body)
    assert isinstance(event, FraudCheckDone)
    assert event.data["new_field"] == {"nested": True}
    with pytest.raises(TypeError):
        event.data["result"] = "fraud"  # type: ignore[index]


def test_events_are_frozen_hashable_and_lox24_named() -> None:
    events = [parse(body) for body in DOCS.values()]
    assert len({*events}) == len(events)  # all documented examples differ (the two sms.delivery ones in data)
    assert {*events} == {parse(body) for body in DOCS.values()}  # equal events hash alike
    for event in events:
        with pytest.raises(dataclasses.FrozenInstanceError):
            event.name = "x"  # type: ignore[misc]
    incoming = dataclasses.fields(IncomingSms)
    assert [f.name for f in incoming][-6:] == ["id", "from_", "to", "text", "received_at", "msg_uuid"]


def mutate(key: str, path: str, value: Any) -> dict[str, Any]:
    """A deep copy of the documented body ``key`` with the dotted ``path`` set (or removed for ``...``)."""
    body = copy.deepcopy(DOCS[key])
    *parents, last = path.split(".")
    target: Any = body
    for parent in parents:
        target = target[int(parent)] if isinstance(target, list) else target[parent]
    index: Any = int(last) if isinstance(target, list) else last
    if value is ...:
        del target[index]
    else:
        target[index] = value
    return body


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (mutate("sms.email.parsing.success", "data.email", ...), "missing field 'data.email'"),
        (mutate("sms.email.parsing.success", "data.email", "x"), "field 'data.email' must be an object, got a string"),
        (mutate("sms.email.parsing.success", "data.email.from", 1), "field 'data.email.from' must be a string"),
        (mutate("sms.email.parsing.success", "data.sms", ...), "missing field 'data.sms'"),
        (mutate("sms.email.parsing.success", "data.sms", {}), "field 'data.sms' must be an array, got an object"),
        (mutate("sms.email.parsing.success", "data.sms.0", "x"), "field 'data.sms[0]' must be an object"),
        (mutate("sms.email.parsing.success", "data.sms.0.uuid", ...), "missing field 'data.sms[0].uuid'"),
        (mutate("sms.email.parsing.success", "data.sms.0.to", 49151), "field 'data.sms[0].to' must be a string"),
        (mutate("sms.email.parsing.fail", "data.field", ["to"]), "field 'data.field' must be a string"),
        (mutate("bulk.email.parsing.fail", "data.email", None), "field 'data.email' is null"),
        (mutate("bulk.email.parsing.success", "data.bulk", ...), "missing field 'data.bulk'"),
        (mutate("bulk.email.parsing.success", "data.bulk.id", ...), "missing field 'data.bulk.id'"),
        (mutate("bulk.email.parsing.success", "data.bulk.status", "10"), "field 'data.bulk.status' must be an int"),
        (mutate("fraud-check.done", "data", [1]), "field 'data' must be an object, got an array"),
        (mutate("fraud-check.done", "data", ...), "missing field 'data'"),
        (mutate("phone.subscribe", "data.phone", ...), "missing field 'data.phone'"),
        (mutate("phone.subscribe", "data.user_id", "21911"), "field 'data.user_id' must be an integer"),
        (mutate("phone.subscribe", "data.additional_data", "x"), "field 'data.additional_data' must be an array"),
        (mutate("phone.unsubscribe", "data.unsubscribe_request_id", 5.5), "field 'data.unsubscribe_request_id'"),
        (mutate("phone.unsubscribe", "data.additional_data", "x"), "field 'data.additional_data' must be an object"),
        (mutate("phone.unsubscribe", "data.additional_data.reason", 4), "field 'data.additional_data.reason' must"),
        (mutate("phone.unsubscribe", "data.additional_data.reason.id", ...), "missing field 'data.additional_data.r"),
        (mutate("phone.unsubscribe", "data.additional_data.reason.id", "4"), "field 'data.additional_data.reason.id"),
        (mutate("sms.incoming", "data.msg_uuid", 7), "field 'data.msg_uuid' must be a string"),
        (mutate("sms.delivery.dryrun", "data.status_code", ...), "missing field 'data.status_code'"),
        (mutate("phone.subscribe", "id", ...), "missing field 'id'"),
        (mutate("phone.unsubscribe", "attempts_total", "4"), "field 'attempts_total' must be an integer"),
    ],
)
def test_malformed_documented_events_raise_webhook_error_naming_the_field(body: Any, message: str) -> None:
    with pytest.raises(WebhookError) as info:
        parse(json.dumps(body))
    assert str(info.value).startswith(message)


def test_unknown_event_keeps_name_and_raw_data() -> None:
    body = {**DOCS["sms.delivery"], "name": "sms.delivery.v3", "data": {"whatever": [1, {"x": None}]}}
    event = parse(json.dumps(body).encode())
    assert type(event) is UnknownEvent
    assert event.name == "sms.delivery.v3"
    assert event.data == {"whatever": [1, {"x": None}]}
    assert event.event_id == body["id"]
    assert event.attempt_total == 4
    assert event.raw == body


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=8),
    lambda children: st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=8), children, max_size=3),
    max_leaves=8,
)


@settings(suppress_health_check=[HealthCheck.too_slow])  # a shared 2-core machine; the check stays
@given(st.sampled_from(sorted(DOCS)), st.data())
def test_any_mutation_of_a_documented_event_gives_an_event_or_webhook_error(key: str, data: st.DataObject) -> None:
    body = copy.deepcopy(DOCS[key])
    target = body if data.draw(st.booleans()) else body["data"]
    field_name = data.draw(st.sampled_from([*sorted(target), "extra"]))
    target[field_name] = data.draw(json_values)
    try:
        event = parse(body)
    except WebhookError:
        return
    assert isinstance(event, WebhookEvent)
    assert event.raw == body


def test_importing_webhooks_does_not_load_the_client() -> None:
    code = (
        "import sys, lox24.webhooks as w; "
        'w.parse(b\'{"id": "e", "name": "x", "created_at": 1}\'); '
        "client = ('lox24._client', 'lox24.resources', 'lox24._base_client'); "
        "print(sorted(m for m in sys.modules if m.startswith(client)))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60)
    assert out.stdout.strip() == "[]"


def test_public_names_are_sorted_and_documented_with_an_example() -> None:
    names = webhooks.__all__
    assert names == sorted(names, key=lambda n: (not n.isupper(), n))  # constants first, as in lox24.__all__
    for name in names:
        value = getattr(webhooks, name)
        if isinstance(value, type) or callable(value):
            assert ">>>" in (value.__doc__ or ""), f"{name} needs a docstring with an example"

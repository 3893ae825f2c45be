"""Tests for lox24.webhooks: typed parsing of delivery reports and incoming SMS (other events: test_webhooks_*.py)."""

from __future__ import annotations

import copy
import dataclasses
import doctest
import json
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lox24_api.models import DlrCode, SmsDeliveryEvent, SmsStatusCode

from lox24 import webhooks
from lox24.webhooks import (
    SOURCE_IPS,
    DeliveryReport,
    IncomingSms,
    UnknownEvent,
    WebhookError,
    WebhookEvent,
    is_lox24_ip,
    parse,
)

# The spec's SmsDeliveryEvent example (both spellings of the attempt count, as the emulator sends them).
DELIVERY: dict[str, Any] = {
    "id": "0b8a9d27-0e6c-4d5a-9a57-7a3c5b2f1e44",
    "api_version": "2022-05-25",
    "name": "sms.delivery",
    "created_at": 1755868500,
    "attempt_total": 4,
    "attempts_total": 4,
    "attempt_number": 1,
    "notification_task_id": "5c7e1f1a-2b3c-4d5e-8f90-1a2b3c4d5e6f",
    "data": {
        "id": "11111111-2222-3333-4444-555555555555",
        "key_id": 8291,
        "dlr_code": 1,
        "status_code": 100,
        "callback_data": "123456",
    },
}

INCOMING: dict[str, Any] = {
    "id": "7a1c2b3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d",
    "api_version": "2022-05-25",
    "name": "sms.incoming",
    "created_at": 1755868600,
    "attempts_total": 4,
    "attempt_number": 2,
    "data": {
        "id": "9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a",
        "from": "+491701234567",
        "to": "+4915112345678",
        "text": "Yes, please!",
        "received_at": 1755868590,
        "msg_uuid": "11111111-2222-3333-4444-555555555555",
    },
}


def changed(base: dict[str, Any], path: str, value: Any) -> dict[str, Any]:
    """Return a deep copy of ``base`` with the dotted ``path`` set to ``value`` (or removed when ``...``)."""
    out = copy.deepcopy(base)
    *parents, key = path.split(".")
    target = out
    for parent in parents:
        target = target[parent]
    if value is ...:
        del target[key]
    else:
        target[key] = value
    return out


def test_delivery_report_from_spec_example() -> None:
    report = parse(json.dumps(DELIVERY).encode())
    assert isinstance(report, DeliveryReport)
    assert report == DeliveryReport(
        event_id="0b8a9d27-0e6c-4d5a-9a57-7a3c5b2f1e44",
        name="sms.delivery",
        created_at=1755868500,
        attempt_number=1,
        attempt_total=4,
        id="11111111-2222-3333-4444-555555555555",
        key_id=8291,
        dlr_code=DlrCode.DELIVERED,
        status_code=SmsStatusCode.SENT,
        callback_data="123456",
        api_version="2022-05-25",
        notification_task_id="5c7e1f1a-2b3c-4d5e-8f90-1a2b3c4d5e6f",
    )
    assert type(report.dlr_code) is DlrCode
    assert type(report.status_code) is SmsStatusCode
    assert (report.delivered, report.failed, report.pending) == (True, False, False)
    assert report.raw == DELIVERY
    assert not report.is_dry_run
    assert report.sms_uuid == report.id == DELIVERY["data"]["id"]  # the friendlier alias stays beside LOX24's name
    assert report.event_id == DELIVERY["id"]


def test_accepts_bytes_str_and_mapping_alike() -> None:
    as_bytes = parse(json.dumps(DELIVERY).encode())
    assert parse(json.dumps(DELIVERY)) == as_bytes
    assert parse(DELIVERY) == as_bytes
    assert parse(bytearray(json.dumps(DELIVERY).encode())) == as_bytes  # type: ignore[arg-type]


def test_agrees_with_the_generated_model() -> None:
    report = parse(DELIVERY)
    assert isinstance(report, DeliveryReport)
    model = SmsDeliveryEvent.from_dict(DELIVERY)
    assert report.event_id == model.id
    assert report.id == model.data.id  # type: ignore[union-attr]
    assert report.dlr_code == model.data.dlr_code  # type: ignore[union-attr]
    assert report.status_code == model.data.status_code  # type: ignore[union-attr]


def test_raw_is_read_only_and_not_compared() -> None:
    report = parse(DELIVERY)
    with pytest.raises(TypeError):
        report.raw["id"] = "x"  # type: ignore[index]
    with pytest.raises(dataclasses.FrozenInstanceError):
        report.event_id = "x"  # type: ignore[misc]
    assert parse(changed(DELIVERY, "extra", 1)) == report
    assert "raw" not in repr(report)
    assert hash(report) == hash(parse(DELIVERY))


def test_dry_run_event() -> None:
    report = parse(changed(DELIVERY, "name", "sms.delivery.dryrun"))
    assert isinstance(report, DeliveryReport)
    assert report.is_dry_run
    assert report.name == "sms.delivery.dryrun"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ({**DELIVERY, "attempts_total": 3, "attempt_total": ...}, 3),  # the examples' spelling only
        ({**DELIVERY, "attempt_total": 2, "attempts_total": ...}, 2),  # the schema's spelling only
        ({**DELIVERY, "attempt_total": 2, "attempts_total": 4}, 2),  # both: the schema's wins
        ({**DELIVERY, "attempt_total": ..., "attempts_total": ...}, None),
        ({**DELIVERY, "attempt_total": None, "attempts_total": 4}, 4),
    ],
)
def test_attempt_total_spellings(body: dict[str, Any], expected: int | None) -> None:
    body = {k: v for k, v in body.items() if v is not ...}
    event = parse(body)
    assert event.attempt_total == expected
    assert event.attempts_total == expected  # alias with the examples' spelling


@pytest.mark.parametrize(
    ("dlr_code", "delivered", "failed", "pending"),
    [
        (0, False, False, True),
        (1, True, False, False),
        (2, False, False, True),
        (4, False, False, True),
        (8, False, True, False),
        (16, False, True, False),
        (32, False, False, False),
    ],
)
def test_delivery_state_properties(dlr_code: int, delivered: bool, failed: bool, pending: bool) -> None:
    report = parse(changed(DELIVERY, "data.dlr_code", dlr_code))
    assert isinstance(report, DeliveryReport)
    assert (report.delivered, report.failed, report.pending) == (delivered, failed, pending)


def test_unknown_codes_parse_as_unknown_members_equal_to_the_code() -> None:
    # lox24 makes every generated enum tolerant (lox24._compat): a code LOX24 adds later becomes a
    # pseudo-member that still equals the raw int, instead of crashing the parse.
    body = changed(changed(DELIVERY, "data.dlr_code", 32), "data.status_code", 7000)
    report = parse(body)
    assert isinstance(report, DeliveryReport)
    assert report.dlr_code == 32
    assert isinstance(report.dlr_code, int)
    assert getattr(report.dlr_code, "name", "") == "UNKNOWN_32"
    assert report.status_code == 7000
    assert isinstance(report.status_code, int)
    assert (report.delivered, report.failed, report.pending) == (False, False, False)


def test_optional_delivery_fields() -> None:
    body = {
        "id": "e",
        "name": "sms.delivery",
        "created_at": 1,
        "data": {"id": "s", "dlr_code": 16, "status_code": 208, "key_id": None, "callback_data": None},
    }
    report = parse(body)
    assert isinstance(report, DeliveryReport)
    assert report.key_id is None
    assert report.callback_data is None
    assert report.attempt_number is None
    assert report.api_version is None
    assert report.status_code is SmsStatusCode.BLOCKED
    assert report.failed


def test_incoming_sms() -> None:
    sms = parse(json.dumps(INCOMING))
    assert isinstance(sms, IncomingSms)
    assert sms == IncomingSms(
        event_id="7a1c2b3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d",
        name="sms.incoming",
        created_at=1755868600,
        id="9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a",
        from_="+491701234567",
        to="+4915112345678",
        text="Yes, please!",
        received_at=1755868590,
        msg_uuid="11111111-2222-3333-4444-555555555555",
        attempt_number=2,
        attempt_total=4,
        api_version="2022-05-25",
    )
    assert sms.raw["data"]["from"] == "+491701234567"


def test_incoming_sms_exposes_lox24_names_and_keeps_aliases_beside_them() -> None:
    sms = parse(INCOMING)
    assert isinstance(sms, IncomingSms)
    data = INCOMING["data"]
    lox24_names = {"id": "id", "from_": "from", "to": "to", "text": "text", "received_at": "received_at"}
    lox24_names["msg_uuid"] = "msg_uuid"
    for attribute, key in lox24_names.items():
        assert getattr(sms, attribute) == data[key], attribute
    aliases = {"sms_uuid": "id", "sender": "from_", "recipient": "to", "reply_to": "msg_uuid"}
    for alias, attribute in aliases.items():
        assert getattr(sms, alias) == getattr(sms, attribute), alias
    # The aliases are read-only properties, not fields: equality, repr and the constructor use LOX24's names.
    field_names = {f.name for f in dataclasses.fields(sms)}
    assert set(lox24_names) <= field_names
    assert not set(aliases) & field_names
    assert "from_='+491701234567'" in repr(sms)


def test_incoming_sms_optional_fields() -> None:
    body = {"id": "e", "name": "sms.incoming", "created_at": 1, "data": {"id": "i", "from": "+49170", "to": "+49151"}}
    sms = parse(body)
    assert isinstance(sms, IncomingSms)
    assert (sms.text, sms.received_at, sms.msg_uuid, sms.reply_to) == (None, None, None, None)


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("sms.read", {"id": "s"}),
        ("SMS.DELIVERY", {"id": "s"}),  # names are case-sensitive, as LOX24 writes them
        ("", {}),
        ("sms.delivery.v2", [1, 2]),
        ("bulk.done", None),
    ],
)
def test_unknown_events_are_generic(name: str, data: Any) -> None:
    body = {"id": "e", "name": name, "created_at": 1, "attempt_total": 4, "data": data}
    event = parse(json.dumps(body).encode())
    assert type(event) is UnknownEvent
    assert (event.name, event.data, event.event_id, event.attempt_total) == (name, data, "e", 4)
    assert event.raw == body


def test_unknown_event_without_data() -> None:
    event = parse({"id": "e", "name": "x.y", "created_at": 1})
    assert isinstance(event, UnknownEvent)
    assert event.data is None


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (b"", "body is empty"),
        ("  ", "body is empty"),
        (b"\xff\xfe", "body is not UTF-8"),
        ("{not json", "body is not valid JSON"),
        ('{"a": 1', "body is not valid JSON"),
        ("[1, 2]", "body must be a JSON object, got an array"),
        ("null", "body must be a JSON object, got null"),
        ('"sms.delivery"', "body must be a JSON object, got a string"),
        ("42", "body must be a JSON object, got a number"),
        (42, "body must be bytes, str or a mapping, got int"),
        (None, "body must be bytes, str or a mapping, got NoneType"),
        ({"id": "e", "created_at": 1, "data": {}}, "missing field 'name'"),
        ({"name": None}, "field 'name' is null"),
        ({"name": 5}, "field 'name' must be a string, got a number 5"),
        (changed(DELIVERY, "id", ...), "missing field 'id'"),
        (changed(DELIVERY, "created_at", ...), "missing field 'created_at'"),
        (changed(DELIVERY, "created_at", "1755868500"), "field 'created_at' must be an integer, got a string"),
        (changed(DELIVERY, "created_at", True), "field 'created_at' must be an integer, got a boolean"),
        (changed(DELIVERY, "attempt_number", 1.0), "field 'attempt_number' must be an integer, got a number"),
        (changed(DELIVERY, "attempt_total", "4"), "field 'attempt_total' must be an integer"),
        (changed(DELIVERY, "data", ...), "missing field 'data'"),
        (changed(DELIVERY, "data", None), "field 'data' must be an object, got null"),
        (changed(DELIVERY, "data", [1]), "field 'data' must be an object, got an array"),
        (changed(DELIVERY, "data.id", ...), "missing field 'data.id'"),
        (changed(DELIVERY, "data.dlr_code", ...), "missing field 'data.dlr_code'"),
        (changed(DELIVERY, "data.dlr_code", None), "field 'data.dlr_code' is null"),
        (changed(DELIVERY, "data.dlr_code", "1"), "field 'data.dlr_code' must be an integer, got a string '1'"),
        (changed(DELIVERY, "data.status_code", ...), "missing field 'data.status_code'"),
        (changed(DELIVERY, "data.key_id", "8291"), "field 'data.key_id' must be an integer"),
        (changed(DELIVERY, "data.callback_data", 123456), "field 'data.callback_data' must be a string"),
        (changed(INCOMING, "data.from", ...), "missing field 'data.from'"),
        (changed(INCOMING, "data.to", 4915112345678), "field 'data.to' must be a string"),
        (changed(INCOMING, "data.text", ["hi"]), "field 'data.text' must be a string, got an array"),
        (changed(INCOMING, "data.received_at", "now"), "field 'data.received_at' must be an integer"),
    ],
)
def test_malformed_bodies_raise_webhook_error(body: Any, message: str) -> None:
    with pytest.raises(WebhookError) as info:
        parse(body)
    assert str(info.value).startswith(message)
    assert isinstance(info.value, ValueError)


def test_error_chain_is_hidden() -> None:
    with pytest.raises(WebhookError) as info:
        parse("{oops")
    assert info.value.__suppress_context__


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=10),
    lambda children: st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=8), children, max_size=3),
    max_leaves=10,
)


@settings(suppress_health_check=[HealthCheck.too_slow])  # a shared 2-core machine; the checks stay
@given(st.dictionaries(st.sampled_from(["id", "name", "created_at", "data", "attempt_total"]), json_values))
def test_arbitrary_objects_raise_only_webhook_error(body: dict[str, Any]) -> None:
    try:
        event = parse(body)
    except WebhookError:
        return
    assert isinstance(event, WebhookEvent)
    assert event.name == body["name"]


@settings(suppress_health_check=[HealthCheck.too_slow])  # a shared 2-core machine; the checks stay
@given(
    st.sampled_from(["id", "name", "created_at", "data.id", "data.dlr_code", "data.status_code", "data.key_id"]),
    json_values,
)
def test_mutated_delivery_raises_only_webhook_error(path: str, value: Any) -> None:
    body = changed(DELIVERY, path, value)
    try:
        event = parse(body)
    except WebhookError:
        return
    if body["name"] in webhooks.DELIVERY_EVENTS:
        assert isinstance(event, DeliveryReport)
    else:  # a mutated name is another event: a generic one unless it happens to be a documented name
        assert type(event) is UnknownEvent or body["name"] in webhooks.EVENT_NAMES
    assert event.raw == body


@settings(suppress_health_check=[HealthCheck.too_slow])  # a shared 2-core machine; the checks stay
@given(st.binary(max_size=64))
def test_arbitrary_bytes_raise_only_webhook_error(body: bytes) -> None:
    with pytest.raises(WebhookError):
        parse(body)


def test_source_ips() -> None:
    assert SOURCE_IPS == ("162.55.80.140", "162.55.80.141")
    assert webhooks.SOURCE_IPS is SOURCE_IPS


@pytest.mark.parametrize(
    ("ip", "expected"),
    [
        ("162.55.80.140", True),
        ("162.55.80.141", True),
        (" 162.55.80.141 ", True),
        ("::ffff:162.55.80.140", True),
        ("162.55.80.142", False),
        ("162.55.80.14", False),
        ("127.0.0.1", False),
        ("::1", False),
        ("", False),
        ("lox24.eu", False),
        ("162.55.80.140, 10.0.0.1", False),
    ],
)
def test_is_lox24_ip(ip: str, expected: bool) -> None:
    assert is_lox24_ip(ip) is expected


def test_is_lox24_ip_rejects_non_strings() -> None:
    assert is_lox24_ip(None) is False  # type: ignore[arg-type]


def test_docstring_examples() -> None:
    import lox24.webhooks as module

    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS)
    # the examples of the events (webhooks/_events.py) and of parse (webhooks/_parse.py) run too: 36 in all
    assert result.attempted >= 36
    assert result.failed == 0


def test_public_names_live_in_lox24_webhooks_whatever_file_defines_them() -> None:
    import lox24.webhooks as module

    for name in module.__all__:
        obj = getattr(module, name)
        if isinstance(obj, type) or callable(obj):
            assert getattr(obj, "__module__", module.__name__) == "lox24.webhooks", name
    with pytest.raises(module.WebhookError) as info:
        module.parse("[]")
    assert type(info.value).__module__ + "." + type(info.value).__name__ == "lox24.webhooks.WebhookError"

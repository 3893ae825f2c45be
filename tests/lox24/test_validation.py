"""Tests for lox24._validation: the client-side checks of SMS, bulk and group bodies."""

from __future__ import annotations

import doctest
import pickle
import re
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lox24._validation import (
    SENDER_ID_PATTERN,
    VOICE_LANGS,
    Lox24ValidationError,
    validate_bulk,
    validate_group,
    validate_sms,
)

SPEC_SENDER_ID = re.compile(r"^(\+?[1-9][0-9]{0,14}|[a-zA-Z0-9 ]{1,11})$")

VALID_SMS: dict[str, Any] = {
    "phone": "+491701234567",
    "text": "Hello! This is a test SMS message.",
    "sender_id": "MyShop",
    "is_unicode": None,
    "service_code": None,
    "attempts_count_max": None,
    "callback_data": None,
    "delivery_at": None,
    "source": None,
    "voice_lang": None,
}


def sms(**overrides: Any) -> str:
    """Call validate_sms with a valid body updated by ``overrides``."""
    return validate_sms(**{**VALID_SMS, **overrides})


def sms_error(**overrides: Any) -> Lox24ValidationError:
    """Return the error validate_sms raises for the given overrides."""
    with pytest.raises(Lox24ValidationError) as info:
        sms(**overrides)
    return info.value


def test_valid_sms_returns_normalised_phone() -> None:
    assert sms() == "+491701234567"
    assert sms(phone="00491701234567") == "+491701234567"
    assert sms(phone="491701234567") == "+491701234567"
    assert sms(phone="01701234567") == "+491701234567"
    assert sms(phone="4155552671", region="US") == "+14155552671"


def test_every_optional_field_at_its_limits() -> None:
    assert (
        sms(
            text="x" * 1530,
            sender_id="+491701234567",
            is_unicode=False,
            service_code="text2speech",
            attempts_count_max=3,
            callback_data="c" * 36,
            delivery_at=253402300799,
            source=2147483647,
            voice_lang="UK",
        )
        == "+491701234567"
    )
    assert sms(delivery_at=0, source=0, service_code="text2speech_ssml", attempts_count_max=1) == "+491701234567"
    assert sms(service_code="direct", is_unicode=True, text="ж" * 670) == "+491701234567"


def test_error_is_a_value_error_with_field_and_rule() -> None:
    err = sms_error(sender_id="Too long sender")
    assert isinstance(err, ValueError)
    assert err.field == "sender_id"
    assert err.rule.startswith(f"must match {SENDER_ID_PATTERN}")
    assert err.value == "Too long sender"
    assert str(err) == (
        r"sender_id: must match ^(\+?[1-9][0-9]{0,14}|[a-zA-Z0-9 ]{1,11})$ "
        "(a number of up to 15 digits or up to 11 letters, digits and spaces), got 'Too long sender'"
    )


def test_error_pickles() -> None:
    err = sms_error(callback_data="x" * 37)
    copy = pickle.loads(pickle.dumps(err))  # noqa: S301 - our own object
    assert (copy.field, copy.rule, copy.value, str(copy)) == (err.field, err.rule, err.value, str(err))


def test_error_without_value() -> None:
    err = Lox24ValidationError("phones", "phones or msg_groups must name at least one recipient")
    assert str(err) == "phones: phones or msg_groups must name at least one recipient"
    assert err.value is None


def test_long_values_are_shortened_in_messages() -> None:
    err = sms_error(callback_data="y" * 100)
    assert "(100 characters)" in str(err)
    assert len(str(err)) < 200


@pytest.mark.parametrize(
    "sender_id",
    ["MyShop", "SMS Service", "+491701234567", "491701234567", "1", "A", "12345678901", "0123", "+123456789012345"],
)
def test_sender_id_accepted(sender_id: str) -> None:
    assert sms(sender_id=sender_id)


@pytest.mark.parametrize(
    "sender_id",
    [
        "",
        "Too long sender",
        "My-Shop",
        "Müller",
        "+0123",
        "+",
        "+1234567890123456",
        "1234567890123456",
        "+4١٢٣",
        "٤٩١٧٠",
        "MyShop\n",
        "\nMyShop",
        "My_Shop",
        "Ｍyshop",
        None,
        42,
    ],
)
def test_sender_id_rejected(sender_id: Any) -> None:
    assert sms_error(sender_id=sender_id).field == "sender_id"


@given(st.text(alphabet="+0123456789abcXYZ _-\n٣", max_size=18))
def test_sender_id_agrees_with_the_spec_pattern_on_ascii(sender_id: str) -> None:
    # Python's \d and $ would accept non-ASCII digits and a trailing newline; the checker must not.
    expected = SPEC_SENDER_ID.fullmatch(sender_id) is not None and sender_id.isascii() and "\n" not in sender_id
    if expected:
        assert sms(sender_id=sender_id) == "+491701234567"
    else:
        assert sms_error(sender_id=sender_id).field == "sender_id"


@pytest.mark.parametrize(
    ("overrides", "field", "rule"),
    [
        ({"phone": "0170"}, "phone", "must be a valid phone number"),
        ({"phone": ""}, "phone", "phone number is empty"),
        ({"phone": 491701234567}, "phone", "must be a string"),
        ({"text": ""}, "text", "must be 1 to 1530 characters"),
        ({"text": "x" * 1531}, "text", "must be 1 to 1530 characters"),
        ({"text": None}, "text", "must be a string"),
        ({"text": "ж" * 671}, "text", "must fit into 10 SMS parts (670 UCS-2"),
        ({"text": "€" * 766}, "text", "must fit into 10 SMS parts (1530 GSM-7"),
        ({"text": "😀" * 336}, "text", "needs 11 parts for 672 characters"),
        ({"text": "ж" * 671, "is_unicode": False}, "", ""),
        ({"is_unicode": "yes"}, "is_unicode", "must be true, false or null"),
        ({"is_unicode": 1}, "is_unicode", "must be true, false or null"),
        ({"service_code": "economy"}, "service_code", "must be one of direct, text2speech, text2speech_ssml"),
        ({"service_code": "DIRECT"}, "service_code", "must be one of"),
        ({"attempts_count_max": 2}, "attempts_count_max", "must be null unless service_code is text2speech"),
        (
            {"attempts_count_max": 2, "service_code": "direct"},
            "attempts_count_max",
            "(service_code is direct)",
        ),
        ({"attempts_count_max": 0, "service_code": "text2speech"}, "attempts_count_max", "must be 1, 2, 3 or null"),
        ({"attempts_count_max": 4, "service_code": "text2speech"}, "attempts_count_max", "must be 1, 2, 3 or null"),
        ({"attempts_count_max": True, "service_code": "text2speech"}, "attempts_count_max", "must be 1, 2, 3"),
        ({"callback_data": "x" * 37}, "callback_data", "at most 36 characters"),
        ({"callback_data": 123}, "callback_data", "must be a string"),
        ({"delivery_at": -1}, "delivery_at", "must be an integer from 0 to 253402300799 or null"),
        ({"delivery_at": True}, "delivery_at", "must be an integer"),
        ({"delivery_at": 1.5}, "delivery_at", "must be an integer"),
        ({"delivery_at": 253402300800}, "delivery_at", "must be an integer"),
        ({"source": -5}, "source", "must be an integer from 0 to 2147483647"),
        ({"source": False}, "source", "must be an integer"),
        ({"source": "111"}, "source", "must be an integer"),
        ({"voice_lang": "de"}, "voice_lang", "must be one of EN DE"),
        ({"voice_lang": "XX"}, "voice_lang", "(upper case) or null"),
    ],
)
def test_sms_rules(overrides: dict[str, Any], field: str, rule: str) -> None:
    if not field:  # the case is valid: forced GSM-7 transliterates, 671 characters are 5 parts
        assert sms(**overrides)
        return
    err = sms_error(**overrides)
    assert err.field == field
    assert str(err).startswith(f"{field}: ")
    assert rule in str(err)


def test_all_voice_langs_accepted() -> None:
    assert len(VOICE_LANGS) == len(set(VOICE_LANGS)) == 20
    for lang in VOICE_LANGS:
        assert sms(voice_lang=lang)


def test_enum_members_are_accepted() -> None:
    from lox24_api.models import ServiceCode, VoiceLang

    assert sms(service_code=ServiceCode.TEXT2SPEECH, attempts_count_max=2, voice_lang=VoiceLang.DE)


def test_validate_bulk() -> None:
    assert validate_bulk(
        text="Sale!", sender_id="MyShop", phones=["01701234567", "+4915112345678"], msg_groups=None
    ) == ["+491701234567", "+4915112345678"]
    assert validate_bulk(text="Sale!", sender_id="MyShop", phones=None, msg_groups=[1, 2]) == []
    assert validate_bulk(text="[colA] " + "x" * 1778, sender_id="MyShop", phones=[], msg_groups=[7]) == []


@pytest.mark.parametrize(
    ("kwargs", "field", "rule"),
    [
        ({"phones": None, "msg_groups": None}, "phones", "at least one recipient"),
        ({"phones": [], "msg_groups": []}, "phones", "at least one recipient"),
        ({"phones": "+491701234567"}, "phones", "must be a list"),
        ({"msg_groups": 5}, "msg_groups", "must be a list"),
        ({"phones": ["+491701234567", "0170"]}, "phones[1]", "must be a valid phone number"),
        ({"msg_groups": [1, 0]}, "msg_groups[1]", "must be a group id"),
        ({"msg_groups": ["1"]}, "msg_groups[0]", "must be a group id"),
        ({"msg_groups": list(range(1, 102))}, "msg_groups", "at most 100 entries"),
        ({"phones": ["+491701234567"] * 10001}, "phones", "at most 10000 entries"),
        ({"text": "x" * 1786}, "text", "must be 1 to 1785 characters"),
        ({"text": "x" * 1531}, "text", "must fit into 10 SMS parts"),
        ({"sender_id": "Bad-Sender"}, "sender_id", "must match"),
        ({"service_code": "pro"}, "service_code", "must be one of"),
        ({"delivery_at": -1}, "delivery_at", "must be an integer"),
        ({"source": -1}, "source", "must be an integer"),
        ({"voice_lang": "xx"}, "voice_lang", "must be one of"),
        ({"is_unicode": "no"}, "is_unicode", "must be true, false or null"),
    ],
)
def test_bulk_rules(kwargs: dict[str, Any], field: str, rule: str) -> None:
    body: dict[str, Any] = {"text": "Sale!", "sender_id": "MyShop", "phones": ["+491701234567"], "msg_groups": None}
    with pytest.raises(Lox24ValidationError) as info:
        validate_bulk(**{**body, **kwargs})
    assert info.value.field == field
    assert rule in str(info.value)


def test_bulk_text_with_placeholders_may_exceed_ten_parts() -> None:
    text = "Hello [colA], " + "x" * 1600
    assert validate_bulk(text=text, sender_id="MyShop", phones=None, msg_groups=[1]) == []


def test_validate_group() -> None:
    validate_group("Customers")
    validate_group("x" * 50, "d" * 255, {"name_a": "First name", "b": None, "name_e": "z" * 50})
    validate_group("Customers", None, ["First name", "Last name", None])
    validate_group("Customers", columns=None)


@pytest.mark.parametrize(
    ("args", "field", "rule"),
    [
        (("",), "name", "must be 1 to 50 characters"),
        (("x" * 51,), "name", "must be 1 to 50 characters"),
        ((None,), "name", "must be 1 to 50 characters"),
        (("ok", "d" * 256), "description", "at most 255 characters"),
        (("ok", None, {"name_a": "x" * 51}), "name_a", "at most 50 characters"),
        (("ok", None, {"c": 5}), "name_c", "at most 50 characters"),
        (("ok", None, {"name_f": "x"}), "columns", "keys must be name_a"),
        (("ok", None, ["a", "b", "c", "d", "e", "f"]), "columns", "at most 5 entries"),
        (("ok", None, ["a", "x" * 51]), "name_b", "at most 50 characters"),
        (("ok", None, "abc"), "columns", "must be a mapping or a sequence"),
    ],
)
def test_group_rules(args: tuple[Any, ...], field: str, rule: str) -> None:
    with pytest.raises(Lox24ValidationError) as info:
        validate_group(*args)
    assert info.value.field == field
    assert rule in str(info.value)


def test_docstring_examples() -> None:
    import lox24._validation as module

    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS)
    assert result.attempted > 0
    assert result.failed == 0

"""Tests for lox24._phone: the four LOX24 input forms, the ambiguous 49… form and error reasons."""

from __future__ import annotations

import doctest
import re
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lox24._phone import MAX_PHONE_LENGTH, is_valid_phone, normalize_phone

E164 = re.compile(r"\+[1-9][0-9]{1,14}")


@pytest.mark.parametrize(
    "number",
    [
        "+491701234567",
        "00491701234567",
        "491701234567",
        "01701234567",
        "+49 170 1234567",
        "+49 (0)170 1234567",
        "0049-170-123-4567",
        "0170/1234567",
        "(0170) 123 45 67",
        "  +491701234567\n",
        "1701234567",  # national without its 0: +1 701234567 is not valid, so it is read as German
    ],
)
def test_documented_forms_become_e164(number: str) -> None:
    assert normalize_phone(number) == "+491701234567"
    assert is_valid_phone(number)


def test_49_prefix_is_read_as_international_in_germany() -> None:
    # phonenumbers alone reads 491701234567 in DE as the valid national number 0491 701234567 (+49491701234567).
    assert normalize_phone("491701234567", region="DE") == "+491701234567"
    assert normalize_phone("436641234567", region="DE") == "+436641234567"
    assert normalize_phone("41791234567", region="DE") == "+41791234567"
    assert normalize_phone("4930123456") == "+4930123456"


def test_other_countries() -> None:
    assert normalize_phone("+14155552671") == "+14155552671"
    assert normalize_phone("0043 664 1234567") == "+436641234567"
    assert normalize_phone("0664 1234567", region="AT") == "+436641234567"
    assert normalize_phone("07911 123456", region="gb") == "+447911123456"


def test_region_without_zero_trunk_prefix_reads_national_first() -> None:
    assert normalize_phone("4155552671", region="US") == "+14155552671"
    assert normalize_phone("14155552671", region="US") == "+14155552671"
    assert normalize_phone("(415) 555-2671", region="US") == "+14155552671"
    assert normalize_phone("00491701234567", region="US") == "+491701234567"  # 00 even where the IDD is 011


@pytest.mark.parametrize(
    ("number", "reason"),
    [
        (12345, "must be a string, got int"),
        (None, "must be a string, got NoneType"),
        (b"+491701234567", "must be a string, got bytes"),
        ("", "is empty"),
        ("   ", "is empty"),
        ("+", "no digits"),
        ("abc", "not parseable: it contains characters other than digits"),
        ("+49 170 CALLNOW", "not parseable"),
        ("++491701234567", "not parseable"),
        ("+٤٩١٧٠١٢٣٤٥٦٧", "not parseable"),
        ("+999123456", "not parseable (unknown country code)"),
        ("+49 1", "not parseable (too short)"),
        ("+49 170", "not a possible number"),
        ("0170", "not a valid number"),
        ("+491234", "not a valid number"),
        ("+4917012345678901", "too long"),
        ("00491701234567890123", "too long"),
        ("12", "neither a valid international number (+12: not parseable"),
    ],
)
def test_errors_name_the_problem(number: Any, reason: str) -> None:
    with pytest.raises(ValueError, match=re.escape(reason)):
        normalize_phone(number)
    assert not is_valid_phone(number)


def test_error_message_quotes_the_input() -> None:
    with pytest.raises(ValueError, match=r"^phone number '0170' is not a valid number"):
        normalize_phone("0170")


def test_ambiguous_failure_names_both_readings() -> None:
    with pytest.raises(ValueError, match=r"international number \(\+12: .*\) nor a valid national number in DE"):
        normalize_phone("12")


def test_unknown_region() -> None:
    with pytest.raises(ValueError, match="unknown region 'XX'"):
        normalize_phone("01701234567", region="XX")
    assert not is_valid_phone("01701234567", region="XX")


def test_national_form_depends_on_region() -> None:
    assert normalize_phone("01701234567", region="DE") == "+491701234567"
    assert not is_valid_phone("01701234567", region="US")


@given(st.from_regex(r"15[12579][0-9]{8}|1(6[023]|7[0-9])[0-9]{7,8}", fullmatch=True))
def test_german_mobile_numbers_in_all_forms(national: str) -> None:
    expected = normalize_phone("+49" + national)
    assert E164.fullmatch(expected)
    assert normalize_phone("0049" + national) == expected
    assert normalize_phone("49" + national) == expected
    assert normalize_phone("0" + national) == expected


@given(st.text(max_size=24))
def test_never_raises_anything_but_value_error(number: str) -> None:
    try:
        result = normalize_phone(number)
    except ValueError:
        assert not is_valid_phone(number)
    else:
        assert E164.fullmatch(result)
        assert len(result) <= MAX_PHONE_LENGTH
        assert normalize_phone(result) == result


def test_docstring_examples() -> None:
    import lox24._phone as module

    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS)
    assert result.attempted > 0
    assert result.failed == 0

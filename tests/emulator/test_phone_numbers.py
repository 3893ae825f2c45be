"""Phone numbers: the four input forms, separators, and numbers that are not real (422)."""

from __future__ import annotations

import pytest

from lox24.emulator.backend import normalize_phone


@pytest.mark.parametrize(
    ("raw", "e164", "iso2"),
    [
        ("+491701234567", "+491701234567", "DE"),
        ("00491701234567", "+491701234567", "DE"),
        ("491701234567", "+491701234567", "DE"),
        ("01701234567", "+491701234567", "DE"),
        ("+14155552671", "+14155552671", "US"),
    ],
)
def test_normalize_phone_accepts_the_four_forms(raw: str, e164: str, iso2: str) -> None:
    assert normalize_phone(raw) == (e164, iso2)


def test_normalize_phone_rejects_numbers_that_are_not_real() -> None:
    assert normalize_phone("+4912345678") is None


@pytest.mark.parametrize("raw", ["++491701234567", "+49 170 FLOWERS", "+49170123456x", "0170-123.4567!"])
def test_normalize_phone_rejects_what_is_not_digits_and_separators(raw: str) -> None:
    # phonenumbers alone would read these (keypad letters, a doubled "+") as real numbers.
    assert normalize_phone(raw) is None


def test_normalize_phone_keeps_the_usual_separators() -> None:
    assert normalize_phone("+49 (170) 123-4567") == ("+491701234567", "DE")


def test_numbers_longer_than_e164_are_not_real() -> None:
    # phonenumbers calls this 17-digit German number valid; E.164 allows 15 digits.
    assert normalize_phone("0426973707633134") is None

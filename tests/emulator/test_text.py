"""Text: GSM 03.38 / UCS-2 detection, characters and parts counted as LOX24 counts them, transliteration."""

from __future__ import annotations

import pytest

from lox24.emulator.text import encode, is_gsm, transliterate


@pytest.mark.parametrize(
    ("text", "is_unicode", "chars", "parts", "unicode"),
    [
        ("Hello", None, 5, 1, False),
        ("a" * 160, None, 160, 1, False),
        ("a" * 161, None, 161, 2, False),
        ("a" * 306, None, 306, 2, False),
        ("a" * 307, None, 307, 3, False),
        ("€" * 80, None, 160, 1, False),
        ("€" * 81, None, 162, 2, False),
        ("Привет", None, 6, 1, True),
        ("ж" * 70, None, 70, 1, True),
        ("ж" * 71, None, 71, 2, True),
        ("ж" * 134, None, 134, 2, True),
        ("ж" * 135, None, 135, 3, True),
        ("Test message", True, 12, 1, True),
        ("😀", None, 2, 1, True),
        ("a" * 1530, None, 1530, 10, False),
        ("a" * 1531, None, 1531, 11, False),
    ],
)
def test_encode_counts_chars_and_parts(
    text: str, is_unicode: bool | None, chars: int, parts: int, unicode: bool
) -> None:
    enc = encode(text, is_unicode)
    assert (enc.chars_count, enc.parts_count, enc.is_unicode) == (chars, parts, unicode)


def test_gsm_basic_and_extension_tables() -> None:
    assert is_gsm("@£$¥èéùìòÇØøÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ¡ÄÖÑÜ§¿äöñüà{}[]~|^€\\")
    assert not is_gsm("á")


def test_false_transliterates_non_gsm_characters() -> None:
    enc = encode("„Grüße“ – café Łódź ✓", False)
    assert enc.text == '"Grüße" - café Lodz ?'
    assert not enc.is_unicode
    assert transliterate("ł") == "l"


def test_set_based_gsm_checks_agree_with_character_by_character_ones() -> None:
    from lox24.emulator.text import GSM_BASIC, GSM_EXTENSION, is_gsm, septets

    samples = ["", "Hello", "{[~]}|^€\f", "Grüße €5", "日本", "a\u00a0b", "x" * 300 + "€", "😀", "ÄÖÜäöüß"]
    for text in samples:
        assert is_gsm(text) == all(ch in GSM_BASIC or ch in GSM_EXTENSION for ch in text), text
        assert septets(text) == sum(2 if ch in GSM_EXTENSION else 1 for ch in text), text

"""Tests for lox24._segments: GSM 03.38 tables, character counting and parts."""

from __future__ import annotations

import dataclasses
import doctest
import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lox24._segments import GSM_BASIC, GSM_EXTENSION, MAX_PARTS, Segments, is_gsm, segments, transliterate

GSM_ALL = sorted(GSM_BASIC | GSM_EXTENSION)
gsm_basic_text = st.text(alphabet=sorted(GSM_BASIC), max_size=1600)
gsm_text = st.text(alphabet=GSM_ALL, max_size=1600)
non_gsm_char = st.characters(codec="utf-8").filter(lambda c: c not in GSM_BASIC and c not in GSM_EXTENSION)


def test_basic_table_is_the_gsm_0338_default_alphabet() -> None:
    expected = (
        "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
        "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà"
    )
    assert len(expected) == 127  # 128 positions minus ESC
    assert frozenset(expected) == GSM_BASIC
    assert "\x1b" not in GSM_BASIC
    assert frozenset("\f^{}\\[~]|€") == GSM_EXTENSION
    assert not GSM_BASIC & GSM_EXTENSION
    assert MAX_PARTS == 10


@pytest.mark.parametrize("ch", ["ç", "`", "á", "–", "’", "€\u0301", "\t", "😀", "ä\u0308", "Ç\u0327"])
def test_characters_outside_gsm(ch: str) -> None:
    assert not is_gsm(ch)
    assert not is_gsm("abc" + ch)


def test_is_gsm() -> None:
    assert is_gsm("")
    assert is_gsm("Größe: 10 € {ok} [x] ~ | ^ \\ \f")
    assert is_gsm("Ç é É ø Ø å Å Δ Φ Γ Λ Ω Π Ψ Σ Θ Ξ ¤ ¡ ¿ § à")


def test_docs_examples() -> None:
    # spec/notes §3.10: a 34-character text is 1 part with chars_count 34; 248 GSM characters are 2 parts.
    assert segments("Hello! This is a test SMS message.") == Segments("GSM-7", 1, 34, 160, 126)
    assert segments("a" * 248) == Segments("GSM-7", 2, 248, 153, 58)


def test_empty_text_is_one_part() -> None:
    for is_unicode in (None, False):
        assert segments("", is_unicode=is_unicode) == Segments("GSM-7", 1, 0, 160, 160)
    assert segments("", is_unicode=True) == Segments("UCS-2", 1, 0, 70, 70)


@pytest.mark.parametrize(
    ("length", "parts"),
    [(1, 1), (160, 1), (161, 2), (306, 2), (307, 3), (459, 3), (460, 4), (1530, 10), (1531, 11)],
)
def test_gsm_boundaries(length: int, parts: int) -> None:
    seg = segments("x" * length)
    assert (seg.encoding, seg.parts, seg.characters) == ("GSM-7", parts, length)
    assert seg.per_part == (160 if parts == 1 else 153)


@pytest.mark.parametrize(("length", "parts"), [(1, 1), (70, 1), (71, 2), (134, 2), (135, 3), (670, 10), (671, 11)])
def test_ucs2_boundaries(length: int, parts: int) -> None:
    seg = segments("ж" * length)
    assert (seg.encoding, seg.parts, seg.characters) == ("UCS-2", parts, length)
    assert seg.per_part == (70 if parts == 1 else 67)


@pytest.mark.parametrize("ch", sorted(GSM_EXTENSION))
def test_extension_characters_count_two(ch: str) -> None:
    seg = segments(ch)
    assert (seg.encoding, seg.characters) == ("GSM-7", 2)
    assert segments(ch * 80).parts == 1
    assert segments(ch * 81) == Segments("GSM-7", 2, 162, 153, 144)
    assert segments("x" + ch * 80).parts == 2


def test_extension_characters_count_one_in_ucs2() -> None:
    assert segments("€ж").characters == 2
    assert segments("€", is_unicode=True).characters == 1


def test_emoji_counts_two_utf16_units() -> None:
    assert segments("😀") == Segments("UCS-2", 1, 2, 70, 68)
    assert segments("😀" * 35).parts == 1
    assert segments("😀" * 35 + "a").parts == 2


def test_one_non_gsm_character_switches_to_ucs2() -> None:
    assert segments("x" * 159 + "ç") == Segments("UCS-2", 3, 160, 67, 41)


def test_forced_unicode() -> None:
    assert segments("Hello", is_unicode=True) == Segments("UCS-2", 1, 5, 70, 65)


def test_forced_gsm_transliterates() -> None:
    seg = segments("`á` – “ok”", is_unicode=False)
    assert seg.encoding == "GSM-7"
    assert seg.characters == len(transliterate("`á` – “ok”")) == 10
    # A character without replacement counts as the one character LOX24 puts in its place.
    assert segments("😀", is_unicode=False) == Segments("GSM-7", 1, 1, 160, 159)
    assert segments("ж" * 161, is_unicode=False).parts == 2


def test_transliterate_documented_examples() -> None:
    assert transliterate("`") == "'"
    assert transliterate("á") == "a"
    assert transliterate("–") == "-"
    assert transliterate("é") == "é"  # in GSM, kept


def test_transliterate_table() -> None:
    assert transliterate("‘x’ “y” „z“ «w» — … ç Ç ő Ś ł œ") == '\'x\' "y" "z" "w" - ... c Ç o S l oe'
    assert transliterate("😀 ж") == "😀 ж"  # no replacement known: unchanged
    assert transliterate("\u00a0") == " "


@given(st.text(max_size=200))
def test_transliterate_keeps_gsm_characters(text: str) -> None:
    out = transliterate(text)
    if is_gsm(text):
        assert out == text
    assert transliterate(out) == out


def test_rejects_wrong_types() -> None:
    with pytest.raises(TypeError, match="text must be a str"):
        segments(b"bytes")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="is_unicode must be a bool"):
        segments("x", is_unicode=1)  # type: ignore[arg-type]


def test_segments_is_frozen() -> None:
    seg = segments("x")
    with pytest.raises(dataclasses.FrozenInstanceError):
        seg.parts = 2  # type: ignore[misc]


@settings(max_examples=200)
@given(gsm_text)
def test_gsm_invariants(text: str) -> None:
    seg = segments(text)
    assert seg.encoding == "GSM-7"
    assert seg.characters == len(text) + sum(ch in GSM_EXTENSION for ch in text)
    single = seg.characters <= 160
    assert seg.per_part == (160 if single else 153)
    assert seg.parts == (1 if single else math.ceil(seg.characters / 153))
    assert 0 <= seg.remaining < seg.per_part or (seg.characters == 0 and seg.remaining == 160)
    assert seg.parts * seg.per_part - seg.remaining == seg.characters
    assert segments(text, is_unicode=False) == seg


@settings(max_examples=200)
@given(st.text(max_size=800))
def test_any_text_invariants(text: str) -> None:
    seg = segments(text)
    assert seg.encoding == ("GSM-7" if is_gsm(text) else "UCS-2")
    assert seg.parts >= 1
    assert seg.parts * seg.per_part - seg.remaining == seg.characters
    if seg.encoding == "UCS-2":
        assert seg.characters == len(text) + sum(ord(ch) > 0xFFFF for ch in text)
        assert segments(text, is_unicode=True) == seg
    forced = segments(text, is_unicode=False)
    assert forced.encoding == "GSM-7"


@given(gsm_basic_text, st.sampled_from(sorted(GSM_BASIC)))
def test_parts_monotonic_in_length(text: str, extra: str) -> None:
    assert segments(text + extra).parts >= segments(text).parts
    assert segments(text + extra).characters == segments(text).characters + 1


@given(st.integers(min_value=1, max_value=12))
def test_gsm_part_boundaries_at_multiples_of_153(k: int) -> None:
    if k == 1:
        assert segments("a" * 160).parts == 1
        assert segments("a" * 161).parts == 2
    else:
        assert segments("a" * (153 * k)).parts == k
        assert segments("a" * (153 * k + 1)).parts == k + 1
        assert segments("a" * (153 * k)).remaining == 0


@given(st.integers(min_value=2, max_value=12))
def test_ucs2_part_boundaries_at_multiples_of_67(k: int) -> None:
    assert segments("ж" * (67 * k)).parts == k
    assert segments("ж" * (67 * k + 1)).parts == k + 1


@given(gsm_basic_text, non_gsm_char)
def test_adding_a_non_gsm_character_never_reduces_parts(text: str, ch: str) -> None:
    assert segments(text + ch).parts >= segments(text).parts
    assert segments(text + ch).encoding == "UCS-2"


def test_docstring_examples() -> None:
    import lox24._segments as module

    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS)
    assert result.attempted > 0
    assert result.failed == 0

"""SMS text length, encoding and part counting the way LOX24 bills it.

LOX24 sends a text either in the GSM 03.38 7-bit alphabet (160 characters in a single SMS, 153 per part of a
concatenated one) or in UCS-2 (70 single, 67 per part). ``chars_count`` in LOX24's answers counts the characters
of the final text; here a GSM extension character (``^ { } \\ [ ~ ] | €`` and form feed) counts 2, because it
takes two septets (ESC + character), and a UCS-2 text is counted in UTF-16 code units, so an emoji counts 2.

The number of parts is ``ceil(characters / per_part)`` once the text exceeds a single SMS. Real encoders never split
an escape sequence or a surrogate pair across two parts, which can need one part more in rare cases; LOX24's limits
(1530 = 10 x 153, 670 = 10 x 67) and the spec are stated in this simple arithmetic, so it is used here as well.

>>> segments("Hello! This is a test SMS message.")
Segments(encoding='GSM-7', parts=1, characters=34, per_part=160, remaining=126)
>>> segments("Grüße 👋")
Segments(encoding='UCS-2', parts=1, characters=8, per_part=70, remaining=62)
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from typing import Final, Literal

__all__ = [
    "GSM_BASIC",
    "GSM_EXTENSION",
    "MAX_PARTS",
    "Encoding",
    "Segments",
    "is_gsm",
    "segments",
    "transliterate",
]

Encoding = Literal["GSM-7", "UCS-2"]

# GSM 03.38 default alphabet in table order (0x00-0x7F); 0x1B (ESC) introduces the extension table and is left out.
GSM_BASIC: Final[frozenset[str]] = frozenset(
    "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ"
    " !\"#¤%&'()*+,-./0123456789:;<=>?"
    "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§"
    "¿abcdefghijklmnopqrstuvwxyzäöñüà"
)
"""The 127 characters of the GSM 03.38 basic table; each takes one septet."""

GSM_EXTENSION: Final[frozenset[str]] = frozenset("\f^{}\\[~]|€")
"""The GSM 03.38 extension table (form feed, ``^ { } \\ [ ~ ] | €``); each takes two septets (ESC + character)."""

MAX_PARTS: Final = 10
"""LOX24 sends at most ten parts: 1530 GSM-7 characters or 670 UCS-2 characters."""

_GSM_SINGLE: Final = 160
_GSM_PART: Final = 153
_UCS2_SINGLE: Final = 70
_UCS2_PART: Final = 67

# Explicit replacements for characters whose accent-stripped form is not in GSM, or which have none.
_TRANSLITERATIONS: Final[dict[str, str]] = {
    "`": "'",
    "´": "'",
    "‘": "'",
    "’": "'",
    "‚": "'",
    "‛": "'",
    "′": "'",
    "“": '"',
    "”": '"',
    "„": '"',
    "‟": '"',
    "″": '"',
    "«": '"',
    "»": '"',
    "‹": "<",
    "›": ">",
    "–": "-",
    "—": "-",
    "‐": "-",
    "‑": "-",
    "‒": "-",
    "−": "-",
    "…": "...",
    "\u00a0": " ",
    "\u2007": " ",
    "\u2009": " ",
    "\u202f": " ",
    "\t": " ",
    "•": "*",
    "·": ".",
    "×": "x",
    "÷": "/",
    "¢": "c",
    "©": "(c)",
    "®": "(R)",
    "™": "TM",
    "°": "o",
    "ª": "a",
    "º": "o",
    "ı": "i",
    "ł": "l",
    "Ł": "L",
    "đ": "d",
    "Đ": "D",
    "ð": "d",
    "Ð": "D",
    "þ": "th",
    "Þ": "Th",
    "œ": "oe",
    "Œ": "OE",
    "ĳ": "ij",
    "Ĳ": "IJ",
    "ŀ": "l",
    "Ŀ": "L",
}


@dataclass(frozen=True, slots=True)
class Segments:
    """How LOX24 encodes, counts and splits one text.

    >>> s = segments("x" * 161)
    >>> (s.encoding, s.parts, s.characters, s.per_part, s.remaining)
    ('GSM-7', 2, 161, 153, 145)
    """

    encoding: Encoding
    """``"GSM-7"`` or ``"UCS-2"``."""
    parts: int
    """Number of SMS parts billed (at least 1)."""
    characters: int
    """Characters as LOX24's ``chars_count`` counts them (GSM extension characters 2, UCS-2 in UTF-16 units)."""
    per_part: int
    """Capacity of each part: 160/153 for GSM-7, 70/67 for UCS-2 (the single-SMS value when ``parts == 1``)."""
    remaining: int
    """Characters still free in the last part."""


def is_gsm(text: str) -> bool:
    """Return whether every character of ``text`` is in the GSM 03.38 basic or extension table.

    >>> is_gsm("Größe: 10 €")
    True
    >>> is_gsm("Grüße 👋")
    False
    """
    return all(ch in GSM_BASIC or ch in GSM_EXTENSION for ch in text)


def _transliterate_char(ch: str) -> str:
    """Return a GSM replacement for one character, or the character itself when none is known."""
    if ch in GSM_BASIC or ch in GSM_EXTENSION:
        return ch
    mapped = _TRANSLITERATIONS.get(ch)
    if mapped is not None:
        return mapped
    # Strip accents: á -> a, ő -> o, ç -> c, Ś -> S (NFD splits the base letter from its combining marks).
    base = "".join(c for c in unicodedata.normalize("NFD", ch) if not unicodedata.combining(c))
    if base and is_gsm(base):
        return base
    return ch


def transliterate(text: str) -> str:
    """Replace characters outside GSM 03.38 by a GSM look-alike where one is known.

    This mirrors what LOX24 does with ``is_unicode=False`` (its documented examples: `` ` `` -> ``'``,
    ``á`` -> ``a``, ``–`` -> ``-``; ``é`` stays because it is in GSM). Characters with no known replacement
    (emoji, CJK, ...) are left unchanged; LOX24's exact table is not published.

    >>> print(transliterate("Olá – it`s “é” …"))
    Ola - it's "é" ...
    """
    return "".join(_transliterate_char(ch) for ch in text)


def _gsm_length(text: str) -> int:
    """Count septets: extension characters 2, everything else 1."""
    return sum(2 if ch in GSM_EXTENSION else 1 for ch in text)


def _utf16_length(text: str) -> int:
    """Count UTF-16 code units (characters outside the BMP, e.g. emoji, take 2)."""
    return len(text.encode("utf-16-le")) // 2


def segments(text: str, *, is_unicode: bool | None = None) -> Segments:
    """Return the encoding, character count and number of parts LOX24 would use for ``text``.

    ``is_unicode`` has LOX24's meaning: ``None`` detects the encoding (GSM-7 when :func:`is_gsm`, else UCS-2),
    ``False`` forces GSM-7 (other characters are transliterated first, see :func:`transliterate`, and any that
    remain count 1, as the single replacement character they become), ``True`` forces UCS-2.
    An empty text is one part of 0 characters.

    >>> segments("a" * 248).parts
    2
    >>> segments("{}").characters
    4
    >>> segments("Hi", is_unicode=True)
    Segments(encoding='UCS-2', parts=1, characters=2, per_part=70, remaining=68)
    >>> segments("`á` – ok", is_unicode=False).encoding
    'GSM-7'
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, got {type(text).__name__}")
    if is_unicode is not None and not isinstance(is_unicode, bool):
        raise TypeError(f"is_unicode must be a bool or None, got {type(is_unicode).__name__}")

    encoding: Encoding
    if is_unicode is True or (is_unicode is None and not is_gsm(text)):
        encoding, characters, single, multi = "UCS-2", _utf16_length(text), _UCS2_SINGLE, _UCS2_PART
    else:
        final = text if is_unicode is None else transliterate(text)
        encoding, characters, single, multi = "GSM-7", _gsm_length(final), _GSM_SINGLE, _GSM_PART

    if characters <= single:
        return Segments(encoding, 1, characters, single, single - characters)
    parts = -(-characters // multi)
    return Segments(encoding, parts, characters, multi, parts * multi - characters)

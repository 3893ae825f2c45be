"""GSM 03.38 / UCS-2 encoding detection, transliteration and SMS part counting."""

from __future__ import annotations

import math
import unicodedata
from dataclasses import dataclass

# GSM 03.38 basic character set (the escape 0x1B is left out: it is not a character of a text).
GSM_BASIC = frozenset(
    "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
    "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà"
)
# The extension table: each of these costs two septets (escape + character).
GSM_EXTENSION = frozenset("^{}\\[~]|€\f")
GSM_ALL = GSM_BASIC | GSM_EXTENSION

MAX_PARTS = 10

# Characters outside GSM 03.38 that have a close GSM equivalent.
_TRANSLITERATION = {
    "‘": "'",
    "’": "'",
    "‚": "'",
    "“": '"',
    "”": '"',
    "„": '"',
    "«": '"',
    "»": '"',
    "–": "-",
    "—": "-",
    "…": "...",
    "\u00a0": " ",
    "\t": " ",
    "`": "'",
    "´": "'",
    "•": "-",
    "™": "TM",
    "©": "(c)",
    "®": "(R)",
    "ç": "Ç",
    "á": "a",
    "â": "a",
    "ã": "a",
    "í": "i",
    "î": "i",
    "ï": "i",
    "ó": "o",
    "ô": "o",
    "õ": "o",
    "ú": "u",
    "û": "u",
    "ê": "e",
    "ë": "e",
    "ý": "y",
    "ÿ": "y",
    "Á": "A",
    "À": "A",
    "Â": "A",
    "Ã": "A",
    "È": "E",
    "Ê": "E",
    "Ë": "E",
    "Í": "I",
    "Ì": "I",
    "Î": "I",
    "Ï": "I",
    "Ó": "O",
    "Ò": "O",
    "Ô": "O",
    "Õ": "O",
    "Ú": "U",
    "Ù": "U",
    "Û": "U",
    "Ý": "Y",
    "ł": "l",
    "Ł": "L",
    "đ": "d",
    "Đ": "D",
    "œ": "oe",
    "Œ": "OE",
}


def is_gsm(text: str) -> bool:
    """True when every character of `text` is in GSM 03.38 (basic or extension table)."""
    return GSM_ALL.issuperset(text)


def transliterate(text: str) -> str:
    """Replace the characters outside GSM 03.38 with a GSM equivalent, or `?` when there is none."""
    out: list[str] = []
    for ch in text:
        if ch in GSM_BASIC or ch in GSM_EXTENSION:
            out.append(ch)
        elif ch in _TRANSLITERATION:
            out.append(_TRANSLITERATION[ch])
        else:
            base = "".join(c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c))
            out.append(base if base and is_gsm(base) else "?")
    return "".join(out)


def septets(text: str) -> int:
    """GSM 7-bit length: extension characters count two."""
    if GSM_EXTENSION.isdisjoint(text):
        return len(text)
    return len(text) + sum(text.count(ch) for ch in GSM_EXTENSION)


def ucs2_units(text: str) -> int:
    """UCS-2/UTF-16 code units (characters outside the BMP count two)."""
    return len(text.encode("utf-16-le")) // 2


@dataclass(frozen=True)
class Encoded:
    """The text as it will be sent, its encoding and its size."""

    text: str
    is_unicode: bool
    chars_count: int
    parts_count: int


def encode(text: str, is_unicode: bool | None) -> Encoded:
    """Pick the encoding (`None` detects it), transliterate for GSM, count characters and parts.

    ```python
    assert encode("Hello", None).parts_count == 1
    assert encode("€" * 80, None).chars_count == 160
    ```
    """
    if is_unicode is None:
        is_unicode = not is_gsm(text)
    if is_unicode:
        n = ucs2_units(text)
        parts = 1 if n <= 70 else math.ceil(n / 67)
        return Encoded(text, True, n, parts)
    if not is_gsm(text):
        text = transliterate(text)
    n = septets(text)
    parts = 1 if n <= 160 else math.ceil(n / 153)
    return Encoded(text, False, n, parts)

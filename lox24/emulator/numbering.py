"""Phone numbers as LOX24 reads them: E.164 and the country, for a German account."""

from __future__ import annotations

import functools
import re

import phonenumbers

REGION = "DE"
_E164 = re.compile(r"^\+[1-9][0-9]{1,14}\Z")

_DIALLABLE = re.compile(r"\+?[0-9][0-9 ()./-]*", re.ASCII)


@functools.lru_cache(maxsize=4096)
def normalize_phone(raw: str) -> tuple[str, str | None] | None:
    """E.164 form and country of a number (German account: `0170…` is national), or None if not a real number."""
    s = raw.strip()
    # phonenumbers reads a lot (letters as on a keypad, "++49…"); LOX24 numbers are digits with an optional
    # leading "+" and the usual separators, nothing else.
    if not _DIALLABLE.fullmatch(s):
        return None
    if s.startswith("00"):
        s = "+" + s[2:]
    elif s[:1].isdigit() and not s.startswith("0"):
        s = "+" + s
    try:
        num = phonenumbers.parse(s, REGION)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_valid_number(num):
        return None
    e164 = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164)
    if not _E164.match(e164):  # phonenumbers accepts some German numbers longer than E.164's 15 digits
        return None
    return e164, phonenumbers.region_code_for_number(num)

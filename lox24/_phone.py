"""Phone number normalisation to E.164, accepting the four input forms LOX24 documents.

LOX24 accepts ``+491701234567`` (E.164), ``00491701234567``, ``491701234567`` and, for accounts registered in
Germany, the national ``01701234567``; all mean ``+491701234567``. :func:`normalize_phone` turns each of them into
E.164 with `phonenumbers <https://github.com/daviddrysdale/python-phonenumbers>`_ and checks that the result is a
valid number, so the request carries the one form LOX24's schema pattern (``^\\+[1-9]\\d{1,14}$``) admits.

How a string is read (after stripping spaces and the separators ``- . / ( )``):

1. ``+…`` is international.
2. ``00…`` is international: ``00`` is replaced by ``+`` (whatever the region's own international prefix is).
3. A string that starts with the region's national (trunk) prefix, e.g. ``0`` in Germany, is national in ``region``.
4. Any other digit string is ambiguous: ``491701234567`` is E.164 without the ``+`` but also a *valid* German
   national number (``0491 701234567`` in Leer), which is how ``phonenumbers.parse(..., "DE")`` reads it. LOX24
   documents it as international, so in a region whose national prefix is ``0`` (Germany, Austria, Switzerland,
   the UK, France, ...: a national number is always written with its ``0`` there) the string is first read as
   international (``+`` prepended) and only if that is not a valid number as national (so ``1701234567``, a
   German mobile number without its ``0``, still works). In other regions (the US, where national numbers are
   written without the ``1``; Italy, which has no trunk prefix) it is first read as national, then as international.
"""

from __future__ import annotations

import functools
import re
from typing import Final

import phonenumbers
from phonenumbers import NumberParseException, PhoneNumberFormat, ValidationResult

__all__ = ["MAX_PHONE_LENGTH", "is_valid_phone", "normalize_phone"]

MAX_PHONE_LENGTH: Final = 16
"""LOX24's ``phone`` maxLength: ``+`` and at most 15 digits (E.164)."""

_SEPARATORS: Final = re.compile(r"[\s\-./()]+")
_SHAPE: Final = re.compile(r"\+?[0-9]+", re.ASCII)

_POSSIBLE_REASONS: Final[dict[int, str]] = {
    ValidationResult.INVALID_COUNTRY_CODE: "unknown country code",
    ValidationResult.TOO_SHORT: "too short",
    ValidationResult.INVALID_LENGTH: "no number of its country has this length",
    ValidationResult.TOO_LONG: "too long",
    ValidationResult.IS_POSSIBLE_LOCAL_ONLY: "a local number without area code",
}

_PARSE_REASONS: Final[dict[int, str]] = {
    NumberParseException.INVALID_COUNTRY_CODE: "unknown country code",
    NumberParseException.NOT_A_NUMBER: "too few digits",
    NumberParseException.TOO_SHORT_AFTER_IDD: "too short",
    NumberParseException.TOO_SHORT_NSN: "too short",
    NumberParseException.TOO_LONG: "too long",
}


def _parse(candidate: str, region: str | None) -> tuple[phonenumbers.PhoneNumber | None, str]:
    """Parse one reading of the number and return it when valid, else ``None`` and why not."""
    try:
        parsed = phonenumbers.parse(candidate, region)
    except NumberParseException as exc:
        return None, f"not parseable ({_PARSE_REASONS.get(exc.error_type, exc._msg)})"
    possible = phonenumbers.is_possible_number_with_reason(parsed)
    if possible != ValidationResult.IS_POSSIBLE:
        return None, f"not a possible number ({_POSSIBLE_REASONS.get(possible, 'wrong length')})"
    if not phonenumbers.is_valid_number(parsed):
        return None, f"not a valid number (no number range of +{parsed.country_code} matches)"
    return parsed, ""


def normalize_phone(number: str, *, region: str = "DE") -> str:
    """Return ``number`` in E.164 (``+491701234567``), reading national forms in ``region``.

    Accepts the four forms LOX24 documents (see the module docstring for how ``491701234567`` is read) with any
    spaces or ``- . / ( )`` separators. Raises :class:`ValueError` naming the problem: not a string, empty,
    characters other than digits, not parseable, not a possible number, not a valid number, or longer than
    LOX24's 16 characters.

    >>> normalize_phone("+49 170 1234567")
    '+491701234567'
    >>> normalize_phone("00491701234567")
    '+491701234567'
    >>> normalize_phone("491701234567")
    '+491701234567'
    >>> normalize_phone("01701234567")
    '+491701234567'
    >>> normalize_phone("(415) 555-2671", region="US")
    '+14155552671'
    >>> normalize_phone("0170")
    Traceback (most recent call last):
    ...
    ValueError: phone number '0170' is not a valid number (no number range of +49 matches)
    """
    if not isinstance(number, str):
        raise ValueError(f"phone number must be a string, got {type(number).__name__}")
    if not isinstance(region, str) or region.upper() not in phonenumbers.SUPPORTED_REGIONS:
        raise ValueError(f"unknown region {region!r}: expected an ISO 3166-1 alpha-2 code such as 'DE'")
    return _normalize(number, region.upper())


@functools.lru_cache(maxsize=4096)
def _normalize(number: str, region: str) -> str:
    """`normalize_phone` after its type checks; cached, since the same recipients come back again and again
    and a `phonenumbers` parse costs tens of microseconds (a ValueError is raised again, not cached)."""
    compact = _SEPARATORS.sub("", number)
    if not compact:
        raise ValueError("phone number is empty")
    if compact == "+":
        raise ValueError(f"phone number {number!r} is not parseable: it has no digits")
    if not _SHAPE.fullmatch(compact):
        raise ValueError(
            f"phone number {number!r} is not parseable: it contains characters other than digits, "
            "an optional leading '+' and the separators ' - . / ( )'"
        )
    significant = compact.removeprefix("+") if compact.startswith("+") else compact.removeprefix("00")
    if len(significant) > MAX_PHONE_LENGTH - 1:
        raise ValueError(
            f"phone number {number!r} is too long: {len(significant)} digits, but E.164 and LOX24's "
            f"{MAX_PHONE_LENGTH} characters allow '+' and at most {MAX_PHONE_LENGTH - 1} digits"
        )

    metadata = phonenumbers.PhoneMetadata.metadata_for_region(region)
    national_prefix = metadata.national_prefix if metadata is not None else None
    candidates: list[tuple[str, str | None]]
    if compact.startswith("+"):
        candidates = [(compact, None)]
    elif compact.startswith("00"):
        candidates = [("+" + compact[2:], None)]
    elif national_prefix and compact.startswith(national_prefix):
        candidates = [(compact, region)]
    elif national_prefix == "0":
        candidates = [("+" + compact, None), (compact, region)]
    else:
        candidates = [(compact, region), ("+" + compact, None)]

    reasons: list[str] = []
    for candidate, parse_region in candidates:
        parsed, reason = _parse(candidate, parse_region)
        if parsed is not None:
            e164 = phonenumbers.format_number(parsed, PhoneNumberFormat.E164)
            if len(e164) > MAX_PHONE_LENGTH:
                raise ValueError(f"phone number {number!r} is too long: LOX24 accepts at most 16 characters")
            return e164
        reasons.append(reason)
    if len(candidates) == 1:
        raise ValueError(f"phone number {number!r} is {reasons[0]}")
    international = next(c for c, r in candidates if r is None)
    by_reading = dict(zip((r for _, r in candidates), reasons, strict=True))
    raise ValueError(
        f"phone number {number!r} is neither a valid international number ({international}: {by_reading[None]}) "
        f"nor a valid national number in {region} ({by_reading[region]})"
    )


def is_valid_phone(number: str, region: str = "DE") -> bool:
    """Return whether :func:`normalize_phone` accepts ``number``.

    >>> is_valid_phone("+491701234567"), is_valid_phone("0170"), is_valid_phone("hello")
    (True, False, False)
    """
    try:
        normalize_phone(number, region=region)
    except ValueError:
        return False
    return True

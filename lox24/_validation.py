"""Client-side checks of request fields, run before sending when ``validate=True``.

Each check mirrors a rule of ``spec/lox24.yaml`` (``SmsCreate``, ``BulkCreate``, ``GroupWrite``) and fails with a
:class:`Lox24ValidationError` whose message starts with the field name, states the rule and shows the value:

>>> validate_sms(phone="01701234567", text="Hi", sender_id="Too long sender", is_unicode=None,
...              service_code=None, attempts_count_max=None, callback_data=None, delivery_at=None,
...              source=None, voice_lang=None)
Traceback (most recent call last):
...
lox24._validation.Lox24ValidationError: sender_id: must match ^(\\+?[1-9][0-9]{0,14}|[a-zA-Z0-9 ]{1,11})$ \
(a number of up to 15 digits or up to 11 letters, digits and spaces), got 'Too long sender'
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any, Final

from ._phone import normalize_phone
from ._segments import MAX_PARTS, segments

__all__ = [
    "SENDER_ID_PATTERN",
    "SERVICE_CODES",
    "VOICE_LANGS",
    "Lox24ValidationError",
    "validate_bulk",
    "validate_group",
    "validate_sms",
]

SENDER_ID_PATTERN: Final = r"^(\+?[1-9][0-9]{0,14}|[a-zA-Z0-9 ]{1,11})$"
"""The ``SenderId`` pattern of the spec."""

SERVICE_CODES: Final = ("direct", "text2speech", "text2speech_ssml")
"""Allowed ``service_code`` values (``None`` means ``direct``)."""

VOICE_SERVICES: Final = frozenset({"text2speech", "text2speech_ssml"})
"""Service codes that make a voice call and accept ``attempts_count_max``."""

VOICE_LANGS: Final = (
    "EN", "DE", "FR", "IT", "ES", "PL", "NL", "RO", "PT", "CS",
    "HU", "SV", "DA", "FI", "SK", "HR", "TR", "RU", "BG", "UK",
)  # fmt: skip
"""Allowed ``voice_lang`` values, upper case only (``None`` means auto-detection)."""

SMS_TEXT_MAX: Final = 1530
BULK_TEXT_MAX: Final = 1785
CALLBACK_DATA_MAX: Final = 36
DELIVERY_AT_MAX: Final = 253402300799
SOURCE_MAX: Final = 2147483647
BULK_PHONES_MAX: Final = 10000
BULK_GROUPS_MAX: Final = 100
GROUP_NAME_MAX: Final = 50
GROUP_DESCRIPTION_MAX: Final = 255
COLUMN_NAME_MAX: Final = 50
COLUMN_FIELDS: Final = ("name_a", "name_b", "name_c", "name_d", "name_e")

_SENDER_ID_RE: Final = re.compile(r"\+?[1-9][0-9]{0,14}|[a-zA-Z0-9 ]{1,11}", re.ASCII)
_PLACEHOLDER_RE: Final = re.compile(r"\[[^\[\]\n]+\]")
_MISSING: Final[Any] = object()


class Lox24ValidationError(ValueError):
    """A request field breaks a rule of the LOX24 API; raised before anything is sent.

    >>> err = Lox24ValidationError("callback_data", "must be at most 36 characters", "x" * 40)
    >>> err.field, err.rule
    ('callback_data', 'must be at most 36 characters')
    >>> str(err).startswith("callback_data: must be at most 36 characters, got 'xxx")
    True
    """

    field: str
    """The request field, e.g. ``"sender_id"`` or ``"phones[3]"``."""
    rule: str
    """The rule it breaks, e.g. ``"must be at most 36 characters"``."""
    value: Any
    """The offending value."""

    def __init__(self, field: str, rule: str, value: Any = _MISSING) -> None:
        self.field = field
        self.rule = rule
        self.value = None if value is _MISSING else value
        message = f"{field}: {rule}" if value is _MISSING else f"{field}: {rule}, got {_show(value)}"
        super().__init__(message)

    def __reduce__(self) -> tuple[Any, ...]:
        """Pickle with the constructor's arguments rather than the message."""
        return (type(self), (self.field, self.rule, self.value))


def _show(value: Any) -> str:
    """Render a value for an error message, shortening long strings."""
    if isinstance(value, str) and len(value) > 60:
        return f"{value[:40]!r}... ({len(value)} characters)"
    return repr(value)


def _is_int(value: Any) -> bool:
    """Return whether ``value`` is an ``int`` and not a ``bool``."""
    return isinstance(value, int) and not isinstance(value, bool)


def _check_text(text: Any, *, max_length: int, field: str = "text") -> None:
    """Check a message text's type and length in characters; the part limit is checked by the caller."""
    if not isinstance(text, str):
        raise Lox24ValidationError(field, "must be a string", text)
    if not 1 <= len(text) <= max_length:
        raise Lox24ValidationError(field, f"must be 1 to {max_length} characters", text)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate, e.g. half of an emoji cut off by slicing
        raise Lox24ValidationError(field, "must be valid Unicode (it contains a lone surrogate)", text) from None


def _check_parts(text: str, is_unicode: bool | None) -> None:
    """Check that a text fits into LOX24's ten parts in the encoding it will be sent in."""
    seg = segments(text, is_unicode=is_unicode)
    if seg.parts > MAX_PARTS:
        limit = 1530 if seg.encoding == "GSM-7" else 670
        raise Lox24ValidationError(
            "text",
            f"must fit into {MAX_PARTS} SMS parts ({limit} {seg.encoding} characters; GSM extension characters "
            f"count 2, emoji 2 in UCS-2), but needs {seg.parts} parts for {seg.characters} characters",
        )


def _check_is_text_deleted(is_text_deleted: Any) -> None:
    """Check that ``is_text_deleted`` is a bool or None (a string such as ``"no"`` would be sent as is)."""
    if is_text_deleted is not None and not isinstance(is_text_deleted, bool):
        raise Lox24ValidationError("is_text_deleted", "must be true, false or null", is_text_deleted)


def _check_is_unicode(is_unicode: Any) -> None:
    """Check that ``is_unicode`` is a bool or None."""
    if is_unicode is not None and not isinstance(is_unicode, bool):
        raise Lox24ValidationError("is_unicode", "must be true, false or null", is_unicode)


def _check_sender_id(sender_id: Any) -> None:
    """Check ``sender_id`` against the spec's pattern (ASCII digits only, no trailing newline)."""
    if not isinstance(sender_id, str) or not _SENDER_ID_RE.fullmatch(sender_id):
        raise Lox24ValidationError(
            "sender_id",
            f"must match {SENDER_ID_PATTERN} (a number of up to 15 digits or up to 11 letters, digits and spaces)",
            sender_id,
        )


def _check_phone(phone: Any, region: str, field: str = "phone") -> str:
    """Normalise one phone number or fail naming the field."""
    try:
        return normalize_phone(phone, region=region)
    except ValueError as exc:
        raise Lox24ValidationError(
            field,
            f"must be a valid phone number (+491701234567, 00491701234567, 491701234567 or a national number "
            f"in {region!s} like 01701234567): {exc}",
        ) from None


def _check_service_code(service_code: Any) -> None:
    """Check ``service_code`` is one of the three services or None."""
    if service_code is not None and (not isinstance(service_code, str) or service_code not in SERVICE_CODES):
        raise Lox24ValidationError("service_code", f"must be one of {', '.join(SERVICE_CODES)} or null", service_code)


def _check_int(field: str, value: Any, maximum: int) -> None:
    """Check an optional integer field is between 0 and ``maximum``."""
    if value is not None and (not _is_int(value) or not 0 <= value <= maximum):
        raise Lox24ValidationError(field, f"must be an integer from 0 to {maximum} or null", value)


def _check_voice_lang(voice_lang: Any) -> None:
    """Check ``voice_lang`` is one of the 20 upper-case codes or None."""
    if voice_lang is not None and (not isinstance(voice_lang, str) or voice_lang not in VOICE_LANGS):
        raise Lox24ValidationError(
            "voice_lang", f"must be one of {' '.join(VOICE_LANGS)} (upper case) or null", voice_lang
        )


def validate_sms(
    *,
    phone: str,
    text: str,
    sender_id: str,
    is_unicode: bool | None,
    service_code: str | None,
    attempts_count_max: int | None,
    callback_data: str | None,
    delivery_at: int | None,
    source: int | None,
    voice_lang: str | None,
    region: str = "DE",
    is_text_deleted: bool | None = None,
) -> str:
    """Check the fields of a POST /sms body and return ``phone`` normalised to E.164.

    Rules (``spec/lox24.yaml`` ``SmsCreate``): ``text`` 1 to 1530 characters and at most 10 parts in its encoding;
    ``sender_id`` matches :data:`SENDER_ID_PATTERN`; ``phone`` is one of the four accepted forms (read in
    ``region``); ``service_code`` is ``direct``, ``text2speech``, ``text2speech_ssml`` or None;
    ``attempts_count_max`` is 1 to 3 and only with a voice service; ``callback_data`` at most 36 characters;
    ``delivery_at`` and ``source`` non-negative integers; ``voice_lang`` one of :data:`VOICE_LANGS`.
    Raises :class:`Lox24ValidationError` (a :class:`ValueError`) for the first rule broken.

    >>> validate_sms(phone="0170 1234567", text="Hello!", sender_id="MyShop", is_unicode=None,
    ...              service_code="direct", attempts_count_max=None, callback_data="order-42",
    ...              delivery_at=0, source=None, voice_lang=None)
    '+491701234567'
    """
    _check_is_unicode(is_unicode)
    _check_text(text, max_length=SMS_TEXT_MAX)
    _check_parts(text, is_unicode)
    _check_sender_id(sender_id)
    normalized = _check_phone(phone, region)
    _check_service_code(service_code)
    if attempts_count_max is not None:
        if not _is_int(attempts_count_max) or not 1 <= attempts_count_max <= 3:
            raise Lox24ValidationError("attempts_count_max", "must be 1, 2, 3 or null", attempts_count_max)
        if service_code not in VOICE_SERVICES:
            raise Lox24ValidationError(
                "attempts_count_max",
                f"must be null unless service_code is text2speech or text2speech_ssml (service_code is "
                f"{service_code or 'direct'})",
                attempts_count_max,
            )
    if callback_data is not None and (not isinstance(callback_data, str) or len(callback_data) > CALLBACK_DATA_MAX):
        raise Lox24ValidationError(
            "callback_data", f"must be a string of at most {CALLBACK_DATA_MAX} characters or null", callback_data
        )
    _check_int("delivery_at", delivery_at, DELIVERY_AT_MAX)
    _check_int("source", source, SOURCE_MAX)
    _check_voice_lang(voice_lang)
    _check_is_text_deleted(is_text_deleted)
    return normalized


def validate_bulk(
    *,
    text: str,
    sender_id: str,
    phones: Sequence[str] | None,
    msg_groups: Sequence[int] | None,
    is_unicode: bool | None = None,
    service_code: str | None = None,
    delivery_at: int | None = None,
    source: int | None = None,
    voice_lang: str | None = None,
    region: str = "DE",
    is_text_deleted: bool | None = None,
) -> list[str]:
    """Check the fields of a POST /bulks body and return ``phones`` normalised to E.164 (in order).

    Rules (``BulkCreate``): ``text`` 1 to 1785 characters, and at most 10 parts unless it has ``[...]``
    placeholders (their values are only known to LOX24); ``phones`` (up to 10000) and ``msg_groups`` (up to 100
    ids >= 1), at least one of them non-empty; the other fields as in :func:`validate_sms`.

    >>> validate_bulk(text="Sale!", sender_id="MyShop", phones=["01701234567", "+4915112345678"], msg_groups=None)
    ['+491701234567', '+4915112345678']
    """
    _check_is_unicode(is_unicode)
    _check_text(text, max_length=BULK_TEXT_MAX)
    if not _PLACEHOLDER_RE.search(text):
        _check_parts(text, is_unicode)
    _check_sender_id(sender_id)
    if phones is not None and (isinstance(phones, str) or not isinstance(phones, Sequence)):
        raise Lox24ValidationError("phones", "must be a list of phone numbers or null", phones)
    if msg_groups is not None and (isinstance(msg_groups, str) or not isinstance(msg_groups, Sequence)):
        raise Lox24ValidationError("msg_groups", "must be a list of group ids or null", msg_groups)
    if not phones and not msg_groups:
        raise Lox24ValidationError("phones", "phones or msg_groups must name at least one recipient")
    phones = phones or []
    if len(phones) > BULK_PHONES_MAX:
        raise Lox24ValidationError("phones", f"must have at most {BULK_PHONES_MAX} entries, got {len(phones)}")
    for index, group in enumerate(msg_groups or []):
        if not _is_int(group) or not 1 <= group <= SOURCE_MAX:
            raise Lox24ValidationError(f"msg_groups[{index}]", "must be a group id (an integer >= 1)", group)
    if msg_groups and len(msg_groups) > BULK_GROUPS_MAX:
        raise Lox24ValidationError("msg_groups", f"must have at most {BULK_GROUPS_MAX} entries, got {len(msg_groups)}")
    normalized = [_check_phone(phone, region, f"phones[{index}]") for index, phone in enumerate(phones)]
    _check_service_code(service_code)
    _check_int("delivery_at", delivery_at, DELIVERY_AT_MAX)
    _check_int("source", source, SOURCE_MAX)
    _check_voice_lang(voice_lang)
    _check_is_text_deleted(is_text_deleted)
    return normalized


def validate_group(
    name: str,
    description: str | None = None,
    columns: Mapping[str, str | None] | Sequence[str | None] | None = None,
) -> None:
    """Check the fields of a POST/PUT /groups body.

    ``name`` 1 to 50 characters; ``description`` at most 255 or None; up to five column display names of at most
    50 characters each, given as a mapping keyed ``name_a`` ... ``name_e`` (or ``a`` ... ``e``) or as a sequence
    in column order.

    >>> validate_group("Customers", "Newsletter", {"name_a": "First name"})
    >>> validate_group("")
    Traceback (most recent call last):
    ...
    lox24._validation.Lox24ValidationError: name: must be 1 to 50 characters, got ''
    """
    if not isinstance(name, str) or not 1 <= len(name) <= GROUP_NAME_MAX:
        raise Lox24ValidationError("name", f"must be 1 to {GROUP_NAME_MAX} characters", name)
    if description is not None and (not isinstance(description, str) or len(description) > GROUP_DESCRIPTION_MAX):
        raise Lox24ValidationError(
            "description", f"must be a string of at most {GROUP_DESCRIPTION_MAX} characters or null", description
        )
    if columns is None:
        return
    items: list[tuple[str, Any]]
    if isinstance(columns, Mapping):
        items = []
        for key, value in columns.items():
            field = f"name_{key}" if isinstance(key, str) and f"name_{key}" in COLUMN_FIELDS else key
            if field not in COLUMN_FIELDS:
                raise Lox24ValidationError("columns", f"keys must be {', '.join(COLUMN_FIELDS)}", key)
            items.append((field, value))
    elif isinstance(columns, Sequence) and not isinstance(columns, str):
        if len(columns) > len(COLUMN_FIELDS):
            raise Lox24ValidationError("columns", f"must have at most {len(COLUMN_FIELDS)} entries", columns)
        items = list(zip(COLUMN_FIELDS, columns, strict=False))
    else:
        raise Lox24ValidationError("columns", "must be a mapping or a sequence of column names", columns)
    for field, value in items:
        if value is not None and (not isinstance(value, str) or len(value) > COLUMN_NAME_MAX):
            raise Lox24ValidationError(
                field, f"must be a string of at most {COLUMN_NAME_MAX} characters or null", value
            )

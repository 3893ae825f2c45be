"""`client.phones` and `client.groups.phones(group_id)`: phone entries of groups (spec tag `phones`).

A phone entry has five data columns `a`..`e`. They are not declared properties of the generated models
(a generator bug with a property named `d`), so they travel in `additional_properties`: pass them as
`columns={"a": "Anna", "b": "Berlin"}` here, and read them as `phone["a"]` on the returned model.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from lox24_api.models import PhoneFields, PhoneWrite

from .._base_client import _Op
from .._phone import normalize_phone
from .._types import NotGiven
from .._validation import Lox24ValidationError

COLUMNS = ("a", "b", "c", "d", "e")
_COLUMN_MAX = 1530  # PhoneColumn.maxLength
_CALLBACK_DATA_MAX = 36  # PhoneFields.callback_data.maxLength


def _phone(phone: str, *, validate: bool, region: str, field: str = "phone") -> str:
    if not validate:
        return phone
    try:
        return normalize_phone(phone, region=region)
    except ValueError as exc:
        raise Lox24ValidationError(field, str(exc), phone) from exc


def _columns(columns: Mapping[str, str | None] | None, *, validate: bool) -> dict[str, str | None]:
    if not columns:
        return {}
    bad = sorted(map(str, set(columns) - set(COLUMNS)))
    if bad:
        raise Lox24ValidationError("columns", f"keys must be {', '.join(COLUMNS)}", bad)
    for key, value in columns.items() if validate else ():
        if value is not None and (not isinstance(value, str) or len(value) > _COLUMN_MAX):
            raise Lox24ValidationError(
                f"columns[{key!r}]", f"must be a string of at most {_COLUMN_MAX} characters or None", value
            )
    return dict(columns)


def _callback_data(value: object, *, validate: bool, field: str = "callback_data") -> None:
    """LOX24 keeps at most 36 characters of `callback_data` (it answers 400 otherwise)."""
    if validate and value is not None and (not isinstance(value, str) or len(value) > _CALLBACK_DATA_MAX):
        raise Lox24ValidationError(field, f"must be a string of at most {_CALLBACK_DATA_MAX} characters or None", value)


def _write(
    phone: str, callback_data: str | NotGiven | None, columns: Mapping[str, str | None] | None, *, validate: bool,
    region: str,
) -> PhoneWrite:  # fmt: skip
    model = PhoneWrite(phone=_phone(phone, validate=validate, region=region))
    if not isinstance(callback_data, NotGiven):
        _callback_data(callback_data, validate=validate)
        model.callback_data = callback_data
    for key, value in _columns(columns, validate=validate).items():
        model[key] = value
    return model


def _fields(entries: Iterable[str | Mapping[str, Any]], *, validate: bool, region: str) -> list[PhoneFields]:
    out: list[PhoneFields] = []
    for index, entry in enumerate(entries):
        if not isinstance(entry, (str, Mapping)):
            raise Lox24ValidationError(f"entries[{index}]", "must be a phone number or a mapping with a 'phone'", entry)
        data: dict[str, Any] = {"phone": entry} if isinstance(entry, str) else dict(entry)
        extra = sorted(set(data) - {"phone", "callback_data", *COLUMNS})
        if extra:
            raise Lox24ValidationError(f"entries[{index}]", "keys must be phone, callback_data, a, b, c, d, e", extra)
        if validate:
            # Without validation an entry may lack "phone": the spec allows it, and LOX24 answers that item
            # alone with a 400 in the batch result.
            if "phone" not in data:
                raise Lox24ValidationError(f"entries[{index}]", "needs a 'phone'", entry)
            data["phone"] = _phone(data["phone"], validate=True, region=region, field=f"entries[{index}].phone")
            _callback_data(data.get("callback_data"), validate=True, field=f"entries[{index}].callback_data")
            _columns({k: v for k, v in data.items() if k in COLUMNS}, validate=True)
        out.append(PhoneFields.from_dict(data))
    return out


_CREATE_GROUP_PHONE = _Op("POST", (201,), "Phone", operation="phones.create_group_phone")
_CREATE_GROUP_PHONES_BATCH = _Op("POST", (201,), list, operation="phones.create_group_phones_batch")
_DELETE_PHONE = _Op("DELETE", (204,), None, operation="phones.delete_phone")
_GET_PHONE = _Op("GET", (200,), "Phone", operation="phones.get_phone")
_LIST_GROUP_PHONES = _Op("GET", (200,), "PhoneCollection", operation="phones.list_group_phones")
_UPDATE_PHONE = _Op("PUT", (200,), "Phone", operation="phones.update_phone")

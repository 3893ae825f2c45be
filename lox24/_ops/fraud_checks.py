"""`client.fraud_checks`: fraud detection (spec tag `fraud-checks`): the body, its checks, filters and operations."""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Mapping
from typing import Any, Final

from .._base_client import _Op
from .._validation import Lox24ValidationError
from .params import INTS, STRS, TEXT, filters

SERVICE_CODES: Final = ("economy", "pro", "direct")
FINAL_STATUSES: Final = frozenset({10, 20, 21, 1000})
"""Statuses after which a check no longer changes: done, or ended with an error."""

# Every filter of GET /fraud-checks: keyword -> (kind, LOX24's query name as the generated function spells it).
_FILTERS = {"id": STRS, "status_code": INTS, "callback_data": TEXT, "phone": TEXT, "email": TEXT, "ip": TEXT}
_RENAMES = {"phone": "request_phone_phone", "email": "request_email_email", "ip": "request_ip_ip"}
_ORDER_FIELDS = frozenset({"created_at"})
# field -> (minimum length, maximum length, whether null is allowed), as the spec's FraudCheckAddressWrite.
_ADDRESS: Final = {
    "iso2": (2, 2, False),
    "city": (2, 100, False),
    "postcode": (3, 20, True),
    "street_name": (2, 255, False),
    "street_number": (1, 30, True),
}
_ISO2_RE: Final = re.compile(r"[A-Z]{2}")
_IP_CHARS_RE: Final = re.compile(r"[0-9A-Fa-f:.]{7,39}")
# The spec's PhoneInput pattern: the forms LOX24 reads (E.164, 00…, 49…, national 0…).
_PHONE_INPUT_RE: Final = re.compile(r"\+[1-9][0-9]{2,14}|00[1-9][0-9]{2,13}|[1-9][0-9]{3,14}|0[1-9][0-9]{2,14}")


def _list_kwargs(given: dict[str, Any], order: Any) -> dict[str, Any]:
    from lox24_api.models import FraudCheckStatusCode

    out = filters(given, _FILTERS, enums={"status_code": FraudCheckStatusCode}, order=order, order_fields=_ORDER_FIELDS)
    return {_RENAMES.get(key, key): value for key, value in out.items()}


def _check_length(field: str, value: Any, low: int, high: int) -> None:
    if not isinstance(value, str) or not low <= len(value) <= high:
        raise Lox24ValidationError(field, f"must be a string of {low} to {high} characters", value)


def _check_fraud_phone(phone: Any) -> str:
    """A real number in E.164 (`0170 1234567` → `+491701234567`, German national forms); a number that is not a
    real one is sent as given if it has a form LOX24 reads: whether it is valid is what the check reports."""
    from .._phone import normalize_phone

    try:
        return normalize_phone(phone)
    except (ValueError, TypeError):
        if isinstance(phone, str) and _PHONE_INPUT_RE.fullmatch(phone):
            return phone
    raise Lox24ValidationError(
        "phone", "must be a phone number (+491701234567, 00491701234567, 491701234567 or 01701234567)", phone
    )


def validate_fraud_check(service_code: Any, phone: Any, email: Any, ip: Any, address: Any, callback_data: Any) -> None:
    """The rules of POST /fraud-checks (spec `FraudCheckCreate`), checked before anything is sent."""
    if service_code not in SERVICE_CODES:
        raise Lox24ValidationError("service_code", f"must be one of {', '.join(SERVICE_CODES)}", service_code)
    if phone is None and email is None and ip is None and address is None:
        # LOX24 would accept it and end the check with status 21 (invalid data): nothing to check.
        raise Lox24ValidationError("phone", "give at least one of phone, email, ip and address to check")
    if phone is not None:
        _check_fraud_phone(phone)
    if email is not None:
        _check_length("email", email, 6, 500)
    if ip is not None:
        if not isinstance(ip, str) or _IP_CHARS_RE.fullmatch(ip) is None:
            raise Lox24ValidationError("ip", "must be an IPv4 or IPv6 address (7 to 39 characters)", ip)
        try:
            ipaddress.ip_address(ip)
        except ValueError:
            raise Lox24ValidationError("ip", "must be an IPv4 or IPv6 address", ip) from None
    if address is not None:
        if not isinstance(address, Mapping):
            raise Lox24ValidationError("address", "must be a mapping with iso2, city and street_name", address)
        unknown = set(address) - set(_ADDRESS)
        if unknown:
            raise Lox24ValidationError("address", f"has no field {sorted(unknown)[0]!r}", address)
        for name, (low, high, nullable) in _ADDRESS.items():
            value = address.get(name)
            if value is None and nullable:
                continue
            _check_length(f"address.{name}", value, low, high)
        if _ISO2_RE.fullmatch(address["iso2"]) is None:
            raise Lox24ValidationError("address.iso2", "must be two capital letters (ISO 3166-1 alpha-2)", address)
    if callback_data is not None and (not isinstance(callback_data, str) or len(callback_data) > 36):
        raise Lox24ValidationError("callback_data", "must be a string of at most 36 characters", callback_data)


def _body(
    service_code: str,
    phone: str | None,
    email: str | None,
    ip: str | None,
    address: Mapping[str, str | None] | None,
    callback_data: str | None,
    *,
    validate: bool,
) -> Any:
    """The generated `FraudCheckCreate`; only the parts given are sent."""
    from lox24_api.models import FraudCheckAddressWrite, FraudCheckCreate, FraudCheckServiceCode

    if validate:
        validate_fraud_check(service_code, phone, email, ip, address, callback_data)
        phone = None if phone is None else _check_fraud_phone(phone)
    model = FraudCheckCreate(service_code=FraudCheckServiceCode(service_code))
    for name, value in (("phone", phone), ("email", email), ("ip", ip), ("callback_data", callback_data)):
        if value is not None:
            setattr(model, name, value)
    if address is not None:
        iso2, city, street = address.get("iso2"), address.get("city"), address.get("street_name")
        if iso2 is None or city is None or street is None:  # the model needs them, validate or not
            raise Lox24ValidationError("address", "needs iso2, city and street_name", address)
        extra = {k: v for k, v in address.items() if k in ("postcode", "street_number") and v is not None}
        model.address = FraudCheckAddressWrite(iso2=iso2, city=city, street_name=street, **extra)
    return model


_CREATE_FRAUD_CHECK = _Op("POST", (201,), "FraudCheck", operation="fraud_checks.create_fraud_check")
_DELETE_FRAUD_CHECK = _Op("DELETE", (204,), None, operation="fraud_checks.delete_fraud_check")
_GET_FRAUD_CHECK = _Op("GET", (200,), "FraudCheck", operation="fraud_checks.get_fraud_check")
_LIST_FRAUD_CHECKS = _Op("GET", (200,), "FraudCheckCollection", operation="fraud_checks.list_fraud_checks")

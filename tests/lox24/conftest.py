"""Shared fixtures for the respx unit tests of the `lox24` client: clients, a mocked API, recorded payloads."""

from __future__ import annotations

import copy
from collections.abc import AsyncIterator, Iterator
from typing import Any

import pytest
import respx

import lox24
from lox24 import _base_client

BASE = "https://api.lox24.test"
TOKEN = "1234567:s3cr3t0ken-do-not-leak-4f9a"
SMS_UUID = "11111111-2222-3333-4444-555555555555"
BULK_UUID = "0b8a9d27-0e6c-4d5a-9a57-7a3c5b2f1e44"


def sms_payload(**overrides: Any) -> dict[str, Any]:
    """The documented 201 of POST /sms (JSON-LD)."""
    data: dict[str, Any] = {
        "@context": "/contexts/sms",
        "@id": f"/sms/{SMS_UUID}",
        "@type": "sms",
        "text": "Hello",
        "sender_id": "MyShop",
        "phone": "+491701234567",
        "delivery_at": 0,
        "status_code": 0,
        "gateway_sent_at": 0,
        "source": 0,
        "dlr_code": 0,
        "ip": "139.59.136.251",
        "created_at": 1755868416,
        "is_unicode": False,
        "uuid": SMS_UUID,
        "iso2": "DE",
        "voice_lang": None,
        "parts_count": 1,
        "chars_count": 5,
        "callback_data": None,
        "bulk_id": None,
        "key_id": 8291,
        "service_code": "direct",
        "is_text_deleted": False,
        "price": 0.056,
        "is_sent": False,
    }
    data.update(overrides)
    return data


def bulk_payload(**overrides: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "@id": f"/bulks/{BULK_UUID}",
        "@type": "Bulk",
        "uuid": BULK_UUID,
        "text": "Sale!",
        "sender_id": "MyShop",
        "delivery_at": 0,
        "status_code": 0,
        "msg_total_count": 2,
        "msg_total_cost": 0.112,
        "created_at": 1755868416,
        "is_dryrun": False,
        "service_code": "direct",
        "is_text_deleted": False,
    }
    data.update(overrides)
    return data


def bulk_status_payload(**overrides: Any) -> dict[str, Any]:
    data = bulk_payload(**overrides)
    data.pop("text")
    data.pop("sender_id")
    return data


def group_payload(**overrides: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "@id": "/groups/7117",
        "@type": "Group",
        "id": 7117,
        "name": "My Clients",
        "description": "Newsletter",
        "count_items": 0,
        "name_a": "prefix",
        "name_b": None,
        "name_c": None,
        "name_d": None,
        "name_e": None,
    }
    data.update(overrides)
    return data


def phone_payload(**overrides: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "@id": "/phones/42",
        "@type": "Phone",
        "id": 42,
        "phone": "+491701234567",
        "callback_data": None,
        "a": "Dr.",
        "b": None,
        "c": None,
        "d": None,
        "e": None,
    }
    data.update(overrides)
    return data


def account_payload(**overrides: Any) -> dict[str, Any]:
    data: dict[str, Any] = {"@id": "/me", "@type": "Account", "id": 1234567, "currency": "EUR", "balance_amount": 49.5}
    data.update(overrides)
    return data


def incoming_payload(**overrides: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "@id": "/incomings/99999999-2222-3333-4444-555555555555",
        "@type": "Incoming",
        "uuid": "99999999-2222-3333-4444-555555555555",
        "to": "+4915112345678",
        "from": "+491701234567",
        "received_at": 1755868500,
        "text": "Yes please",
        "msg_uuid": SMS_UUID,
    }
    data.update(overrides)
    return data


def collection(items: list[dict[str, Any]], *, total: int | None = None, next_page: int | None = None,
               path: str = "/sms") -> dict[str, Any]:  # fmt: skip
    """A Hydra collection page; `next_page` adds `hydra:view` / `hydra:next`."""
    data: dict[str, Any] = {
        "@context": "/contexts/Collection",
        "@id": path,
        "@type": "hydra:Collection",
        "hydra:member": copy.deepcopy(items),
        "hydra:totalItems": len(items) if total is None else total,
    }
    view: dict[str, Any] = {"@id": f"{path}?page=1", "@type": "hydra:PartialCollectionView"}
    if next_page is not None:
        view["hydra:next"] = f"{path}?page={next_page}"
    data["hydra:view"] = view
    return data


def violations_payload(status: int = 422) -> dict[str, Any]:
    return {
        "type": "https://tools.ietf.org/html/rfc2616#section-10",
        "title": "An error occurred",
        "detail": "phone: This value is not a valid phone number.",
        "status": status,
        "violations": [{"propertyPath": "phone", "message": "This value is not a valid phone number.", "code": None}],
    }


def error_payload(
    status: int, title: str = "An error occurred", detail: str = "Something went wrong"
) -> dict[str, Any]:
    return {
        "type": "https://tools.ietf.org/html/rfc2616#section-10",
        "title": title,
        "detail": detail,
        "status": status,
    }


@pytest.fixture(autouse=True)
def sleeps(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """Record retry sleeps instead of sleeping (sync and async)."""
    delays: list[float] = []

    def fake_sleep(seconds: float) -> None:
        delays.append(seconds)

    async def fake_asleep(seconds: float) -> None:
        delays.append(seconds)

    monkeypatch.setattr(_base_client, "_sleep", fake_sleep)
    monkeypatch.setattr(_base_client, "_asleep", fake_asleep)
    return delays


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("LOX24_TOKEN", raising=False)
    monkeypatch.delenv("LOX24_BASE_URL", raising=False)


@pytest.fixture
def api() -> Iterator[respx.MockRouter]:
    with respx.mock(base_url=BASE, assert_all_called=False) as router:
        yield router


@pytest.fixture
def client() -> Iterator[lox24.Client]:
    with lox24.Client(token=TOKEN, base_url=BASE) as c:
        yield c


@pytest.fixture
async def aclient() -> AsyncIterator[lox24.AsyncClient]:
    async with lox24.AsyncClient(token=TOKEN, base_url=BASE) as c:
        yield c

"""Smoke test of the generated client: POST /sms with the LOX24 auth header, the documented 201 parsed."""

from __future__ import annotations

import json

import httpx
import respx
from lox24_api import AuthenticatedClient
from lox24_api.api.sms import create_sms
from lox24_api.models import DlrCode, ServiceCode, Sms, SmsCreate, SmsStatusCode

TOKEN = "1234567:e3f3a759b6677959b6ebfcxxxxxxxxxx"

# The "Basic sms Message response" of the POST /sms documentation page, as the spec carries it.
DOCUMENTED_201 = {
    "@context": "/contexts/sms",
    "@id": "/sms/11111111-2222-3333-4444-555555555555",
    "@type": "sms",
    "text": "Hello! This is a test SMS message.",
    "sender_id": "+19388888025",
    "phone": "+14155552671",
    "delivery_at": 0,
    "status_code": 0,
    "gateway_sent_at": 0,
    "source": 0,
    "dlr_code": 0,
    "ip": "139.59.136.251",
    "created_at": 1755868416,
    "is_unicode": False,
    "uuid": "11111111-2222-3333-4444-555555555555",
    "iso2": "US",
    "voice_lang": None,
    "parts_count": 1,
    "chars_count": 34,
    "callback_data": None,
    "bulk_id": None,
    "key_id": 8291,
    "service_code": "direct",
    "is_text_deleted": False,
    "price": 0.056,
    "is_sent": False,
    "requests": "/sms/11111111-2222-3333-4444-555555555555/requests",
    "clicks": "/sms/11111111-2222-3333-4444-555555555555/clicks",
}


@respx.mock
def test_generated_client_posts_sms_with_auth_header_and_parses_documented_201() -> None:
    route = respx.post("https://api.lox24.eu/sms").mock(return_value=httpx.Response(201, json=DOCUMENTED_201))
    client = AuthenticatedClient(
        base_url="https://api.lox24.eu", token=TOKEN, prefix="", auth_header_name="X-LOX24-AUTH-TOKEN"
    )
    body = SmsCreate(text="Hello! This is a test SMS message.", sender_id="+491701234567", phone="+14155552671")

    response = create_sms.sync_detailed(client=client, body=body)

    request = route.calls.last.request
    assert request.headers["X-LOX24-AUTH-TOKEN"] == TOKEN
    assert "authorization" not in request.headers
    assert request.headers["content-type"] == "application/json"
    assert json.loads(request.content) == {
        "text": "Hello! This is a test SMS message.",
        "sender_id": "+491701234567",
        "phone": "+14155552671",
    }
    assert response.status_code == 201
    sms = response.parsed
    assert isinstance(sms, Sms)
    assert sms.uuid == "11111111-2222-3333-4444-555555555555"
    assert sms.status_code is SmsStatusCode.NEW
    assert sms.dlr_code is DlrCode.NONE
    assert sms.service_code is ServiceCode.DIRECT
    assert sms.price == 0.056
    assert sms.voice_lang is None
    # JSON-LD keys are not declared on the plain model: they are kept, not lost.
    assert sms.additional_properties["@id"] == "/sms/11111111-2222-3333-4444-555555555555"
    assert sms.to_dict() == DOCUMENTED_201

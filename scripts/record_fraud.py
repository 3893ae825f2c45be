"""Recordings of the fraud-check operations (issue 14), called by scripts/record.py against the emulator.

LOX24's OpenAPI file has no example of these operations (only of the `fraud-check.done` webhook, kept in the
spec), so every recording comes from the emulator: a check created, moved on the frozen clock to its result,
read, listed, deleted, and the documented errors.
"""

from __future__ import annotations

from typing import Any, Protocol

import httpx

JSON = "application/json"
CHECK = {
    "service_code": "pro",
    "phone": "+491701234567",
    "email": "jane.doe@example.com",
    "ip": "203.0.113.7",
    "address": {"iso2": "DE", "city": "Berlin", "postcode": "10117", "street_name": "Unter den Linden"},
    "callback_data": "signup-4711",
}
UNKNOWN = "/fraud-checks/11111111-2222-3333-4444-555555555555"


class _Recorder(Protocol):
    async def call(self, method: str, path: str, **kwargs: Any) -> httpx.Response: ...


async def record_fraud(rec: _Recorder, control: httpx.AsyncClient) -> None:
    """create (JSON-LD and JSON, 400), get (new, done, JSON, 404), list (JSON-LD, JSON, filtered), delete (204, 404)."""
    call = rec.call
    check = (await call("POST", "/fraud-checks", body=CHECK, operation_id="create_fraud_check")).json()
    economy = {"service_code": "economy", "phone": "+491700000666"}
    await call("POST", "/fraud-checks", body=economy, accept=JSON, variant="json", operation_id="create_fraud_check")
    await call("POST", "/fraud-checks", body={"service_code": "gold", "ip": "1.2.3"}, accept=JSON, variant="invalid",
               operation_id="create_fraud_check")  # fmt: skip
    path = f"/fraud-checks/{check['id']}"
    await call("GET", path, accept=JSON, variant="new", operation_id="get_fraud_check")
    await control.post("/_emulator/clock", json={"advance": 60})
    await call("GET", path, operation_id="get_fraud_check")
    await call("GET", path, accept=JSON, variant="json", operation_id="get_fraud_check")
    await call("GET", UNKNOWN, accept=JSON, variant="unknown", operation_id="get_fraud_check")
    await call("GET", "/fraud-checks", operation_id="list_fraud_checks")
    await call("GET", "/fraud-checks", accept=JSON, variant="json", operation_id="list_fraud_checks")
    await call("GET", "/fraud-checks?request_email.email=%40example.com&status_code[]=10&_order[created_at]=asc",
               accept=JSON, variant="filtered", operation_id="list_fraud_checks")  # fmt: skip
    await call("DELETE", path, accept=JSON, operation_id="delete_fraud_check")
    await call("DELETE", path, accept=JSON, variant="again", operation_id="delete_fraud_check")

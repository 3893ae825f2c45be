"""HTTP handlers and request rules of `/fraud-checks`: create, list with filters, get, delete."""

from __future__ import annotations

import re

from starlette.responses import Response

from .. import validation as v
from ..context import Ctx
from ..rendering import Kind
from ..validation import F

# LOX24's API Platform shortName is `fraud-check` (its schemas `schema.fraud-check.jsonld-…`).
FRAUD_CHECK = Kind("/contexts/fraud-check", "fraud-check", lambda o: f"/fraud-checks/{o['id']}")

ADDRESS_WRITE = F(
    "object",
    nullable=True,
    required=("iso2", "city", "street_name"),
    fields={
        "iso2": F("string", min_len=2, max_len=2, pattern=re.compile(r"^[A-Z]{2}\Z")),
        "city": F("string", min_len=2, max_len=100),
        "postcode": F("string", nullable=True, min_len=3, max_len=20),
        "street_name": F("string", min_len=2, max_len=255),
        "street_number": F("string", nullable=True, min_len=1, max_len=30),
    },
)
FRAUD_CHECK_CREATE = F(
    "object",
    required=("service_code",),
    fields={
        "service_code": F("string", enum=("economy", "pro", "direct")),
        "phone": F("string", nullable=True, min_len=4, max_len=16, pattern=v.PHONE_INPUT_RE),
        "email": F("string", nullable=True, min_len=6, max_len=500),
        "ip": F("string", nullable=True, min_len=7, max_len=39, pattern=re.compile(r"^[0-9A-Fa-f:.]{7,39}\Z")),
        "address": ADDRESS_WRITE,
        "callback_data": v.CALLBACK,
    },
)
BODIES = {"create_fraud_check": FRAUD_CHECK_CREATE}
QUERIES = {"list_fraud_checks": v.PAGE}  # its filters: `filters.FRAUD_CHECK_FILTERS`


async def create_fraud_check(c: Ctx) -> Response:
    return c.item(FRAUD_CHECK, c.backend.create_fraud_check(c.who, await c.body(FRAUD_CHECK_CREATE)), 201)


async def list_fraud_checks(c: Ctx) -> Response:
    page = c.page()
    return c.collection(FRAUD_CHECK, c.backend.list_fraud_checks(c.who, c.filters(), page), page)


async def get_fraud_check(c: Ctx) -> Response:
    return c.item(FRAUD_CHECK, c.backend.get_fraud_check(c.who, c.uuid("id")))


async def delete_fraud_check(c: Ctx) -> Response:
    c.backend.delete_fraud_check(c.who, c.uuid("id"))
    return c.no_content()

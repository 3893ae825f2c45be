"""HTTP handlers and request rules of `/verify_codes`: create, get, list (the walk is in `models/verify_codes.py`)."""

from __future__ import annotations

import re

from starlette.responses import Response

from ..context import Ctx
from ..rendering import Kind
from ..validation import NBOOL, PAGE, SENDER_ID_RE, VOICE, F

# The spec's rules; the walk and the rules across steps (422) are the model's (`models/verify_codes.py`).
CHANNELS = ("telegram", "voice", "sms")
TIMEOUT_RANGE = (30, 3600)  # every channel (LOX24 documents it for telegram; the spec extends it)
VERIFY_CODE = Kind("/contexts/VerifyCode", "VerifyCode", lambda o: f"/verify_codes/{o['id']}")
CODE_RE = re.compile(r"^[0-9]{4,8}\Z")
TEMPLATE_RE = re.compile(r"^[\s\S]*\{\{code\}\}")  # as the spec's pattern: the text contains {{code}}
ROUTING_STEP = F(
    "object",
    required=("channel",),
    fields={
        "channel": F("string", enum=CHANNELS),
        "timeout_sec": F("integer", nullable=True, minimum=TIMEOUT_RANGE[0], maximum=TIMEOUT_RANGE[1]),
        "sender_id": F("string", nullable=True, pattern=SENDER_ID_RE),
        "template": F("string", nullable=True, max_len=1000, pattern=TEMPLATE_RE),
    },
)
VERIFY_CODE_CREATE = F(
    "object",
    required=("phone", "routing_strategy"),
    fields={
        "phone": F("string", min_len=5, max_len=30),
        "code": F("string", nullable=True, pattern=CODE_RE),
        "code_length": F("integer", nullable=True, minimum=4, maximum=8),
        "lang": VOICE,
        "payload": F("string", nullable=True, max_len=128),
        "is_code_deleted": NBOOL,
        "routing_strategy": F("array", min_items=1, max_items=3, items=ROUTING_STEP),
    },
)
BODIES = {"create_verify_code": VERIFY_CODE_CREATE}
QUERIES = {"list_verify_codes": PAGE}


async def create_verify_code(c: Ctx) -> Response:
    body = await c.body(VERIFY_CODE_CREATE)
    return c.item(VERIFY_CODE, c.backend.create_verify_code(c.who, body), 201)


async def list_verify_codes(c: Ctx) -> Response:
    page = c.page()
    return c.collection(VERIFY_CODE, c.backend.list_verify_codes(c.who, page), page)


async def get_verify_code(c: Ctx) -> Response:
    return c.item(VERIFY_CODE, c.backend.get_verify_code(c.who, c.uuid("id")))

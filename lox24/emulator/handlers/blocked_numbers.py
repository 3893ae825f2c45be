"""HTTP handlers and request rules of `/blocked_numbers`: list (filters `number`, `type`), create (409), get, delete."""

from __future__ import annotations

import re

from starlette.responses import Response

from ..context import Ctx
from ..rendering import Kind
from ..validation import PAGE, F, Q

BLOCKED_NUMBER = Kind("/contexts/blocked_numbers", "blocked_numbers", lambda o: f"/blocked_numbers/{o['id']}")
NUMBER_RE = re.compile(r"^\+[0-9]{4,20}\Z")
BLOCKED_NUMBER_WRITE = F("object", required=("number",), fields={"number": F("string", pattern=NUMBER_RE)})
LIST_QUERY = {
    **PAGE,
    "number": Q(F("string", max_len=21)),
    "type": Q(F("integer", enum=(1, 2))),
}
BODIES = {"create_blocked_number": BLOCKED_NUMBER_WRITE}
QUERIES = {"list_blocked_numbers": LIST_QUERY}


async def list_blocked_numbers(c: Ctx) -> Response:
    query = c.query(LIST_QUERY)
    page = query.get("page", 1)
    return c.collection(BLOCKED_NUMBER, c.backend.list_blocked_numbers(c.who, query, page), page)


async def create_blocked_number(c: Ctx) -> Response:
    return c.item(BLOCKED_NUMBER, c.backend.create_blocked_number(c.who, await c.body(BLOCKED_NUMBER_WRITE)), 201)


async def get_blocked_number(c: Ctx) -> Response:
    return c.item(BLOCKED_NUMBER, c.backend.get_blocked_number(c.who, c.int_id()))


async def delete_blocked_number(c: Ctx) -> Response:
    c.backend.delete_blocked_number(c.who, c.int_id())
    return c.no_content()

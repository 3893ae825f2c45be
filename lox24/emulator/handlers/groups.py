"""HTTP handlers and request rules of `/groups`: CRUD, CSV export and the group's phones (one or a batch)."""

from __future__ import annotations

from starlette.responses import Response

from ..context import Ctx
from ..rendering import Kind
from ..validation import DATE_TIME_RE, PAGE, F
from .phones import PHONE, PHONE_BATCH, PHONE_WRITE

GROUP = Kind("/contexts/groups", "groups", lambda o: f"/groups/{o['id']}")
_COLUMN_NAME = F("string", nullable=True, max_len=50)
GROUP_WRITE = F(
    "object",
    required=("name",),
    fields={
        "name": F("string", min_len=1, max_len=50),
        "description": F("string", nullable=True, max_len=255),
        **{f"name_{c}": _COLUMN_NAME for c in "abcde"},
        "phones": F("object", nullable=True, max_items=1000, values=PHONE_WRITE),
        # Read-only fields of LOX24's write schema: ignored, but they must have their declared types.
        "id": F("integer", minimum=1),
        "count_items": F("integer", minimum=0),
        "deleted_at": F("string", nullable=True, pattern=DATE_TIME_RE),
    },
)
BODIES = {
    "create_group": GROUP_WRITE,
    "update_group": GROUP_WRITE,
    "create_group_phone": PHONE_WRITE,
    "create_group_phones_batch": PHONE_BATCH,
}
QUERIES = {"list_groups": PAGE, "list_group_phones": PAGE}


async def create_group(c: Ctx) -> Response:
    return c.item(GROUP, c.backend.create_group(c.who, await c.body(GROUP_WRITE)), 201)


async def list_groups(c: Ctx) -> Response:
    page = c.query(PAGE).get("page", 1)
    return c.collection(GROUP, c.backend.list_groups(c.who, page), page)


async def get_group(c: Ctx) -> Response:
    return c.item(GROUP, c.backend.get_group(c.who, c.int_id()))


async def update_group(c: Ctx) -> Response:
    group_id = c.int_id()
    return c.item(GROUP, c.backend.update_group(c.who, group_id, await c.body(GROUP_WRITE)))


async def delete_group(c: Ctx) -> Response:
    c.backend.delete_group(c.who, c.int_id())
    return c.no_content()


async def export_group_csv(c: Ctx) -> Response:
    return Response(c.backend.export_group_csv(c.who, c.int_id()), media_type="text/csv")


async def list_group_phones(c: Ctx) -> Response:
    group_id, page = c.int_id(), c.query(PAGE).get("page", 1)
    return c.collection(PHONE, c.backend.list_group_phones(c.who, group_id, page), page)


async def create_group_phone(c: Ctx) -> Response:
    group_id = c.int_id()
    return c.item(PHONE, c.backend.create_group_phone(c.who, group_id, await c.body(PHONE_WRITE)), 201)


async def create_group_phones_batch(c: Ctx) -> Response:
    group_id = c.int_id()
    return c.plain(c.backend.create_group_phones_batch(c.who, group_id, await c.body(PHONE_BATCH)), 201)

"""HTTP handlers and request rules of `/short_link_campaigns` (link, subscribe and unsubscribe campaigns), and the
control plane's `POST /_emulator/subscriptions` (a person submits a campaign's form)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from starlette.responses import Response

from ..context import Ctx
from ..errors import EmulatorError
from ..rendering import Kind
from ..validation import MAX_INT32, PAGE, F, Q, validate

if TYPE_CHECKING:
    from ..control import ControlPlane

CAMPAIGN = Kind("/contexts/short_link_campaigns", "short_link_campaigns", lambda o: f"/short_link_campaigns/{o['id']}")
CODE_RE = re.compile(r"^[A-Za-z0-9]{1,32}\Z")
_NAME = F("string", min_len=1, max_len=100)
_GROUP = F("integer", nullable=True, minimum=1, maximum=MAX_INT32)
_TYPE = F("integer", enum=(1, 2))
CAMPAIGN_WRITE = F(
    "object",
    required=("type", "name", "url"),
    fields={
        "type": _TYPE,
        "name": _NAME,
        "url": F("string", max_len=2000, pattern=re.compile(r"^https?://[!-~]+\Z")),
        "group_id": _GROUP,
    },
)
SUBSCRIBE_WRITE = F("object", required=("name", "group_id"), fields={"name": _NAME, "group_id": _GROUP})
LIST_QUERY = {
    **PAGE,
    "_order[created_at]": Q(F("string", enum=("asc", "desc"))),
    "name": Q(F("string", max_len=100)),
    "url": Q(F("string", max_len=2000)),
    "type[]": Q(_TYPE, array=True, max_items=2),
}
BODIES = {
    "create_short_link_campaign": CAMPAIGN_WRITE,
    "update_short_link_campaign": CAMPAIGN_WRITE,
    "create_subscribe_campaign": SUBSCRIBE_WRITE,
    "create_unsubscribe_campaign": SUBSCRIBE_WRITE,
}
QUERIES = {"list_short_link_campaigns": LIST_QUERY}


def _code(c: Ctx) -> str:
    code = c.params["code"]
    if not CODE_RE.match(code):
        raise EmulatorError(404, "Not Found")
    return code


async def list_short_link_campaigns(c: Ctx) -> Response:
    query = c.query(LIST_QUERY)
    page = query.get("page", 1)
    return c.collection(CAMPAIGN, c.backend.list_short_link_campaigns(c.who, query, page), page)


async def create_short_link_campaign(c: Ctx) -> Response:
    return c.item(CAMPAIGN, c.backend.create_short_link_campaign(c.who, await c.body(CAMPAIGN_WRITE)), 201)


async def create_subscribe_campaign(c: Ctx) -> Response:
    return c.item(CAMPAIGN, c.backend.create_subscribe_campaign(c.who, await c.body(SUBSCRIBE_WRITE)), 201)


async def create_unsubscribe_campaign(c: Ctx) -> Response:
    return c.item(CAMPAIGN, c.backend.create_unsubscribe_campaign(c.who, await c.body(SUBSCRIBE_WRITE)), 201)


async def get_short_link_campaign(c: Ctx) -> Response:
    return c.item(CAMPAIGN, c.backend.get_short_link_campaign(c.who, _code(c)))


async def update_short_link_campaign(c: Ctx) -> Response:
    code = _code(c)
    return c.item(CAMPAIGN, c.backend.update_short_link_campaign(c.who, code, await c.body(CAMPAIGN_WRITE)))


async def delete_short_link_campaign(c: Ctx) -> Response:
    c.backend.delete_short_link_campaign(c.who, _code(c))
    return c.no_content()


# --- control plane -------------------------------------------------------------------------------------------

_SUBMISSION = F(
    "object",
    required=("campaign", "phone"),
    fields={
        "campaign": F("string", pattern=CODE_RE),
        "phone": F("string", min_len=1, max_len=30),
        "reason": F("integer", nullable=True, enum=(1, 2, 3, 4, 5, 6)),
        "additional_text": F("string", nullable=True, max_len=1000),
        "short_link_code": F("string", nullable=True, pattern=CODE_RE),
    },
)


def submit_form(cp: ControlPlane, body: Any) -> dict[str, Any]:
    """`POST /_emulator/subscriptions`: a person submits campaign `campaign`'s form; the webhook event it sent."""
    data = validate(body, _SUBMISSION)
    return cp.backend.submit_campaign_form(
        data["campaign"],
        data["phone"],
        reason=data.get("reason"),
        additional_text=data.get("additional_text"),
        short_link_code=data.get("short_link_code"),
    )

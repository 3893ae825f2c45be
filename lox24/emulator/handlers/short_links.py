"""HTTP handlers and request rules of the short links and their clicks (spec tags `links`, `requests`,
`click-rate`) and of the control plane's `POST /_emulator/clicks`."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from starlette.responses import Response

from ..context import Ctx
from ..errors import EmulatorError
from ..rendering import Kind
from ..validation import MAX_TIMESTAMP, PAGE, F, validate

if TYPE_CHECKING:
    from ..control import ControlPlane

# Short-link and campaign codes, as the spec's path parameters have them (`ShortCodePath`, `LinksCampaignCodePath`).
SHORT_CODE_RE = re.compile(r"[A-Za-z0-9]{1,32}")
SHORT_LINK = Kind("/contexts/short_links", "short_links", lambda o: f"/short_links/{o['short_code']}")
LINK_REQUEST = Kind("/contexts/short_link_requests", "short_link_requests", lambda o: f"/short_link_requests/{o['id']}")
SMS_CLICKS = Kind("/contexts/sms_clicks", "sms_clicks", lambda o: f"/sms/{o['uuid']}/clicks")

BODIES: dict[str, F] = {}
# `page`; the filters are the models' (`models/clicks.py`, registered in `filters.OPERATIONS`).
_LISTS = (
    "list_short_links",
    "list_campaign_short_links",
    "list_short_link_requests",
    "list_campaign_requests",
    "list_link_requests",
    "list_sms_clicks",
    "list_sms_requests",
    "list_bulk_requests",
)
QUERIES = dict.fromkeys(_LISTS, PAGE)


def _code(c: Ctx, name: str) -> str:
    """A short-link or campaign code from the path; anything the spec's pattern refuses cannot exist (404)."""
    value = c.params[name]
    if SHORT_CODE_RE.fullmatch(value) is None:
        raise EmulatorError(404, "Not Found")
    return value


async def list_short_links(c: Ctx) -> Response:
    page = c.page()
    return c.collection(SHORT_LINK, c.backend.list_short_links(c.who, c.filters(), page), page)


async def get_short_link(c: Ctx) -> Response:
    return c.item(SHORT_LINK, c.backend.get_short_link(c.who, _code(c, "shortCode")))


async def list_campaign_short_links(c: Ctx) -> Response:
    page = c.page()
    return c.collection(
        SHORT_LINK, c.backend.list_campaign_short_links(c.who, _code(c, "code"), c.filters(), page), page
    )


async def list_short_link_requests(c: Ctx) -> Response:
    page = c.page()
    found = c.backend.list_short_link_requests(c.who, _code(c, "shortCode"), c.filters(), page)
    return c.collection(LINK_REQUEST, found, page)


async def list_campaign_requests(c: Ctx) -> Response:
    page = c.page()
    return c.collection(
        LINK_REQUEST, c.backend.list_campaign_requests(c.who, _code(c, "code"), c.filters(), page), page
    )


async def list_link_requests(c: Ctx) -> Response:
    page = c.page()
    return c.collection(LINK_REQUEST, c.backend.list_link_requests(c.who, c.filters(), page), page)


async def get_link_request(c: Ctx) -> Response:
    return c.item(LINK_REQUEST, c.backend.get_link_request(c.who, c.int_id()))


async def list_sms_clicks(c: Ctx) -> Response:
    page = c.page()
    return c.collection(SMS_CLICKS, c.backend.list_sms_clicks(c.who, c.filters(), page), page)


async def get_sms_clicks(c: Ctx) -> Response:
    return c.item(SMS_CLICKS, c.backend.get_sms_clicks(c.who, c.uuid()))


async def list_sms_requests(c: Ctx) -> Response:
    page = c.page()
    return c.collection(LINK_REQUEST, c.backend.list_sms_requests(c.who, c.uuid(), c.filters(), page), page)


async def list_bulk_requests(c: Ctx) -> Response:
    page = c.page()
    return c.collection(LINK_REQUEST, c.backend.list_bulk_requests(c.who, c.uuid("id"), c.filters(), page), page)


_NTEXT = F("string", nullable=True, max_len=2048)
CLICK = F(
    "object",
    required=("short_code",),
    fields={
        "short_code": F("string", min_len=1, max_len=32),
        "ip": F("string", nullable=True, max_len=45),
        "user_agent": _NTEXT,
        "referer": _NTEXT,
        "country": F("string", nullable=True, pattern=re.compile(r"^[A-Za-z]{2}\Z")),
        "at": F("integer", nullable=True, minimum=0, maximum=MAX_TIMESTAMP),
    },
)


def register_click(cp: ControlPlane, body: Any) -> dict[str, Any]:
    """`POST /_emulator/clicks`: someone opens a short link (see control-plane.yaml)."""
    data = validate(body, CLICK)
    country = data.get("country")
    return cp.backend.register_click(
        short_code=data["short_code"],
        ip=data.get("ip"),
        user_agent=data.get("user_agent"),
        referer=data.get("referer"),
        country=country.upper() if isinstance(country, str) else None,
        at=data.get("at"),
    )

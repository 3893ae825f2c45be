"""Short links and their clicks (spec tags `links`, `requests`, `click-rate`): the operations and the filters
of `client.short_links` and of the click methods of `client.sms` and `client.bulks`."""

from __future__ import annotations

import re
from typing import Any

from .._base_client import _Op
from .._validation import Lox24ValidationError
from .params import INTS, RANGE, STRS, TEXT, TIME, filters

__all__ = ["check_code", "click_kwargs", "link_kwargs", "sms_clicks_kwargs"]

# Every filter of the click ("request") lists, in the methods' keyword order. `type_` is LOX24's `type`.
_CLICK_FILTERS = {
    "ip": TEXT, "url": TEXT, "user_agent": TEXT, "referer": TEXT, "browser": TEXT, "browser_version": TEXT,
    "os": TEXT, "os_version": TEXT, "software_type": TEXT, "hardware_type": TEXT, "country": STRS,
    "date": TIME, "type_": INTS,
}  # fmt: skip
_LINK_FILTERS = {"url": TEXT, "updated_at": TIME}
_SMS_CLICKS_FILTERS = {"requests_count": RANGE, "created_at": TIME}

# A short link or campaign code goes into the path: 1 to 32 letters and digits (the spec's pattern), so that no
# value can change the request's path (`..`, `/`, `?`).
_CODE_RE = re.compile(r"[A-Za-z0-9]{1,32}")


def check_code(value: object, field: str = "short_code") -> str:
    """A short link's or campaign's code as the spec's path parameters have it."""
    if not isinstance(value, str) or _CODE_RE.fullmatch(value) is None:
        raise Lox24ValidationError(field, "must be 1 to 32 letters and digits", value)
    return value


def _renamed(kwargs: dict[str, Any]) -> dict[str, Any]:
    # The generated functions call the `url` query parameter `url_query` (their own `url` is the path).
    if "url" in kwargs:
        kwargs["url_query"] = kwargs.pop("url")
    return kwargs


def click_kwargs(given: dict[str, Any], order: Any) -> dict[str, Any]:
    """The generated keywords of a click list's filters (`ip=`, `date=(a, b)`, `order={"date": "desc"}`)."""
    return _renamed(filters(given, _CLICK_FILTERS, order=order, order_fields=frozenset({"date"})))


def link_kwargs(given: dict[str, Any], order: Any) -> dict[str, Any]:
    """The generated keywords of a short-link list's filters."""
    out = filters(given, _LINK_FILTERS, order=order, order_fields=frozenset({"updated_at"}))
    if any(k.startswith("updated_at") and k != "updated_at" for k in out):
        raise Lox24ValidationError(
            "updated_at", "takes one timestamp or a list of them (no range)", given["updated_at"]
        )
    return _renamed(out)


def sms_clicks_kwargs(given: dict[str, Any], order: Any) -> dict[str, Any]:
    """The generated keywords of GET /sms/clicks's filters."""
    return filters(given, _SMS_CLICKS_FILTERS, order=order, order_fields=frozenset({"created_at"}))


_LIST_SHORT_LINKS = _Op("GET", (200,), "ShortLinkCollection", operation="links.list_short_links")
_GET_SHORT_LINK = _Op("GET", (200,), "ShortLink", operation="links.get_short_link")
_LIST_CAMPAIGN_SHORT_LINKS = _Op("GET", (200,), "ShortLinkCollection", operation="links.list_campaign_short_links")
_LIST_SHORT_LINK_REQUESTS = _Op(
    "GET", (200,), "ShortLinkRequestCollection", operation="requests.list_short_link_requests"
)
_LIST_CAMPAIGN_REQUESTS = _Op("GET", (200,), "ShortLinkRequestCollection", operation="requests.list_campaign_requests")
_LIST_LINK_REQUESTS = _Op("GET", (200,), "ShortLinkRequestCollection", operation="requests.list_link_requests")
_GET_LINK_REQUEST = _Op("GET", (200,), "ShortLinkRequest", operation="requests.get_link_request")
_LIST_SMS_REQUESTS = _Op("GET", (200,), "ShortLinkRequestCollection", operation="requests.list_sms_requests")
_LIST_BULK_REQUESTS = _Op("GET", (200,), "ShortLinkRequestCollection", operation="requests.list_bulk_requests")
_LIST_SMS_CLICKS = _Op("GET", (200,), "SmsClicksCollection", operation="click_rate.list_sms_clicks")
_GET_SMS_CLICKS = _Op("GET", (200,), "SmsClicks", operation="click_rate.get_sms_clicks")

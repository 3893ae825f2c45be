"""`client.short_link_campaigns`: short-link campaigns and subscribe/unsubscribe forms (tag `short-link-campaigns`)."""

from __future__ import annotations

import re
from typing import Any

from lox24_api.models import ShortLinkCampaignType, ShortLinkCampaignWrite, SubscribeCampaignWrite

from .._base_client import _Op
from .._compat import is_unknown
from .._validation import Lox24ValidationError
from .params import INTS, TEXT, check_id, filters

NAME_MAX = 100
URL_MAX = 2000
_URL_RE = re.compile(r"https?://[!-~]+")
_CODE_RE = re.compile(r"[A-Za-z0-9]{1,32}")
_FILTERS = {"name": TEXT, "url": TEXT, "type": INTS}
_ORDER_FIELDS = frozenset({"created_at"})


def check_code(value: object) -> str:
    """A campaign code (its `id`) for the path: 1 to 32 letters and digits. Anything else could change the
    request's path (`"../me"`), so it is refused."""
    if not isinstance(value, str) or _CODE_RE.fullmatch(value) is None:
        raise Lox24ValidationError("code", "must be a campaign code: 1 to 32 letters and digits", value)
    return value


def _check_name(name: Any) -> None:
    if not isinstance(name, str) or not 1 <= len(name) <= NAME_MAX:
        raise Lox24ValidationError("name", f"must be 1 to {NAME_MAX} characters", name)


def _check_group(group_id: Any) -> None:
    if group_id is not None:
        check_id(group_id, "group_id")


def _type(value: Any) -> ShortLinkCampaignType:
    if isinstance(value, bool):  # True would be read as the type 1
        raise Lox24ValidationError("type", "must be a ShortLinkCampaignType (1 simple or 2 advanced)", value)
    try:
        kind = ShortLinkCampaignType(value)
    except (TypeError, ValueError) as exc:
        raise Lox24ValidationError("type", "must be a ShortLinkCampaignType (1 simple or 2 advanced)", value) from exc
    if is_unknown(kind):  # the generated enums are made tolerant of new values when answers are parsed
        raise Lox24ValidationError("type", "must be a ShortLinkCampaignType (1 simple or 2 advanced)", value)
    return kind


def _body(name: Any, url: Any, type_: Any, group_id: Any, *, validate: bool) -> ShortLinkCampaignWrite:
    """The POST/PUT body of a link campaign; with `validate`, the spec's rules are checked first."""
    kind = _type(type_)
    if validate:
        _check_name(name)
        if not isinstance(url, str) or len(url) > URL_MAX or _URL_RE.fullmatch(url) is None:
            rule = f"must be an http(s) URL of printable ASCII characters, at most {URL_MAX} (percent-encode the rest)"
            raise Lox24ValidationError("url", rule, url)
        _check_group(group_id)
    return ShortLinkCampaignWrite(type_=kind, name=name, url=url, group_id=group_id)


def _form_body(name: Any, group_id: Any, *, validate: bool) -> SubscribeCampaignWrite:
    """The body of a subscribe or unsubscribe campaign (`group_id` is always sent, null for none)."""
    if validate:
        _check_name(name)
        _check_group(group_id)
    return SubscribeCampaignWrite(name=name, group_id=group_id)


def _list_kwargs(given: dict[str, Any], order: Any) -> dict[str, Any]:
    out = filters(given, _FILTERS, enums={"type": ShortLinkCampaignType}, order=order, order_fields=_ORDER_FIELDS)
    if any(is_unknown(kind) for kind in out.get("type", [])):
        raise Lox24ValidationError("type", "must be ShortLinkCampaignType values (1 or 2)", given["type"])
    renamed = {"url": "url_query", "type": "type_"}  # the generated names (`url` and `type` are taken)
    return {renamed.get(key, key): value for key, value in out.items()}


_CREATE_CAMPAIGN = _Op("POST", (201,), "ShortLinkCampaign", operation="short_link_campaigns.create_short_link_campaign")
_CREATE_SUBSCRIBE = _Op("POST", (201,), "ShortLinkCampaign", operation="short_link_campaigns.create_subscribe_campaign")
_CREATE_UNSUBSCRIBE = _Op(
    "POST", (201,), "ShortLinkCampaign", operation="short_link_campaigns.create_unsubscribe_campaign"
)
_DELETE_CAMPAIGN = _Op("DELETE", (204,), None, operation="short_link_campaigns.delete_short_link_campaign")
_GET_CAMPAIGN = _Op("GET", (200,), "ShortLinkCampaign", operation="short_link_campaigns.get_short_link_campaign")
_LIST_CAMPAIGNS = _Op(
    "GET", (200,), "ShortLinkCampaignCollection", operation="short_link_campaigns.list_short_link_campaigns"
)
_UPDATE_CAMPAIGN = _Op("PUT", (200,), "ShortLinkCampaign", operation="short_link_campaigns.update_short_link_campaign")

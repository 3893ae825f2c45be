"""Short links and their clicks ("requests"): the lists and items of spec tags `links`, `requests` and
`click-rate`, and `register_click` (control plane, `POST /_emulator/clicks`).

The links are made by models/short_links.py when an SMS or bulk text has `[slink <code>]`. A click is stored with
its link's SMS and bulk (advanced campaigns: one link per SMS), so the counts per SMS, bulk, campaign and link
are plain queries. The device fields are read from the user agent (`_device`), roughly as LOX24's do.
"""

from __future__ import annotations

import re
from typing import Any

from .. import filters
from ..errors import not_found
from ..filters import MAX_I32, MAX_TS, Field
from ..store import PAGE_SIZE, Principal, Row, Store, locked

CLICK_FILTERS: dict[str, Field] = {
    "date": Field("date", "int", ranges=True, order=True, minimum=0, maximum=MAX_TS),
    "ip": Field("ip", "partial", multi=False, max_len=45),
    "url": Field("url", "partial", multi=False, max_len=2048),
    "user_agent": Field("user_agent", "partial", multi=False, max_len=1024),
    "country": Field("country", pattern="[A-Z]{2}"),
    "referer": Field("referer", "partial", multi=False, max_len=2048),
    "type": Field("type", "int", minimum=0, maximum=MAX_I32),
    **{
        name: Field(name, "partial", multi=False, max_len=255)
        for name in ("browser", "browser_version", "os", "os_version", "software_type", "hardware_type")
    },
}
LINK_FILTERS: dict[str, Field] = {
    "updated_at": Field("l.updated_at", "int", order=True, minimum=0, maximum=MAX_TS),
    "url": Field("c.url", "partial", multi=False, max_len=2048),
}
SMS_CLICKS_FILTERS: dict[str, Field] = {
    "created_at": Field("created_at", "int", ranges=True, order=True, minimum=0, maximum=MAX_TS),
    "requests_count": Field("requests_count", "int", ranges=True, minimum=0, maximum=MAX_I32),
}
_CLICK_OPS = ("list_short_link_requests", "list_campaign_requests", "list_link_requests", "list_sms_requests")
# The filter tables by operation, next to the other resources' (tests compare them with the spec).
filters.OPERATIONS.update(
    {
        **dict.fromkeys((*_CLICK_OPS, "list_bulk_requests"), (CLICK_FILTERS, False)),
        "list_short_links": (LINK_FILTERS, False),
        "list_campaign_short_links": (LINK_FILTERS, False),
        "list_sms_clicks": (SMS_CLICKS_FILTERS, False),
    }
)

_REQUEST_FIELDS = (
    "id", "short_link", "url", "date", "type", "ip", "user_agent", "referer", "country", "browser",
    "browser_version", "os", "os_version", "software_type", "hardware_type",
)  # fmt: skip
_LINKS_FROM = "short_links l LEFT JOIN short_link_campaigns c ON c.code = l.campaign_code"
_BROWSERS = (("Edg", "Edge"), ("OPR", "Opera"), ("Firefox", "Firefox"), ("Chrome", "Chrome"), ("Safari", "Safari"))
_SYSTEMS = (
    (r"Android ([0-9.]+)", "Android"),
    (r"(?:iPhone|CPU) OS ([0-9_]+)", "iOS"),
    (r"Windows NT ([0-9.]+)", "Windows"),
    (r"Mac OS X ([0-9_.]+)", "macOS"),
    (r"(Linux)", "Linux"),
)


def _device(user_agent: str | None) -> dict[str, str | None]:
    """Browser, OS and device type from a User-Agent header (None for what it does not show)."""
    out: dict[str, str | None] = dict.fromkeys(
        ("browser", "browser_version", "os", "os_version", "software_type", "hardware_type")
    )
    if not user_agent:
        return out
    for token, name in _BROWSERS:
        m = re.search(rf"\b{token}/([0-9.]+)", user_agent)
        if m:
            version = re.search(r"Version/([0-9.]+)", user_agent) if name == "Safari" else m
            out.update(browser=name, browser_version=version.group(1) if version else None, software_type="browser")
            break
    for pattern, name in _SYSTEMS:
        m = re.search(pattern, user_agent)
        if m:
            out.update(os=name, os_version=None if name == "Linux" else m.group(1).replace("_", "."))
            break
    mobile = re.search(r"Mobile|iPhone|Android", user_agent)
    out["hardware_type"] = "tablet" if "iPad" in user_agent else "mobile" if mobile else "computer"
    return out


def request_json(row: Row) -> dict[str, Any]:
    """A click in LOX24's shape; `short_link` is the link's IRI."""
    return {
        name: f"/short_links/{row['short_code']}" if name == "short_link" else row[name] for name in _REQUEST_FIELDS
    }


def link_json(row: Row) -> dict[str, Any]:
    code = row["short_code"]
    return {
        "short_code": code,
        "url": row["url"],
        "campaign": f"/short_link_campaigns/{row['campaign_code']}",
        "requests": f"/short_links/{code}/requests",
        "updated_at": row["updated_at"],
    }


class ClicksBackend(Store):
    """The short-link and click operations (`list_short_links`, `get_link_request`, …) and `register_click`."""

    def _requests(
        self, where: str, params: list[Any], query: filters.Query, page: int
    ) -> tuple[list[dict[str, Any]], int]:
        sel = filters.parse(query, CLICK_FILTERS, strict=False, ignore=("page",), lower="ulower")
        where, params = f"{where} AND {sel.where}", [*params, *sel.params]
        total = self.conn.execute(f"SELECT COUNT(*) FROM link_requests WHERE {where}", params).fetchone()[0]
        order = sel.order_by or "date DESC"
        rows = self.conn.execute(
            f"SELECT * FROM link_requests WHERE {where} ORDER BY {order}, id {'ASC' if 'ASC' in order else 'DESC'} "
            "LIMIT ? OFFSET ?",
            [*params, PAGE_SIZE, (page - 1) * PAGE_SIZE],
        ).fetchall()
        return [request_json(r) for r in rows], int(total)

    def _links(
        self, where: str, params: list[Any], query: filters.Query, page: int
    ) -> tuple[list[dict[str, Any]], int]:
        sel = filters.parse(query, LINK_FILTERS, strict=False, ignore=("page",), lower="ulower")
        where, params = f"{where} AND {sel.where}", [*params, *sel.params]
        total = self.conn.execute(f"SELECT COUNT(*) FROM {_LINKS_FROM} WHERE {where}", params).fetchone()[0]
        order = sel.order_by or "l.updated_at DESC"
        rows = self.conn.execute(
            f"SELECT l.*, c.url AS url FROM {_LINKS_FROM} WHERE {where} "
            f"ORDER BY {order}, l.seq {'ASC' if 'ASC' in order else 'DESC'} LIMIT ? OFFSET ?",
            [*params, PAGE_SIZE, (page - 1) * PAGE_SIZE],
        ).fetchall()
        return [link_json(r) for r in rows], int(total)

    def _campaign_exists(self, who: Principal, code: str) -> None:
        self._one(
            "SELECT 1 FROM short_link_campaigns WHERE code=? AND account_id=?",
            (code, who.account_id),
            "ShortLinkCampaign not found.",
        )

    @locked
    def list_short_links(self, who: Principal, query: filters.Query, page: int = 1) -> tuple[list[dict[str, Any]], int]:
        """GET /short_links: the account's links, most recently changed first unless `_order[updated_at]`."""
        return self._links("l.account_id=?", [who.account_id], query, page)

    @locked
    def get_short_link(self, who: Principal, short_code: str) -> dict[str, Any]:
        row = self._one(
            f"SELECT l.*, c.url AS url FROM {_LINKS_FROM} WHERE l.short_code=? AND l.account_id=?",
            (short_code, who.account_id),
            "ShortLink not found.",
        )
        return link_json(row)

    @locked
    def list_campaign_short_links(
        self, who: Principal, code: str, query: filters.Query, page: int = 1
    ) -> tuple[list[dict[str, Any]], int]:
        """GET /short_link_campaigns/{code}/short_links (404 for a campaign the account does not have)."""
        self._campaign_exists(who, code)
        return self._links("l.account_id=? AND l.campaign_code=?", [who.account_id, code], query, page)

    @locked
    def list_short_link_requests(
        self, who: Principal, short_code: str, query: filters.Query, page: int = 1
    ) -> tuple[list[dict[str, Any]], int]:
        """GET /short_links/{shortCode}/requests (404 for a link the account does not have)."""
        self._one(
            "SELECT 1 FROM short_links WHERE short_code=? AND account_id=?",
            (short_code, who.account_id),
            "ShortLink not found.",
        )
        return self._requests("account_id=? AND short_code=?", [who.account_id, short_code], query, page)

    @locked
    def list_campaign_requests(
        self, who: Principal, code: str, query: filters.Query, page: int = 1
    ) -> tuple[list[dict[str, Any]], int]:
        """GET /short_link_campaigns/{code}/requests: the clicks on every link of the campaign."""
        self._campaign_exists(who, code)
        return self._requests("account_id=? AND campaign_code=?", [who.account_id, code], query, page)

    @locked
    def list_link_requests(
        self, who: Principal, query: filters.Query, page: int = 1
    ) -> tuple[list[dict[str, Any]], int]:
        """GET /short_link_requests: every click of the account."""
        return self._requests("account_id=?", [who.account_id], query, page)

    @locked
    def get_link_request(self, who: Principal, request_id: int) -> dict[str, Any]:
        row = self._one(
            "SELECT * FROM link_requests WHERE id=? AND account_id=?",
            (request_id, who.account_id),
            "ShortLinkRequest not found.",
        )
        return request_json(row)

    @locked
    def list_sms_requests(
        self, who: Principal, sms_uuid: str, query: filters.Query, page: int = 1
    ) -> tuple[list[dict[str, Any]], int]:
        """GET /sms/{uuid}/requests: the clicks on the SMS's own links (none for an SMS without one)."""
        self._one("SELECT 1 FROM sms WHERE uuid=? AND account_id=?", (sms_uuid, who.account_id), "Sms not found.")
        return self._requests("account_id=? AND sms_uuid=?", [who.account_id, sms_uuid], query, page)

    @locked
    def list_bulk_requests(
        self, who: Principal, bulk_id: str, query: filters.Query, page: int = 1
    ) -> tuple[list[dict[str, Any]], int]:
        """GET /bulks/{id}/requests: the clicks on the own links of the bulk's SMS."""
        self._one("SELECT 1 FROM bulks WHERE uuid=? AND account_id=?", (bulk_id, who.account_id), "Bulk not found.")
        return self._requests("account_id=? AND bulk_id=?", [who.account_id, bulk_id], query, page)

    def _sms_clicks_from(self) -> str:
        """The SMS with an own short link and their click counts, as a table (`created_at`, `requests_count`)."""
        return (
            "(SELECT s.seq AS seq, s.uuid AS uuid, s.account_id AS account_id, s.created_at AS created_at, "
            "(SELECT COUNT(*) FROM link_requests r WHERE r.sms_uuid = s.uuid) AS requests_count FROM sms s "
            "WHERE s.account_id = ? AND EXISTS (SELECT 1 FROM short_links l WHERE l.sms_uuid = s.uuid)) t"
        )

    @locked
    def list_sms_clicks(self, who: Principal, query: filters.Query, page: int = 1) -> tuple[list[dict[str, Any]], int]:
        """GET /sms/clicks: the SMS with an advanced campaign's link, newest first unless `_order[created_at]`."""
        sel = filters.parse(query, SMS_CLICKS_FILTERS, strict=False, ignore=("page",), lower="ulower")
        params = [who.account_id, *sel.params]
        table = self._sms_clicks_from()
        total = self.conn.execute(f"SELECT COUNT(*) FROM {table} WHERE {sel.where}", params).fetchone()[0]
        order = sel.order_by or "created_at DESC"
        rows = self.conn.execute(
            f"SELECT * FROM {table} WHERE {sel.where} ORDER BY {order}, seq {'ASC' if 'ASC' in order else 'DESC'} "
            "LIMIT ? OFFSET ?",
            [*params, PAGE_SIZE, (page - 1) * PAGE_SIZE],
        ).fetchall()
        return [_clicks_json(r) for r in rows], int(total)

    @locked
    def get_sms_clicks(self, who: Principal, sms_uuid: str) -> dict[str, Any]:
        """GET /sms/{uuid}/clicks: 404 for an SMS without an advanced campaign's link, as LOX24 documents."""
        row = self._one(
            f"SELECT * FROM {self._sms_clicks_from()} WHERE uuid = ?", (who.account_id, sms_uuid), "Sms not found."
        )
        return _clicks_json(row)

    @locked
    def register_click(
        self,
        *,
        short_code: str,
        ip: str | None = None,
        user_agent: str | None = None,
        referer: str | None = None,
        country: str | None = None,
        at: int | None = None,
    ) -> dict[str, Any]:
        """Someone opens `https://l24.pw/<short_code>` (control plane): one click ("request") is stored."""
        link = self._one(
            f"SELECT l.*, c.url AS url, c.type AS campaign_type FROM {_LINKS_FROM} WHERE l.short_code=?",
            (short_code,),
            "ShortLink not found.",
        )
        if link["url"] is None:
            raise not_found("The short link's campaign was deleted.")
        row: dict[str, Any] = {
            "short_code": short_code,
            "account_id": link["account_id"],
            "campaign_code": link["campaign_code"],
            "sms_uuid": link["sms_uuid"],
            "bulk_id": link["bulk_id"],
            "url": link["url"],
            "date": at if at is not None else int(self.clock.now()),
            "type": link["campaign_type"],
            "ip": ip,
            "user_agent": user_agent,
            "referer": referer,
            "country": country,
            **_device(user_agent),
        }
        with self._tx() as c:
            cur = c.execute(
                f"INSERT INTO link_requests ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})", list(row.values())
            )
            row["id"] = cur.lastrowid
        return request_json(row)


def _clicks_json(row: Row) -> dict[str, Any]:
    return {"uuid": row["uuid"], "created_at": row["created_at"], "requests_count": row["requests_count"]}

"""Short links: `[slink <campaign code>]` in an SMS or bulk text becomes `https://l24.pw/<short_code>`.

A simple campaign (type 1) has one link for every SMS, free, made with the campaign (the store's trigger
`simple_campaign_link`) and named like it (`https://l24.pw/<campaign code>`: campaign codes are eight characters,
the per-SMS links six, so they never meet); an advanced one (type 2, also the subscribe and unsubscribe form
campaigns) one link per SMS at €0.005 each, added to the SMS's price (LOX24's "send-link"
chapter: the dry run shows "the final price of the SMS"). An unknown campaign code is a 422 naming `text`.
Campaigns are the campaigns module's table `short_link_campaigns`; the links are `short_links`.

The SMS and bulk models call `prepare_sms_links` / `fill_bulk_links` (text and price, before the write) and
`ShortLinks.save` (inside the write, after the SMS row); the clicks and statistics are models/clicks.py.
"""

from __future__ import annotations

import re
import sqlite3
import string
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from .. import pricing
from ..errors import CODE_RULE, Violation, ViolationError
from ..store import Principal, Store
from ..text import MAX_PARTS, encode

DOMAIN = "https://l24.pw/"
LINK_PRICE = 0.005  # EUR per link of an advanced campaign (type 2)
SHORT_CODE_LENGTH = 6  # LOX24's example short-link code `baaIoP`
_ALPHABET = string.ascii_letters + string.digits
# `[slink eGxoGRMq]` (LOX24's example); spaces around the code are forgiven, the word `slink` is not.
SLINK_RE = re.compile(r"\[slink\s+([^\[\]\s]*)\s*\]")


@dataclass
class ShortLinks:
    """The links one SMS text got: (short code, campaign code, campaign type) to store with the SMS."""

    links: list[tuple[str, str, int]] = field(default_factory=list)

    @property
    def fee(self) -> float:
        return round(LINK_PRICE * sum(1 for _, _, kind in self.links if kind == 2), 6)

    def save(self, c: sqlite3.Connection, sms: Mapping[str, Any]) -> None:
        """Store the links of an SMS row that is going out (`stage` 0); nothing for one that never will."""
        if not self.links or sms["stage"] != 0:
            return
        now = sms["created_at"]
        for code, campaign, kind in self.links:
            one_per_sms = kind == 2
            c.execute(
                "INSERT OR IGNORE INTO short_links (short_code, account_id, campaign_code, type, sms_uuid, bulk_id, "
                "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    code,
                    sms["account_id"],
                    campaign,
                    kind,
                    sms["uuid"] if one_per_sms else None,
                    sms["bulk_id"] if one_per_sms else None,
                    now,
                    now,
                ),
            )


def _new_code(store: Store, taken: set[str]) -> str:
    while True:
        code = "".join(store._rng.choice(_ALPHABET) for _ in range(SHORT_CODE_LENGTH))
        if code in taken:
            continue
        if store.conn.execute("SELECT 1 FROM short_links WHERE short_code=?", (code,)).fetchone() is None:
            taken.add(code)
            return code


def fill_links(store: Store, account_id: int, text: str) -> tuple[str, ShortLinks]:
    """`text` with every `[slink <code>]` replaced by its short URL, and the links to store (422 naming `text` for a
    campaign the account does not have)."""
    codes = SLINK_RE.findall(text)
    if not codes:
        return text, ShortLinks()
    links = ShortLinks()
    urls: dict[str, str] = {}
    taken: set[str] = set()
    for campaign in dict.fromkeys(codes):
        row = store.conn.execute(
            "SELECT type FROM short_link_campaigns WHERE code=? AND account_id=?", (campaign, account_id)
        ).fetchone()
        if row is None:
            shown = campaign or "(empty)"
            message = f"The short-link campaign {shown} of [slink {campaign}] does not exist."
            raise ViolationError(422, [Violation("text", message, CODE_RULE)])
        kind = int(row["type"])
        code = _new_code(store, taken) if kind == 2 else campaign  # a simple campaign's link: its own code
        links.links.append((code, campaign, kind))
        urls[campaign] = DOMAIN + code
    return SLINK_RE.sub(lambda m: urls[m.group(1)], text), links


def prepare_sms_links(
    store: Store, who: Principal, body: Mapping[str, Any], prepare: Callable[[Mapping[str, Any]], dict[str, Any]]
) -> tuple[dict[str, Any], ShortLinks]:
    """`prepare(body)` (the SMS model's checks and derived fields) on the text with its short links, and the
    links' fee added to the price."""
    text, links = fill_links(store, who.account_id, body["text"])
    prep = prepare({**body, "text": text} if links.links else body)
    if links.fee:
        prep["price"] = round(prep["price"] + links.fee, 6)
    return prep, links


def fill_bulk_links(store: Store, who: Principal, body: Mapping[str, Any], messages: list[dict[str, Any]]) -> None:
    """Each bulk message (`_bulk_messages`) with its own short links: text, encoding, parts and price redone,
    the links kept under `short_links` for `ShortLinks.save`. A message too long to send gets none."""
    if SLINK_RE.search(body["text"]) is None:
        return
    fill_links(store, who.account_id, body["text"])  # an unknown campaign is a 422 even with no recipient
    service = body.get("service_code") or "direct"
    for m in messages:
        if m["too_long"]:
            continue
        text, links = fill_links(store, who.account_id, m["text"])
        enc = encode(text, body.get("is_unicode"))
        m.update(
            text=enc.text,
            is_unicode=enc.is_unicode,
            chars_count=enc.chars_count,
            parts_count=enc.parts_count,
            price=round(pricing.price_for(m["iso2"], enc.parts_count, service) + links.fee, 6),
            too_long=enc.parts_count > MAX_PARTS,
            short_links=links,
        )


def save_bulk_links(c: sqlite3.Connection, message: Mapping[str, Any], sms: Mapping[str, Any]) -> None:
    """Store the links `fill_bulk_links` gave one bulk message, with its SMS row."""
    links = message.get("short_links")
    if isinstance(links, ShortLinks):
        links.save(c, sms)

"""Seed the emulator for the short-link and click operations of `make contract` (issue 14, slice `links`).

A click can only be registered through the emulator's control plane (`POST /_emulator/clicks`): without one the
links that start from the click lists (GetLinkRequestById, ...) and from GET /sms/clicks have nothing to follow.
`seed_links` makes an advanced campaign, an SMS whose text uses it, and a few clicks on that SMS's short link.
"""

from __future__ import annotations

import json
import urllib.request
from typing import Any

CLICKS = (
    {"ip": "192.168.1.1", "country": "DE", "user_agent": "Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X)"},
    {"ip": "10.0.0.7", "country": "AT", "user_agent": "Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/120.0"},
)


def _post(url: str, body: Any, token: str | None = None) -> Any:
    headers = {"Content-Type": "application/json", "Accept": "application/json"}
    if token is not None:
        headers["X-LOX24-AUTH-TOKEN"] = token
    request = urllib.request.Request(url, data=json.dumps(body).encode(), headers=headers, method="POST")  # noqa: S310
    with urllib.request.urlopen(request, timeout=10) as response:  # noqa: S310 (loopback URL)
        return json.load(response)


def seed_links(base_url: str, token: str) -> str:
    """An advanced campaign, an SMS with its short link and `len(CLICKS)` clicks on it; what was made, for the log."""
    campaign = _post(
        f"{base_url}/short_link_campaigns", {"name": "contract", "type": 2, "url": "https://example.com"}, token
    )
    sms = {"text": f"Sale [slink {campaign['id']}]", "sender_id": "MyShop", "phone": "+491701234567"}
    short_code = _post(f"{base_url}/sms", sms, token)["text"].rsplit("/", 1)[1]
    for click in CLICKS:
        _post(f"{base_url}/_emulator/clicks", {"short_code": short_code, **click})
    return f"campaign {campaign['id']}, short link {short_code}, {len(CLICKS)} clicks (POST /_emulator/clicks)"

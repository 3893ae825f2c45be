"""Short links end to end: a campaign, an SMS and a bulk with `[slink <code>]`, clicks registered on the emulator's
control plane, and the counts read back through `client.short_links`, `client.sms` and `client.bulks`."""

from __future__ import annotations

import re

import lox24

from .conftest import LiveEmulator

IPHONE = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X) AppleWebKit/605.1.15 Version/17.1 Mobile Safari/604.1"
LINK_RE = re.compile(r"https://l24\.pw/([A-Za-z0-9]+)")


def test_clicks_on_an_advanced_campaigns_links(client: lox24.Client, live_emulator: LiveEmulator) -> None:
    campaign = client.post(
        "/short_link_campaigns", body={"name": "e2e sale", "type": 2, "url": "https://example.com/e2e"}
    )
    code = campaign["id"]
    plain = client.sms.dry_run(phone="+491701234567", text="Sale! https://l24.pw/abcdef", sender_id="MyShop")
    sms = client.sms.send(phone="+491701234567", text=f"Sale! [slink {code}]", sender_id="MyShop")
    assert sms.price == round(plain.price + 0.005, 4)  # one link of an advanced campaign: EUR 0.005
    (short_code,) = LINK_RE.findall(sms.text)
    bulk = client.bulks.create(text=f"Sale [slink {code}]", sender_id="MyShop", phones=["+4915112345678"])

    link = client.short_links.get(short_code)
    assert (link.url, link.campaign) == ("https://example.com/e2e", f"/short_link_campaigns/{code}")
    assert len(client.short_links.list_for_campaign(code).to_list()) == 2  # the SMS's link and the bulk SMS's

    for ip in ("10.0.0.1", "10.0.0.2"):
        r = live_emulator.control.post(
            "/_emulator/clicks", json={"short_code": short_code, "ip": ip, "user_agent": IPHONE}
        )
        assert r.status_code == 200, r.text
    assert client.sms.get_clicks(sms.uuid).requests_count == 2
    clicks = client.sms.click_requests(sms.uuid, order={"date": "asc"}).to_list()
    assert [c.ip for c in clicks] == ["10.0.0.1", "10.0.0.2"]
    assert (clicks[0].os, clicks[0].hardware_type, clicks[0].short_link) == (
        "iOS",
        "mobile",
        f"/short_links/{short_code}",
    )
    assert client.short_links.get_request(clicks[0].id).ip == "10.0.0.1"
    assert [c.ip for c in client.short_links.list_requests(short_code, ip="10.0.0.2")] == ["10.0.0.2"]
    assert len(client.short_links.list_campaign_requests(code).to_list()) == 2
    assert client.bulks.click_requests(bulk.uuid).to_list() == []  # nobody opened the bulk's link
    counted = {row.uuid: row.requests_count for row in client.sms.clicks(requests_count=lox24.Range(gte=1))}
    assert counted == {sms.uuid: 2}

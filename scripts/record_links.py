"""Recordings of the short-link and click operations (issue 14, slice `links`), called by record.py.

An advanced campaign (made through the API, not recorded here: that is the campaigns' recording), an SMS and a
bulk whose texts use it, two clicks through the control plane, then every link, click and click-count
operation: successes in JSON-LD and JSON, and the documented 400 and 404 answers.
"""

from __future__ import annotations

from typing import Any

import httpx

JSON = "application/json"
IPHONE = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X) AppleWebKit/605.1.15 Version/17.1 Mobile Safari/604.1"
UNKNOWN_UUID = "11111111-2222-3333-4444-555555555555"


async def record_links(rec: Any, control: httpx.AsyncClient) -> None:
    """`rec` is record.py's Recorder (its `client` is authenticated); `control` reaches the control plane."""
    call = rec.call
    made = await rec.client.post(
        "/short_link_campaigns",
        json={"name": "Summer sale", "type": 2, "url": "https://example.com/sale"},
        headers={"Accept": JSON},
    )
    if made.status_code != 201:
        print(f"record: could not create a short-link campaign ({made.status_code} {made.text[:200]})")
        return
    code = made.json()["id"]
    text = f"Bitte prüfen Sie den Link [slink {code}]"
    sms_body = {"text": text, "sender_id": "MyShop", "phone": "+14155552671"}
    sms = (await call("POST", "/sms", body=sms_body, variant="slink", operation_id="create_sms")).json()
    await call("POST", "/sms", body={**sms_body, "text": "[slink nOsuchCode]"}, accept=JSON,
               variant="unknown-campaign", operation_id="create_sms")  # fmt: skip
    bulk_body = {"text": text, "sender_id": "MyShop", "phones": ["+49751234567", "+491701234568"]}
    bulk = (
        await call("POST", "/bulks", body=bulk_body, accept=JSON, variant="slink", operation_id="create_bulk")
    ).json()
    short_code = sms["text"].rsplit("/", 1)[1]
    for ip, country in (("192.168.1.1", "DE"), ("192.168.1.2", "AT")):
        await control.post(
            "/_emulator/clicks", json={"short_code": short_code, "ip": ip, "user_agent": IPHONE, "country": country}
        )

    await call("GET", "/short_links", operation_id="list_short_links")
    await call("GET", "/short_links?url=example", accept=JSON, variant="json", operation_id="list_short_links")
    await call("GET", f"/short_links/{short_code}", operation_id="get_short_link")
    await call("GET", "/short_links/nOsuch", accept=JSON, variant="unknown", operation_id="get_short_link")
    await call("GET", f"/short_links/{short_code}/requests", operation_id="list_short_link_requests")
    await call("GET", f"/short_link_campaigns/{code}/short_links", operation_id="list_campaign_short_links")
    await call("GET", f"/short_link_campaigns/{code}/short_links", accept=JSON, variant="json",
               operation_id="list_campaign_short_links")  # fmt: skip
    await call("GET", f"/short_link_campaigns/{code}/requests?country[]=DE", operation_id="list_campaign_requests")
    await call("GET", "/short_link_campaigns/nOsuchCode/requests", accept=JSON, variant="unknown",
               operation_id="list_campaign_requests")  # fmt: skip
    clicks = (await call("GET", "/short_link_requests", accept=JSON, variant="json",
                         operation_id="list_link_requests")).json()  # fmt: skip
    await call("GET", "/short_link_requests?_order[date]=asc", operation_id="list_link_requests")
    await call("GET", "/short_link_requests?date[between]=9..x", accept=JSON, variant="bad-date",
               operation_id="list_link_requests")  # fmt: skip
    await call("GET", f"/short_link_requests/{clicks[0]['id']}", operation_id="get_link_request")
    await call("GET", "/short_link_requests/999999", accept=JSON, variant="unknown", operation_id="get_link_request")
    await call("GET", "/sms/clicks", operation_id="list_sms_clicks")
    await call("GET", "/sms/clicks?requests_count[gte]=1", accept=JSON, variant="json", operation_id="list_sms_clicks")
    await call("GET", f"/sms/{sms['uuid']}/clicks", operation_id="get_sms_clicks")
    await call("GET", f"/sms/{UNKNOWN_UUID}/clicks", accept=JSON, variant="unknown", operation_id="get_sms_clicks")
    await call("GET", f"/sms/{sms['uuid']}/requests", operation_id="list_sms_requests")
    await call("GET", f"/sms/{sms['uuid']}/requests", accept=JSON, variant="json", operation_id="list_sms_requests")
    await call("GET", f"/bulks/{bulk['uuid']}/requests", operation_id="list_bulk_requests")
    await call("GET", f"/bulks/{UNKNOWN_UUID}/requests", accept=JSON, variant="unknown",
               operation_id="list_bulk_requests")  # fmt: skip

"""Recordings of the blocked-number and short-link-campaign operations (called by scripts/record.py).

Against the emulator: every operation, its successes and documented errors, and a form submission through the
control plane (so that the block list holds an unsubscribed number, type 2).
"""

from __future__ import annotations

from typing import Any

import httpx

JSON = "application/json"
LINK = {"type": 2, "name": "test #2", "url": "https://some-destination-endpoint.here"}


async def record_campaigns(rec: Any, control: httpx.AsyncClient) -> None:
    """The 11 operations of blocked numbers and campaigns against the emulator (`rec` is record.py's Recorder)."""
    call = rec.call
    blocked = (await call("POST", "/blocked_numbers", body={"number": "+1234567890"},
                          operation_id="create_blocked_number")).json()  # fmt: skip
    await call("POST", "/blocked_numbers", body={"number": "+1234567890"}, accept=JSON, variant="already-blocked",
               operation_id="create_blocked_number")  # fmt: skip
    await call("POST", "/blocked_numbers", body={"number": "491701234567"}, accept=JSON, variant="no-plus",
               operation_id="create_blocked_number")  # fmt: skip
    await call("GET", f"/blocked_numbers/{blocked['id']}", operation_id="get_blocked_number")
    await call("GET", "/blocked_numbers/999999", accept=JSON, variant="unknown", operation_id="get_blocked_number")

    campaign = (
        await call("POST", "/short_link_campaigns", body=LINK, operation_id="create_short_link_campaign")
    ).json()
    await call("POST", "/short_link_campaigns", body={**LINK, "group_id": 999999}, accept=JSON,
               variant="unknown-group", operation_id="create_short_link_campaign")  # fmt: skip
    await call("POST", "/short_link_campaigns", body={**LINK, "url": "www.example.com"}, accept=JSON,
               variant="bad-url", operation_id="create_short_link_campaign")  # fmt: skip
    code = campaign["id"]
    await call("GET", f"/short_link_campaigns/{code}", operation_id="get_short_link_campaign")
    await call(
        "GET", f"/short_link_campaigns/{code}", accept=JSON, variant="json", operation_id="get_short_link_campaign"
    )
    await call("PUT", f"/short_link_campaigns/{code}", body={**LINK, "type": 1, "name": "test #3"},
               operation_id="update_short_link_campaign")  # fmt: skip
    subscribe = {"name": "test #2", "group_id": 7117}
    await call("POST", "/short_link_campaigns/subscribe", body=subscribe, operation_id="create_subscribe_campaign")
    await call("POST", "/short_link_campaigns/subscribe", body={"name": "test #2", "group_id": None}, accept=JSON,
               variant="no-group", operation_id="create_subscribe_campaign")  # fmt: skip
    form = (await call("POST", "/short_link_campaigns/unsubscribe", body={"name": "Opt-out", "group_id": None},
                       operation_id="create_unsubscribe_campaign")).json()  # fmt: skip
    await call("POST", "/short_link_campaigns/unsubscribe", body={"group_id": None}, accept=JSON, variant="no-name",
               operation_id="create_unsubscribe_campaign")  # fmt: skip

    # Someone submits the unsubscribe form (the emulator's control plane): their number is blocked with type 2.
    submitted = await control.post("/_emulator/subscriptions", json={"campaign": form["id"], "phone": "+491701234567"})
    if submitted.status_code >= 300:
        print(f"record: could not submit the unsubscribe form ({submitted.status_code} {submitted.text[:200]})")
    await call("GET", "/blocked_numbers", operation_id="list_blocked_numbers")
    await call("GET", "/blocked_numbers?type=2", accept=JSON, variant="json", operation_id="list_blocked_numbers")
    await call("GET", "/blocked_numbers?type=3", accept=JSON, variant="bad-type", operation_id="list_blocked_numbers")
    await call("GET", "/short_link_campaigns", operation_id="list_short_link_campaigns")
    await call("GET", "/short_link_campaigns?type[]=2", accept=JSON, variant="json",
               operation_id="list_short_link_campaigns")  # fmt: skip

    await call("DELETE", f"/short_link_campaigns/{code}", accept=JSON, operation_id="delete_short_link_campaign")
    await call("DELETE", f"/short_link_campaigns/{code}", accept=JSON, variant="again",
               operation_id="delete_short_link_campaign")  # fmt: skip
    await call("DELETE", f"/blocked_numbers/{blocked['id']}", accept=JSON, operation_id="delete_blocked_number")
    await call("DELETE", f"/blocked_numbers/{blocked['id']}", accept=JSON, variant="again",
               operation_id="delete_blocked_number")  # fmt: skip

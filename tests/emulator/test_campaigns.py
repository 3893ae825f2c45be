"""Short-link campaigns and their forms: CRUD, group rules, and the control plane's form submissions, whose
webhooks have the spec's shapes and whose unsubscriptions block the next SMS."""

from __future__ import annotations

import json
import threading
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import httpx
import jsonschema
import pytest
import yaml
from emulator_server import AUTH

from lox24.emulator import DEFAULT_TOKEN, Backend, FrozenClock, create_app
from lox24.emulator.errors import EmulatorError

PLAIN = {**AUTH, "Accept": "application/json"}

SPEC = yaml.safe_load((Path(__file__).parents[2] / "spec" / "lox24.yaml").read_text(encoding="utf-8"))
LINK = {"type": 2, "name": "test #2", "url": "https://some-destination-endpoint.here"}
PHONE = "+4915112345678"


def event_errors(event: dict[str, Any], schema_name: str) -> list[str]:
    validator = jsonschema.Draft202012Validator(
        {"$ref": f"#/components/schemas/{schema_name}", "components": SPEC["components"]}
    )
    return [e.message for e in validator.iter_errors(event)]


@pytest.fixture
def who(backend: Backend) -> Any:
    return backend.authenticate(DEFAULT_TOKEN, "1.1.1.1")


def test_a_link_campaign_gets_a_short_random_code(backend: Backend, who: Any) -> None:
    campaign = backend.create_short_link_campaign(who, LINK)
    assert campaign["id"].isalnum()
    assert len(campaign["id"]) == 8
    assert {k: campaign[k] for k in ("type", "name", "url", "group_id")} == {**LINK, "group_id": None}
    assert backend.get_short_link_campaign(who, campaign["id"]) == campaign
    assert backend.create_short_link_campaign(who, LINK)["id"] != campaign["id"]


def test_group_must_be_one_of_the_accounts(backend: Backend, who: Any) -> None:
    assert backend.create_short_link_campaign(who, {**LINK, "group_id": 7117})["group_id"] == 7117
    creates: list[Callable[[], object]] = [
        lambda: backend.create_short_link_campaign(who, {**LINK, "group_id": 424242}),
        lambda: backend.create_subscribe_campaign(who, {"name": "s", "group_id": 424242}),
        lambda: backend.create_subscribe_campaign(who, {"name": "s", "group_id": None}),
        lambda: backend.create_unsubscribe_campaign(who, {"name": "u", "group_id": 424242}),
    ]
    for create in creates:
        with pytest.raises(EmulatorError) as info:
            create()
        assert info.value.status == 422
        assert info.value.body["violations"][0]["propertyPath"] == "group_id"
    assert backend.create_unsubscribe_campaign(who, {"name": "u", "group_id": None})["group_id"] is None


def test_form_campaigns_are_type_2_with_the_forms_url(backend: Backend, who: Any) -> None:
    sub = backend.create_subscribe_campaign(who, {"name": "News", "group_id": 7117})
    unsub = backend.create_unsubscribe_campaign(who, {"name": "Stop", "group_id": None})
    assert (sub["type"], sub["url"]) == (2, f"https://l24.pw/subscribe/{sub['id']}")
    assert (unsub["type"], unsub["url"]) == (2, f"https://l24.pw/unsubscribe/{unsub['id']}")
    # PUT keeps a form campaign's type and URL; name and group change.
    changed = backend.update_short_link_campaign(who, sub["id"], {**LINK, "name": "Weekly", "group_id": 7117})
    assert (changed["name"], changed["type"], changed["url"]) == ("Weekly", 2, sub["url"])
    link = backend.create_short_link_campaign(who, LINK)
    changed = backend.update_short_link_campaign(who, link["id"], {"type": 1, "name": "n", "url": "http://b.example"})
    assert (changed["type"], changed["url"], changed["group_id"]) == (1, "http://b.example", None)


def test_list_order_and_filters(backend: Backend, who: Any, clock: FrozenClock) -> None:
    first = backend.create_short_link_campaign(who, {**LINK, "type": 1, "name": "Spring SALE"})
    clock.advance(1)
    second = backend.create_short_link_campaign(who, {**LINK, "url": "https://shop.example/x"})
    clock.advance(1)
    form = backend.create_unsubscribe_campaign(who, {"name": "Stop", "group_id": None})

    def ids(query: dict[str, Any]) -> list[str]:
        return [c["id"] for c in backend.list_short_link_campaigns(who, query)[0]]

    assert ids({}) == [form["id"], second["id"], first["id"]]
    assert ids({"_order[created_at]": "asc"}) == [first["id"], second["id"], form["id"]]
    assert ids({"name": "sale"}) == [first["id"]]
    assert ids({"url": "SHOP.example"}) == [second["id"]]
    assert ids({"type[]": [1]}) == [first["id"]]
    assert backend.list_short_link_campaigns(who, {"type[]": [1, 2]})[1] == 3


def test_delete_and_unknown_codes(backend: Backend, who: Any) -> None:
    code = backend.create_short_link_campaign(who, LINK)["id"]
    backend.delete_short_link_campaign(who, code)
    calls: list[Callable[[], object]] = [
        lambda: backend.get_short_link_campaign(who, code),
        lambda: backend.delete_short_link_campaign(who, code),
        lambda: backend.update_short_link_campaign(who, code, LINK),
    ]
    for call in calls:
        with pytest.raises(EmulatorError) as info:
            call()
        assert info.value.status == 404


def test_unsubscribe_blocks_the_number_and_fires_the_documented_event(backend: Backend, who: Any) -> None:
    events: list[dict[str, Any]] = []
    backend.on_events = events.extend
    member = backend.create_group_phone(who, 7117, {"phone": PHONE})
    form = backend.create_unsubscribe_campaign(who, {"name": "Stop", "group_id": 7117})
    event = backend.submit_campaign_form(form["id"], PHONE, reason=4, additional_text="Too long")
    assert events == [event]
    assert event_errors(event, "PhoneUnsubscribeEvent") == []
    assert event["name"] == "phone.unsubscribe"
    data = event["data"]
    assert (data["phone"], data["campaign_code"], data["group_id"], data["user_id"]) == (
        PHONE,
        form["id"],
        7117,
        1234567,
    )
    assert data["additional_data"] == {
        "reason": {"id": 4, "label": "Content is incomprehensible"},
        "additional_text": "Too long",
    }
    assert data["unsubscribe_request_id"] >= 1
    blocked, total = backend.list_blocked_numbers(who, {"type": 2})
    assert total == 1
    assert blocked[0]["number"] == PHONE
    entry = backend.get_phone(who, member["id"])
    assert (entry["unsubscribed_at"], entry["unsubscribe_reason"]) == (data["timestamp"], 4)
    sms = backend.create_sms(who, {"text": "Hi", "sender_id": "Shop", "phone": PHONE}, "1.1.1.1")
    assert (sms["status_code"], sms["price"]) == (208, 0.0)
    # Again: still one block, a new request id, and no reason means `additional_data: []`.
    again = backend.submit_campaign_form(form["id"], PHONE)
    assert again["data"]["unsubscribe_request_id"] == data["unsubscribe_request_id"] + 1
    assert again["data"]["additional_data"] == []
    assert event_errors(again, "PhoneUnsubscribeEvent") == []
    assert backend.list_blocked_numbers(who, {})[1] == 1


def test_unsubscribe_adds_a_missing_group_entry_and_works_without_a_group(backend: Backend, who: Any) -> None:
    grouped = backend.create_unsubscribe_campaign(who, {"name": "Stop", "group_id": 7117})
    backend.submit_campaign_form(grouped["id"], "+4930123456", reason=1)
    phones = {p["phone"]: p for p in backend.list_group_phones(who, 7117, 1)[0]}
    assert phones["+4930123456"]["unsubscribe_reason"] == 1
    plain = backend.create_unsubscribe_campaign(who, {"name": "Stop", "group_id": None})
    event = backend.submit_campaign_form(plain["id"], "+447911123456")
    assert "group_id" not in event["data"]
    assert event_errors(event, "PhoneUnsubscribeEvent") == []
    assert [b["number"] for b in backend.list_blocked_numbers(who, {"type": 2})[0]] == ["+4930123456", "+447911123456"]


def test_subscribe_adds_to_the_group_and_lifts_only_an_unsubscription(backend: Backend, who: Any) -> None:
    events: list[dict[str, Any]] = []
    backend.on_events = events.extend
    group = backend.create_group(who, {"name": "News"})
    stop = backend.create_unsubscribe_campaign(who, {"name": "Stop", "group_id": None})
    backend.submit_campaign_form(stop["id"], PHONE)
    backend.create_blocked_number(who, {"number": "+4930123456"})  # blocked by the customer
    form = backend.create_subscribe_campaign(who, {"name": "Join", "group_id": group["id"]})
    event = backend.submit_campaign_form(form["id"], PHONE, short_link_code="baaIoP")
    assert event_errors(event, "PhoneSubscribeEvent") == []
    assert event["data"] == {
        "phone": PHONE,
        "user_id": 1234567,
        "timestamp": event["created_at"],
        "campaign_code": form["id"],
        "additional_data": [],
        "short_link_code": "baaIoP",
        "group_id": group["id"],
    }
    assert events[-1] == event
    members = backend.list_group_phones(who, group["id"], 1)[0]
    assert [(m["phone"], m["subscribed_at"]) for m in members] == [(PHONE, event["created_at"])]
    backend.submit_campaign_form(form["id"], "+4930123456")
    numbers = [b["number"] for b in backend.list_blocked_numbers(who, {})[0]]
    assert numbers == ["+4930123456"]  # the unsubscription of PHONE is lifted, the customer's block stays
    assert backend.get_group(who, group["id"])["count_items"] == 2


def test_form_submissions_are_refused_where_they_make_no_sense(backend: Backend, who: Any) -> None:
    link = backend.create_short_link_campaign(who, LINK)
    form = backend.create_unsubscribe_campaign(who, {"name": "Stop", "group_id": None})
    cases: list[tuple[Callable[[], object], int]] = [
        (lambda: backend.submit_campaign_form("nope1234", PHONE), 404),
        (lambda: backend.submit_campaign_form(link["id"], PHONE), 409),
        (lambda: backend.submit_campaign_form(form["id"], "+4900"), 422),
    ]
    group = backend.create_group(who, {"name": "Gone"})
    sub = backend.create_subscribe_campaign(who, {"name": "Join", "group_id": group["id"]})
    backend.delete_group(who, group["id"])
    cases.append((lambda: backend.submit_campaign_form(sub["id"], PHONE), 422))
    for call, status in cases:
        with pytest.raises(EmulatorError) as info:
            call()
        assert info.value.status == status
    assert backend.list_blocked_numbers(who, {}) == ([], 0)


async def test_http_campaigns_and_the_control_plane(client: httpx.AsyncClient) -> None:
    created = await client.post("/short_link_campaigns", json=LINK)
    assert created.status_code == 201
    code = created.json()["id"]
    ld = (await client.get(f"/short_link_campaigns/{code}", headers={"Accept": "application/ld+json"})).json()
    assert (ld["@id"], ld["@type"], ld["id"]) == (f"/short_link_campaigns/{code}", "short_link_campaigns", code)
    put = await client.put(f"/short_link_campaigns/{code}", json={**LINK, "name": "renamed"})
    assert put.json()["name"] == "renamed"
    listed = await client.get("/short_link_campaigns", params=[("type[]", "2"), ("name", "RENAMED")])
    assert [c["id"] for c in listed.json()] == [code]
    assert (await client.get("/short_link_campaigns", params={"type": "1"})).json() == []  # `type=` as `type[]=`
    form = (await client.post("/short_link_campaigns/unsubscribe", json={"name": "Stop", "group_id": None})).json()
    sub = await client.post("/short_link_campaigns/subscribe", json={"name": "Join", "group_id": 7117})
    assert sub.status_code == 201
    submitted = await client.post(
        "/_emulator/subscriptions", json={"campaign": form["id"], "phone": PHONE, "reason": 2}
    )
    assert submitted.status_code == 200
    assert submitted.json()["name"] == "phone.unsubscribe"
    blocked = (await client.get("/blocked_numbers", params={"type": 2})).json()
    assert [b["number"] for b in blocked] == [PHONE]
    bad = await client.post("/_emulator/subscriptions", json={"campaign": form["id"], "phone": PHONE, "reason": 9})
    assert (bad.status_code, bad.json()["violations"][0]["propertyPath"]) == (400, "reason")
    assert (await client.post("/_emulator/subscriptions", json={"phone": PHONE})).status_code == 400
    assert (await client.delete(f"/short_link_campaigns/{code}")).status_code == 204
    assert (await client.get(f"/short_link_campaigns/{code}")).status_code == 404


@pytest.mark.parametrize(
    ("path", "body", "field"),
    [
        ("/short_link_campaigns", {**LINK, "url": "ftp://x.example"}, "url"),
        ("/short_link_campaigns", {**LINK, "url": "https://x.example/ä"}, "url"),
        ("/short_link_campaigns", {**LINK, "type": 3}, "type"),
        ("/short_link_campaigns", {**LINK, "name": ""}, "name"),
        ("/short_link_campaigns", {"name": "n", "url": "https://x.example"}, "type"),
        ("/short_link_campaigns", {**LINK, "group_id": "7117"}, "group_id"),
        ("/short_link_campaigns/subscribe", {"name": "n"}, "group_id"),
        ("/short_link_campaigns/unsubscribe", {"group_id": None}, "name"),
    ],
)
async def test_bad_bodies_are_400_naming_the_field(
    client: httpx.AsyncClient, path: str, body: dict[str, Any], field: str
) -> None:
    response = await client.post(path, json=body)
    assert response.status_code == 400
    assert response.json()["violations"][0]["propertyPath"] == field


@pytest.mark.parametrize("code", ["a-b", "%2E%2E", "x" * 33])
async def test_malformed_codes_are_404(client: httpx.AsyncClient, code: str) -> None:
    assert (await client.get(f"/short_link_campaigns/{code}")).status_code == 404


def test_over_http_the_subscribe_and_unsubscribe_paths_are_not_codes(live_url: str) -> None:
    with httpx.Client(base_url=live_url, headers=PLAIN) as http:
        assert http.get("/short_link_campaigns/subscribe").status_code == 405
        created = http.post("/short_link_campaigns/subscribe", json={"name": "Join", "group_id": 7117}, headers=AUTH)
        assert created.status_code == 201
        assert http.get(f"/short_link_campaigns/{created.json()['id']}").json()["group_id"] == 7117


async def test_the_form_events_are_posted_to_the_webhook_url(clock: FrozenClock) -> None:
    got: list[dict[str, Any]] = []
    done = threading.Event()

    class Hook(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            got.append(json.loads(self.rfile.read(int(self.headers["Content-Length"]))))
            self.send_response(200)
            self.send_header("Content-Length", "0")
            self.end_headers()
            done.set()

        def log_message(self, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Hook)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    app = create_app(clock=clock, seed=1, webhook_url=f"http://127.0.0.1:{server.server_address[1]}/hook")
    try:
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://e", headers=PLAIN) as c:
            form = (await c.post("/short_link_campaigns/subscribe", json={"name": "Join", "group_id": 7117})).json()
            answer = (await c.post("/_emulator/subscriptions", json={"campaign": form["id"], "phone": PHONE})).json()
            assert app.state.webhooks.wait_idle(10)
    finally:
        app.state.webhooks.close()
        app.state.backend.close()
        server.shutdown()
        server.server_close()
    assert done.is_set()
    assert got == [answer]
    assert got[0]["name"] == "phone.subscribe"

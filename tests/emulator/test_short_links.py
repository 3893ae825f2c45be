"""Short links: `[slink <code>]` becomes an l24.pw link (one per campaign or one per SMS, priced), the control plane
registers clicks, and the click and request endpoints count them (in-process and over HTTP)."""

from __future__ import annotations

import re
from typing import Any

import httpx
import pytest

from lox24.emulator import DEFAULT_TOKEN, Backend, FrozenClock
from lox24.emulator.errors import EmulatorError, ViolationError
from lox24.emulator.store import Principal

SIMPLE, ADVANCED = "Simple01", "Advanced"
LINK_RE = re.compile(r"https://l24\.pw/([A-Za-z0-9]+)")
IPHONE = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X) AppleWebKit/605.1.15 Version/17.1 Mobile Safari/604.1"


def add_campaign(backend: Backend, code: str, kind: int, url: str = "https://example.com/sale") -> None:
    """A campaign as the campaigns module stores it (table `short_link_campaigns`)."""
    who = backend.authenticate(DEFAULT_TOKEN, "1.1.1.1")
    with backend._tx() as c:
        c.execute(
            "INSERT INTO short_link_campaigns (code, account_id, name, type, url, group_id, kind, created_at) "
            "VALUES (?, ?, ?, ?, ?, NULL, 'link', 0)",
            (code, who.account_id, code, kind, url),
        )


def sms_body(text: str, phone: str = "+491701234567", **extra: Any) -> dict[str, Any]:
    return {"text": text, "sender_id": "Shop", "phone": phone, **extra}


@pytest.fixture
def who(backend: Backend) -> Principal:
    add_campaign(backend, SIMPLE, 1)
    add_campaign(backend, ADVANCED, 2)
    return backend.authenticate(DEFAULT_TOKEN, "1.1.1.1")


def codes(text: str) -> list[str]:
    return LINK_RE.findall(text)


def test_a_simple_campaign_has_one_free_link_for_every_sms(backend: Backend, who: Principal) -> None:
    plain = backend.create_sms(who, sms_body("Sale!"), "1.1.1.1")
    one = backend.create_sms(who, sms_body(f"Sale! [slink {SIMPLE}]"), "1.1.1.1")
    two = backend.create_sms(who, sms_body(f"More: [slink  {SIMPLE} ]"), "1.1.1.1")
    assert codes(one["text"]) == codes(two["text"])
    assert len(codes(one["text"])) == 1
    assert one["text"] == f"Sale! https://l24.pw/{SIMPLE}"  # the campaign's one link carries its code
    assert one["price"] == plain["price"]  # free
    links, total = backend.list_campaign_short_links(who, SIMPLE, {})
    assert total == 1
    assert links[0] == {
        "short_code": SIMPLE,
        "url": "https://example.com/sale",
        "campaign": f"/short_link_campaigns/{SIMPLE}",
        "requests": f"/short_links/{SIMPLE}/requests",
        "updated_at": 0,  # made with the campaign
    }
    with pytest.raises(EmulatorError) as info:  # no own link: no click count (LOX24: advanced campaigns only)
        backend.get_sms_clicks(who, one["uuid"])
    assert info.value.status == 404


def test_an_advanced_campaign_has_one_priced_link_per_sms(backend: Backend, who: Principal) -> None:
    plain = backend.create_sms(who, sms_body("Sale!"), "1.1.1.1")
    balance = backend.get_account(who)["balance_amount"]
    one = backend.create_sms(who, sms_body(f"[slink {ADVANCED}] and again [slink {ADVANCED}]"), "1.1.1.1")
    two = backend.create_sms(who, sms_body(f"[slink {ADVANCED}]"), "1.1.1.1")
    first, again = codes(one["text"])
    assert first == again  # one link per SMS, however often the placeholder appears
    assert codes(two["text"]) != [first]
    assert one["price"] == pytest.approx(plain["price"] + 0.005)
    assert backend.get_account(who)["balance_amount"] == pytest.approx(balance - 2 * (plain["price"] + 0.005))
    links, total = backend.list_campaign_short_links(who, ADVANCED, {})
    assert total == 2
    assert {x["short_code"] for x in links} == {first, codes(two["text"])[0]}
    assert backend.get_sms_clicks(who, one["uuid"]) == {
        "uuid": one["uuid"],
        "created_at": one["created_at"],
        "requests_count": 0,
    }


def test_dry_run_shows_the_link_and_the_price_but_stores_nothing(backend: Backend, who: Principal) -> None:
    plain = backend.dry_run_sms(who, sms_body("Sale!"), "1.1.1.1")
    dry = backend.dry_run_sms(who, sms_body(f"Sale! [slink {ADVANCED}]"), "1.1.1.1")
    assert len(codes(dry["text"])) == 1
    assert dry["price"] == pytest.approx(plain["price"] + 0.005)
    assert backend.list_campaign_short_links(who, ADVANCED, {}) == ([], 0)


def test_an_unknown_campaign_is_a_422_naming_text(backend: Backend, who: Principal) -> None:
    for text in ("Hi [slink nope1234]", "Hi [slink ]"):
        with pytest.raises(ViolationError) as info:
            backend.create_sms(who, sms_body(text), "1.1.1.1")
        assert info.value.status == 422
        assert [v.path for v in info.value.violations] == ["text"]
        with pytest.raises(ViolationError):
            backend.create_bulk(who, {"text": text, "sender_id": "Shop", "phones": ["+491701234567"]}, "1.1.1.1")
    assert backend.list_sms(who, {})[1] == 0
    # Another account's campaign is unknown too.
    token = "7654321:" + "b" * 32
    backend.upsert_account(token=token)
    other = backend.authenticate(token, "1.1.1.1")
    with pytest.raises(ViolationError):
        backend.create_sms(other, sms_body(f"[slink {ADVANCED}]"), "1.1.1.1")


def test_a_bulk_gets_a_link_per_sms_and_its_clicks(backend: Backend, who: Principal, clock: FrozenClock) -> None:
    body = {"text": f"Sale [slink {ADVANCED}]", "sender_id": "Shop", "phones": ["+491701234567", "+491701234568"]}
    dry = backend.dry_run_bulk(who, body, "1.1.1.1")
    plain = backend.dry_run_bulk(who, {**body, "text": "Sale https://l24.pw/abcdef"}, "1.1.1.1")
    assert dry["msg_total_cost"] == pytest.approx(plain["msg_total_cost"] + 2 * 0.005)
    bulk = backend.create_bulk(who, body, "1.1.1.1")
    assert bulk["msg_total_cost"] == pytest.approx(dry["msg_total_cost"])
    sms, _ = backend.list_sms(who, {"bulk[]": [bulk["uuid"]]})
    link_codes = [codes(s["text"])[0] for s in sms]
    assert len(set(link_codes)) == 2
    for n, code in enumerate([link_codes[0], link_codes[0], link_codes[1]]):
        clock.advance(10)
        click = backend.register_click(short_code=code, ip=f"10.0.0.{n}", user_agent=IPHONE, country="DE")
    assert click["short_link"] == f"/short_links/{link_codes[1]}"
    assert (click["browser"], click["browser_version"], click["os"], click["os_version"], click["hardware_type"]) == (
        "Safari", "17.1", "iOS", "17.1", "mobile"
    )  # fmt: skip
    requests, total = backend.list_bulk_requests(who, bulk["uuid"], {})
    assert total == 3
    assert [r["ip"] for r in requests] == ["10.0.0.2", "10.0.0.1", "10.0.0.0"]
    counts = {s["uuid"]: backend.get_sms_clicks(who, s["uuid"])["requests_count"] for s in sms}
    by_code = dict(zip(link_codes, [counts[s["uuid"]] for s in sms], strict=True))
    assert by_code == {link_codes[0]: 2, link_codes[1]: 1}
    assert backend.list_campaign_requests(who, ADVANCED, {})[1] == 3
    assert backend.list_short_link_requests(who, link_codes[0], {})[1] == 2
    assert backend.list_sms_requests(who, sms[0]["uuid"], {"_order[date]": "asc"})[0][0]["date"] <= click["date"]
    clicked, _ = backend.list_sms_clicks(who, {"requests_count[gte]": "2"})
    assert [c["requests_count"] for c in clicked] == [2]
    assert backend.get_link_request(who, click["id"]) == click


def test_click_filters(backend: Backend, who: Principal, clock: FrozenClock) -> None:
    sms = backend.create_sms(who, sms_body(f"[slink {ADVANCED}] [slink {SIMPLE}]"), "1.1.1.1")
    own, shared = codes(sms["text"])
    backend.register_click(short_code=own, ip="192.168.1.1", user_agent=IPHONE, country="DE", at=100)
    backend.register_click(short_code=shared, ip="10.1.1.1", user_agent="curl/8.0", country="AT", at=200)
    backend.register_click(short_code=shared, at=300)
    everything, total = backend.list_link_requests(who, {})
    assert total == 3
    assert [r["date"] for r in everything] == [300, 200, 100]
    assert [r["type"] for r in everything] == [1, 1, 2]  # the link's campaign type
    assert backend.list_link_requests(who, {"country[]": ["AT", "DE"]})[1] == 2
    assert backend.list_link_requests(who, {"type[]": ["2"]})[0][0]["short_link"] == f"/short_links/{own}"
    assert backend.list_link_requests(who, {"date[between]": "150..300"})[1] == 2
    assert backend.list_link_requests(who, {"os": "ios", "hardware_type": "MOBILE"})[1] == 1
    assert backend.list_link_requests(who, {"url": "EXAMPLE.com", "ip": "10.1"})[1] == 1
    assert backend.list_sms_requests(who, sms["uuid"], {})[1] == 1  # the shared link's clicks are no SMS's
    assert backend.get_sms_clicks(who, sms["uuid"])["requests_count"] == 1
    with pytest.raises(ViolationError) as info:
        backend.list_link_requests(who, {"date[between]": "9..x"})
    assert info.value.status == 400


def test_unknown_things_are_404(backend: Backend, who: Principal) -> None:
    uuid = "ffffffff-0000-4000-8000-000000000404"
    for call in (
        lambda: backend.get_short_link(who, "nope12"),
        lambda: backend.list_short_link_requests(who, "nope12", {}),
        lambda: backend.list_campaign_short_links(who, "nope1234", {}),
        lambda: backend.list_campaign_requests(who, "nope1234", {}),
        lambda: backend.get_link_request(who, 1),
        lambda: backend.get_sms_clicks(who, uuid),
        lambda: backend.list_sms_requests(who, uuid, {}),
        lambda: backend.list_bulk_requests(who, uuid, {}),
        lambda: backend.register_click(short_code="nope12"),
    ):
        with pytest.raises(EmulatorError) as info:
            call()
        assert info.value.status == 404


def test_clicks_and_links_survive_a_restart_and_reset_clears_them(tmp_path: Any) -> None:
    db = str(tmp_path / "emulator.sqlite3")
    first = Backend(db=db, seed=1)
    add_campaign(first, ADVANCED, 2)
    me = first.authenticate(DEFAULT_TOKEN, "1.1.1.1")
    sms = first.create_sms(me, sms_body(f"[slink {ADVANCED}]"), "1.1.1.1")
    first.register_click(short_code=codes(sms["text"])[0])
    first.close()
    second = Backend(db=db, seed=1)
    me = second.authenticate(DEFAULT_TOKEN, "1.1.1.1")
    assert second.get_sms_clicks(me, sms["uuid"])["requests_count"] == 1
    second.reset()
    assert second.list_short_links(me, {}) == ([], 0)
    assert second.list_link_requests(me, {}) == ([], 0)
    second.close()


async def test_over_http_sms_json_links_resolve(client: httpx.AsyncClient, app: Any) -> None:
    add_campaign(app.state.backend, ADVANCED, 2)
    r = await client.post("/sms", json=sms_body(f"Go [slink {ADVANCED}]"), headers={"Accept": "application/ld+json"})
    assert r.status_code == 201, r.text
    sms = r.json()
    code = codes(sms["text"])[0]
    r = await client.post("/_emulator/clicks", json={"short_code": code, "user_agent": IPHONE, "country": "de"})
    assert r.status_code == 200, r.text
    click = r.json()
    assert (click["country"], click["os"], click["type"]) == ("DE", "iOS", 2)
    clicks = (await client.get(sms["clicks"])).json()
    assert clicks == {"uuid": sms["uuid"], "created_at": sms["created_at"], "requests_count": 1}
    ld = (await client.get(sms["requests"], headers={"Accept": "application/ld+json"})).json()
    assert ld["hydra:totalItems"] == 1
    member = ld["hydra:member"][0]
    assert (member["@id"], member["@type"]) == (f"/short_link_requests/{click['id']}", "short_link_requests")
    got = (await client.get(f"/short_link_requests/{click['id']}", headers={"Accept": "application/ld+json"})).json()
    assert got["@id"] == member["@id"]
    assert got["id"] == click["id"]
    link = (await client.get(f"/short_links/{code}", headers={"Accept": "application/ld+json"})).json()
    assert (link["@id"], link["@type"], link["requests"]) == (
        f"/short_links/{code}",
        "short_links",
        f"/short_links/{code}/requests",
    )
    assert (await client.get(link["requests"])).json()[0]["id"] == click["id"]
    page = (await client.get("/sms/clicks", headers={"Accept": "application/ld+json"})).json()
    assert page["hydra:member"][0]["@id"] == f"/sms/{sms['uuid']}/clicks"
    assert [x["short_code"] for x in (await client.get(f"/short_link_campaigns/{ADVANCED}/short_links")).json()] == [
        code
    ]
    assert len((await client.get(f"/short_link_campaigns/{ADVANCED}/requests?country[]=DE")).json()) == 1


async def test_over_http_bad_input(client: httpx.AsyncClient, app: Any) -> None:
    add_campaign(app.state.backend, ADVANCED, 2)
    r = await client.post("/sms", json=sms_body("Go [slink Unknown1]"))
    assert r.status_code == 422
    assert r.json()["violations"][0]["propertyPath"] == "text"
    for path in ("/short_links/bad%20code", "/short_link_requests/0", "/short_link_requests/abc", "/sms/x/clicks",
                 "/short_link_campaigns/a.b/requests", "/bulks/nope/requests"):  # fmt: skip
        assert (await client.get(path)).status_code == 404, path
    for query in ("date[gt]=x", "type[]=-1", "country[]=deu", "page=0"):
        r = await client.get(f"/short_link_requests?{query}")
        assert r.status_code == 400, query
        assert r.json()["violations"]
    for body in ({}, {"short_code": 5}, {"short_code": "abcdef", "country": "DEU"}, {"short_code": "x", "at": -1}):
        r = await client.post("/_emulator/clicks", json=body)
        assert r.status_code == 400, body
    assert (await client.post("/_emulator/clicks", json={"short_code": "abcdef"})).status_code == 404


def test_a_simple_campaign_made_through_the_api_has_its_link_at_once(backend: Backend, who: Principal) -> None:
    simple = backend.create_short_link_campaign(who, {"name": "s", "type": 1, "url": "https://a.test/x"})["id"]
    advanced = backend.create_short_link_campaign(who, {"name": "a", "type": 2, "url": "https://a.test/y"})["id"]
    assert [x["short_code"] for x in backend.list_campaign_short_links(who, simple, {})[0]] == [simple]
    assert backend.list_campaign_short_links(who, advanced, {}) == ([], 0)  # one per SMS, none yet
    click = backend.register_click(short_code=simple, referer="https://news.test/")
    assert (click["url"], click["type"], click["referer"]) == ("https://a.test/x", 1, "https://news.test/")
    backend.delete_short_link_campaign(who, simple)
    with pytest.raises(EmulatorError) as info:  # the link is dead with its campaign; its clicks stay
        backend.register_click(short_code=simple)
    assert info.value.status == 404
    assert backend.get_link_request(who, click["id"]) == click
    assert backend.get_short_link(who, simple)["url"] is None

"""`client.short_links` and the click methods of `client.sms` and `client.bulks`, sync and async (respx)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import httpx
import pytest
import respx

import lox24

from .conftest import BULK_UUID, SMS_UUID, collection, error_payload

CODE = "aB3dE5gH"
CAMPAIGN = "eGxoGRMq"


def link_payload(**overrides: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "@id": f"/short_links/{CODE}",
        "@type": "short_links",
        "short_code": CODE,
        "url": "https://example.com/sale",
        "campaign": f"/short_link_campaigns/{CAMPAIGN}",
        "requests": f"/short_links/{CODE}/requests",
        "updated_at": 1755868416,
    }
    data.update(overrides)
    return data


def click_payload(**overrides: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "@id": "/short_link_requests/7",
        "@type": "short_link_requests",
        "id": 7,
        "short_link": f"/short_links/{CODE}",
        "url": "https://example.com/sale",
        "date": 1755868500,
        "type": 2,
        "ip": "192.168.1.1",
        "user_agent": "Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X) Safari/604.1",
        "referer": None,
        "country": "DE",
        "browser": "Safari",
        "browser_version": None,
        "os": "iOS",
        "os_version": "17.1",
        "software_type": "browser",
        "hardware_type": "mobile",
    }
    data.update(overrides)
    return data


def sms_clicks_payload(**overrides: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "@id": f"/sms/{SMS_UUID}/clicks",
        "@type": "sms_clicks",
        "uuid": SMS_UUID,
        "created_at": 1755868416,
        "requests_count": 3,
    }
    data.update(overrides)
    return data


def test_get_and_list_short_links(client: lox24.Client, api: respx.MockRouter) -> None:
    api.get(f"/short_links/{CODE}").mock(return_value=httpx.Response(200, json=link_payload()))
    route = api.get("/short_links").mock(
        side_effect=[
            httpx.Response(200, json=collection([link_payload()], total=2, next_page=2, path="/short_links")),
            httpx.Response(200, json=collection([link_payload(short_code="zz")], total=2, path="/short_links")),
        ]
    )
    link = client.short_links.get(CODE)
    assert isinstance(link, lox24.ShortLink)
    assert (link.url, link.campaign) == ("https://example.com/sale", f"/short_link_campaigns/{CAMPAIGN}")
    links = list(client.short_links.list(url="example", updated_at=[1, 2], order={"updated_at": "asc"}))
    assert [x.short_code for x in links] == [CODE, "zz"]
    assert isinstance(links[0], lox24.ShortLinkJsonLd)
    params = route.calls[0].request.url.params
    assert params["url"] == "example"
    assert params.get_list("updated_at[]") == ["1", "2"]
    assert params["_order[updated_at]"] == "asc"
    assert route.calls[1].request.url.params["page"] == "2"


def test_campaign_links_and_every_click_list_send_the_filters(client: lox24.Client, api: respx.MockRouter) -> None:
    links = api.get(f"/short_link_campaigns/{CAMPAIGN}/short_links").mock(
        return_value=httpx.Response(200, json=collection([link_payload()], path="/x"))
    )
    assert [x.short_code for x in client.short_links.list_for_campaign(CAMPAIGN)] == [CODE]
    assert links.called
    day = dt.datetime(2026, 1, 5, tzinfo=dt.UTC)
    filters: dict[str, Any] = {
        "ip": "192.168",
        "url": "sale",
        "country": ["DE", "AT"],
        "date": lox24.Range(gte=day),
        "type_": 2,
        "browser": "safari",
        "hardware_type": "mobile",
        "order": {"date": "asc"},
    }
    calls: dict[str, Callable[[], lox24.SyncPager[lox24.ShortLinkRequestJsonLd]]] = {
        f"/short_links/{CODE}/requests": lambda: client.short_links.list_requests(CODE, **filters),
        f"/short_link_campaigns/{CAMPAIGN}/requests": lambda: client.short_links.list_campaign_requests(
            CAMPAIGN, **filters
        ),
        "/short_link_requests": lambda: client.short_links.list_all_requests(**filters),
        f"/sms/{SMS_UUID}/requests": lambda: client.sms.click_requests(SMS_UUID, **filters),
        f"/bulks/{BULK_UUID}/requests": lambda: client.bulks.click_requests(BULK_UUID, **filters),
    }
    for path, call in calls.items():
        route = api.get(path).mock(return_value=httpx.Response(200, json=collection([click_payload()], path=path)))
        clicks = list(call())
        assert len(clicks) == 1, path
        assert isinstance(clicks[0], lox24.ShortLinkRequestJsonLd)
        assert (clicks[0].id, clicks[0].type_, clicks[0].os_version) == (7, 2, "17.1")
        assert clicks[0].additional_properties["@id"] == "/short_link_requests/7"
        params = route.calls.last.request.url.params
        assert params.get_list("country[]") == ["DE", "AT"], path
        assert params["date[gte]"] == str(int(day.timestamp()))
        assert params.get_list("type[]") == ["2"]
        assert (params["ip"], params["url"], params["browser"], params["hardware_type"]) == (
            "192.168", "sale", "safari", "mobile"
        )  # fmt: skip
        assert params["_order[date]"] == "asc"
        assert "user_agent" not in params  # a filter not given is not sent


def test_get_request_and_raw_responses(client: lox24.Client, api: respx.MockRouter) -> None:
    api.get("/short_link_requests/7").mock(
        return_value=httpx.Response(200, json=click_payload(), headers={"X-LOX24-REQUEST-ID": "r" * 32})
    )
    click = client.short_links.get_request(7)
    assert isinstance(click, lox24.ShortLinkRequest)
    assert (click.ip, click.country, click.date) == ("192.168.1.1", "DE", 1755868500)
    raw = client.with_raw_response.short_links.get_request(7)
    assert (raw.status_code, raw.request_id) == (200, "r" * 32)
    assert raw.parse().id == 7
    api.get(f"/short_links/{CODE}").mock(return_value=httpx.Response(200, json=link_payload()))
    assert client.with_raw_response.short_links.get(CODE).parse().short_code == CODE
    api.get(f"/sms/{SMS_UUID}/clicks").mock(return_value=httpx.Response(200, json=sms_clicks_payload()))
    assert client.with_raw_response.sms.get_clicks(SMS_UUID).parse().requests_count == 3


def test_sms_clicks(client: lox24.Client, api: respx.MockRouter) -> None:
    api.get(f"/sms/{SMS_UUID}/clicks").mock(return_value=httpx.Response(200, json=sms_clicks_payload()))
    route = api.get("/sms/clicks").mock(
        return_value=httpx.Response(200, json=collection([sms_clicks_payload()], path="/sms/clicks"))
    )
    one = client.sms.get_clicks(SMS_UUID)
    assert isinstance(one, lox24.SmsClicks)
    assert (one.uuid, one.requests_count) == (SMS_UUID, 3)
    rows = list(client.sms.clicks(requests_count=lox24.Range(gte=1), created_at=(10, 20), order={"created_at": "desc"}))
    assert [r.requests_count for r in rows] == [3]
    assert isinstance(rows[0], lox24.SmsClicksJsonLd)
    params = route.calls.last.request.url.params
    assert params["requests_count[gte]"] == "1"
    assert params["created_at[between]"] == "10..20"
    assert params["_order[created_at]"] == "desc"
    list(client.sms.clicks(requests_count=[0, 2]))
    assert route.calls.last.request.url.params.get_list("requests_count[]") == ["0", "2"]


def test_not_found_is_typed(client: lox24.Client, api: respx.MockRouter) -> None:
    api.get(f"/sms/{SMS_UUID}/clicks").mock(return_value=httpx.Response(404, json=error_payload(404)))
    api.get("/short_links/nope").mock(return_value=httpx.Response(404, json=error_payload(404)))
    with pytest.raises(lox24.NotFoundError):
        client.sms.get_clicks(SMS_UUID)
    with pytest.raises(lox24.NotFoundError):
        client.short_links.get("nope")


@pytest.mark.parametrize(
    ("call", "field"),
    [
        (lambda c: c.short_links.get("../me"), "short_code"),
        (lambda c: c.short_links.get(""), "short_code"),
        (lambda c: c.short_links.list_for_campaign("a/b"), "campaign"),
        (lambda c: c.short_links.list_requests("x?y=1"), "short_code"),
        (lambda c: c.short_links.list_campaign_requests("x y"), "campaign"),
        (lambda c: c.short_links.get_request(0), "request_id"),
        (lambda c: c.short_links.get_request(True), "request_id"),
        (lambda c: c.sms.get_clicks("not-a-uuid"), "uuid"),
        (lambda c: c.sms.click_requests(".."), "uuid"),
        (lambda c: c.bulks.click_requests("7117"), "bulk_id"),
        (lambda c: c.short_links.list_all_requests(country=[]), "country"),
        (lambda c: c.short_links.list_all_requests(ip=""), "ip"),
        (lambda c: c.short_links.list_all_requests(date=(9, 1)), "date"),
        (lambda c: c.short_links.list_all_requests(type_="2"), "type_"),
        (lambda c: c.short_links.list_all_requests(order={"ip": "asc"}), "order"),
        (lambda c: c.short_links.list(updated_at=(1, 2)), "updated_at"),
        (lambda c: c.sms.clicks(requests_count=1.5), "requests_count"),
    ],
)
def test_bad_input_is_refused_before_sending(
    client: lox24.Client, api: respx.MockRouter, call: Any, field: str
) -> None:
    with pytest.raises(lox24.Lox24ValidationError) as info:
        call(client)  # a pager checks its filters when it is made, before its first request
    assert info.value.field == field
    assert not api.calls


async def test_async_short_links(aclient: lox24.AsyncClient, api: respx.MockRouter) -> None:
    api.get(f"/short_links/{CODE}").mock(return_value=httpx.Response(200, json=link_payload()))
    api.get("/short_links").mock(return_value=httpx.Response(200, json=collection([link_payload()])))
    api.get(f"/short_link_campaigns/{CAMPAIGN}/short_links").mock(
        return_value=httpx.Response(200, json=collection([link_payload()]))
    )
    api.get("/short_link_requests/7").mock(return_value=httpx.Response(200, json=click_payload()))
    for path in (
        f"/short_links/{CODE}/requests",
        f"/short_link_campaigns/{CAMPAIGN}/requests",
        "/short_link_requests",
        f"/sms/{SMS_UUID}/requests",
        f"/bulks/{BULK_UUID}/requests",
    ):
        api.get(path).mock(return_value=httpx.Response(200, json=collection([click_payload()], path=path)))
    api.get(f"/sms/{SMS_UUID}/clicks").mock(return_value=httpx.Response(200, json=sms_clicks_payload()))
    sms_clicks = api.get("/sms/clicks").mock(return_value=httpx.Response(200, json=collection([sms_clicks_payload()])))

    assert (await aclient.short_links.get(CODE)).short_code == CODE
    assert [x.short_code async for x in aclient.short_links.list(url="sale")] == [CODE]
    assert [x.short_code async for x in aclient.short_links.list_for_campaign(CAMPAIGN)] == [CODE]
    assert (await aclient.short_links.get_request(7)).id == 7
    assert (await aclient.with_raw_response.short_links.get_request(7)).parse().id == 7
    pagers = [
        aclient.short_links.list_requests(CODE, country="DE"),
        aclient.short_links.list_campaign_requests(CAMPAIGN),
        aclient.short_links.list_all_requests(date=5),
        aclient.sms.click_requests(SMS_UUID),
        aclient.bulks.click_requests(BULK_UUID),
    ]
    for pager in pagers:
        assert [c.id for c in await pager.to_list()] == [7]
    assert (await aclient.sms.get_clicks(SMS_UUID)).requests_count == 3
    assert (await aclient.with_raw_response.sms.get_clicks(SMS_UUID)).parse().uuid == SMS_UUID
    assert [r.uuid async for r in aclient.sms.clicks(requests_count=(1, None))] == [SMS_UUID]
    assert sms_clicks.calls.last.request.url.params["requests_count[gte]"] == "1"

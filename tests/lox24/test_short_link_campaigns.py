"""`client.short_link_campaigns`: link, subscribe and unsubscribe campaigns, sync and async (respx)."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest
import respx

import lox24

from .conftest import collection, error_payload

CODE = "eGxoGRMq"


def campaign_payload(**overrides: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "@context": "/contexts/short_link_campaigns",
        "@id": f"/short_link_campaigns/{CODE}",
        "@type": "short_link_campaigns",
        "id": CODE,
        "name": "test #2",
        "type": 2,
        "url": "https://some-destination-endpoint.here",
        "group_id": None,
        "created_at": 1755868416,
    }
    data.update(overrides)
    return data


def test_create_sends_the_documented_body(client: lox24.Client, api: respx.MockRouter) -> None:
    route = api.post("/short_link_campaigns").mock(return_value=httpx.Response(201, json=campaign_payload()))
    campaign = client.short_link_campaigns.create(
        name="test #2", url="https://some-destination-endpoint.here", type=lox24.ShortLinkCampaignType.ADVANCED
    )
    assert json.loads(route.calls.last.request.content) == {
        "type": 2,
        "name": "test #2",
        "url": "https://some-destination-endpoint.here",
        "group_id": None,
    }
    assert isinstance(campaign, lox24.ShortLinkCampaign)
    assert (campaign.id, campaign.type_, campaign.group_id) == (CODE, lox24.ShortLinkCampaignType.ADVANCED, None)


def test_form_campaigns(client: lox24.Client, api: respx.MockRouter) -> None:
    sub = api.post("/short_link_campaigns/subscribe").mock(
        return_value=httpx.Response(201, json=campaign_payload(group_id=7117, url=f"https://l24.pw/subscribe/{CODE}"))
    )
    unsub = api.post("/short_link_campaigns/unsubscribe").mock(
        return_value=httpx.Response(201, json=campaign_payload(url=f"https://l24.pw/unsubscribe/{CODE}"))
    )
    form = client.short_link_campaigns.create_subscribe(name="News", group_id=7117)
    assert json.loads(sub.calls.last.request.content) == {"name": "News", "group_id": 7117}
    assert form.group_id == 7117
    opt_out = client.short_link_campaigns.create_unsubscribe(name="Opt-out")
    assert json.loads(unsub.calls.last.request.content) == {"name": "Opt-out", "group_id": None}
    assert opt_out.url.endswith(CODE)


def test_get_update_delete_list(client: lox24.Client, api: respx.MockRouter) -> None:
    api.get(f"/short_link_campaigns/{CODE}").mock(return_value=httpx.Response(200, json=campaign_payload()))
    put = api.put(f"/short_link_campaigns/{CODE}").mock(
        return_value=httpx.Response(200, json=campaign_payload(name="renamed", type=1))
    )
    delete = api.delete(f"/short_link_campaigns/{CODE}").mock(return_value=httpx.Response(204))
    listed = api.get("/short_link_campaigns").mock(
        side_effect=[
            httpx.Response(
                200, json=collection([campaign_payload()], total=2, next_page=2, path="/short_link_campaigns")
            ),
            httpx.Response(
                200, json=collection([campaign_payload(id="second")], total=2, path="/short_link_campaigns")
            ),
        ]
    )
    assert client.short_link_campaigns.get(CODE).name == "test #2"
    updated = client.short_link_campaigns.update(CODE, name="renamed", url="https://x.example/a", type=1, group_id=7117)
    assert updated.type_ == lox24.ShortLinkCampaignType.SIMPLE
    assert json.loads(put.calls.last.request.content) == {
        "type": 1,
        "name": "renamed",
        "url": "https://x.example/a",
        "group_id": 7117,
    }
    client.short_link_campaigns.delete(CODE)
    assert delete.call_count == 1
    items = list(client.short_link_campaigns.list(name="sale", url="shop", type=[1, 2], order={"created_at": "asc"}))
    assert [c.id for c in items] == [CODE, "second"]
    assert isinstance(items[0], lox24.ShortLinkCampaignJsonLd)
    params = listed.calls[0].request.url.params
    assert (params["name"], params["url"], params["_order[created_at]"]) == ("sale", "shop", "asc")
    assert params.get_list("type[]") == ["1", "2"]


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"name": "", "url": "https://a.example", "type": 1}, "name"),
        ({"name": "x" * 101, "url": "https://a.example", "type": 1}, "name"),
        ({"name": "n", "url": "ftp://a.example", "type": 1}, "url"),
        ({"name": "n", "url": "https://a.example/ä", "type": 1}, "url"),
        ({"name": "n", "url": "https://a.example", "type": 3}, "type"),
        ({"name": "n", "url": "https://a.example", "type": True}, "type"),
        ({"name": "n", "url": "https://a.example", "type": 1, "group_id": 0}, "group_id"),
    ],
)
def test_create_refuses_bad_fields_before_sending(
    client: lox24.Client, api: respx.MockRouter, kwargs: dict[str, Any], field: str
) -> None:
    route = api.post("/short_link_campaigns")
    with pytest.raises(lox24.Lox24ValidationError) as info:
        client.short_link_campaigns.create(**kwargs)
    assert info.value.field == field
    assert not route.called


@pytest.mark.parametrize("code", ["", "../me", "a/b", "x" * 33, 42, None])
def test_codes_that_could_change_the_path_are_refused(client: lox24.Client, api: respx.MockRouter, code: Any) -> None:
    with pytest.raises(lox24.Lox24ValidationError) as info:
        client.short_link_campaigns.get(code)
    assert info.value.field == "code"
    with pytest.raises(lox24.Lox24ValidationError):
        client.short_link_campaigns.delete(code)


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [({"type": []}, "type"), ({"type": [5]}, "type"), ({"name": ""}, "name"), ({"order": {"name": "asc"}}, "order")],
)
def test_list_refuses_bad_filters(
    client: lox24.Client, api: respx.MockRouter, kwargs: dict[str, Any], field: str
) -> None:
    route = api.get("/short_link_campaigns")
    with pytest.raises(lox24.Lox24ValidationError) as info:
        client.short_link_campaigns.list(**kwargs)
    assert info.value.field == field
    assert not route.called


def test_unknown_group_is_a_typed_422_and_the_post_is_sent_once(client: lox24.Client, api: respx.MockRouter) -> None:
    route = api.post("/short_link_campaigns/subscribe").mock(return_value=httpx.Response(422, json=error_payload(422)))
    with pytest.raises(lox24.UnprocessableEntityError):
        client.short_link_campaigns.create_subscribe(name="News", group_id=1)
    assert route.call_count == 1


def test_a_post_that_may_have_arrived_is_not_resent(client: lox24.Client, api: respx.MockRouter) -> None:
    route = api.post("/short_link_campaigns").mock(side_effect=httpx.ReadTimeout("slow"))
    with pytest.raises(lox24.APITimeoutError):
        client.short_link_campaigns.create(name="n", url="https://a.example", type=1)
    assert route.call_count == 1


def test_raw_responses(client: lox24.Client, api: respx.MockRouter) -> None:
    api.post("/short_link_campaigns/unsubscribe").mock(return_value=httpx.Response(201, json=campaign_payload()))
    api.get(f"/short_link_campaigns/{CODE}").mock(return_value=httpx.Response(200, json=campaign_payload()))
    raw = client.with_raw_response.short_link_campaigns.create_unsubscribe(name="Opt-out")
    assert raw.status_code == 201
    assert raw.parse().id == CODE
    assert client.with_raw_response.short_link_campaigns.get(CODE).parse().id == CODE


async def test_async_campaigns(aclient: lox24.AsyncClient, api: respx.MockRouter) -> None:
    create = api.post("/short_link_campaigns").mock(return_value=httpx.Response(201, json=campaign_payload()))
    api.post("/short_link_campaigns/subscribe").mock(
        return_value=httpx.Response(201, json=campaign_payload(group_id=7))
    )
    api.post("/short_link_campaigns/unsubscribe").mock(return_value=httpx.Response(201, json=campaign_payload()))
    api.get(f"/short_link_campaigns/{CODE}").mock(return_value=httpx.Response(200, json=campaign_payload()))
    api.put(f"/short_link_campaigns/{CODE}").mock(return_value=httpx.Response(200, json=campaign_payload(name="b")))
    delete = api.delete(f"/short_link_campaigns/{CODE}").mock(return_value=httpx.Response(204))
    api.get("/short_link_campaigns").mock(return_value=httpx.Response(200, json=collection([campaign_payload()])))
    campaign = await aclient.short_link_campaigns.create(name="a", url="https://a.example", type=2, group_id=7)
    assert json.loads(create.calls.last.request.content)["group_id"] == 7
    assert campaign.id == CODE
    assert (await aclient.short_link_campaigns.create_subscribe(name="s", group_id=7)).group_id == 7
    assert (await aclient.short_link_campaigns.create_unsubscribe(name="u")).id == CODE
    assert (await aclient.short_link_campaigns.get(CODE)).name == "test #2"
    assert (await aclient.short_link_campaigns.update(CODE, name="b", url="https://a.example", type=1)).name == "b"
    await aclient.short_link_campaigns.delete(CODE)
    assert delete.call_count == 1
    assert [c.id async for c in aclient.short_link_campaigns.list(type=2)] == [CODE]
    raw = await aclient.with_raw_response.short_link_campaigns.update(CODE, name="b", url="https://a.example", type=1)
    assert raw.parse().name == "b"

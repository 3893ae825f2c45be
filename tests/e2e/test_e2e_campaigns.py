"""End to end: an unsubscribe that blocks the next SMS (sync client, emulator over a socket), and the block list
and campaigns through the async client (in-process)."""

from __future__ import annotations

import pytest

import lox24

from .conftest import LiveEmulator

PHONE = "+491761234567"


def test_an_unsubscribe_blocks_the_next_sms(client: lox24.Client, live_emulator: LiveEmulator) -> None:
    opt_out = client.short_link_campaigns.create_unsubscribe(name="Opt-out")
    assert opt_out.type_ == lox24.ShortLinkCampaignType.ADVANCED
    first = client.sms.send(phone=PHONE, sender_id="MyShop", text=f"Sale today! Stop: [slink {opt_out.id}]")
    assert first.status_code == lox24.SmsStatusCode.NEW
    assert first.price > 0

    # The recipient opens the link and submits the unsubscribe form (the emulator's control plane).
    form = live_emulator.control.post(
        "/_emulator/subscriptions", json={"campaign": opt_out.id, "phone": PHONE, "reason": 2}
    )
    form.raise_for_status()
    assert form.json()["name"] == "phone.unsubscribe"

    balance = client.me().balance_amount
    second = client.sms.send(phone=PHONE, sender_id="MyShop", text="Another offer")
    assert second.status_code == lox24.SmsStatusCode.BLOCKED
    assert second.price == 0
    assert client.me().balance_amount == pytest.approx(balance)  # not charged
    assert client.sms.get(second.uuid).is_sent is False
    outbox = live_emulator.control.get("/_emulator/outbox").json()
    assert second.uuid not in {s["uuid"] for s in outbox}

    unsubscribed = client.blocked_numbers.list(type=lox24.BlockedNumberType.UNSUBSCRIBED).to_list()
    assert [b.number for b in unsubscribed] == [PHONE]
    assert client.blocked_numbers.list(type=1).to_list() == []

    # Taken off the list by the customer: the number gets SMS again.
    client.blocked_numbers.delete(unsubscribed[0].id)
    assert client.sms.send(phone=PHONE, sender_id="MyShop", text="Welcome back").status_code == 0


async def test_block_list_and_campaigns_async(aclient: lox24.AsyncClient) -> None:
    blocked = await aclient.blocked_numbers.create("+4915112345678")
    assert blocked.type_ == lox24.BlockedNumberType.CUSTOMER
    with pytest.raises(lox24.ConflictError):
        await aclient.blocked_numbers.create("+4915112345678")
    assert (await aclient.blocked_numbers.get(blocked.id)).number == "+4915112345678"
    sms = await aclient.sms.send(phone="+4915112345678", sender_id="MyShop", text="Hi")
    assert (sms.status_code, sms.price) == (lox24.SmsStatusCode.BLOCKED, 0)

    campaign = await aclient.short_link_campaigns.create(
        name="Spring sale", url="https://shop.example/sale", type=lox24.ShortLinkCampaignType.SIMPLE, group_id=7117
    )
    assert (await aclient.short_link_campaigns.get(campaign.id)).group_id == 7117
    with pytest.raises(lox24.UnprocessableEntityError):
        await aclient.short_link_campaigns.create_subscribe(name="Join", group_id=424242)
    join = await aclient.short_link_campaigns.create_subscribe(name="Join", group_id=7117)
    renamed = await aclient.short_link_campaigns.update(
        campaign.id, name="Summer sale", url="https://shop.example/summer", type=2
    )
    assert (renamed.name, renamed.type_) == ("Summer sale", lox24.ShortLinkCampaignType.ADVANCED)
    found = [c.id async for c in aclient.short_link_campaigns.list(name="summer")]
    assert found == [campaign.id]
    newest_first = [c.id async for c in aclient.short_link_campaigns.list()]
    assert newest_first == [join.id, campaign.id]  # newest first
    await aclient.short_link_campaigns.delete(campaign.id)
    with pytest.raises(lox24.NotFoundError):
        await aclient.short_link_campaigns.get(campaign.id)

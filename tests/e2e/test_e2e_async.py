"""The async client against the emulator in-process (httpx.ASGITransport, no sockets)."""

from __future__ import annotations

import httpx
import pytest

import lox24
from lox24.emulator import DEFAULT_TOKEN, create_app

PHONE = "+491701234567"


async def test_send_sms_get_list(aclient: lox24.AsyncClient) -> None:
    sms = await aclient.sms.send(phone=PHONE, text="Hello async", sender_id="MyShop", callback_data="e2e-async")
    assert isinstance(sms, lox24.Sms)
    assert (await aclient.sms.get(sms.uuid)).text == "Hello async"
    assert [s.uuid async for s in aclient.sms.list(callback_data="e2e-async")] == [sms.uuid]
    await aclient.sms.delete(sms.uuid)
    with pytest.raises(lox24.NotFoundError):
        await aclient.sms.get(sms.uuid)


async def test_bulk_create_and_get(aclient: lox24.AsyncClient) -> None:
    bulk = await aclient.bulks.create(text="Sale!", sender_id="MyShop", phones=[PHONE])
    assert (await aclient.bulks.get(bulk.uuid)).uuid == bulk.uuid
    assert isinstance(await aclient.bulks.status(bulk.uuid), lox24.BulkStatus)
    preview = await aclient.bulks.dry_run(text="Sale!", sender_id="MyShop", phones=[PHONE])
    assert preview.is_dryrun


async def test_group_create_and_phones(aclient: lox24.AsyncClient) -> None:
    group = await aclient.groups.create(name="Async Clients", columns={"a": "prefix", "b": "city"})
    assert (group.name_a, group.name_b) == ("prefix", "city")
    phones = aclient.groups.phones(group.id)
    entry = await phones.add(PHONE, columns={"a": "Dr.", "b": "Berlin"})
    assert (entry["a"], entry["b"]) == ("Dr.", "Berlin")
    assert [p.phone async for p in phones.list()] == [PHONE]
    updated = await aclient.groups.update(group.id, name="Renamed")
    assert updated.name == "Renamed"
    assert group.id in [g.id async for g in aclient.groups.list()]
    await aclient.groups.delete(group.id)
    with pytest.raises(lox24.NotFoundError):
        await aclient.groups.get(group.id)


async def test_pagination_over_several_pages(aclient: lox24.AsyncClient) -> None:
    sent = set()
    for i in range(32):
        sms = await aclient.sms.send(phone=PHONE, text=f"n{i}", sender_id="MyShop", callback_data="e2e-apages")
        sent.add(sms.uuid)
    pages = [page async for page in aclient.sms.list(callback_data="e2e-apages").pages()]
    assert len(pages) >= 2
    assert pages[0].total == 32
    assert {s.uuid for p in pages for s in p.items} == sent


async def test_me_and_batch_ops(aclient: lox24.AsyncClient) -> None:
    before = (await aclient.me()).balance_amount
    await aclient.sms.send(phone=PHONE, text="later", sender_id="MyShop", callback_data="e2e-abatch",
                           delivery_at=4102444800)  # fmt: skip
    assert (await aclient.me()).balance_amount < before
    assert await aclient.sms.cancel(callback_data="e2e-abatch") == 1
    assert await aclient.sms.delete_many(callback_data="e2e-abatch") == 1


async def test_wrong_token_is_an_authentication_error() -> None:
    http = httpx.AsyncClient(transport=httpx.ASGITransport(app=create_app()), base_url="http://emulator")
    async with lox24.AsyncClient(token="1234567:wrong", http_client=http) as bad:
        with pytest.raises(lox24.AuthenticationError) as info:
            await bad.me()
    assert info.value.request_id
    assert DEFAULT_TOKEN not in str(info.value)
    await http.aclose()

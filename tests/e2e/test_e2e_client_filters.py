"""The filter keywords of `client.sms.list/cancel/delete_many`, `client.bulks.list` and `client.incomings.list`
against the emulator: over uvicorn on 127.0.0.1 (sync) and in-process through ASGI (async).

Each test tags its SMS with its own `callback_data` (or bulk text), so the module-wide live emulator's other
SMS never count; the emulator's clock is moved between sends to give distinct `created_at` values.
"""

from __future__ import annotations

import uuid as uuid_module
from collections.abc import AsyncIterator
from typing import TypedDict

import httpx
import pytest

import lox24
from lox24.emulator import DEFAULT_TOKEN, create_app

from .conftest import LiveEmulator


class _Recipient(TypedDict):
    phone: str
    sender_id: str


SEND: _Recipient = {"phone": "+491701234567", "sender_id": "MyShop"}


def _tag() -> str:
    return uuid_module.uuid4().hex[:20]


def _now(control: httpx.Client) -> int:
    response = control.get("/_emulator/clock")
    response.raise_for_status()
    return int(response.json()["now"])


def _advance(control: httpx.Client, seconds: int) -> None:
    control.post("/_emulator/clock", json={"advance": seconds}).raise_for_status()


# --- sync, over HTTP ------------------------------------------------------------------------------------------


def test_delete_many_with_one_uuid_deletes_exactly_that_sms(client: lox24.Client) -> None:
    tag = _tag()
    sent = [client.sms.send(**SEND, text=f"hello {i}", callback_data=tag) for i in range(3)]
    assert client.sms.delete_many(uuid=[sent[0].uuid]) == 1
    left = {s.uuid for s in client.sms.list(callback_data=tag)}
    assert left == {sent[1].uuid, sent[2].uuid}


def test_cancel_with_a_pair_cancels_only_the_sms_scheduled_at_that_second(
    client: lox24.Client, live_emulator: LiveEmulator
) -> None:
    tag = _tag()
    at = _now(live_emulator.control) + 7200
    when = [at - 1, at, at, at + 1]
    sent = [client.sms.send(**SEND, text="later", callback_data=tag, delivery_at=t) for t in when]
    assert client.sms.cancel(delivery_at=(at, at), callback_data=tag) == 2
    stopped = {s.uuid for s in client.sms.list(callback_data=tag, status_code=lox24.SmsStatusCode.STOPPED_VIA_API)}
    assert stopped == {sent[1].uuid, sent[2].uuid}
    # One-sided pairs: (at + 1, None) is delivery_at[gte], (None, at - 1) is delivery_at[lte].
    assert [s.uuid for s in client.sms.list(callback_data=tag, delivery_at=(at + 1, None))] == [sent[3].uuid]
    assert [s.uuid for s in client.sms.list(callback_data=tag, delivery_at=(None, at - 1))] == [sent[0].uuid]


def test_list_with_lists_ranges_and_ordering(client: lox24.Client, live_emulator: LiveEmulator) -> None:
    tag = _tag()
    first = client.sms.send(**SEND, text="alpha one", callback_data=tag)
    _advance(live_emulator.control, 10)
    second = client.sms.send(**SEND, text="beta two " + "x" * 200, callback_data=tag)  # two parts
    _advance(live_emulator.control, 10)
    third = client.sms.send(**SEND, text="Alpha three", callback_data=tag)
    t1, t2, t3 = (s.created_at for s in (first, second, third))
    assert t1 < t2 < t3

    def uuids(**filters: object) -> list[str]:
        return [s.uuid for s in client.sms.list(callback_data=tag, **filters)]  # type: ignore[arg-type]

    assert uuids(order={"created_at": "desc"}) == [third.uuid, second.uuid, first.uuid]
    assert uuids(order={"created_at": "asc"}) == [first.uuid, second.uuid, third.uuid]
    assert uuids(created_at=(t1, t2), order={"created_at": "desc"}) == [second.uuid, first.uuid]
    assert uuids(created_at=lox24.Range(gt=t1), order={"created_at": "asc"}) == [second.uuid, third.uuid]
    assert uuids(created_at=lox24.Range(gte=t2, lt=t3)) == [second.uuid]
    assert uuids(uuid=[first.uuid, third.uuid], order={"created_at": "asc"}) == [first.uuid, third.uuid]
    assert uuids(text="alpha", order={"created_at": "asc"}) == [first.uuid, third.uuid]  # partial, any case
    assert uuids(parts_count=lox24.Range(gte=2)) == [second.uuid]
    assert uuids(parts_count=[1], order={"created_at": "desc"}) == [third.uuid, first.uuid]
    assert uuids(created_at=[t1, t3], order={"created_at": "asc"}) == [first.uuid, third.uuid]  # exact values
    assert uuids(is_unicode=True) == []


def test_a_batch_with_a_parameter_the_server_does_not_know_changes_nothing(client: lox24.Client) -> None:
    tag = _tag()
    sent = [client.sms.send(**SEND, text="keep me", callback_data=tag) for _ in range(2)]
    with pytest.raises(lox24.BadRequestError) as info:
        client.sms.delete_many(uuid=[sent[0].uuid], extra_query={"colour": "red"})
    assert "colour" in str(info.value)
    assert len(client.sms.list(callback_data=tag).to_list()) == 2


def test_refusals_happen_before_anything_is_sent(client: lox24.Client) -> None:
    tag = _tag()
    client.sms.send(**SEND, text="stay", callback_data=tag)
    with pytest.raises(lox24.Lox24ValidationError):
        client.sms.delete_many(uuid=[])
    with pytest.raises(lox24.Lox24ValidationError):
        client.sms.delete_many(delivery_at=(None, None))
    with pytest.raises(lox24.Lox24ValidationError):
        client.sms.cancel(delivery_at=(20, 10))
    assert len(client.sms.list(callback_data=tag).to_list()) == 1


# --- async, in-process ------------------------------------------------------------------------------------------


@pytest.fixture
async def emulator() -> AsyncIterator[tuple[lox24.AsyncClient, httpx.AsyncClient]]:
    """A fresh in-process emulator: the AsyncClient and a plain httpx client for its control plane."""
    http = httpx.AsyncClient(transport=httpx.ASGITransport(app=create_app(seed=3)), base_url="http://emulator")
    async with lox24.AsyncClient(token=DEFAULT_TOKEN, http_client=http) as c:
        yield c, http
    await http.aclose()


async def test_async_sms_filters(emulator: tuple[lox24.AsyncClient, httpx.AsyncClient]) -> None:
    client, control = emulator
    at = int((await control.get("/_emulator/clock")).json()["now"]) + 3600
    sent = [await client.sms.send(**SEND, text=f"s{i}", callback_data="t", delivery_at=at + i % 2) for i in range(4)]
    assert await client.sms.cancel(delivery_at=(at + 1, at + 1)) == 2
    assert await client.sms.delete_many(uuid=sent[0].uuid) == 1
    left = [s.uuid async for s in client.sms.list(callback_data="t", order={"created_at": "asc"})]
    assert left == [s.uuid for s in sent[1:]]
    stopped = await client.sms.list(status_code=[lox24.SmsStatusCode.STOPPED_VIA_API]).to_list()
    assert {s.uuid for s in stopped} == {sent[1].uuid, sent[3].uuid}
    assert await client.sms.list(delivery_at=lox24.Range(gt=at + 1)).to_list() == []


async def test_async_bulks_and_incomings_filters(emulator: tuple[lox24.AsyncClient, httpx.AsyncClient]) -> None:
    client, control = emulator
    auto = await client.bulks.create(text="auto", sender_id="MyShop", phones=["+491701234567"])
    forced = await client.bulks.create(text="forced", sender_id="MyShop", phones=["+491701234568"], is_unicode=False)
    assert [b.uuid async for b in client.bulks.list(is_unicode_exists=False)] == [auto.uuid]
    assert [b.uuid async for b in client.bulks.list(is_unicode_exists=True)] == [forced.uuid]
    assert [b.uuid async for b in client.bulks.list(is_unicode=False)] == [forced.uuid]
    assert [b.uuid async for b in client.bulks.list(text="forc")] == [forced.uuid]

    sms = await client.sms.send(**SEND, text="Reply?")
    for i, text in enumerate(["yes", "no"]):
        payload = {"msg_uuid": sms.uuid, "text": text, "received_at": 1_900_000_000 + i}
        (await control.post("/_emulator/incomings", json=payload)).raise_for_status()
    replies = [r.text async for r in client.incomings.list(msg_uuid=[sms.uuid], order={"received_at": "desc"})]
    assert replies == ["no", "yes"]
    assert [r.text async for r in client.incomings.list(text="ye")] == ["yes"]

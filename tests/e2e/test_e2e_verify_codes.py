"""The OTP flow end to end: `client.verify_codes` against the emulator, whose codes walk their routing strategy
on its virtual clock. Async in-process (a frozen clock moved by the test), sync over a socket (the control plane
moves the clock)."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from typing import Any

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from starlette.applications import Starlette

import lox24
from lox24 import _base_client
from lox24._ops.verify_codes import RoutingStep
from lox24.emulator import DEFAULT_TOKEN, FrozenClock, create_app

from .conftest import LiveEmulator

NO_TELEGRAM = "+491701234562"  # magic: reached by voice and SMS, not by Telegram
NOBODY = "+491701234569"  # magic: reached by no channel
STRATEGY: list[RoutingStep] = [
    {"channel": "telegram", "timeout_sec": 30},
    {"channel": "voice", "timeout_sec": 60},
    "sms",
]


@dataclass
class Emulator:
    app: Starlette
    clock: FrozenClock
    client: lox24.AsyncClient
    posts: list[str]


@pytest.fixture
async def emu() -> AsyncIterator[Emulator]:
    """A fresh in-process emulator on a frozen clock, and an AsyncClient that records each POST it makes."""
    clock = FrozenClock(1_767_225_600)
    app = create_app(clock=clock, seed=3)
    posts: list[str] = []

    async def record(request: httpx.Request) -> None:
        if request.method == "POST":
            posts.append(request.url.path)

    http = httpx.AsyncClient(
        transport=httpx.ASGITransport(app=app), base_url="http://emulator", event_hooks={"request": [record]}
    )
    async with lox24.AsyncClient(token=DEFAULT_TOKEN, http_client=http) as client:
        yield Emulator(app, clock, client, posts)
    await http.aclose()
    app.state.webhooks.close()
    app.state.backend.close()


async def test_create_then_the_clock_then_success_on_the_second_channel(emu: Emulator) -> None:
    otp = await emu.client.verify_codes.create(phone=NO_TELEGRAM, routing_strategy=STRATEGY, payload="login-1")
    assert otp.status is lox24.VerifyCodeStatus.NEW
    assert otp.code is not None
    emu.clock.advance(20)
    assert (await emu.client.verify_codes.get(otp.id)).status is lox24.VerifyCodeStatus.IN_PROGRESS
    emu.clock.advance(20)  # telegram timed out at +31 s; the voice call delivers at +34 s
    done = await emu.client.verify_codes.wait(otp.id, timeout=0)
    assert done.status is lox24.VerifyCodeStatus.SUCCESS
    assert done.delivered_channel is lox24.VerifyChannel.VOICE
    assert done.code == otp.code
    assert done.payload == "login-1"
    assert done.cost == 2 + 15
    assert [(h.channel.value, h.event.value) for h in done.history] == [
        ("telegram", "sent"),
        ("telegram", "timeout"),
        ("voice", "sent"),
        ("voice", "delivered"),
    ]
    assert (await emu.client.me()).balance_amount == pytest.approx(50 - 0.17)


async def test_send_and_wait_walks_to_failure_with_one_code(emu: Emulator, monkeypatch: pytest.MonkeyPatch) -> None:
    slept: list[float] = []

    async def sleep_on_the_virtual_clock(seconds: float) -> None:
        slept.append(seconds)
        emu.clock.advance(seconds)

    monkeypatch.setattr(_base_client, "_asleep", sleep_on_the_virtual_clock)
    otp = await emu.client.verify_codes.send_and_wait(NOBODY, routing_strategy=STRATEGY, poll_interval=10)
    assert otp.status is lox24.VerifyCodeStatus.FAILED
    assert otp.delivered_channel is None
    assert [h.event.value for h in otp.history][-1] == "timeout"
    assert otp.cost == 2 + 15 + 8
    assert emu.posts == ["/verify_codes"]
    assert 39 <= len(slept) <= 40  # 1 + 30 + 60 + 300 s of walk, polled every 10 s
    assert [c.id async for c in emu.client.verify_codes.list()] == [otp.id]


async def test_send_and_wait_timeout_leaves_exactly_one_code(emu: Emulator) -> None:
    with pytest.raises(lox24.VerifyTimeoutError) as info:
        # The frozen clock never moves: the code stays in progress, and the helper gives up after 0.2 real seconds.
        await emu.client.verify_codes.send_and_wait(NOBODY, routing_strategy=["voice"], timeout=0.2, poll_interval=0.02)
    code = info.value.verify_code
    assert code.status in (lox24.VerifyCodeStatus.NEW, lox24.VerifyCodeStatus.IN_PROGRESS)
    assert emu.posts == ["/verify_codes"]
    codes = [c async for c in emu.client.verify_codes.list()]
    assert [c.id for c in codes] == [code.id]
    emu.clock.advance(1 + 60)  # the code goes on: waiting again (not creating another) sees it fail
    assert (await emu.client.verify_codes.wait(code.id)).status is lox24.VerifyCodeStatus.FAILED
    assert emu.posts == ["/verify_codes"]


async def test_bad_strategy_is_refused_by_client_and_emulator_alike(emu: Emulator) -> None:
    with pytest.raises(lox24.Lox24ValidationError) as local:
        await emu.client.verify_codes.create(phone=NO_TELEGRAM, routing_strategy=["sms", "voice"])
    with pytest.raises(lox24.UnprocessableEntityError) as remote:
        await emu.client.verify_codes.create(phone=NO_TELEGRAM, routing_strategy=["sms", "voice"], validate=False)
    assert local.value.field == remote.value.violations[0].property_path == "routing_strategy[0].channel"
    with pytest.raises(lox24.BadRequestError) as bad:
        await emu.client.verify_codes.create(
            phone=NO_TELEGRAM, routing_strategy=[{"channel": "voice", "timeout_sec": 10}], validate=False
        )
    assert bad.value.violations[0].property_path == "routing_strategy[0].timeout_sec"
    assert [c async for c in emu.client.verify_codes.list()] == []


@pytest.fixture
def sync_client(live_emulator: LiveEmulator) -> Iterator[lox24.Client]:
    with lox24.Client(token=DEFAULT_TOKEN, base_url=live_emulator.base_url, timeout=10) as c:
        yield c


def test_sync_send_and_wait_over_a_socket(
    sync_client: lox24.Client, live_emulator: LiveEmulator, monkeypatch: pytest.MonkeyPatch
) -> None:
    def sleep_on_the_virtual_clock(seconds: float) -> None:
        live_emulator.control.post("/_emulator/clock", json={"advance": seconds}).raise_for_status()

    monkeypatch.setattr(_base_client, "_sleep", sleep_on_the_virtual_clock)
    before = sync_client.verify_codes.list().to_list()
    otp = sync_client.verify_codes.send_and_wait(NO_TELEGRAM, routing_strategy=STRATEGY, poll_interval=15)
    assert otp.status is lox24.VerifyCodeStatus.SUCCESS
    assert otp.delivered_channel is lox24.VerifyChannel.VOICE
    after = sync_client.verify_codes.list().to_list()
    assert len(after) == len(before) + 1
    assert after[0].id == otp.id
    raw = sync_client.with_raw_response.verify_codes.get(otp.id)
    assert raw.request_id is not None
    assert raw.parse().status is lox24.VerifyCodeStatus.SUCCESS


_AGREE_APP = create_app(clock=FrozenClock(1_767_225_600), seed=4, balance=1e6)
_STEP = st.fixed_dictionaries(
    {"channel": st.sampled_from(["telegram", "voice", "sms", "fax"])},
    optional={
        "timeout_sec": st.sampled_from([None, 10, 29, 30, 600, 3600, 3601]),
        "sender_id": st.sampled_from([None, "MyShop", "Sender-Too-Long"]),
        "template": st.sampled_from([None, "Code: {{code}}", "no placeholder"]),
    },
)


@settings(max_examples=80, deadline=None, derandomize=True, database=None)
@given(
    steps=st.lists(_STEP, min_size=0, max_size=4),
    extra=st.fixed_dictionaries(
        {},
        optional={
            "code": st.sampled_from([None, "1234", "123", "12345678", "123456789", "12a4"]),
            "code_length": st.sampled_from([None, 3, 4, 8, 9]),
            "lang": st.sampled_from([None, "DE", "EN", "de", "XX"]),
            "payload": st.sampled_from([None, "p" * 128, "p" * 129]),
            "phone": st.sampled_from(["+491701234567", "+49000000000", "1234"]),
        },
    ),
)
def test_client_validation_and_emulator_agree(steps: list[dict[str, Any]], extra: dict[str, Any]) -> None:
    """Whatever the client refuses, the emulator refuses naming the same field; what it sends, the emulator takes."""
    body: dict[str, Any] = {"phone": "+491701234567", "routing_strategy": steps, **extra}

    async def run() -> tuple[str | None, int, list[str]]:
        transport = httpx.ASGITransport(app=_AGREE_APP)
        async with httpx.AsyncClient(transport=transport, base_url="http://emulator") as http:
            client = lox24.AsyncClient(token=DEFAULT_TOKEN, http_client=http)
            refused: str | None = None
            try:
                await client.verify_codes.create(**body)
            except lox24.Lox24ValidationError as exc:
                refused = exc.field
            except lox24.APIStatusError:
                pass
            answer = await http.post("/verify_codes", json=body, headers={"X-LOX24-AUTH-TOKEN": DEFAULT_TOKEN})
            paths = [v["propertyPath"] for v in answer.json().get("violations", [])] if answer.is_error else []
            return refused, answer.status_code, paths

    refused, status, paths = asyncio.run(run())
    if refused is None:
        assert status == 201, (body, status, paths)
    else:
        assert status in (400, 422), (body, refused, status)
        assert refused in paths, (body, refused, paths)

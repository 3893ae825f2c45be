"""JSON-LD error bodies, shared pools of `with_options` copies, a user `http_client`, lazy loading, unasync."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from collections import deque
from pathlib import Path
from typing import Any

import httpx
import pytest
import respx

import lox24

from .conftest import BASE, TOKEN, account_payload, sms_payload, violations_payload

ROOT = Path(__file__).resolve().parents[2]
SEND: dict[str, Any] = {"phone": "+491701234567", "text": "Hello", "sender_id": "MyShop"}


def jsonld_violations() -> dict[str, Any]:
    return {
        "@context": "/contexts/ConstraintViolationList",
        "@type": "ConstraintViolationList",
        "hydra:title": "An error occurred",
        "hydra:description": "phone: This value is not a valid phone number.",
        "violations": [{"propertyPath": "phone", "message": "This value is not a valid phone number.", "code": "c1"}],
    }


def _plain_and_jsonld() -> list[Any]:
    return [pytest.param(violations_payload, id="problem"), pytest.param(jsonld_violations, id="json-ld")]


@pytest.mark.parametrize("status", [400, 422])
@pytest.mark.parametrize("payload", _plain_and_jsonld())
def test_violations_from_both_error_flavours(
    client: lox24.Client, api: respx.MockRouter, status: int, payload: Any
) -> None:
    api.post("/sms").mock(return_value=httpx.Response(status, json=payload()))
    with pytest.raises(lox24.APIStatusError) as info:
        client.sms.send(**SEND, validate=False)
    error = info.value
    assert type(error) is (lox24.BadRequestError if status == 400 else lox24.UnprocessableEntityError)
    assert [(v.property_path, v.message) for v in error.violations] == [
        ("phone", "This value is not a valid phone number.")
    ]
    assert isinstance(error.body, lox24.ConstraintViolationList)
    assert error.body.title == "An error occurred"
    assert "An error occurred: phone: This value is not a valid phone number." in str(error)


@pytest.mark.parametrize("payload", _plain_and_jsonld())
async def test_violations_from_both_error_flavours_async(
    aclient: lox24.AsyncClient, api: respx.MockRouter, payload: Any
) -> None:
    api.post("/sms").mock(return_value=httpx.Response(422, json=payload()))
    with pytest.raises(lox24.UnprocessableEntityError) as info:
        await aclient.sms.send(**SEND, validate=False)
    assert [v.property_path for v in info.value.violations] == ["phone"]
    assert isinstance(info.value.body, lox24.ConstraintViolationList)
    assert info.value.body.detail == "phone: This value is not a valid phone number."


def test_jsonld_plain_error_fills_title(client: lox24.Client, api: respx.MockRouter) -> None:
    body = {"@type": "hydra:Error", "hydra:title": "Forbidden", "hydra:description": "Account not activated"}
    api.get("/me").mock(return_value=httpx.Response(403, json=body))
    with pytest.raises(lox24.PermissionDeniedError) as info:
        client.me()
    assert isinstance(info.value.body, lox24.Error)
    assert "Forbidden: Account not activated" in str(info.value)


def test_with_options_copies_share_the_pool_and_close_nothing_they_do_not_own(api: respx.MockRouter) -> None:
    api.get("/me").mock(return_value=httpx.Response(200, json=account_payload()))
    parent = lox24.Client(token=TOKEN, base_url=BASE)
    copy = parent.with_options(timeout=5, max_retries=0)
    assert copy._http is parent._http
    assert (copy.max_retries, copy.timeout) == (0, httpx.Timeout(5))
    copy.close()
    assert not parent._http.is_closed
    assert isinstance(parent.me(), lox24.Account)
    assert api.calls.last.request.extensions["timeout"] == parent.timeout.as_dict()
    copy.me()
    assert api.calls.last.request.extensions["timeout"] == httpx.Timeout(5).as_dict()
    other = parent.with_options(base_url="https://other.example")
    assert other._http is parent._http
    parent.close()
    assert parent._http.is_closed


def test_a_user_http_client_sends_each_request_once_through_its_hooks() -> None:
    seen: list[str] = []
    sent: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request.headers["X-LOX24-AUTH-TOKEN"])
        return httpx.Response(201, json=sms_payload())

    def hook(request: httpx.Request) -> None:
        seen.append(request.method)

    user = httpx.Client(transport=httpx.MockTransport(handler), event_hooks={"request": [hook]})
    with lox24.Client(token=TOKEN, base_url=BASE, http_client=user) as client:
        client.sms.send(**SEND)
    assert seen == ["POST"]
    assert sent == [TOKEN]
    assert not user.is_closed  # not ours to close


def test_a_user_hook_calling_raise_for_status_still_gives_the_typed_error() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(422, json=violations_payload(), headers={"X-LOX24-REQUEST-ID": "r-9"})

    def raise_it(response: httpx.Response) -> None:
        response.raise_for_status()

    user = httpx.Client(transport=httpx.MockTransport(handler), event_hooks={"response": [raise_it]})
    client = lox24.Client(token=TOKEN, base_url=BASE, http_client=user)
    with pytest.raises(lox24.UnprocessableEntityError) as info:
        client.sms.send(**SEND, validate=False)
    assert info.value.request_id == "r-9"
    assert [v.property_path for v in info.value.violations] == ["phone"]


async def test_async_user_hook_calling_raise_for_status() -> None:
    async def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(503, json={"title": "down", "detail": "down", "type": "x"})

    async def raise_it(response: httpx.Response) -> None:
        response.raise_for_status()

    user = httpx.AsyncClient(transport=httpx.MockTransport(handler), event_hooks={"response": [raise_it]})
    client = lox24.AsyncClient(token=TOKEN, base_url=BASE, http_client=user, max_retries=0)
    with pytest.raises(lox24.InternalServerError):
        await client.me()
    await user.aclose()


FIRST_SEND = """
import json, sys, httpx, lox24
payload = json.loads(sys.argv[1])
user = httpx.Client(transport=httpx.MockTransport(lambda request: httpx.Response(201, json=payload)))
client = lox24.Client(token="1:x", base_url="https://a.test", http_client=user)
prefixes = ("lox24_api.models.", "lox24_api.api.", "lox24._sync.resources.")
print(json.dumps(sorted(m for m in sys.modules if m.startswith(prefixes))))
client.sms.send(phone="+491701234567", text="Hi", sender_id="Shop", validate=False)
print(json.dumps(sorted(m for m in sys.modules if m.startswith(prefixes))))
"""


def test_first_send_loads_only_what_it_uses() -> None:
    args = [sys.executable, "-c", FIRST_SEND, json.dumps(sms_payload())]
    out = subprocess.run(args, capture_output=True, text=True, check=True, timeout=60)
    before, after = (set(json.loads(line)) for line in out.stdout.splitlines())
    # Client() loads the request loop and the two error models it maps error bodies to, no resource.
    errors = {f"lox24_api.models.{m}" for m in ("error", "constraint_violation", "constraint_violation_list")}
    assert before <= errors
    assert {"lox24._sync.resources.sms", "lox24_api.api.sms.create_sms", "lox24_api.models.sms"} <= after
    assert not {m for m in after if m.startswith(("lox24_api.models.bulk", "lox24_api.models.group"))}
    assert not {m for m in after if "bulks" in m or "groups" in m}


def _copy_tree(tmp_path: Path) -> Path:
    root = tmp_path / "repo"
    shutil.copytree(ROOT / "lox24" / "_async", root / "lox24" / "_async")
    shutil.copytree(ROOT / "lox24" / "_sync", root / "lox24" / "_sync")
    shutil.copy(ROOT / "pyproject.toml", root / "pyproject.toml")
    return root


def _check(root: Path) -> subprocess.CompletedProcess[str]:
    script = ROOT / "scripts" / "unasync.py"
    args = [sys.executable, str(script), "--check", "--root", str(root)]
    return subprocess.run(args, capture_output=True, text=True, timeout=120, check=False)


@pytest.mark.slow
def test_unasync_check_fails_on_a_hand_edit_of_the_sync_code(tmp_path: Path) -> None:
    root = _copy_tree(tmp_path)
    assert _check(root).returncode == 0
    target = root / "lox24" / "_sync" / "resources" / "sms.py"
    target.write_text(target.read_text().replace('region: str = "DE"', 'region: str = "AT"', 1))
    done = _check(root)
    assert done.returncode == 1
    assert "lox24/_sync/resources/sms.py" in done.stderr
    assert "make generate" in done.stdout
    # A sync file without an async source is stale, too.
    target.write_text((root / "lox24" / "_sync" / "resources" / "sms.py").read_text())
    (root / "lox24" / "_sync" / "extra.py").write_text("x = 1\n")
    assert "no async source" in _check(root).stderr


async def test_requests_in_flight_are_bounded_by_the_pool_size() -> None:
    import asyncio

    in_flight = peak = 0

    async def handler(request: httpx.Request) -> httpx.Response:
        nonlocal in_flight, peak
        in_flight += 1
        peak = max(peak, in_flight)
        await asyncio.sleep(0.001)
        in_flight -= 1
        return httpx.Response(200, json=account_payload())

    client = lox24.AsyncClient(token=TOKEN, base_url=BASE, limits=httpx.Limits(max_connections=3))
    client._http._transport = httpx.MockTransport(handler)
    copy = client.with_options(timeout=7)  # shares the pool, and its bound
    await asyncio.gather(*(c.me() for c in [client, copy] * 10))
    assert peak == 3
    await client.aclose()
    assert lox24.DEFAULT_LIMITS.max_connections == 4
    with pytest.raises(ValueError, match="limits"):
        lox24.AsyncClient(token=TOKEN, http_client=httpx.AsyncClient(), limits=httpx.Limits(max_connections=2))


class _CountingTransport(httpx.AsyncBaseTransport):
    """An inner lane: answers after a pause, counts the requests it handles at once, can fail one."""

    def __init__(self, stats: dict[str, int], fail_with: BaseException | None = None, gate: Any = None) -> None:
        self.stats = stats
        self.busy = 0
        self.fail_with = fail_with
        self.gate = gate
        self.closed = False

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        import asyncio

        self.busy += 1
        self.stats["peak_per_lane"] = max(self.stats["peak_per_lane"], self.busy)
        try:
            await asyncio.sleep(0.001)
            if self.gate is not None:
                await self.gate.wait()
            if self.fail_with is not None:
                raise self.fail_with
            return httpx.Response(200, json=account_payload())
        finally:
            self.busy -= 1

    async def aclose(self) -> None:
        self.closed = True


async def test_lanes_give_each_request_a_connection_of_its_own() -> None:
    import asyncio

    from lox24._lanes import _Lanes

    stats = {"peak_per_lane": 0}
    made: list[_CountingTransport] = []
    gate = asyncio.Event()
    gate.set()

    def make() -> _CountingTransport:
        made.append(_CountingTransport(stats, gate=gate))
        return made[-1]

    lanes = _Lanes(make, 3)
    http = httpx.AsyncClient(transport=lanes)
    await http.get("https://a.test/me")
    await http.get("https://a.test/me")
    assert len(made) == 1  # one call at a time: one lane, one connection

    responses = await asyncio.gather(*(http.get("https://a.test/me") for _ in range(30)))  # no lox24 bound here
    assert [r.status_code for r in responses] == [200] * 30
    assert len(made) == 3
    assert stats["peak_per_lane"] == 1
    assert len(lanes._idle) == 3  # every lane came back
    assert not lanes._waiters

    async def stuck() -> httpx.Response:
        return await http.get("https://a.test/me")

    gate.clear()
    tasks = [asyncio.create_task(stuck()) for _ in range(6)]
    for _ in range(100):  # until 3 hold a lane and 3 wait for one
        await asyncio.sleep(0)
        if len(lanes._waiters) == 3:
            break
    assert sum(lane.busy for lane in made) == 3
    for task in tasks[2:]:
        task.cancel()  # (the first three tasks hold the lanes, the last three wait)
    await asyncio.sleep(0)
    gate.set()
    results = await asyncio.gather(*tasks, return_exceptions=True)
    assert sum(isinstance(r, asyncio.CancelledError) for r in results) == 4, results
    assert [r.status_code for r in results if isinstance(r, httpx.Response)] == [200, 200]
    assert len(lanes._idle) == 3  # cancelled holders and waiters gave their lane back
    assert not lanes._waiters

    held = await lanes._acquire()  # (the first idle one: lanes are not made anew while one is idle)
    assert len(made) == 3
    await asyncio.gather(lanes._acquire(), lanes._acquire())  # all three taken, none given back
    waiting = asyncio.create_task(lanes._acquire())
    await asyncio.sleep(0)
    lanes._release(held)  # handed to the waiter...
    waiting.cancel()  # ...which is cancelled before it runs: it passes the lane on
    with pytest.raises(asyncio.CancelledError):
        await waiting
    assert list(lanes._idle) == [held]
    await http.aclose()
    assert all(lane.closed for lane in made)
    with pytest.raises(ValueError, match="at least one lane"):
        _Lanes(make, 0)


async def test_a_lane_that_fails_is_given_back_and_the_error_is_unchanged() -> None:
    from lox24._lanes import _Lanes

    stats = {"peak_per_lane": 0}
    lane = _CountingTransport(stats, fail_with=httpx.ReadError("reset after sending"))
    lanes = _Lanes(lambda: lane, 1)
    client = lox24.AsyncClient(token=TOKEN, base_url=BASE)
    client._http._transport = lanes
    with pytest.raises(lox24.APIConnectionError) as info:
        await client.sms.send(**SEND, validate=False)
    assert info.value.may_have_been_sent  # a ReadError on a POST: reported, never re-sent
    assert lanes._idle == deque([lane])
    lane.fail_with = None
    assert isinstance(await client.me(), lox24.Account)
    await client.aclose()


async def test_the_async_client_sends_through_lanes_and_the_sync_one_through_its_pool() -> None:
    import ssl

    from lox24._lanes import _Lanes, _tls_context

    aclient = lox24.AsyncClient(token=TOKEN, base_url=BASE, limits=httpx.Limits(max_connections=5))
    lanes = aclient._http._transport
    assert isinstance(lanes, _Lanes)
    assert lanes._size == 5
    assert aclient.with_options(timeout=3)._http._transport is lanes  # copies share the lanes
    first, second = lanes._make(), lanes._make()
    assert isinstance(first, httpx.AsyncHTTPTransport)
    assert isinstance(second, httpx.AsyncHTTPTransport)
    assert first._pool._ssl_context is second._pool._ssl_context  # one TLS context (certificates loaded once)
    assert isinstance(_tls_context(object()), ssl.SSLContext)  # should httpx keep it elsewhere: a new one
    await first.aclose()
    await second.aclose()
    await aclient.aclose()
    with lox24.Client(token=TOKEN, base_url=BASE) as client:
        assert isinstance(client._http._transport, httpx.HTTPTransport)
    user = httpx.AsyncClient()
    assert lox24.AsyncClient(token=TOKEN, http_client=user)._http._transport is user._transport  # left alone
    await user.aclose()


async def test_lanes_send_a_post_once_against_a_real_socket_server_that_drops_it() -> None:
    """Through the real lanes (httpx transports, sockets): a POST whose connection is dropped after it was
    sent is reported as maybe sent, not retried."""
    import asyncio

    received: list[bytes] = []

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        received.append(await reader.readuntil(b"\r\n\r\n"))
        writer.close()  # drop it without an answer

    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    client = lox24.AsyncClient(token=TOKEN, base_url=f"http://127.0.0.1:{port}", max_retries=3)
    try:
        with pytest.raises(lox24.APIConnectionError) as info:
            await client.sms.send(**SEND, validate=False)
        assert info.value.may_have_been_sent
        assert len(received) == 1
        assert received[0].startswith(b"POST /sms ")
    finally:
        await client.aclose()
        server.close()
        await server.wait_closed()

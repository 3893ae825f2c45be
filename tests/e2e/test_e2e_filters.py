"""LOX24's collection filters over a real socket, with raw query strings as PHP and curl write them.

PHP's `http_build_query` (used by LOX24's official PHP client) writes lists as `uuid%5B0%5D=…&uuid%5B1%5D=…`
(`uuid[0]=…`), which LOX24 reads exactly like `uuid[]=…`; curl users write the brackets unencoded. Each test gets
a freshly reset emulator (uvicorn on 127.0.0.1, a frozen clock) and counts what a batch operation changed.
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
import uvicorn

from lox24.emulator import DEFAULT_TOKEN, FrozenClock, create_app

T0 = 1_700_000_000
HEADERS = {"X-LOX24-AUTH-TOKEN": DEFAULT_TOKEN, "Accept": "application/json"}


@pytest.fixture(scope="module")
def served() -> Iterator[str]:
    """One emulator (frozen clock) for the module, served by uvicorn on a free loopback port: its base URL."""
    app = create_app(clock=FrozenClock(T0), seed=7)
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 0))
    config = uvicorn.Config(app, log_level="warning", lifespan="off", ws="none", access_log=False)
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("the emulator did not start")
        time.sleep(0.01)
    try:
        yield f"http://127.0.0.1:{sock.getsockname()[1]}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        sock.close()
        app.state.webhooks.close()
        app.state.backend.close()


@pytest.fixture
def http(served: str) -> Iterator[httpx.Client]:
    """A raw httpx client for the served emulator, reset to a fresh state (balance, no SMS) first."""
    with httpx.Client(base_url=served, headers=HEADERS, timeout=10) as client:
        client.post("/_emulator/reset").raise_for_status()
        yield client


def raw(client: httpx.Client, method: str, path_and_query: str) -> httpx.Response:
    """Send the query string exactly as written (httpx would re-encode a `params=` mapping its own way)."""
    path, _, query = path_and_query.partition("?")
    url = client.base_url.copy_with(path=path, query=query.encode("ascii"))
    return client.request(method, url)


def scheduled(client: httpx.Client) -> list[str]:
    """Five SMS not yet sent: two at T0+100, one each at T0+200, T0+300 and T0+400 (uuids in that order)."""
    uuids = []
    for i, at in enumerate((T0 + 100, T0 + 100, T0 + 200, T0 + 300, T0 + 400)):
        body = {"sender_id": "Shop", "phone": "+491701234567", "text": f"n{i}", "delivery_at": at}
        r = client.post("/sms", json={**body, "callback_data": f"cb-{i}"})
        assert r.status_code == 201, r.text
        uuids.append(r.json()["uuid"])
    return uuids


def state(client: httpx.Client) -> dict[str, int]:
    """uuid → status_code of every stored SMS."""
    return {s["uuid"]: s["status_code"] for s in client.get("/sms").json()}


def listed(client: httpx.Client, query: str) -> list[str]:
    r = raw(client, "GET", f"/sms?{query}")
    assert r.status_code == 200, r.text
    return sorted(s["uuid"] for s in r.json())


@pytest.mark.parametrize("encode", [False, True], ids=["curl", "php"])
def test_get_sms_reads_indexed_lists_like_bracket_lists(http: httpx.Client, encode: bool) -> None:
    u = scheduled(http)
    b = ("%5B", "%5D") if encode else ("[", "]")
    indexed = listed(http, f"uuid{b[0]}0{b[1]}={u[1]}&uuid{b[0]}1{b[1]}={u[3]}")
    brackets = listed(http, f"uuid{b[0]}{b[1]}={u[1]}&uuid{b[0]}{b[1]}={u[3]}")
    assert indexed == brackets == sorted([u[1], u[3]])
    assert listed(http, f"uuid{b[0]}0{b[1]}={u[2]}") == [u[2]]
    assert listed(http, f"callback_data{b[0]}0{b[1]}=cb-4&status_code{b[0]}0{b[1]}=0") == [u[4]]


def test_get_sms_ranges_between_exists_free_text_and_order(http: httpx.Client) -> None:
    u = scheduled(http)
    assert listed(http, f"delivery_at[between]={T0 + 100}..{T0 + 100}") == sorted(u[:2])
    assert listed(http, f"delivery_at[between]={T0 + 200}..{T0 + 300}") == sorted(u[2:4])
    assert listed(http, f"delivery_at[gt]={T0 + 300}") == [u[4]]
    assert listed(http, f"delivery_at[lte]={T0 + 200}&delivery_at[gte]={T0 + 200}") == [u[2]]
    assert listed(http, "text=N3") == [u[3]]  # partial and case-insensitive
    assert listed(http, "colour=red&text[gte]=a") == sorted(u)  # lists ignore what they do not know
    asc = raw(http, "GET", "/sms?_order[created_at]=asc").json()
    assert [s["uuid"] for s in asc] == u
    bad = raw(http, "GET", "/sms?delivery_at[between]=5")
    assert bad.status_code == 400
    assert [v["propertyPath"] for v in bad.json()["violations"]] == ["delivery_at[between]"]


def test_batch_delete_with_one_indexed_uuid_deletes_exactly_that_sms(http: httpx.Client) -> None:
    u = scheduled(http)
    r = raw(http, "POST", f"/sms/ops/batch_delete?uuid%5B0%5D={u[1]}")
    assert r.json() == {"deleted_sms_count": 1}
    assert sorted(state(http)) == sorted([u[0], u[2], u[3], u[4]])


def test_batch_cancel_and_delete_with_between_touch_exactly_the_selected_sms(http: httpx.Client) -> None:
    u = scheduled(http)
    balance = http.get("/me").json()["balance_amount"]
    cancel = raw(http, "POST", f"/sms/ops/batch_cancel?delivery_at[between]={T0 + 100}..{T0 + 100}")
    assert cancel.json() == {"deleted_sms_count": 2}
    assert state(http) == {u[0]: 6000, u[1]: 6000, u[2]: 0, u[3]: 0, u[4]: 0}
    assert http.get("/me").json()["balance_amount"] == pytest.approx(balance + 2 * 0.075)  # refunded
    delete = raw(http, "POST", f"/sms/ops/batch_delete?delivery_at%5Bbetween%5D={T0 + 200}..{T0 + 300}")
    assert delete.json() == {"deleted_sms_count": 2}
    assert state(http) == {u[0]: 6000, u[1]: 6000, u[4]: 0}
    both = raw(http, "POST", f"/sms/ops/batch_delete?uuid[0]={u[0]}&uuid[1]={u[4]}")
    assert both.json() == {"deleted_sms_count": 2}
    assert state(http) == {u[1]: 6000}


@pytest.mark.parametrize("operation", ["batch_cancel", "batch_delete"])
@pytest.mark.parametrize(
    ("query", "parameter"),
    [
        ("colour=red", "colour"),
        ("uuid[0]={u0}&colour=red", "colour"),
        ("page=1", "page"),
        ("text[gte]=a", "text[gte]"),
        ("exists[text]=1", "exists[text]"),
        ("delivery_at[between]=5", "delivery_at[between]"),
        ("delivery_at%5Bbetween%5D=b..a", "delivery_at[between]"),
        ("delivery_at[between]={late}..{early}", "delivery_at[between]"),
        ("uuid%5B0%5D=not-a-uuid", "uuid[0]"),
        ("uuid[0]={u0}&uuid[0]={u1}", "uuid[0]"),
        ("status_code[]=7", "status_code[]"),
        ("created_at[gte]=yesterday", "created_at[gte]"),
        ("text=", "text"),
    ],
)
def test_batch_operations_refuse_unknown_or_malformed_filters_and_change_nothing(
    http: httpx.Client, operation: str, query: str, parameter: str
) -> None:
    u = scheduled(http)
    before: dict[str, Any] = {"sms": state(http), "me": http.get("/me").json()["balance_amount"]}
    query = query.format(u0=u[0], u1=u[1], late=T0 + 300, early=T0 + 100)
    r = raw(http, "POST", f"/sms/ops/{operation}?{query}")
    assert r.status_code == 400, r.text
    body = r.json()
    assert [v["propertyPath"] for v in body["violations"]] == [parameter]
    assert body["detail"].startswith(f"{parameter}: ")
    assert {"sms": state(http), "me": http.get("/me").json()["balance_amount"]} == before
    assert len(before["sms"]) == 5


def test_bulk_and_incoming_lists_take_the_grammar_too(http: httpx.Client) -> None:
    bulks = []
    for at, unicode in ((T0 + 100, None), (T0 + 200, True), (T0 + 300, False)):
        body = {"sender_id": "Shop", "text": "Sale", "phones": ["+491701234567"], "delivery_at": at}
        r = http.post("/bulks", json={**body, "is_unicode": unicode})
        assert r.status_code == 201, r.text
        bulks.append(r.json()["uuid"])

    def bulk_ids(query: str) -> list[str]:
        r = raw(http, "GET", f"/bulks?{query}")
        assert r.status_code == 200, r.text
        return [b["uuid"] for b in r.json()]

    assert bulk_ids(f"uuid%5B0%5D={bulks[2]}") == [bulks[2]]
    assert bulk_ids("exists[is_unicode]=0") == [bulks[0]]  # auto-detect bulks, as LOX24's docs' example
    assert bulk_ids(f"delivery_at[between]={T0 + 150}..{T0 + 300}&_order[delivery_at]=asc") == bulks[1:]
    sms = scheduled(http)
    for i in (0, 3):
        injected = http.post("/_emulator/incomings", json={"msg_uuid": sms[i], "text": f"reply {i}"})
        assert injected.status_code == 200, injected.text
    replies = raw(http, "GET", f"/incomings?msg_uuid[0]={sms[3]}").json()
    assert [(r["msg_uuid"], r["text"]) for r in replies] == [(sms[3], "reply 3")]
    assert len(raw(http, "GET", "/incomings?text=REPLY").json()) == 2

"""The outbox page's server side: the page and its assets, the read endpoints behind it (outbox `limit`,
`pending`, `details`; incomings; webhook log; version), and the control token (`--control-token`)."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest
from click.testing import CliRunner
from starlette.applications import Starlette

from lox24.cli._main import cli as cli_main
from lox24.emulator import DEFAULT_TOKEN, FrozenClock, create_app, ui
from lox24.emulator.__main__ import CONTROL_TOKEN_ENV, is_loopback, parse_args
from lox24.emulator.routes import CONTROL_ROUTES
from lox24.emulator.text import encode
from lox24.emulator.ui.data import segments

T0 = 1_700_000_000
SMS = {"text": "Hello", "sender_id": "Shop", "phone": "+491701234567"}
TOKEN = "a-control-token-for-tests-0123"
ALL_INTERFACES = "0.0.0.0"  # noqa: S104 (only parsed, never bound)


async def _send(client: httpx.AsyncClient, **body: Any) -> dict[str, Any]:
    r = await client.post("/sms", json={**SMS, **body})
    assert r.status_code == 201, r.text
    sms: dict[str, Any] = r.json()
    return sms


# --- the outbox's query, and the leftover bug ----------------------------------------------------------------


@pytest.mark.parametrize("value", ["-1", "0", "10001", "abc", "1.5", ""])
async def test_outbox_limit_out_of_range_is_a_400_naming_limit(client: httpx.AsyncClient, value: str) -> None:
    r = await client.get("/_emulator/outbox", params={"limit": value})
    assert r.status_code == 400
    assert [v["propertyPath"] for v in r.json()["violations"]] == ["limit"]
    assert r.json()["status"] == 400


async def test_outbox_refuses_unknown_parameters_and_bad_booleans(client: httpx.AsyncClient) -> None:
    r = await client.get("/_emulator/outbox", params={"limt": "1"})
    assert r.status_code == 400
    assert r.json()["violations"][0]["propertyPath"] == "limt"
    r = await client.get("/_emulator/outbox", params={"pending": "maybe"})
    assert r.status_code == 400
    assert r.json()["violations"][0]["propertyPath"] == "pending"


async def test_outbox_limit_keeps_the_newest_in_order(client: httpx.AsyncClient) -> None:
    sent = [(await _send(client, text=f"n{i}"))["uuid"] for i in range(4)]
    await client.post("/_emulator/clock", json={"advance": 10})
    everything = [s["uuid"] for s in (await client.get("/_emulator/outbox")).json()]
    assert everything == sent
    newest = [s["uuid"] for s in (await client.get("/_emulator/outbox", params={"limit": 2})).json()]
    assert newest == sent[2:]


async def test_outbox_pending_shows_what_is_not_sent_yet_with_its_timeline(client: httpx.AsyncClient) -> None:
    now = await _send(client, text="now")
    later = await _send(client, text="later", delivery_at=T0 + 3600)
    blocked = await _send(client, phone="+491700000208")
    assert (await client.get("/_emulator/outbox")).json() == []  # nothing handed to the network yet
    pending = (await client.get("/_emulator/outbox", params={"pending": "true", "details": "1"})).json()
    by_uuid = {s["uuid"]: s for s in pending}
    assert list(by_uuid) == [now["uuid"], later["uuid"], blocked["uuid"]]
    assert by_uuid[now["uuid"]]["timeline"] == [
        {"step": "accepted", "at": T0, "code": 0, "done": True},
        {"step": "sent", "at": T0 + 1, "code": 100, "done": False},
    ]
    assert [s["step"] for s in by_uuid[later["uuid"]]["timeline"]] == ["accepted", "scheduled", "sent"]
    assert by_uuid[blocked["uuid"]]["timeline"][-1] == {"step": "final", "at": T0 + 1, "code": 208, "done": False}

    await client.post("/_emulator/clock", json={"advance": 10})
    done = {s["uuid"]: s for s in (await client.get("/_emulator/outbox?pending=1&details=1")).json()}
    assert done[now["uuid"]]["timeline"][1:] == [
        {"step": "sent", "at": T0 + 1, "code": 100, "done": True},
        {"step": "dlr", "at": T0 + 6, "code": 1, "done": True},
    ]
    assert done[blocked["uuid"]]["timeline"][-1] == {"step": "final", "at": T0 + 1, "code": 208, "done": True}
    assert done[later["uuid"]]["timeline"][-1]["done"] is False
    r = await client.post("/sms/ops/batch_cancel", params={"uuid[]": later["uuid"]})
    assert r.status_code == 200
    cancelled = (await client.get("/_emulator/outbox?pending=1&details=1")).json()[1]
    assert cancelled["timeline"][-1] == {"step": "final", "at": None, "code": 6000, "done": True}


async def test_outbox_details_show_the_dlr_still_to_come(client: httpx.AsyncClient) -> None:
    sms = await _send(client, phone="+491700000016")  # rejected
    await client.post("/_emulator/clock", json={"advance": 2})
    [row] = (await client.get("/_emulator/outbox?details=true")).json()
    assert row["uuid"] == sms["uuid"]
    assert row["encoding"] == "GSM-7"
    assert row["timeline"][-1] == {"step": "dlr", "at": T0 + 6, "code": 16, "done": False}
    assert row["segments"] == [{"units": 5, "runs": [["", "Hello"]]}]


# --- segment boundaries --------------------------------------------------------------------------------------


def test_segments_follow_the_part_count() -> None:
    texts = [
        "",
        "a" * 160,
        "a" * 161,
        "€" * 80,
        "€" * 81,
        "[x]" * 60,
        "ä😀" * 30,
        "😀" * 35,
        "Grüße " * 40,
        "x" * 1530,
        "Ω" * 200 + "д",
    ]
    for text in texts:
        enc = encode(text, None)
        parts = segments(enc.text, enc.is_unicode)
        assert len(parts) == max(1, enc.parts_count), text
        assert "".join(chars for p in parts for _, chars in p["runs"]) == enc.text
        assert sum(p["units"] for p in parts) == enc.chars_count
        per_part = 67 if enc.is_unicode else 153
        if enc.parts_count > 1:
            assert all(p["units"] <= per_part + 1 for p in parts), text  # a two-unit character may straddle


def test_segments_mark_extension_and_non_gsm_characters() -> None:
    assert segments("a" * 161, False) == [
        {"units": 153, "runs": [["", "a" * 153]]},
        {"units": 8, "runs": [["", "a" * 8]]},
    ]
    assert segments("5 € [ok]", False) == [
        {"units": 11, "runs": [["", "5 "], ["ext", "€"], ["", " "], ["ext", "["], ["", "ok"], ["ext", "]"]]}
    ]
    # In a UCS-2 text only the characters outside GSM 03.38 are marked; an emoji is two UTF-16 units.
    parts = segments("Grüß € 😀", True)
    assert parts[0]["units"] == 9
    assert parts[0]["runs"] == [["", "Grüß € "], ["ucs2", "😀"]]


# --- incomings, webhook log, version ----------------------------------------------------------------------


async def test_incomings_list_every_account_newest_first(client: httpx.AsyncClient) -> None:
    sms = await _send(client)
    await client.post("/_emulator/clock", json={"advance": 10})
    first = (await client.post("/_emulator/incomings", json={"msg_uuid": sms["uuid"], "text": "STOP"})).json()
    second = (await client.post("/_emulator/incomings", json={"from": "+491709999999", "text": "hi"})).json()
    listed = (await client.get("/_emulator/incomings")).json()
    assert [m["uuid"] for m in listed] == [second["uuid"], first["uuid"]]
    assert listed[1] | {} == {
        "uuid": first["uuid"],
        "account_id": 1234567,
        "from": "+491701234567",
        "to": "Shop",
        "text": "STOP",
        "received_at": T0 + 10,
        "msg_uuid": sms["uuid"],
    }
    assert [m["uuid"] for m in (await client.get("/_emulator/incomings?limit=1")).json()] == [second["uuid"]]
    assert (await client.get("/_emulator/incomings?limit=0")).status_code == 400


async def test_webhook_log_limit(app: Starlette, client: httpx.AsyncClient) -> None:
    log = app.state.webhooks.log
    log.extend({"event_id": str(i), "delivered": True} for i in range(5))
    assert [e["event_id"] for e in (await client.get("/_emulator/webhooks")).json()] == ["0", "1", "2", "3", "4"]
    assert [e["event_id"] for e in (await client.get("/_emulator/webhooks?limit=2")).json()] == ["3", "4"]
    assert (await client.get("/_emulator/webhooks?limit=-1")).status_code == 400


async def test_version_changes_with_what_the_page_shows_and_only_then(
    app: Starlette, client: httpx.AsyncClient
) -> None:
    async def version() -> str:
        body = (await client.get("/_emulator/version")).json()
        return str(body["version"])

    v0 = await version()
    assert await version() == v0
    await client.get("/_emulator/outbox")
    await client.get("/me")
    assert await version() == v0  # reading changes nothing
    await _send(client)
    v1 = await version()
    assert v1 != v0
    await client.post("/_emulator/clock", json={"advance": 2})  # the SMS is handed over
    v2 = await version()
    assert v2 != v1
    await client.post("/_emulator/clock", json={"advance": 10})  # its report arrives
    v3 = await version()
    assert v3 != v2
    await client.post("/_emulator/clock", json={"advance": 10})  # nothing due: same data
    assert await version() == v3
    await client.post("/_emulator/faults", json={"path": "/me"})
    v4 = await version()
    assert v4 != v3
    app.state.webhooks.log.append({"event_id": "x"})
    assert await version() != v4
    body = (await client.get("/_emulator/version")).json()
    assert body["now"] == T0 + 22
    assert body["frozen"] is True
    assert body["counts"] == {"sms": 1, "incomings": 0, "webhooks": 1, "faults": 1}
    assert (await client.get("/_emulator/version?x=1")).status_code == 400


# --- the page and its assets -----------------------------------------------------------------------------


async def test_the_page_is_served_with_its_assets_inlined(client: httpx.AsyncClient) -> None:
    r = await client.get("/_emulator/ui")
    assert r.status_code == 200
    assert r.headers["content-type"] == "text/html; charset=utf-8"
    html = r.text
    files = ui.assets()
    assert files["outbox.js"] in html
    assert files["outbox.css"] in html
    assert "/*SCRIPT*/" not in html
    assert '<meta name="lox24-emulator-token" content="">' in html
    csp = r.headers["content-security-policy"]
    assert "default-src 'none'" in csp
    assert "connect-src 'self'" in csp
    assert "unsafe-inline" not in csp
    assert r.headers["referrer-policy"] == "no-referrer"
    assert (await client.get("/_emulator/ui/")).status_code == 200
    assert (await client.post("/_emulator/ui")).status_code == 405


def test_the_assets_name_no_external_url() -> None:
    """No CDN, no web font, no remote image: nothing but the emulator's own paths and `data:`."""
    for name, text in ui.assets().items():
        assert not re.search(r"(?i)\b(?:https?|ftp|wss?):", text), name
        assert not re.search(r"(?<![:\w])//[\w.-]+\.\w", text), name  # protocol-relative URLs
        assert not re.search(r"(?i)@import|url\(|<link[^>]+stylesheet|<script[^>]+src", text), name
        for attr in re.findall(r'(?i)(?:src|href)="([^"]*)"', text):
            assert attr.startswith(("#", "data:")), (name, attr)
    for path in re.findall(r"[\"'`](/\w[^\"'`]*)", ui.assets()["outbox.js"]):  # what the script requests
        assert path.startswith("/_emulator/"), path


def test_every_control_path_the_script_calls_exists() -> None:
    script = ui.assets()["outbox.js"]
    called = {p.split("?")[0] for p in re.findall(r"[\"'`](/_emulator/[\w/]+)", script)}
    assert called
    assert called <= set(CONTROL_ROUTES)


# --- the control token -----------------------------------------------------------------------------------


@pytest.fixture
async def guarded() -> AsyncIterator[httpx.AsyncClient]:
    app = create_app(clock=FrozenClock(T0), seed=1, control_token=TOKEN)
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://emulator") as c:
        yield c
    app.state.backend.close()


async def test_with_a_control_token_every_control_route_needs_it(guarded: httpx.AsyncClient) -> None:
    routes = [(path, list(methods)) for path, methods in CONTROL_ROUTES.items()]
    for path, methods in [*routes, (ui.PAGE_PATH, ["GET"]), ("/_emulator/nope", ["GET"])]:
        for method in methods:
            for headers in ({}, {"X-Emulator-Token": "wrong-token-wrong-token"}, {"X-Emulator-Token": TOKEN[:-1]}):
                r = await guarded.request(method, path, headers=headers, json={} if method == "POST" else None)
                assert r.status_code == 401, (method, path, headers)
                body = r.json()
                assert body["status"] == 401
                assert set(body) == {"type", "title", "detail", "status"}
                assert "X-Emulator-Token" in body["detail"]
                assert TOKEN not in r.text
    assert (await guarded.post("/_emulator/reset", headers={"X-Emulator-Token": TOKEN})).status_code == 200
    ok = await guarded.get("/_emulator/outbox", headers={"X-Emulator-Token": TOKEN})
    assert ok.status_code == 200
    # The API itself keeps its own auth only.
    me = await guarded.get("/me", headers={"X-LOX24-AUTH-TOKEN": DEFAULT_TOKEN, "Accept": "application/json"})
    assert me.status_code == 200


async def test_only_the_page_takes_the_token_from_the_query_or_its_cookie(guarded: httpx.AsyncClient) -> None:
    assert (await guarded.get("/_emulator/clock", params={"token": TOKEN})).status_code == 401
    page = await guarded.get("/_emulator/ui", params={"token": TOKEN})
    assert page.status_code == 200
    assert f'<meta name="lox24-emulator-token" content="{TOKEN}">' in page.text
    cookie = page.headers["set-cookie"]
    assert cookie.startswith(f"{ui.TOKEN_COOKIE}={TOKEN};")
    assert "HttpOnly" in cookie
    assert "SameSite=strict" in cookie
    assert "Path=/_emulator/ui" in cookie
    # A reload without ?token= works through the cookie (httpx keeps it); the other routes ignore the cookie.
    assert (await guarded.get("/_emulator/ui")).status_code == 200
    cookie_only = {"Cookie": f"{ui.TOKEN_COOKIE}={TOKEN}"}
    assert (await guarded.post("/_emulator/reset", headers=cookie_only)).status_code == 401
    header = await guarded.get("/_emulator/ui", headers={"X-Emulator-Token": TOKEN})
    assert header.status_code == 200
    assert "set-cookie" not in header.headers
    assert (await guarded.get("/_emulator/ui", params={"token": "wrong"})).status_code == 401  # the query wins


async def test_without_a_control_token_nothing_changes(client: httpx.AsyncClient) -> None:
    assert (await client.get("/_emulator/health")).json() == {"status": "ok"}
    assert (await client.get("/_emulator/ui")).status_code == 200


def test_a_non_loopback_host_needs_a_control_token(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv(CONTROL_TOKEN_ENV, raising=False)
    for host in (ALL_INTERFACES, "192.168.1.10", "::", "example.org"):
        with pytest.raises(SystemExit) as exc:
            parse_args(["--host", host])
        assert exc.value.code == 2
        assert "control token" in capsys.readouterr().err
    for host in ("127.0.0.1", "127.0.0.2", "localhost", "::1", "[::1]"):
        assert is_loopback(host)
        assert parse_args(["--host", host]).control_token is None
    assert parse_args(["--host", ALL_INTERFACES, "--control-token", TOKEN]).control_token == TOKEN
    monkeypatch.setenv(CONTROL_TOKEN_ENV, TOKEN)
    assert parse_args(["--host", ALL_INTERFACES]).control_token == TOKEN
    for weak in ("short", "with a space in it 0123", "x" * 15):
        with pytest.raises(SystemExit):
            parse_args(["--control-token", weak])
        assert "at least 16" in capsys.readouterr().err


def test_the_cli_emulator_command_takes_the_control_token(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(CONTROL_TOKEN_ENV, raising=False)
    runner = CliRunner()
    refused = runner.invoke(cli_main, ["emulator", "--host", ALL_INTERFACES, "--port", "0"])
    assert refused.exit_code == 2
    assert "--control-token" in refused.output
    helped = runner.invoke(cli_main, ["emulator", "--help"])
    assert helped.exit_code == 0
    assert "--control-token" in helped.output

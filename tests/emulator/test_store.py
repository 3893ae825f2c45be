"""The store: group commit (isolated writes, one COMMIT), a failed COMMIT, seeded ids, one app on several loops."""

from __future__ import annotations

import asyncio
import sqlite3
import threading
import time
from typing import Any

import httpx
import pytest
from starlette.applications import Starlette

from lox24.emulator import DEFAULT_TOKEN, Backend, FrozenClock, create_app
from lox24.emulator.store import Write


def sms_body(**extra: Any) -> dict[str, Any]:
    return {"text": "Hello", "sender_id": "Shop", "phone": "+491701234567", **extra}


AUTH = {"X-LOX24-AUTH-TOKEN": DEFAULT_TOKEN}

SMS = {"text": "Hi", "sender_id": "Shop", "phone": "+491701234567"}


def _failing(write: Write) -> Write:
    """A write that stores its SMS and debits, then fails unexpectedly."""

    def run(c: sqlite3.Connection) -> dict[str, Any]:
        write(c)
        raise RuntimeError("boom")

    return run


class _CommitFailsOnce:
    """A connection whose next COMMIT fails (as SQLITE_BUSY or an I/O error would), leaving the transaction open."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn
        self.armed = True

    def execute(self, sql: str, *args: Any) -> sqlite3.Cursor:
        if sql == "COMMIT" and self.armed:
            self.armed = False
            raise sqlite3.OperationalError("disk I/O error")
        return self._conn.execute(sql, *args)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._conn, name)


def test_seeded_ids_repeat(clock: FrozenClock) -> None:
    uuids = []
    for _ in range(2):
        b = Backend(clock=clock, seed=42)
        who = b.authenticate(DEFAULT_TOKEN, "1.1.1.1")
        uuids.append([b.create_sms(who, sms_body(), "1.1.1.1")["uuid"] for _ in range(3)])
        b.close()
    assert uuids[0] == uuids[1]


async def test_concurrent_posts_share_commits_and_keep_the_balance(
    app: Any, client: httpx.AsyncClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    backend = app.state.backend
    batches: list[int] = []
    run_batch = backend.run_batch

    def spy(writes: Any) -> Any:
        batches.append(len(writes))
        return run_batch(writes)

    monkeypatch.setattr(backend, "run_batch", spy)
    await client.post("/_emulator/accounts", json={"id": 1234567, "balance": 0.3})  # four SMS at 0.075
    body = {"text": "x", "sender_id": "S", "phone": "+491701234567"}
    answers = await asyncio.gather(*[client.post("/sms", json=body) for _ in range(10)])
    created = [r.json()["uuid"] for r in answers if r.status_code == 201]
    assert sorted(r.status_code for r in answers) == [201] * 4 + [402] * 6
    assert len(set(created)) == 4
    assert (await client.get("/me")).json()["balance_amount"] == 0
    assert sorted(s["uuid"] for s in (await client.get("/sms")).json()) == sorted(created)
    assert sum(batches) == 10
    assert max(batches) > 1  # group commit: several requests, one transaction


def test_group_commit_isolates_a_write_that_fails(backend: Backend) -> None:
    who = backend.authenticate(DEFAULT_TOKEN, "127.0.0.1")
    before = backend.get_account(who)["balance_amount"]
    writes = [backend.prepare_create_sms(who, SMS, "127.0.0.1") for _ in range(3)]
    results = backend.run_batch([writes[0], _failing(writes[1]), writes[2]])
    assert isinstance(results[1], RuntimeError)
    ok = [r for r in results if isinstance(r, dict)]
    assert len(ok) == 2
    stored, total = backend.list_sms(who, {})
    assert total == 2
    assert {s["uuid"] for s in stored} == {r["uuid"] for r in ok}
    assert backend.get_account(who)["balance_amount"] == pytest.approx(before - 2 * ok[0]["price"])


async def test_group_commit_one_failing_request_does_not_fail_the_others(
    app: Starlette, client: httpx.AsyncClient
) -> None:
    backend: Backend = app.state.backend
    prepare = backend.prepare_create_sms

    def prepare_some_failing(who: Any, body: Any, ip: str) -> Write:
        write = prepare(who, body, ip)
        return _failing(write) if body["text"] == "fail" else write

    backend.prepare_create_sms = prepare_some_failing  # type: ignore[method-assign]
    answers = await asyncio.gather(
        client.post("/sms", json=SMS), client.post("/sms", json={**SMS, "text": "fail"}), client.post("/sms", json=SMS)
    )
    assert [r.status_code for r in answers] == [201, 500, 201]
    listed = (await client.get("/sms")).json()
    assert sorted(s["uuid"] for s in listed) == sorted(answers[i].json()["uuid"] for i in (0, 2))


def test_a_failed_commit_does_not_wedge_the_database(backend: Backend) -> None:
    who = backend.authenticate(DEFAULT_TOKEN, "127.0.0.1")
    real = backend.conn
    backend.conn = _CommitFailsOnce(real)  # type: ignore[assignment]
    try:
        with pytest.raises(sqlite3.OperationalError):
            backend.create_group(who, {"name": "lost"})
        assert not real.in_transaction
        assert backend.create_group(who, {"name": "kept"})["name"] == "kept"
    finally:
        backend.conn = real
    assert [g["name"] for g in backend.list_groups(who, 1)[0]] == ["My Clients", "kept"]


def test_one_app_served_by_several_event_loops_does_not_stall(clock: FrozenClock) -> None:
    # e.g. uvicorn in one thread and an in-process ASGI client in another, on the same app: each loop's
    # group commit must settle its own futures, or requests sleep until the loop wakes up for another reason.
    app = create_app(clock=clock, seed=1, balance=1e6)
    statuses: list[int] = []
    errors: list[BaseException] = []

    async def load() -> None:
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://emulator", headers=AUTH) as c:
            for _ in range(5):
                answers = await asyncio.gather(*(c.post("/sms", json=SMS) for _ in range(20)))
                statuses.extend(r.status_code for r in answers)

    def worker() -> None:
        try:
            asyncio.run(load())
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    started = time.monotonic()
    threads = [threading.Thread(target=worker) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    elapsed = time.monotonic() - started
    try:
        assert not errors
        assert statuses == [201] * 400
        assert elapsed < 3.0, f"{elapsed:.1f} s for 400 requests"
        assert app.state.backend.list_sms(app.state.backend.authenticate(DEFAULT_TOKEN, "127.0.0.1"), {})[1] == 400
    finally:
        app.state.backend.close()


def test_random_ids_are_rfc4122_version_4() -> None:
    import uuid

    from lox24.emulator.store import uuid4_str

    ids = {uuid4_str() for _ in range(2000)}
    assert len(ids) == 2000
    for value in ids:
        parsed = uuid.UUID(value)
        assert str(parsed) == value
        assert parsed.version == 4
        assert parsed.variant == uuid.RFC_4122


def test_group_commit_a_clean_refusal_keeps_the_batch_without_a_rerun(backend: Backend) -> None:
    """A 402 (the debit matched nothing) is that request's error; the batch is not run a second time."""
    who = backend.authenticate(DEFAULT_TOKEN, "127.0.0.1")
    backend.upsert_account(account_id=who.account_id, balance=0.15)  # two SMS at 0.075
    calls: list[int] = []

    def counted(write: Write) -> Write:
        def run(c: sqlite3.Connection) -> dict[str, Any]:
            calls.append(1)
            return write(c)

        return run

    writes = [counted(backend.prepare_create_sms(who, SMS, "127.0.0.1")) for _ in range(3)]
    results = backend.run_batch(writes)
    assert len(calls) == 3
    assert [type(r).__name__ for r in results] == ["dict", "dict", "EmulatorError"]
    assert backend.get_account(who)["balance_amount"] == 0
    assert backend.list_sms(who, {})[1] == 2


def test_group_commit_a_write_failing_after_a_change_reruns_the_batch_isolated(backend: Backend) -> None:
    who = backend.authenticate(DEFAULT_TOKEN, "127.0.0.1")
    calls: list[str] = []

    def named(name: str, write: Write) -> Write:
        def run(c: sqlite3.Connection) -> dict[str, Any]:
            calls.append(name)
            return write(c)

        return run

    first = named("a", backend.prepare_create_sms(who, SMS, "127.0.0.1"))
    bad = named("b", _failing(backend.prepare_create_sms(who, SMS, "127.0.0.1")))
    results = backend.run_batch([first, bad])
    assert calls == ["a", "b", "a", "b"]  # rolled back, then each write in its own SAVEPOINT
    assert isinstance(results[1], RuntimeError)
    stored, total = backend.list_sms(who, {})
    assert total == 1
    assert stored[0]["uuid"] == results[0]["uuid"]  # type: ignore[index]


def test_reset_clears_every_table_of_the_schema_even_one_it_does_not_name(backend: Backend) -> None:
    with backend._tx() as c:
        c.execute("CREATE TABLE some_new_resource (id INTEGER PRIMARY KEY, value TEXT)")
        c.execute("INSERT INTO some_new_resource (value) VALUES ('kept?')")
    backend.reset()
    with backend._tx() as c:
        assert c.execute("SELECT COUNT(*) FROM some_new_resource").fetchone()[0] == 0
        assert c.execute("SELECT COUNT(*) FROM groups").fetchone()[0] == 1  # group 7117, seeded again

"""The store: SQLite schema, write transactions (`BEGIN IMMEDIATE … COMMIT`), group commit, ids, clock access.

Every other part of the backend builds on `Store` (see README.md, "Design"): it owns the one connection and the
one lock, and knows nothing about SMS, bulks or groups beyond the schema.
"""

from __future__ import annotations

import asyncio
import functools
import math
import os
import random
import sqlite3
import threading
import uuid as uuidlib
import zlib
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, TypeAlias, TypeVar, cast

from .clock import Clock
from .errors import not_found
from .schema import SCHEMA as _SCHEMA

DEFAULT_TOKEN = "1234567:e3f3a759b6677959b6ebfcxxxxxxxxxx"  # noqa: S105 - the documentation's sample token
DRYRUN_UUID = "11111111-2222-3333-4444-555555555555"
PAGE_SIZE = 30
FIRST_KEY_ID = 8291
SEED_GROUP_ID = 7117
SEED_PHONE_ID = 7848412

# `sms` is written on every POST /sms, so it keeps its pages few: `seq` is a plain rowid (max + 1, so it still orders
# by insertion; AUTOINCREMENT only adds a sqlite_sequence write per insert) and `sms_bulk` indexes bulk SMS only.
# Databases made before keep their schema (IF NOT EXISTS); both forms behave the same.

Row: TypeAlias = sqlite3.Row | Mapping[str, Any]
Write: TypeAlias = Callable[[sqlite3.Connection], dict[str, Any]]


@dataclass(frozen=True)
class Principal:
    """Who is calling: the account and the API key."""

    account_id: int
    key_id: int


def account_id_for(token: str) -> int:
    """The customer number of a token (`<customer number>:<key>`), or a stable number derived from it."""
    head = token.split(":", 1)[0]
    if head.isascii() and head.isdigit() and 0 < len(head) <= 9 and int(head) > 0:
        return int(head)
    return zlib.crc32(token.encode()) % 9_000_000 + 1_000_000


_F = TypeVar("_F", bound=Callable[..., Any])


def locked(method: _F) -> _F:
    """Run a backend operation under the store's lock: one connection, one caller at a time."""

    @functools.wraps(method)
    def wrapper(self: Store, *args: Any, **kwargs: Any) -> Any:
        with self._lock:
            return method(self, *args, **kwargs)

    return cast(_F, wrapper)


class Store:
    """The SQLite connection (a file, or `:memory:`), its lock, the accounts' tokens, ids and the clock."""

    def __init__(
        self,
        *,
        db: str = ":memory:",
        tokens: Sequence[str] | None = None,
        balance: float = 50.0,
        seed: int | None = None,
        clock: Clock | None = None,
        inactive_tokens: Sequence[str] = (),
        synchronous: str = "NORMAL",
        ip_block: bool = True,
    ) -> None:
        self.clock = clock or Clock()
        self.db_path = db
        self.initial_balance = float(balance)
        if not math.isfinite(self.initial_balance) or self.initial_balance < 0:
            # NaN is stored as NULL (start-up crash), infinity answers `Infinity` (not JSON), and a negative
            # balance breaks "never negative".
            raise ValueError(f"balance must be a finite amount >= 0, not {balance!r}")
        self.seed = seed
        # Ids, not secrets: a seeded generator makes runs repeat exactly.
        self._rng: random.Random = random.Random(seed) if seed is not None else random.SystemRandom()  # noqa: S311
        self._lock = threading.RLock()
        # In-memory copies of rarely changing rows (tokens, account settings); cleared on every change.
        self._auth_cache: dict[str, tuple[Principal, bool]] = {}
        self._text_deleted_cache: dict[int, bool] = {}
        self._tokens = list(tokens) if tokens is not None else [DEFAULT_TOKEN]
        self._inactive = list(inactive_tokens)
        self.ip_block = ip_block  # read by Auth; a setting of the emulator, changed by the control plane
        self._init_state()
        self.conn = sqlite3.connect(db, check_same_thread=False, isolation_level=None)
        self.conn.row_factory = sqlite3.Row
        # SQLite's lower() folds ASCII only: "Über" would never match a search for "über" (or for "Über",
        # lowered in Python). The filters use Python's lower() on both sides.
        self.conn.create_function("ulower", 1, ulower, deterministic=True)
        if db != ":memory:":
            self.conn.execute("PRAGMA journal_mode=WAL")
            self.conn.execute(f"PRAGMA synchronous={'FULL' if synchronous.upper() == 'FULL' else 'NORMAL'}")
        self.conn.execute("PRAGMA busy_timeout=5000")
        # 64 MiB of page cache (SQLite's default is 2 MiB): random uuids spread the inserts and lookups of the
        # uuid index over the whole file, which with the default cache means a read from the OS per request.
        self.conn.execute("PRAGMA cache_size=-65536")
        self.conn.executescript(_SCHEMA)
        self._bootstrap()

    # --- plumbing --------------------------------------------------------------------------------

    @contextmanager
    def _tx(self) -> Iterator[sqlite3.Connection]:
        """One write transaction; the caller's answer is built only after COMMIT returned."""
        with self._lock:
            self.conn.execute("BEGIN IMMEDIATE")
            try:
                yield self.conn
            except BaseException:
                self.conn.execute("ROLLBACK")
                raise
            try:
                self.conn.execute("COMMIT")
            except BaseException:
                # A failed COMMIT (disk full, I/O error, busy) may leave the transaction open: roll it back, or
                # every later BEGIN would fail and the emulator would answer 500 until it is restarted.
                if self.conn.in_transaction:
                    self.conn.execute("ROLLBACK")
                raise

    def _now(self) -> int:
        return int(self.clock.now())

    def _uuid(self, table: str) -> str:
        if self.seed is None:
            return uuid4_str()
        while True:
            value = str(uuidlib.UUID(int=self._rng.getrandbits(128), version=4))
            if self.seed is None or not self.conn.execute(f"SELECT 1 FROM {table} WHERE uuid=?", (value,)).fetchone():
                return value

    def _bootstrap(self) -> None:
        with self._tx() as c:
            given = [*self._tokens, *self._inactive]
            # The tokens given at start are the accepted ones (tokens added through the control plane last
            # until the next start); the accounts and their data stay.
            c.execute(f"DELETE FROM tokens WHERE token NOT IN ({', '.join('?' * len(given))})", given)
            for token in given:
                self._ensure_token(c, token, active=token not in self._inactive)
            if not c.execute("SELECT 1 FROM meta WHERE key='seeded'").fetchone():
                self._seed_examples(c)
                c.execute("INSERT INTO meta (key, value) VALUES ('seeded', '1')")
            self._on_bootstrap(c)
        self._clear_caches()

    def _clear_caches(self) -> None:
        self._auth_cache.clear()
        self._text_deleted_cache.clear()

    def _ensure_token(self, c: sqlite3.Connection, token: str, *, active: bool) -> int:
        account_id = account_id_for(token)
        c.execute(
            "INSERT OR IGNORE INTO accounts (id, balance, currency, balance_changed_at, active, is_text_deleted) "
            "VALUES (?, ?, 'EUR', ?, 1, 0)",
            (account_id, self.initial_balance, self._now()),
        )
        row = c.execute("SELECT key_id FROM tokens WHERE token=?", (token,)).fetchone()
        if row is None:
            top = c.execute("SELECT MAX(key_id) FROM tokens").fetchone()[0]
            key_id = FIRST_KEY_ID if top is None else int(top) + 1
            c.execute(
                "INSERT INTO tokens (token, key_id, account_id, active) VALUES (?, ?, ?, ?)",
                (token, key_id, account_id, int(active)),
            )
        else:
            key_id = int(row[0])
            c.execute("UPDATE tokens SET active=? WHERE token=?", (int(active), token))
        return account_id

    def _seed_examples(self, c: sqlite3.Connection) -> None:
        """The documentation's example group 7117 ("My Clients", one member), for the first account."""
        tokens = self._tokens or self._inactive
        if not tokens:
            return
        account_id = account_id_for(tokens[0])
        c.execute(
            "INSERT OR IGNORE INTO groups (id, account_id, name, description, name_a, name_b, name_c, name_d, name_e) "
            "VALUES (?, ?, 'My Clients', 'Best clients', 'prefix', 'name', 'datetime', 'price', 'something_else')",
            (SEED_GROUP_ID, account_id),
        )
        c.execute(
            "INSERT OR IGNORE INTO phones (id, group_id, phone, a, b, c, d, e, callback_data) "
            "VALUES (?, ?, '+491701234567', 'Mr.', 'Smith', '2020-02-23 18:00', '12.34', 'restaurant Blue Oyster', "
            "'12345')",
            (SEED_PHONE_ID, SEED_GROUP_ID),
        )

    def close(self) -> None:
        with self._lock:
            self.conn.close()

    def _credit(self, c: sqlite3.Connection, account_id: int, amount: float) -> None:
        if amount:
            c.execute(
                "UPDATE accounts SET balance = ROUND(balance + ?, 6), balance_changed_at=? WHERE id=?",
                (amount, self._now(), account_id),
            )

    def _debit(self, c: sqlite3.Connection, account_id: int, amount: float) -> bool:
        """Take `amount` from the balance if it is there (atomically, never below zero)."""
        if amount <= 0:
            return True
        cur = c.execute(
            "UPDATE accounts SET balance = ROUND(balance - ?, 6), balance_changed_at=? WHERE id=? AND balance >= ?",
            (amount, self._now(), account_id, amount - 1e-9),
        )
        return cur.rowcount == 1

    @locked
    def run_batch(self, writes: Sequence[Write]) -> list[dict[str, Any] | Exception]:
        """Run many requests' writes in one transaction (one commit); each gets its result or its error.

        A write that fails (a 402, or an unexpected error) leaves no trace and does not take the others' writes
        down with it. Results are returned only after COMMIT. The batch first runs without a SAVEPOINT per write
        (two statements fewer per request): a write that raised without changing a row (SQLite's
        `total_changes`, e.g. a 402 whose debit matched nothing) is just that request's error. If one raised
        after it changed rows, the whole transaction is rolled back and the batch runs again, each write in its
        own SAVEPOINT.
        """
        try:
            return self._run_writes(writes, isolate=False)
        except _DirtyWriteError:
            return self._run_writes(writes, isolate=True)

    def _run_writes(self, writes: Sequence[Write], *, isolate: bool) -> list[dict[str, Any] | Exception]:
        results: list[dict[str, Any] | Exception] = []
        with self._tx() as c:
            for write in writes:
                if isolate:
                    c.execute("SAVEPOINT w")
                before = c.total_changes
                try:
                    result: dict[str, Any] | Exception = write(c)
                except Exception as exc:
                    if isolate:
                        c.execute("ROLLBACK TO w")
                    elif c.total_changes != before:
                        raise _DirtyWriteError from exc  # rolls the transaction back (`_tx`)
                    result = exc
                if isolate:
                    c.execute("RELEASE w")
                results.append(result)
        return results

    def _page(
        self, table: str, where: str, params: Sequence[Any], order: str, page: int
    ) -> tuple[list[sqlite3.Row], int]:
        """One page (PAGE_SIZE rows) of `table` matching `where`, in `order`, and the number of all matching rows."""
        total = self.conn.execute(f"SELECT COUNT(*) FROM {table} WHERE {where}", params).fetchone()[0]
        rows = self.conn.execute(
            f"SELECT * FROM {table} WHERE {where} ORDER BY {order} LIMIT ? OFFSET ?",
            [*params, PAGE_SIZE, (page - 1) * PAGE_SIZE],
        ).fetchall()
        return rows, int(total)

    def _one(self, sql: str, params: Sequence[Any], missing: str) -> sqlite3.Row:
        """The one row `sql` selects, or a 404 with LOX24's `missing` message (e.g. "Sms not found.")."""
        row: sqlite3.Row | None = self.conn.execute(sql, params).fetchone()
        if row is None:
            raise not_found(missing)
        return row

    def _init_state(self) -> None:
        """Called before the database is opened: the parts (Auth, Timeline) set up their in-memory state here."""

    def _on_bootstrap(self, c: sqlite3.Connection) -> None:
        """Called inside the bootstrap transaction; the virtual time recomputes its next due time here."""


class _DirtyWriteError(Exception):
    """A write of a batch failed after it had changed rows: the batch runs again with a SAVEPOINT per write."""


def uuid4_str() -> str:
    """A random RFC 4122 version 4 uuid as text, as `str(uuid.uuid4())` (also from `os.urandom`) but 3× cheaper."""
    b = bytearray(os.urandom(16))
    b[6] = (b[6] & 0x0F) | 0x40  # version 4
    b[8] = (b[8] & 0x3F) | 0x80  # RFC 4122 variant
    h = b.hex()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def ulower(value: Any) -> Any:
    """SQL `ulower()`: Python's lower() (SQLite's folds ASCII only)."""
    return value.lower() if isinstance(value, str) else value


def order_by(asked: str, default: str) -> str:
    """`ORDER BY` of a list: the `_order[...]` asked for (else `default`), ties broken by insertion (`seq`) in the
    direction of the first term."""
    order = asked or default
    return f"{order}, seq {'ASC' if order.split(',')[0].endswith('ASC') else 'DESC'}"


class GroupCommit:
    """Group commit: the writes of the requests that arrive together share one transaction and one COMMIT.

    Each request still gets its answer only after that COMMIT returned; under load this turns a commit per
    SMS into a commit per event-loop turn.
    """

    def __init__(self, store: Store) -> None:
        self.store = store
        # One batch per event loop: an app shared by several loops (threads) must never settle a future of
        # one loop from another loop's thread, which leaves that loop asleep until something else wakes it.
        self._pending: dict[asyncio.AbstractEventLoop, list[tuple[Write, asyncio.Future[dict[str, Any]]]]] = {}

    async def submit(self, write: Write) -> dict[str, Any]:
        loop = asyncio.get_running_loop()
        future: asyncio.Future[dict[str, Any]] = loop.create_future()
        batch = self._pending.setdefault(loop, [])
        batch.append((write, future))
        if len(batch) == 1:
            loop.call_soon(self._flush, loop)
        return await future

    def _flush(self, loop: asyncio.AbstractEventLoop) -> None:
        batch = self._pending.pop(loop, [])
        try:
            results = self.store.run_batch([write for write, _ in batch])
        except Exception as exc:
            for _, future in batch:
                if not future.done():
                    future.set_exception(exc)
            return
        for (_, future), result in zip(batch, results, strict=True):
            if future.done():  # the client went away; its SMS is stored all the same
                continue
            if isinstance(result, Exception):
                future.set_exception(result)
            else:
                future.set_result(result)

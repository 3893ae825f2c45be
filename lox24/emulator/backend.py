"""The emulator's state and rules: SQLite storage, methods named after the spec's operations.

It never imports Starlette: `app.py` turns HTTP into calls of these methods, and their
`EmulatorError`s into responses.
"""

from __future__ import annotations

import csv
import functools
import io
import json
import math
import random
import re
import sqlite3
import threading
import uuid as uuidlib
import zlib
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, TypeAlias, TypeVar, cast

import phonenumbers

from . import filters, pricing
from .clock import Clock
from .errors import (
    CODE_PHONE,
    CODE_RULE,
    FORBIDDEN,
    PAYMENT_REQUIRED,
    TOO_MANY,
    UNAUTHORIZED,
    EmulatorError,
    Violation,
    ViolationError,
    not_found,
    unprocessable,
)
from .text import MAX_PARTS, Encoded, encode, is_gsm

DEFAULT_TOKEN = "1234567:e3f3a759b6677959b6ebfcxxxxxxxxxx"  # noqa: S105 - the documentation's sample token
DRYRUN_UUID = "11111111-2222-3333-4444-555555555555"
PAGE_SIZE = 30
REGION = "DE"
FIRST_KEY_ID = 8291
SEED_GROUP_ID = 7117
SEED_PHONE_ID = 7848412
# A text longer than this cannot fit in MAX_PARTS parts in either encoding (GSM: 153 septets a part, and a
# character is at least one septet; UCS-2: 67 units a part).
MAX_FILLED_CHARS = MAX_PARTS * 153
AUTH_WINDOW = 60.0
AUTH_MAX_FAILURES = 3
AUTH_BLOCK = 600.0
AUTH_PRUNE_AT = 1024  # entries of per-IP auth state before stale ones are swept

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE IF NOT EXISTS accounts (
    id INTEGER PRIMARY KEY, balance REAL NOT NULL, currency TEXT NOT NULL, balance_changed_at INTEGER,
    active INTEGER NOT NULL, is_text_deleted INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS tokens (
    token TEXT PRIMARY KEY, key_id INTEGER UNIQUE NOT NULL, account_id INTEGER NOT NULL, active INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS sms (
    seq INTEGER PRIMARY KEY AUTOINCREMENT, uuid TEXT UNIQUE NOT NULL, account_id INTEGER NOT NULL,
    key_id INTEGER, text TEXT NOT NULL, sender_id TEXT NOT NULL, phone TEXT NOT NULL, iso2 TEXT,
    delivery_at INTEGER NOT NULL, status_code INTEGER NOT NULL, gateway_sent_at INTEGER NOT NULL,
    dlr_code INTEGER NOT NULL, source INTEGER, ip TEXT NOT NULL, created_at INTEGER NOT NULL,
    is_unicode INTEGER, voice_lang TEXT, parts_count INTEGER NOT NULL, chars_count INTEGER,
    callback_data TEXT, bulk_id TEXT, service_code TEXT NOT NULL, is_text_deleted INTEGER NOT NULL,
    price REAL NOT NULL, charged REAL NOT NULL, is_sent INTEGER NOT NULL, attempts_count_max INTEGER,
    stage INTEGER NOT NULL, next_at INTEGER NOT NULL, outcome_kind TEXT NOT NULL, outcome_code INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS sms_account ON sms (account_id, created_at);
CREATE INDEX IF NOT EXISTS sms_due ON sms (stage, next_at);
CREATE INDEX IF NOT EXISTS sms_bulk ON sms (bulk_id);
CREATE TABLE IF NOT EXISTS bulks (
    seq INTEGER PRIMARY KEY AUTOINCREMENT, uuid TEXT UNIQUE NOT NULL, account_id INTEGER NOT NULL,
    key_id INTEGER, sender_id TEXT NOT NULL, text TEXT NOT NULL, phones TEXT, msg_groups TEXT,
    delivery_at INTEGER NOT NULL, due_at INTEGER NOT NULL, status_code INTEGER NOT NULL,
    msg_total_count INTEGER NOT NULL, msg_total_cost REAL NOT NULL, created_at INTEGER NOT NULL,
    processed_at INTEGER, ip TEXT NOT NULL, is_unicode INTEGER, service_code TEXT NOT NULL, source INTEGER,
    voice_lang TEXT, is_text_deleted INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS bulks_status ON bulks (status_code, due_at);
CREATE TABLE IF NOT EXISTS groups (
    id INTEGER PRIMARY KEY AUTOINCREMENT, account_id INTEGER NOT NULL, name TEXT NOT NULL, description TEXT,
    name_a TEXT, name_b TEXT, name_c TEXT, name_d TEXT, name_e TEXT);
CREATE TABLE IF NOT EXISTS phones (
    id INTEGER PRIMARY KEY AUTOINCREMENT, group_id INTEGER NOT NULL, phone TEXT NOT NULL,
    a TEXT, b TEXT, c TEXT, d TEXT, e TEXT, callback_data TEXT,
    subscribed_at INTEGER, unsubscribed_at INTEGER, unsubscribe_reason INTEGER);
CREATE INDEX IF NOT EXISTS phones_group ON phones (group_id);
CREATE TABLE IF NOT EXISTS incomings (
    seq INTEGER PRIMARY KEY AUTOINCREMENT, uuid TEXT UNIQUE NOT NULL, account_id INTEGER NOT NULL,
    to_number TEXT NOT NULL, from_number TEXT NOT NULL, text TEXT, received_at INTEGER NOT NULL, msg_uuid TEXT);
"""

_COLUMNS = "abcde"
Row: TypeAlias = sqlite3.Row | Mapping[str, Any]
Write: TypeAlias = Callable[[sqlite3.Connection], dict[str, Any]]
_SMS_COLUMNS = (
    "uuid, account_id, key_id, text, sender_id, phone, iso2, delivery_at, status_code, gateway_sent_at, dlr_code, "
    "source, ip, created_at, is_unicode, voice_lang, parts_count, chars_count, callback_data, bulk_id, service_code, "
    "is_text_deleted, price, charged, is_sent, attempts_count_max, stage, next_at, outcome_kind, outcome_code"
)


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


_DIALLABLE = re.compile(r"\+?[0-9][0-9 ()./-]*", re.ASCII)


@functools.lru_cache(maxsize=4096)
def normalize_phone(raw: str) -> tuple[str, str | None] | None:
    """E.164 form and country of a number (German account: `0170…` is national), or None if not a real number."""
    s = raw.strip()
    # phonenumbers reads a lot (letters as on a keypad, "++49…"); LOX24 numbers are digits with an optional
    # leading "+" and the usual separators, nothing else.
    if not _DIALLABLE.fullmatch(s):
        return None
    if s.startswith("00"):
        s = "+" + s[2:]
    elif s[:1].isdigit() and not s.startswith("0"):
        s = "+" + s
    try:
        num = phonenumbers.parse(s, REGION)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_valid_number(num):
        return None
    e164 = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164)
    if not _E164.match(e164):  # phonenumbers accepts some German numbers longer than E.164's 15 digits
        return None
    return e164, phonenumbers.region_code_for_number(num)


def _placeholders(group: Row | None) -> list[tuple[str, str]]:
    """(placeholder, column) pairs: `[colA]` … `[colE]` and the columns' display names."""
    pairs = [(f"[col{c.upper()}]", c) for c in _COLUMNS]
    if group is not None:
        pairs += [(f"[{group[f'name_{c}']}]", c) for c in _COLUMNS if group[f"name_{c}"]]
    return pairs


_E164 = re.compile(r"^\+[1-9][0-9]{1,14}\Z")
_ANY_PLACEHOLDER = re.compile(r"\[[^\[\]]+\]")


_F = TypeVar("_F", bound=Callable[..., Any])


def _locked(method: _F) -> _F:
    """Run a backend operation under the backend's lock: one connection, one caller at a time."""

    @functools.wraps(method)
    def wrapper(self: Backend, *args: Any, **kwargs: Any) -> Any:
        with self._lock:
            return method(self, *args, **kwargs)

    return cast(_F, wrapper)


class Backend:
    """All state of the emulator, kept in SQLite (a file, or `:memory:`).

    ```python
    backend = Backend(db=":memory:")
    me = backend.authenticate(DEFAULT_TOKEN, "127.0.0.1")
    sms = backend.create_sms(me, {"text": "Hi", "sender_id": "Shop", "phone": "+491701234567"}, "127.0.0.1")
    ```
    """

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
        self.ip_block = ip_block
        # Ids, not secrets: a seeded generator makes runs repeat exactly.
        self._rng: random.Random = random.Random(seed) if seed is not None else random.SystemRandom()  # noqa: S311
        self._lock = threading.RLock()
        self._auth_failures: dict[str, list[float]] = {}
        self._blocked_until: dict[str, float] = {}
        self._auth_prune_at = AUTH_PRUNE_AT
        self.on_events: Callable[[list[dict[str, Any]]], None] | None = None
        self.events_wanted: Callable[[], bool] = lambda: self.on_events is not None
        self._next_due = 0.0
        # In-memory copies of rarely changing rows (tokens, account settings); cleared on every change.
        self._auth_cache: dict[str, tuple[Principal, bool]] = {}
        self._text_deleted_cache: dict[int, bool] = {}
        self._tokens = list(tokens) if tokens is not None else [DEFAULT_TOKEN]
        self._inactive = list(inactive_tokens)
        self.conn = sqlite3.connect(db, check_same_thread=False, isolation_level=None)
        self.conn.row_factory = sqlite3.Row
        # SQLite's lower() folds ASCII only: "Über" would never match a search for "über" (or for "Über",
        # lowered in Python). The filters use Python's lower() on both sides.
        self.conn.create_function("ulower", 1, _ulower, deterministic=True)
        if db != ":memory:":
            self.conn.execute("PRAGMA journal_mode=WAL")
            self.conn.execute(f"PRAGMA synchronous={'FULL' if synchronous.upper() == 'FULL' else 'NORMAL'}")
        self.conn.execute("PRAGMA busy_timeout=5000")
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
            return str(uuidlib.uuid4())
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
            self._refresh_next_due(c)
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

    # --- auth ------------------------------------------------------------------------------------

    def authenticate(self, token: str | None, ip: str) -> Principal:
        """Check the API token: 429 for a blocked IP, 401 for a bad token (counted), 403 for an inactive account."""
        now = self.clock.now()
        with self._lock:
            self.check_ip_block(ip)
            known = self._auth_cache.get(token) if token else None
            if known is None and token:
                row = self.conn.execute(
                    "SELECT t.key_id, t.account_id, t.active, a.active AS account_active FROM tokens t "
                    "JOIN accounts a ON a.id = t.account_id WHERE t.token=?",
                    (token,),
                ).fetchone()
                if row is not None:
                    principal = Principal(int(row["account_id"]), int(row["key_id"]))
                    known = self._auth_cache[token] = (principal, bool(row["active"] and row["account_active"]))
            if known is None:
                if self.ip_block:
                    self._prune_auth_state(now)
                    recent = [t for t in self._auth_failures.get(ip, []) if now - t < AUTH_WINDOW]
                    recent.append(now)
                    self._auth_failures[ip] = recent
                    if len(recent) > AUTH_MAX_FAILURES:
                        self._blocked_until[ip] = now + AUTH_BLOCK
                        self._auth_failures.pop(ip, None)
                raise EmulatorError(401, UNAUTHORIZED)
            if not known[1]:
                raise EmulatorError(403, FORBIDDEN)
            return known[0]

    def check_ip_block(self, ip: str) -> None:
        """429 (with Retry-After) while `ip` is blocked for bad tokens: for every request, known path or not."""
        if not self._blocked_until:
            return
        now = self.clock.now()
        with self._lock:
            until = self._blocked_until.get(ip)
            if until is not None:
                if now < until:
                    raise EmulatorError(429, TOO_MANY, {"Retry-After": str(max(1, int(until - now + 0.999)))})
                del self._blocked_until[ip]

    def _prune_auth_state(self, now: float) -> None:
        """Forget failures older than the window and blocks that ended, once the tables have grown.

        Without this, every IP that ever sent a bad token would keep an entry: a flood of bad tokens from
        many addresses would grow memory without bound.
        """
        if len(self._auth_failures) + len(self._blocked_until) < self._auth_prune_at:
            return
        self._auth_failures = {
            ip: times for ip, times in self._auth_failures.items() if times and now - times[-1] < AUTH_WINDOW
        }
        self._blocked_until = {ip: until for ip, until in self._blocked_until.items() if now < until}
        # Amortised: the next sweep comes when the tables have doubled again.
        self._auth_prune_at = max(AUTH_PRUNE_AT, 2 * (len(self._auth_failures) + len(self._blocked_until)))

    def clear_ip_blocks(self) -> None:
        with self._lock:
            self._auth_failures.clear()
            self._blocked_until.clear()

    # --- virtual time ----------------------------------------------------------------------------

    def tick(self) -> None:
        """Carry out every send and delivery report that is due by now (lazy progress).

        Cheap when nothing is due: `_next_due` holds the earliest pending time, so most requests
        skip the database entirely.
        """
        now = self._now()
        if now < self._next_due:
            return
        events: list[dict[str, Any]] = []
        with self._tx() as c:
            c.execute("UPDATE bulks SET status_code=5, processed_at=due_at WHERE status_code=0 AND due_at <= ?", (now,))
            # Not handed to the network (blocked, no operator, ...): final status and a refund. Rare, so one by one.
            for r in c.execute(
                "SELECT uuid, account_id, charged, outcome_code FROM sms "
                "WHERE stage=0 AND next_at <= ? AND outcome_kind='status'",
                (now,),
            ).fetchall():
                c.execute("UPDATE sms SET status_code=?, stage=2, charged=0 WHERE uuid=?", (r[3], r[0]))
                self._credit(c, int(r[1]), float(r[2]))
            c.execute(
                "UPDATE sms SET status_code=100, is_sent=1, gateway_sent_at=next_at, stage=1, next_at=next_at+? "
                "WHERE stage=0 AND next_at <= ? AND outcome_kind='dlr'",
                (pricing.DLR_DELAY, now),
            )
            if self.events_wanted():
                for r in c.execute(
                    "SELECT uuid, key_id, callback_data, outcome_code, next_at FROM sms "
                    "WHERE stage=1 AND next_at <= ? ORDER BY next_at, seq",
                    (now,),
                ).fetchall():
                    events.append(_delivery_event(r[0], r[1], int(r[3]), r[2], int(r[4])))
            c.execute("UPDATE sms SET dlr_code=outcome_code, stage=2 WHERE stage=1 AND next_at <= ?", (now,))
            c.execute(
                "UPDATE bulks SET status_code=10, processed_at=? WHERE status_code=5 AND due_at + ? <= ? "
                "AND NOT EXISTS (SELECT 1 FROM sms WHERE sms.bulk_id = bulks.uuid AND sms.stage = 0)",
                (now, pricing.BULK_DELAY, now),
            )
            self._refresh_next_due(c)
        if events and self.on_events is not None:
            self.on_events(events)

    def _refresh_next_due(self, c: sqlite3.Connection) -> None:
        """Recompute the earliest time at which `tick` has something to do."""
        sms = c.execute("SELECT MIN(next_at) FROM sms WHERE stage < 2").fetchone()[0]
        bulk = c.execute(
            "SELECT MIN(CASE status_code WHEN 0 THEN due_at ELSE due_at + ? END) FROM bulks "
            "WHERE status_code IN (0, 5)",
            (pricing.BULK_DELAY,),
        ).fetchone()[0]
        candidates = [float(x) for x in (sms, bulk) if x is not None]
        self._next_due = min(candidates) if candidates else float("inf")

    def _due_at(self, when: float) -> None:
        self._next_due = min(self._next_due, when)

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

    # --- SMS -------------------------------------------------------------------------------------

    def _account_defaults(self, who: Principal, body: Mapping[str, Any]) -> dict[str, Any]:
        """The body with the account-wide "delete texts after sending" applied when the request leaves it out."""
        if body.get("is_text_deleted") is not None:
            return dict(body)
        flag = self._text_deleted_cache.get(who.account_id)
        if flag is None:
            row = self.conn.execute("SELECT is_text_deleted FROM accounts WHERE id=?", (who.account_id,)).fetchone()
            flag = self._text_deleted_cache[who.account_id] = bool(row[0]) if row else False
        return {**body, "is_text_deleted": flag}

    def _prepare_sms(self, body: Mapping[str, Any]) -> dict[str, Any]:
        """Check the rules across fields (422) and compute the SMS's derived fields."""
        violations: list[Violation] = []
        service = body.get("service_code") or "direct"
        attempts = body.get("attempts_count_max")
        if attempts is not None and service == "direct":
            violations.append(
                Violation("attempts_count_max", "This value must be null for the service direct.", "e2c0a0a3-attempts")
            )
        normal = normalize_phone(body["phone"])
        if normal is None:
            violations.append(Violation("phone", "This value is not a valid phone number.", CODE_PHONE))
        enc = encode(body["text"], body.get("is_unicode"))
        if enc.parts_count > MAX_PARTS:
            violations.append(
                Violation("text", f"The text needs {enc.parts_count} SMS parts; at most {MAX_PARTS} are allowed.", "")
            )
        if violations:
            raise ViolationError(422, violations)
        assert normal is not None
        phone, iso2 = normal
        return {
            "text": enc.text,
            "phone": phone,
            "iso2": iso2,
            "is_unicode": enc.is_unicode,
            "chars_count": enc.chars_count,
            "parts_count": enc.parts_count,
            "service_code": service,
            "attempts_count_max": attempts,
            "price": pricing.price_for(iso2, enc.parts_count, service, attempts),
        }

    def _sms_row(
        self, who: Principal, body: Mapping[str, Any], prep: Mapping[str, Any], ip: str, now: int, sms_uuid: str
    ) -> dict[str, Any]:
        delivery_at = body.get("delivery_at") or 0
        outcome = pricing.OUTCOMES.get(prep["phone"], pricing.DEFAULT_OUTCOME)
        return {
            "uuid": sms_uuid,
            "account_id": who.account_id,
            "key_id": who.key_id,
            "text": prep["text"],
            "sender_id": body["sender_id"],
            "phone": prep["phone"],
            "iso2": prep["iso2"],
            "delivery_at": delivery_at,
            "status_code": 0,
            "gateway_sent_at": 0,
            "dlr_code": 0,
            "source": body.get("source"),
            "ip": ip,
            "created_at": now,
            "is_unicode": int(prep["is_unicode"]),
            "voice_lang": body.get("voice_lang"),
            "parts_count": prep["parts_count"],
            "chars_count": prep["chars_count"],
            "callback_data": body.get("callback_data"),
            "bulk_id": None,
            "service_code": prep["service_code"],
            "is_text_deleted": int(bool(body.get("is_text_deleted"))),
            "price": prep["price"],
            "charged": prep["price"],
            "is_sent": 0,
            "attempts_count_max": prep["attempts_count_max"],
            "stage": 0,
            "next_at": max(now + pricing.SEND_DELAY, delivery_at),
            "outcome_kind": outcome[0],
            "outcome_code": outcome[1],
        }

    def _insert_sms(self, c: sqlite3.Connection, row: Mapping[str, Any]) -> None:
        self._due_at(row["next_at"])
        names = _SMS_COLUMNS.split(", ")
        c.execute(f"INSERT INTO sms ({_SMS_COLUMNS}) VALUES ({', '.join('?' * len(names))})", [row[n] for n in names])

    @_locked
    def create_sms(self, who: Principal, body: Mapping[str, Any], ip: str) -> dict[str, Any]:
        """POST /sms: validate the rules, price, debit (402 when short) and store the SMS."""
        write = self.prepare_create_sms(who, body, ip)
        with self._tx() as c:
            return write(c)

    @_locked
    def prepare_create_sms(self, who: Principal, body: Mapping[str, Any], ip: str) -> Write:
        """The checks of POST /sms (400/422 raised here) and the write that stores it (402 raised there).

        The write runs inside a transaction of the caller's, alone (`create_sms`) or together with other
        requests' writes (`run_batch`, group commit); it changes nothing before it raises.
        """
        self.tick()
        body = self._account_defaults(who, body)
        prep = self._prepare_sms(body)

        def write(c: sqlite3.Connection) -> dict[str, Any]:
            row = self._sms_row(who, body, prep, ip, self._now(), self._uuid("sms"))
            if not self._debit(c, who.account_id, row["price"]):
                raise EmulatorError(402, PAYMENT_REQUIRED)
            self._insert_sms(c, row)
            return sms_json(row)

        return write

    @_locked
    def run_batch(self, writes: Sequence[Write]) -> list[dict[str, Any] | Exception]:
        """Run many requests' writes in one transaction (one commit); each gets its result or its error.

        Each write runs in its own SAVEPOINT: one that fails (a 402, or an unexpected error) leaves no trace and
        does not take the others' writes down with it. Results are returned only after COMMIT.
        """
        results: list[dict[str, Any] | Exception] = []
        with self._tx() as c:
            for write in writes:
                c.execute("SAVEPOINT w")
                try:
                    result: dict[str, Any] | Exception = write(c)
                except Exception as exc:
                    c.execute("ROLLBACK TO w")
                    result = exc
                c.execute("RELEASE w")
                results.append(result)
        return results

    @_locked
    def dry_run_sms(self, who: Principal, body: Mapping[str, Any], ip: str) -> dict[str, Any]:
        """POST /sms/dryrun: the SMS POST /sms would create; nothing stored or charged."""
        body = self._account_defaults(who, body)
        prep = self._prepare_sms(body)
        return sms_json(self._sms_row(who, body, prep, ip, self._now(), DRYRUN_UUID))

    @_locked
    def get_sms(self, who: Principal, sms_uuid: str) -> dict[str, Any]:
        self.tick()
        row = self.conn.execute(
            "SELECT * FROM sms WHERE uuid=? AND account_id=?", (sms_uuid, who.account_id)
        ).fetchone()
        if row is None:
            raise not_found("Sms not found.")
        return sms_json(row)

    @_locked
    def delete_sms(self, who: Principal, sms_uuid: str) -> None:
        self.tick()
        with self._tx() as c:
            cur = c.execute("DELETE FROM sms WHERE uuid=? AND account_id=?", (sms_uuid, who.account_id))
            if cur.rowcount == 0:
                raise not_found("Sms not found.")

    @_locked
    def list_sms(self, who: Principal, query: Mapping[str, Any]) -> tuple[list[dict[str, Any]], int]:
        """GET /sms: one page of the filtered SMS and the total count."""
        self.tick()
        where, params = _sms_where(who.account_id, query)
        total = self.conn.execute(f"SELECT COUNT(*) FROM sms WHERE {where}", params).fetchone()[0]
        order = "created_at DESC, seq DESC"
        if "_order[created_at]" in query:
            d = "ASC" if query["_order[created_at]"] == "asc" else "DESC"
            order = f"created_at {d}, seq {d}"
        elif "_order[gateway_sent_at]" in query:
            d = "ASC" if query["_order[gateway_sent_at]"] == "asc" else "DESC"
            order = f"gateway_sent_at {d}, seq {d}"
        rows = self.conn.execute(
            f"SELECT * FROM sms WHERE {where} ORDER BY {order} LIMIT ? OFFSET ?",
            [*params, PAGE_SIZE, (query.get("page", 1) - 1) * PAGE_SIZE],
        ).fetchall()
        return [sms_json(r) for r in rows], int(total)

    @_locked
    def cancel_sms_batch(self, who: Principal, query: Mapping[str, Any]) -> dict[str, int]:
        """POST /sms/ops/batch_cancel: stop the unsent matching SMS (status 6000) and refund them."""
        self.tick()
        where, params = _sms_where(who.account_id, query, strict=True)
        with self._tx() as c:
            rows = c.execute(f"SELECT uuid, charged FROM sms WHERE {where} AND stage=0", params).fetchall()
            refund = sum(float(r["charged"]) for r in rows)
            c.executemany("UPDATE sms SET status_code=6000, stage=2, charged=0 WHERE uuid=?", [(r[0],) for r in rows])
            self._credit(c, who.account_id, round(refund, 6))
        return {"deleted_sms_count": len(rows)}

    @_locked
    def delete_sms_batch(self, who: Principal, query: Mapping[str, Any]) -> dict[str, int]:
        """POST /sms/ops/batch_delete: delete the matching SMS (no refund)."""
        self.tick()
        where, params = _sms_where(who.account_id, query, strict=True)
        with self._tx() as c:
            cur = c.execute(f"DELETE FROM sms WHERE {where}", params)
        return {"deleted_sms_count": cur.rowcount}

    # --- bulks -----------------------------------------------------------------------------------

    def _bulk_plan(self, who: Principal, body: Mapping[str, Any]) -> dict[str, Any]:
        """Expand a bulk into its recipients (422 for unknown groups, bad numbers, no recipients)."""
        phones_in = body.get("phones") or []
        groups_in = body.get("msg_groups") or []
        if not phones_in and not groups_in:
            raise unprocessable("phones", "Give phones, msg_groups or both.")
        violations: list[Violation] = []
        recipients: list[tuple[str, str | None, Mapping[str, Any] | None, Mapping[str, Any] | None]] = []
        phones_out: list[str] = []
        for i, raw in enumerate(phones_in):
            normal = normalize_phone(raw)
            if normal is None:
                violations.append(Violation(f"phones[{i}]", "This value is not a valid phone number.", CODE_PHONE))
            else:
                phones_out.append(normal[0])
                recipients.append((normal[0], normal[1], None, None))
        groups: list[sqlite3.Row] = []
        for i, gid in enumerate(groups_in):
            group = self.conn.execute(
                "SELECT * FROM groups WHERE id=? AND account_id=?", (gid, who.account_id)
            ).fetchone()
            if group is None:
                violations.append(Violation(f"msg_groups[{i}]", f"Group {gid} not found.", CODE_RULE))
                continue
            groups.append(group)
            for member in self.conn.execute("SELECT * FROM phones WHERE group_id=? ORDER BY id", (gid,)):
                normal = normalize_phone(member["phone"])
                recipients.append((member["phone"], normal[1] if normal else None, group, member))
        text = body["text"]
        has_placeholders = bool(_ANY_PLACEHOLDER.search(text))
        if not has_placeholders and encode(text, body.get("is_unicode")).parts_count > MAX_PARTS:
            violations.append(Violation("text", f"The text needs more than {MAX_PARTS} SMS parts.", ""))
        if violations:
            raise ViolationError(422, violations)
        return {
            "recipients": recipients,
            "groups": groups,
            "phones": phones_out if body.get("phones") is not None else None,
        }

    def _bulk_messages(self, body: Mapping[str, Any], plan: Mapping[str, Any]) -> list[dict[str, Any]]:
        """One dict per SMS of the bulk: final text, encoding, price, callback data."""
        service = body.get("service_code") or "direct"
        out: list[dict[str, Any]] = []
        for phone, iso2, group, member in plan["recipients"]:
            text = body["text"]
            if member is None:
                # A plain phone has no column values: every placeholder of the bulk's groups becomes "".
                for g in plan["groups"] or [None]:
                    for placeholder, _ in _placeholders(g):
                        text = text.replace(placeholder, "")
            else:
                for placeholder, col in _placeholders(group):
                    text = text.replace(placeholder, member[col] or "")
            if len(text) > MAX_FILLED_CHARS:
                # Placeholders can fill a 1785-character text with 1530-character columns (~455 000 characters a
                # member): more than ten parts in any encoding. Encoding and storing all of it, for each member
                # of up to 100 groups, blocked the server for minutes; the SMS is never sent (status 400) anyway.
                forced = body.get("is_unicode")
                is_unicode = bool(forced) if forced is not None else not is_gsm(text[:MAX_FILLED_CHARS])
                enc = Encoded(text[:MAX_FILLED_CHARS], is_unicode, len(text), math.ceil(len(text) / 153))
            else:
                enc = encode(text, body.get("is_unicode"))
            too_long = enc.parts_count > MAX_PARTS
            out.append(
                {
                    "phone": phone,
                    "iso2": iso2,
                    "text": enc.text,
                    "is_unicode": enc.is_unicode,
                    "chars_count": enc.chars_count,
                    "parts_count": enc.parts_count,
                    "price": pricing.price_for(iso2, enc.parts_count, service),
                    "too_long": too_long,
                    "callback_data": member["callback_data"] if member is not None else None,
                }
            )
        return out

    def _bulk_json(self, row: Row, *, short: bool = False, dryrun: bool = False) -> dict[str, Any]:
        result: dict[str, Any] = {
            "uuid": row["uuid"],
            "delivery_at": row["delivery_at"],
            "status_code": row["status_code"],
            "msg_total_count": row["msg_total_count"],
            "created_at": row["created_at"],
            "processed_at": row["processed_at"],
            "ip": row["ip"],
            "is_unicode": None if row["is_unicode"] is None else bool(row["is_unicode"]),
            "is_dryrun": dryrun,
            "service_code": row["service_code"],
            "key_id": row["key_id"],
            "source": row["source"],
            "voice_lang": row["voice_lang"],
            "is_text_deleted": bool(row["is_text_deleted"]),
            "msg_total_cost": round(float(row["msg_total_cost"]), 4),
        }
        if not short:
            phones = row["phones"]
            groups = row["msg_groups"]
            result.update(
                {
                    "sender_id": row["sender_id"],
                    "text": row["text"],
                    "phones": json.loads(phones) if isinstance(phones, str) else phones,
                    "msg_groups": json.loads(groups) if isinstance(groups, str) else groups,
                }
            )
        return result

    @_locked
    def create_bulk(self, who: Principal, body: Mapping[str, Any], ip: str, *, dryrun: bool = False) -> dict[str, Any]:
        """POST /bulks (and /bulks/dryrun): expand, price and (unless dry) store the bulk and its SMS."""
        self.tick()
        body = self._account_defaults(who, body)
        plan = self._bulk_plan(who, body)
        messages = self._bulk_messages(body, plan)
        now = self._now()
        delivery_at = body.get("delivery_at") or 0
        due_at = max(now, delivery_at)
        row: dict[str, Any] = {
            "uuid": "",
            "account_id": who.account_id,
            "key_id": who.key_id,
            "sender_id": body["sender_id"],
            "text": body["text"],
            "phones": plan["phones"],
            "msg_groups": body.get("msg_groups"),
            "delivery_at": delivery_at,
            "due_at": due_at,
            "status_code": 0 if messages else 201,
            "msg_total_count": len(messages),
            "msg_total_cost": 0.0,
            "created_at": now,
            "processed_at": None if messages else now,
            "ip": ip,
            "is_unicode": body.get("is_unicode"),
            "service_code": body.get("service_code") or "direct",
            "source": body.get("source"),
            "voice_lang": body.get("voice_lang"),
            "is_text_deleted": int(bool(body.get("is_text_deleted"))),
        }
        if dryrun:
            row["uuid"] = str(uuidlib.UUID(int=self._rng.getrandbits(128), version=4))
            row["msg_total_cost"] = round(sum(m["price"] for m in messages if not m["too_long"]), 6)
            return self._bulk_json(row, dryrun=True)
        with self._tx() as c:
            row["uuid"] = self._uuid("bulks")
            total = 0.0
            for m in messages:
                sms_body = {**body, "sender_id": body["sender_id"], "callback_data": m["callback_data"]}
                prep = {**m, "service_code": row["service_code"], "attempts_count_max": None}
                sms = self._sms_row(who, sms_body, prep, ip, now, self._uuid("sms"))
                sms["bulk_id"] = row["uuid"]
                sms["next_at"] = due_at + pricing.BULK_DELAY
                if m["too_long"]:
                    sms.update(status_code=400, stage=2, charged=0.0)
                elif not self._debit(c, who.account_id, m["price"]):
                    sms.update(status_code=3000, stage=2, charged=0.0)
                else:
                    total += m["price"]
                self._insert_sms(c, sms)
            row["msg_total_cost"] = round(total, 6)
            self._due_at(due_at)
            c.execute(
                "INSERT INTO bulks (uuid, account_id, key_id, sender_id, text, phones, msg_groups, delivery_at, "
                "due_at, status_code, msg_total_count, msg_total_cost, created_at, processed_at, ip, is_unicode, "
                "service_code, source, voice_lang, is_text_deleted) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (
                    row["uuid"],
                    row["account_id"],
                    row["key_id"],
                    row["sender_id"],
                    row["text"],
                    None if row["phones"] is None else json.dumps(row["phones"]),
                    None if row["msg_groups"] is None else json.dumps(row["msg_groups"]),
                    row["delivery_at"],
                    row["due_at"],
                    row["status_code"],
                    row["msg_total_count"],
                    row["msg_total_cost"],
                    row["created_at"],
                    row["processed_at"],
                    row["ip"],
                    None if row["is_unicode"] is None else int(row["is_unicode"]),
                    row["service_code"],
                    row["source"],
                    row["voice_lang"],
                    row["is_text_deleted"],
                ),
            )
        return self._bulk_json(row)

    def _get_bulk_row(self, who: Principal, bulk_id: str) -> sqlite3.Row:
        row = self.conn.execute(
            "SELECT * FROM bulks WHERE uuid=? AND account_id=?", (bulk_id, who.account_id)
        ).fetchone()
        if row is None:
            raise not_found("Bulk not found.")
        return row  # type: ignore[no-any-return]

    @_locked
    def get_bulk(self, who: Principal, bulk_id: str) -> dict[str, Any]:
        self.tick()
        return self._bulk_json(self._get_bulk_row(who, bulk_id))

    @_locked
    def get_bulk_status(self, who: Principal, bulk_id: str) -> dict[str, Any]:
        self.tick()
        return self._bulk_json(self._get_bulk_row(who, bulk_id), short=True)

    @_locked
    def list_bulks(self, who: Principal, query: Mapping[str, Any]) -> tuple[list[dict[str, Any]], int]:
        self.tick()
        where, params, order = _where(who.account_id, query, filters.BULK_FILTERS)
        d = "ASC" if query.get("_order[created_at]") == "asc" else "DESC"
        order = f"{order or f'created_at {d}'}, seq {d}"
        total = self.conn.execute(f"SELECT COUNT(*) FROM bulks WHERE {where}", params).fetchone()[0]
        rows = self.conn.execute(
            f"SELECT * FROM bulks WHERE {where} ORDER BY {order} LIMIT ? OFFSET ?",
            [*params, PAGE_SIZE, (query.get("page", 1) - 1) * PAGE_SIZE],
        ).fetchall()
        return [self._bulk_json(r, short=True) for r in rows], int(total)

    @_locked
    def cancel_bulk(self, who: Principal, bulk_id: str) -> dict[str, Any]:
        """PUT /bulks/{id}/cancel: status 15, unsent SMS 6000 and refunded (only from status 0 or 5)."""
        self.tick()
        with self._tx() as c:
            row = self._get_bulk_row(who, bulk_id)
            if row["status_code"] in (0, 5):
                rows = c.execute("SELECT uuid, charged FROM sms WHERE bulk_id=? AND stage=0", (bulk_id,)).fetchall()
                c.executemany(
                    "UPDATE sms SET status_code=6000, stage=2, charged=0 WHERE uuid=?", [(r[0],) for r in rows]
                )
                self._credit(c, who.account_id, round(sum(float(r["charged"]) for r in rows), 6))
                c.execute("UPDATE bulks SET status_code=15, processed_at=? WHERE uuid=?", (self._now(), bulk_id))
        return self._bulk_json(self._get_bulk_row(who, bulk_id), short=True)

    @_locked
    def delete_bulk(self, who: Principal, bulk_id: str) -> None:
        """DELETE /bulks/{id}: the bulk and its SMS (no refund)."""
        self.tick()
        with self._tx() as c:
            self._get_bulk_row(who, bulk_id)
            c.execute("DELETE FROM sms WHERE bulk_id=? AND account_id=?", (bulk_id, who.account_id))
            c.execute("DELETE FROM bulks WHERE uuid=?", (bulk_id,))

    # --- groups and phones -----------------------------------------------------------------------

    def _group_json(self, row: Row) -> dict[str, Any]:
        count = self.conn.execute("SELECT COUNT(*) FROM phones WHERE group_id=?", (row["id"],)).fetchone()[0]
        return {
            "id": row["id"],
            "name": row["name"],
            "description": row["description"],
            **{f"name_{c}": row[f"name_{c}"] for c in _COLUMNS},
            "count_items": int(count),
            "deleted_at": None,
        }

    def _get_group_row(self, who: Principal, group_id: int) -> sqlite3.Row:
        row = self.conn.execute(
            "SELECT * FROM groups WHERE id=? AND account_id=?", (group_id, who.account_id)
        ).fetchone()
        if row is None:
            raise not_found("Group not found.")
        return row  # type: ignore[no-any-return]

    def _check_phones(self, phones: Mapping[str, Mapping[str, Any]] | None) -> dict[str, str]:
        """Normalise the phones of a group write; 422 for a number that is not real."""
        out: dict[str, str] = {}
        violations: list[Violation] = []
        for key, item in (phones or {}).items():
            normal = normalize_phone(item["phone"])
            if normal is None:
                violations.append(
                    Violation(f"phones.{key}.phone", "This value is not a valid phone number.", CODE_PHONE)
                )
            else:
                out[key] = normal[0]
        if violations:
            raise ViolationError(422, violations)
        return out

    def _insert_phone(self, c: sqlite3.Connection, group_id: int, item: Mapping[str, Any], phone: str) -> int:
        cur = c.execute(
            "INSERT INTO phones (group_id, phone, a, b, c, d, e, callback_data) VALUES (?,?,?,?,?,?,?,?)",
            (group_id, phone, *(item.get(col) for col in _COLUMNS), item.get("callback_data")),
        )
        assert cur.lastrowid is not None
        return cur.lastrowid

    @_locked
    def create_group(self, who: Principal, body: Mapping[str, Any]) -> dict[str, Any]:
        phones = self._check_phones(body.get("phones"))
        with self._tx() as c:
            cur = c.execute(
                "INSERT INTO groups (account_id, name, description, name_a, name_b, name_c, name_d, name_e) "
                "VALUES (?,?,?,?,?,?,?,?)",
                (who.account_id, body["name"], body.get("description"), *(body.get(f"name_{x}") for x in _COLUMNS)),
            )
            assert cur.lastrowid is not None
            group_id = cur.lastrowid
            for key, phone in phones.items():
                self._insert_phone(c, group_id, body["phones"][key], phone)
        return self.get_group(who, group_id)

    @_locked
    def get_group(self, who: Principal, group_id: int) -> dict[str, Any]:
        return self._group_json(self._get_group_row(who, group_id))

    @_locked
    def list_groups(self, who: Principal, page: int) -> tuple[list[dict[str, Any]], int]:
        total = self.conn.execute("SELECT COUNT(*) FROM groups WHERE account_id=?", (who.account_id,)).fetchone()[0]
        rows = self.conn.execute(
            "SELECT * FROM groups WHERE account_id=? ORDER BY id LIMIT ? OFFSET ?",
            (who.account_id, PAGE_SIZE, (page - 1) * PAGE_SIZE),
        ).fetchall()
        return [self._group_json(r) for r in rows], int(total)

    @_locked
    def update_group(self, who: Principal, group_id: int, body: Mapping[str, Any]) -> dict[str, Any]:
        """PUT /groups/{id}: fields left out keep their value; `phones` are added."""
        self._get_group_row(who, group_id)
        phones = self._check_phones(body.get("phones"))
        fields = [f for f in ("name", "description", *(f"name_{x}" for x in _COLUMNS)) if f in body]
        with self._tx() as c:
            if fields:
                c.execute(
                    f"UPDATE groups SET {', '.join(f'{f}=?' for f in fields)} WHERE id=?",
                    [*(body[f] for f in fields), group_id],
                )
            for key, phone in phones.items():
                self._insert_phone(c, group_id, body["phones"][key], phone)
        return self.get_group(who, group_id)

    @_locked
    def delete_group(self, who: Principal, group_id: int) -> None:
        with self._tx() as c:
            self._get_group_row(who, group_id)
            c.execute("DELETE FROM phones WHERE group_id=?", (group_id,))
            c.execute("DELETE FROM groups WHERE id=?", (group_id,))

    @_locked
    def export_group_csv(self, who: Principal, group_id: int) -> str:
        """GET /groups/{id}/file/csv: `id,phone,<name_a or col_A>,…,callback_data`."""
        group = self._get_group_row(who, group_id)
        buf = io.StringIO()
        writer = csv.writer(buf, lineterminator="\n")
        writer.writerow(
            ["id", "phone", *(_csv_cell(group[f"name_{c}"] or f"col_{c.upper()}") for c in _COLUMNS), "callback_data"]
        )
        for p in self.conn.execute("SELECT * FROM phones WHERE group_id=? ORDER BY id", (group_id,)):
            writer.writerow(
                [p["id"], p["phone"], *(_csv_cell(p[c] or "") for c in _COLUMNS), _csv_cell(p["callback_data"] or "")]
            )
        return buf.getvalue()

    @staticmethod
    def _phone_json(row: Row) -> dict[str, Any]:
        return {
            "id": row["id"],
            "phone": row["phone"],
            **{c: row[c] for c in _COLUMNS},
            "callback_data": row["callback_data"],
            "subscribed_at": row["subscribed_at"],
            "unsubscribed_at": row["unsubscribed_at"],
            "unsubscribe_reason": row["unsubscribe_reason"],
        }

    @_locked
    def list_group_phones(self, who: Principal, group_id: int, page: int) -> tuple[list[dict[str, Any]], int]:
        self._get_group_row(who, group_id)
        total = self.conn.execute("SELECT COUNT(*) FROM phones WHERE group_id=?", (group_id,)).fetchone()[0]
        rows = self.conn.execute(
            "SELECT * FROM phones WHERE group_id=? ORDER BY id LIMIT ? OFFSET ?",
            (group_id, PAGE_SIZE, (page - 1) * PAGE_SIZE),
        ).fetchall()
        return [self._phone_json(r) for r in rows], int(total)

    @_locked
    def create_group_phone(self, who: Principal, group_id: int, body: Mapping[str, Any]) -> dict[str, Any]:
        self._get_group_row(who, group_id)
        normal = normalize_phone(body["phone"])
        if normal is None:
            raise unprocessable("phone", "This value is not a valid phone number.", CODE_PHONE)
        with self._tx() as c:
            phone_id = self._insert_phone(c, group_id, body, normal[0])
        return self.get_phone(who, phone_id)

    @_locked
    def create_group_phones_batch(
        self, who: Principal, group_id: int, items: Sequence[Mapping[str, Any]]
    ) -> list[dict[str, Any]]:
        """POST /groups/{id}/phones/batch: one result per item, `status` 201 or 400/422 with an error body."""
        self._get_group_row(who, group_id)
        results: list[dict[str, Any]] = []
        with self._tx() as c:
            for item in items:
                if item.get("phone") is None:
                    results.append({"status": 400, "body": _error_body(400, "phone: This value should not be blank.")})
                    continue
                normal = normalize_phone(item["phone"])
                if normal is None:
                    results.append(
                        {"status": 422, "body": _error_body(422, "phone: This value is not a valid phone number.")}
                    )
                    continue
                phone_id = self._insert_phone(c, group_id, item, normal[0])
                row = c.execute("SELECT * FROM phones WHERE id=?", (phone_id,)).fetchone()
                results.append({"status": 201, "body": self._phone_json(row)})
        return results

    def _get_phone_row(self, who: Principal, phone_id: int) -> sqlite3.Row:
        row = self.conn.execute(
            "SELECT p.* FROM phones p JOIN groups g ON g.id = p.group_id WHERE p.id=? AND g.account_id=?",
            (phone_id, who.account_id),
        ).fetchone()
        if row is None:
            raise not_found("Phone not found.")
        return row  # type: ignore[no-any-return]

    @_locked
    def get_phone(self, who: Principal, phone_id: int) -> dict[str, Any]:
        return self._phone_json(self._get_phone_row(who, phone_id))

    @_locked
    def update_phone(self, who: Principal, phone_id: int, body: Mapping[str, Any]) -> dict[str, Any]:
        self._get_phone_row(who, phone_id)
        normal = normalize_phone(body["phone"])
        if normal is None:
            raise unprocessable("phone", "This value is not a valid phone number.", CODE_PHONE)
        fields = [f for f in (*_COLUMNS, "callback_data") if f in body]
        with self._tx() as c:
            c.execute(
                f"UPDATE phones SET {', '.join(['phone=?', *(f'{f}=?' for f in fields)])} WHERE id=?",
                [normal[0], *(body[f] for f in fields), phone_id],
            )
        return self.get_phone(who, phone_id)

    @_locked
    def delete_phone(self, who: Principal, phone_id: int) -> None:
        with self._tx() as c:
            self._get_phone_row(who, phone_id)
            c.execute("DELETE FROM phones WHERE id=?", (phone_id,))

    # --- account and incomings -------------------------------------------------------------------

    @_locked
    def get_account(self, who: Principal) -> dict[str, Any]:
        self.tick()
        acc = self.conn.execute("SELECT * FROM accounts WHERE id=?", (who.account_id,)).fetchone()
        groups = self.conn.execute("SELECT id FROM groups WHERE account_id=? ORDER BY id", (who.account_id,))
        return {
            "id": acc["id"],
            "currency": acc["currency"],
            "balance_changed_at": acc["balance_changed_at"],
            "is_text_deleted": bool(acc["is_text_deleted"]),
            "balance_amount": round(float(acc["balance"]), 4),
            "services": ["direct", "text2speech", "text2speech_ssml"],
            "groups": {str(g[0]): f"/groups/{g[0]}" for g in groups},
        }

    @staticmethod
    def _incoming_json(row: Row) -> dict[str, Any]:
        return {
            "uuid": row["uuid"],
            "to": row["to_number"],
            "from": row["from_number"],
            "received_at": row["received_at"],
            "text": row["text"],
            "msg_uuid": row["msg_uuid"],
        }

    @_locked
    def list_incomings(self, who: Principal, query: Mapping[str, Any]) -> tuple[list[dict[str, Any]], int]:
        where, params, _ = _where(who.account_id, query, filters.INCOMING_FILTERS)
        d = "ASC" if query.get("_order[received_at]") == "asc" else "DESC"
        total = self.conn.execute(f"SELECT COUNT(*) FROM incomings WHERE {where}", params).fetchone()[0]
        rows = self.conn.execute(
            f"SELECT * FROM incomings WHERE {where} ORDER BY received_at {d}, seq {d} LIMIT ? OFFSET ?",
            [*params, PAGE_SIZE, (query.get("page", 1) - 1) * PAGE_SIZE],
        ).fetchall()
        return [self._incoming_json(r) for r in rows], int(total)

    @_locked
    def get_incoming(self, who: Principal, incoming_uuid: str) -> dict[str, Any]:
        row = self.conn.execute(
            "SELECT * FROM incomings WHERE uuid=? AND account_id=?", (incoming_uuid, who.account_id)
        ).fetchone()
        if row is None:
            raise not_found("Incoming not found.")
        return self._incoming_json(row)

    @_locked
    def delete_incoming(self, who: Principal, incoming_uuid: str) -> None:
        with self._tx() as c:
            cur = c.execute("DELETE FROM incomings WHERE uuid=? AND account_id=?", (incoming_uuid, who.account_id))
            if cur.rowcount == 0:
                raise not_found("Incoming not found.")

    # --- control plane ---------------------------------------------------------------------------

    @_locked
    def reset(self) -> None:
        """Forget everything; accounts get the initial balance again and group 7117 is seeded."""
        with self._tx() as c:
            for table in ("sms", "bulks", "phones", "groups", "incomings", "tokens", "accounts", "meta"):
                c.execute(f"DELETE FROM {table}")
            c.execute("DELETE FROM sqlite_sequence")
        if self.seed is not None:
            self._rng = random.Random(self.seed)  # noqa: S311
        self.clear_ip_blocks()
        self._bootstrap()

    @_locked
    def outbox(self) -> list[dict[str, Any]]:
        """Every SMS handed to the network (all accounts), oldest first, with its original text."""
        self.tick()
        rows = self.conn.execute("SELECT * FROM sms WHERE is_sent=1 ORDER BY gateway_sent_at, seq").fetchall()
        return [{**sms_json(r, keep_text=True), "account_id": r["account_id"]} for r in rows]

    @_locked
    def list_accounts(self) -> list[dict[str, Any]]:
        out = []
        for acc in self.conn.execute("SELECT * FROM accounts ORDER BY id").fetchall():
            tokens = self.conn.execute(
                "SELECT token, key_id, active FROM tokens WHERE account_id=? ORDER BY key_id", (acc["id"],)
            ).fetchall()
            out.append(
                {
                    "id": acc["id"],
                    "balance_amount": round(float(acc["balance"]), 4),
                    "currency": acc["currency"],
                    "active": bool(acc["active"]),
                    "is_text_deleted": bool(acc["is_text_deleted"]),
                    "tokens": [{"token": t[0], "key_id": t[1], "active": bool(t[2])} for t in tokens],
                }
            )
        return out

    @_locked
    def upsert_account(
        self,
        *,
        token: str | None = None,
        account_id: int | None = None,
        balance: float | None = None,
        active: bool | None = None,
        currency: str | None = None,
        is_text_deleted: bool | None = None,
    ) -> dict[str, Any]:
        """Create (with a token) or change an account: balance, activation, currency, text deletion."""
        with self._tx() as c:
            if token is not None:
                account_id = self._ensure_token(c, token, active=True)
            if account_id is None or not c.execute("SELECT 1 FROM accounts WHERE id=?", (account_id,)).fetchone():
                raise not_found("Account not found.")
            if balance is not None:
                c.execute(
                    "UPDATE accounts SET balance=?, balance_changed_at=? WHERE id=?", (balance, self._now(), account_id)
                )
            if active is not None:
                c.execute("UPDATE accounts SET active=? WHERE id=?", (int(active), account_id))
            if currency is not None:
                c.execute("UPDATE accounts SET currency=? WHERE id=?", (currency, account_id))
            if is_text_deleted is not None:
                c.execute("UPDATE accounts SET is_text_deleted=? WHERE id=?", (int(is_text_deleted), account_id))
        self._clear_caches()
        return next(a for a in self.list_accounts() if a["id"] == account_id)

    @_locked
    def inject_incoming(
        self,
        *,
        account_id: int | None = None,
        from_number: str | None = None,
        to_number: str | None = None,
        text: str | None = None,
        msg_uuid: str | None = None,
        received_at: int | None = None,
    ) -> dict[str, Any]:
        """An inbound SMS arrives; with `msg_uuid` it is a reply to that SMS (from its recipient)."""
        self.tick()
        if msg_uuid is not None:
            sms = self.conn.execute("SELECT * FROM sms WHERE uuid=?", (msg_uuid,)).fetchone()
            if sms is None:
                raise not_found("Sms not found.")
            account_id = int(sms["account_id"])
            from_number = from_number or sms["phone"]
            to_number = to_number or sms["sender_id"]
        if account_id is None:
            account_id = account_id_for((self._tokens or self._inactive or [DEFAULT_TOKEN])[0])
        if not self.conn.execute("SELECT 1 FROM accounts WHERE id=?", (account_id,)).fetchone():
            raise not_found("Account not found.")
        row = {
            "uuid": self._uuid("incomings"),
            "account_id": account_id,
            "to_number": to_number or "+491700000000",
            "from_number": from_number or "+491701234567",
            "text": text,
            "received_at": received_at if received_at is not None else self._now(),
            "msg_uuid": msg_uuid,
        }
        with self._tx() as c:
            c.execute(
                "INSERT INTO incomings (uuid, account_id, to_number, from_number, text, received_at, msg_uuid) "
                "VALUES (:uuid, :account_id, :to_number, :from_number, :text, :received_at, :msg_uuid)",
                row,
            )
        incoming = self._incoming_json(row)
        if self.on_events is not None:
            self.on_events(
                [
                    {
                        "id": str(uuidlib.uuid4()),
                        "api_version": "2022-05-25",
                        "name": "sms.incoming",
                        "created_at": row["received_at"],
                        "attempt_total": 4,
                        "attempts_total": 4,
                        "attempt_number": 1,
                        "notification_task_id": str(uuidlib.uuid4()),
                        "data": {
                            "id": incoming["uuid"],
                            "from": incoming["from"],
                            "to": incoming["to"],
                            "text": incoming["text"],
                            "received_at": incoming["received_at"],
                            "msg_uuid": incoming["msg_uuid"],
                        },
                    }
                ]
            )
        return incoming


def _delivery_event(sms_uuid: str, key_id: int | None, dlr: int, callback: str | None, at: int) -> dict[str, Any]:
    """An `sms.delivery` webhook event (both spellings of the attempt count, as the spec says)."""
    return {
        "id": str(uuidlib.uuid4()),
        "api_version": "2022-05-25",
        "name": "sms.delivery",
        "created_at": at,
        "attempt_total": 4,
        "attempts_total": 4,
        "attempt_number": 1,
        "notification_task_id": str(uuidlib.uuid4()),
        "data": {"id": sms_uuid, "key_id": key_id, "dlr_code": dlr, "status_code": 100, "callback_data": callback},
    }


_NUMBER = re.compile(r"[+-]?[0-9]+([.,][0-9]+)?\Z")


def _csv_cell(value: str) -> str:
    """A free-text CSV cell that a spreadsheet will not run as a formula (OWASP: CSV injection).

    A value starting with `=`, `@`, a tab or a carriage return, or with `+`/`-` that is not a plain number, gets
    a leading `'`. Commas, quotes and newlines are the csv module's job (quoting).
    """
    if value[:1] in ("=", "@", "\t", "\r") or (value[:1] in ("+", "-") and not _NUMBER.match(value)):
        return "'" + value
    return value


def _ulower(value: Any) -> Any:
    return value.lower() if isinstance(value, str) else value


def _error_body(status: int, detail: str) -> dict[str, Any]:
    return EmulatorError(status, detail).body


def _filter_pairs(query: Mapping[str, Any]) -> list[tuple[str, str]]:
    """The query as (key, value) pairs: the raw pairs the app passes as `_raw`, else the parsed values."""
    raw = query.get("_raw")
    if raw is not None:
        return list(raw)
    out: list[tuple[str, str]] = []
    for key, value in query.items():
        for item in value if isinstance(value, list) else [value]:
            out.append((key, ("1" if item else "0") if isinstance(item, bool) else str(item)))
    return out


def _where(
    account_id: int, query: Mapping[str, Any], table: Mapping[str, filters.Field], *, strict: bool = False
) -> tuple[str, list[Any], str]:
    """WHERE clause (with the account), its parameters and the ORDER BY of LOX24's filters (filters.py)."""
    ignore = () if strict else ("page",)  # batch operations have no `page`
    sel = filters.parse(_filter_pairs(query), table, strict=strict, ignore=ignore, lower="ulower")
    return f"account_id=? AND {sel.where}", [account_id, *sel.params], sel.order_by


def _sms_where(account_id: int, query: Mapping[str, Any], *, strict: bool = False) -> tuple[str, list[Any]]:
    """The WHERE clause of the GET /sms filters (parameterised); batch operations are `strict`."""
    where, params, _ = _where(account_id, query, filters.SMS_FILTERS, strict=strict)
    return where, params


def sms_json(row: Row, *, keep_text: bool = False) -> dict[str, Any]:
    """The plain (application/json) form of an SMS."""
    deleted = bool(row["is_text_deleted"])
    sms_uuid = row["uuid"]
    return {
        "uuid": sms_uuid,
        "text": "" if deleted and row["is_sent"] and not keep_text else row["text"],
        "sender_id": row["sender_id"],
        "phone": row["phone"],
        "delivery_at": row["delivery_at"],
        "status_code": row["status_code"],
        "gateway_sent_at": row["gateway_sent_at"],
        "source": row["source"],
        "dlr_code": row["dlr_code"],
        "ip": row["ip"],
        "created_at": row["created_at"],
        "is_unicode": None if row["is_unicode"] is None else bool(row["is_unicode"]),
        "iso2": row["iso2"],
        "voice_lang": row["voice_lang"],
        "parts_count": row["parts_count"],
        "chars_count": row["chars_count"],
        "callback_data": row["callback_data"],
        "bulk_id": row["bulk_id"],
        "key_id": row["key_id"],
        "service_code": row["service_code"],
        "is_text_deleted": deleted,
        "price": round(float(row["price"]), 4),
        "is_sent": bool(row["is_sent"]),
        "requests": f"/sms/{sms_uuid}/requests",
        "clicks": f"/sms/{sms_uuid}/clicks",
        "attempts_count_max": row["attempts_count_max"],
    }

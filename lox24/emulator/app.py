"""The HTTP layer: thin Starlette handlers over `Backend`, one route table, content negotiation."""

from __future__ import annotations

import asyncio
import functools
import ipaddress
import json
import logging
import re
import secrets
from collections.abc import AsyncIterator, Awaitable, Callable, Sequence
from contextlib import asynccontextmanager
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode

from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.requests import ClientDisconnect, Request
from starlette.responses import Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from . import validation as v
from .backend import PAGE_SIZE, Backend, Principal, Write
from .clock import Clock
from .control import ControlPlane, FaultInjector
from .errors import CODE_SYNTAX, CODE_TOO_LONG, EmulatorError, bad_request
from .webhooks import Ticker, WebhookSender

log = logging.getLogger("lox24.emulator")

JSON = "application/json"
JSONLD = "application/ld+json; charset=utf-8"


def _dumps(data: Any) -> bytes:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def json_response(
    data: Any, status: int = 200, media_type: str = JSON, headers: dict[str, str] | None = None
) -> Response:
    return Response(_dumps(data), status_code=status, media_type=media_type, headers=headers)


def error_response(error: EmulatorError) -> Response:
    """Errors are always application/json."""
    return json_response(error.body, error.status, headers=error.headers)


# JSON-LD: (context, type, IRI of one item) per resource.
_LD: dict[str, tuple[str, str, Callable[[dict[str, Any]], str]]] = {
    "sms": ("/contexts/Sms", "Sms", lambda o: f"/sms/{o['uuid']}"),
    "bulk": ("/contexts/Bulks", "Bulks", lambda o: f"/bulks/{o['uuid']}"),
    "group": ("/contexts/Groups", "Groups", lambda o: f"/groups/{o['id']}"),
    "phone": ("/contexts/Phones", "Phones", lambda o: f"/phones/{o['id']}"),
    "account": ("/contexts/Account", "Account", lambda o: "/me"),
    "incoming": ("/contexts/Incoming", "Incoming", lambda o: f"/incomings/{o['uuid']}"),
}


@dataclass
class Ctx:
    """One API request: the Starlette request, path parameters, caller and negotiated representation."""

    request: Request
    params: dict[str, str]
    who: Principal
    ld: bool
    backend: Backend
    commits: GroupCommit

    @property
    def ip(self) -> str:
        """The caller's IPv4 address, as the spec types `ip` (format ipv4)."""
        return ipv4_of(self.request.client.host if self.request.client else "")

    async def body(self, schema: v.F) -> Any:
        return v.validate(v.parse_json(await read_body(self.request)), schema)

    def query(self, spec: dict[str, v.Q]) -> dict[str, Any]:
        return v.parse_query(self.request.query_params.multi_items(), spec)

    def uuid(self, name: str = "uuid") -> str:
        value = v.path_uuid(self.params[name])
        if value is None:
            raise EmulatorError(404, "Not Found")
        return value

    def int_id(self, name: str = "id") -> int:
        value = v.path_int(self.params[name])
        if value is None:
            raise EmulatorError(404, "Not Found")
        return value

    def item(self, kind: str, obj: dict[str, Any], status: int = 200) -> Response:
        if not self.ld:
            return json_response(obj, status)
        context, typ, iri = _LD[kind]
        return json_response({"@context": context, "@id": iri(obj), "@type": typ, **obj}, status, JSONLD)

    def collection(self, kind: str, items: list[dict[str, Any]], total: int, page: int) -> Response:
        if not self.ld:
            return json_response(items)
        context, typ, iri = _LD[kind]
        path = self.request.url.path
        pairs = [(k, val) for k, val in self.request.query_params.multi_items() if k != "page"]

        def link(n: int) -> str:
            return f"{path}?{urlencode([*pairs, ('page', str(n))], safe='[]')}"

        last = max(1, -(-total // PAGE_SIZE))
        view: dict[str, Any] = {
            "@id": link(page),
            "@type": "hydra:PartialCollectionView",
            "hydra:first": link(1),
            "hydra:last": link(last),
        }
        if page > 1:
            view["hydra:previous"] = link(min(page - 1, last))
        if page < last:
            view["hydra:next"] = link(page + 1)
        members = [{"@id": iri(o), "@type": typ, **o} for o in items]
        body = {
            "@context": context,
            "@id": path,
            "@type": "hydra:Collection",
            "hydra:member": members,
            "hydra:totalItems": total,
            "hydra:view": view,
        }
        return json_response(body, 200, JSONLD)


async def read_body(request: Request, limit: int = v.MAX_BODY_BYTES) -> bytes:
    """The request body; a larger one than `limit` is a 400, found without reading past `limit` (chunked too)."""
    too_big = bad_request("", f"The request body is larger than {limit} bytes.", CODE_TOO_LONG)
    length = request.headers.get("content-length", "")
    if length.isdigit() and int(length) > limit:
        raise too_big
    chunks: list[bytes] = []
    size = 0
    try:
        async for chunk in request.stream():
            size += len(chunk)
            if size > limit:  # a chunked body has no Content-Length: stop reading it here, not at its end
                raise too_big
            chunks.append(chunk)
    except ClientDisconnect:  # the client went away mid-body: nothing was stored; not an emulator bug (500)
        raise bad_request("", "The request body ended early: the client disconnected.", CODE_SYNTAX) from None
    return b"".join(chunks)


@functools.lru_cache(maxsize=1024)
def ipv4_of(host: str) -> str:
    """An IPv4 address for the stored `ip`: the peer's, its IPv4-mapped form, or 127.0.0.1 (IPv6, test clients)."""
    try:
        addr = ipaddress.ip_address(host)
    except ValueError:
        return "127.0.0.1"
    if isinstance(addr, ipaddress.IPv6Address):
        return str(addr.ipv4_mapped) if addr.ipv4_mapped else "127.0.0.1"
    return str(addr)


def _wants_ld(accept: str) -> bool:
    """Content negotiation: JSON-LD unless `application/json` is preferred (by q-value) over it."""
    ld = plain = -1.0
    for part in accept.lower().split(","):
        media, *params = part.strip().split(";")
        q = 1.0
        for param in params:
            key, _, value = param.strip().partition("=")
            if key == "q":
                try:
                    q = float(value)
                except ValueError:
                    q = 0.0
        media = media.strip()
        if media == "application/json":
            plain = max(plain, q)
        elif media in ("application/ld+json", "*/*", "application/*"):
            ld = max(ld, q)
    return not (plain > ld and plain > 0)


Handler = Callable[[Ctx], Awaitable[Response]]

# --- handlers -------------------------------------------------------------------------------------


async def create_sms(c: Ctx) -> Response:
    write = c.backend.prepare_create_sms(c.who, await c.body(v.SMS_CREATE), c.ip)
    return c.item("sms", await c.commits.submit(write), 201)


async def dry_run_sms(c: Ctx) -> Response:
    return c.item("sms", c.backend.dry_run_sms(c.who, await c.body(v.SMS_CREATE), c.ip), 201)


async def list_sms(c: Ctx) -> Response:
    q = c.query(v.SMS_LIST)
    items, total = c.backend.list_sms(c.who, {**q, "_raw": c.request.query_params.multi_items()})
    return c.collection("sms", items, total, q.get("page", 1))


async def get_sms(c: Ctx) -> Response:
    return c.item("sms", c.backend.get_sms(c.who, c.uuid()))


async def delete_sms(c: Ctx) -> Response:
    c.backend.delete_sms(c.who, c.uuid())
    return Response(status_code=204)


async def cancel_sms_batch(c: Ctx) -> Response:
    return json_response(
        c.backend.cancel_sms_batch(c.who, {**c.query(v.SMS_FILTERS), "_raw": c.request.query_params.multi_items()})
    )


async def delete_sms_batch(c: Ctx) -> Response:
    return json_response(
        c.backend.delete_sms_batch(c.who, {**c.query(v.SMS_FILTERS), "_raw": c.request.query_params.multi_items()})
    )


async def create_bulk(c: Ctx) -> Response:
    return c.item("bulk", c.backend.create_bulk(c.who, await c.body(v.BULK_CREATE), c.ip), 201)


async def dry_run_bulk(c: Ctx) -> Response:
    return c.item("bulk", c.backend.create_bulk(c.who, await c.body(v.BULK_CREATE), c.ip, dryrun=True), 201)


async def list_bulks(c: Ctx) -> Response:
    q = c.query(v.BULK_LIST)
    items, total = c.backend.list_bulks(c.who, {**q, "_raw": c.request.query_params.multi_items()})
    return c.collection("bulk", items, total, q.get("page", 1))


async def get_bulk(c: Ctx) -> Response:
    return c.item("bulk", c.backend.get_bulk(c.who, c.uuid("id")))


async def delete_bulk(c: Ctx) -> Response:
    c.backend.delete_bulk(c.who, c.uuid("id"))
    return Response(status_code=204)


async def get_bulk_status(c: Ctx) -> Response:
    return c.item("bulk", c.backend.get_bulk_status(c.who, c.uuid("id")))


async def cancel_bulk(c: Ctx) -> Response:
    return c.item("bulk", c.backend.cancel_bulk(c.who, c.uuid("id")))


async def create_group(c: Ctx) -> Response:
    return c.item("group", c.backend.create_group(c.who, await c.body(v.GROUP_WRITE)), 201)


async def list_groups(c: Ctx) -> Response:
    page = c.query(v.PAGE).get("page", 1)
    items, total = c.backend.list_groups(c.who, page)
    return c.collection("group", items, total, page)


async def get_group(c: Ctx) -> Response:
    return c.item("group", c.backend.get_group(c.who, c.int_id()))


async def update_group(c: Ctx) -> Response:
    group_id = c.int_id()
    return c.item("group", c.backend.update_group(c.who, group_id, await c.body(v.GROUP_WRITE)))


async def delete_group(c: Ctx) -> Response:
    c.backend.delete_group(c.who, c.int_id())
    return Response(status_code=204)


async def export_group_csv(c: Ctx) -> Response:
    return Response(c.backend.export_group_csv(c.who, c.int_id()), media_type="text/csv")


async def list_group_phones(c: Ctx) -> Response:
    group_id = c.int_id()
    page = c.query(v.PAGE).get("page", 1)
    items, total = c.backend.list_group_phones(c.who, group_id, page)
    return c.collection("phone", items, total, page)


async def create_group_phone(c: Ctx) -> Response:
    group_id = c.int_id()
    return c.item("phone", c.backend.create_group_phone(c.who, group_id, await c.body(v.PHONE_WRITE)), 201)


async def create_group_phones_batch(c: Ctx) -> Response:
    group_id = c.int_id()
    items = await c.body(v.PHONE_BATCH)
    return json_response(c.backend.create_group_phones_batch(c.who, group_id, items), 201)


async def get_phone(c: Ctx) -> Response:
    return c.item("phone", c.backend.get_phone(c.who, c.int_id()))


async def update_phone(c: Ctx) -> Response:
    phone_id = c.int_id()
    return c.item("phone", c.backend.update_phone(c.who, phone_id, await c.body(v.PHONE_WRITE)))


async def delete_phone(c: Ctx) -> Response:
    c.backend.delete_phone(c.who, c.int_id())
    return Response(status_code=204)


async def get_account(c: Ctx) -> Response:
    return c.item("account", c.backend.get_account(c.who))


async def list_incomings(c: Ctx) -> Response:
    q = c.query(v.INCOMING_LIST)
    items, total = c.backend.list_incomings(c.who, {**q, "_raw": c.request.query_params.multi_items()})
    return c.collection("incoming", items, total, q.get("page", 1))


async def get_incoming(c: Ctx) -> Response:
    return c.item("incoming", c.backend.get_incoming(c.who, c.uuid()))


async def delete_incoming(c: Ctx) -> Response:
    c.backend.delete_incoming(c.who, c.uuid())
    return Response(status_code=204)


# The route table: exactly the paths and methods of spec/lox24.yaml (first match wins).
ROUTES: list[tuple[str, dict[str, Handler]]] = [
    ("/sms", {"GET": list_sms, "POST": create_sms}),
    ("/sms/dryrun", {"POST": dry_run_sms}),
    ("/sms/ops/batch_cancel", {"POST": cancel_sms_batch}),
    ("/sms/ops/batch_delete", {"POST": delete_sms_batch}),
    ("/sms/{uuid}", {"GET": get_sms, "DELETE": delete_sms}),
    ("/bulks", {"GET": list_bulks, "POST": create_bulk}),
    ("/bulks/dryrun", {"POST": dry_run_bulk}),
    ("/bulks/{id}", {"GET": get_bulk, "DELETE": delete_bulk}),
    ("/bulks/{id}/status", {"GET": get_bulk_status}),
    ("/bulks/{id}/cancel", {"PUT": cancel_bulk}),
    ("/groups", {"GET": list_groups, "POST": create_group}),
    ("/groups/{id}", {"GET": get_group, "PUT": update_group, "DELETE": delete_group}),
    ("/groups/{id}/file/csv", {"GET": export_group_csv}),
    ("/groups/{id}/phones", {"GET": list_group_phones, "POST": create_group_phone}),
    ("/groups/{id}/phones/batch", {"POST": create_group_phones_batch}),
    ("/phones/{id}", {"GET": get_phone, "PUT": update_phone, "DELETE": delete_phone}),
    ("/me", {"GET": get_account}),
    ("/incomings", {"GET": list_incomings}),
    ("/incomings/{uuid}", {"GET": get_incoming, "DELETE": delete_incoming}),
]

ControlHandler = Callable[[ControlPlane, Any], Any]
CONTROL_ROUTES: dict[str, dict[str, tuple[ControlHandler, bool]]] = {
    "/_emulator/health": {"GET": (lambda cp, _: {"status": "ok"}, False)},
    "/_emulator/reset": {"POST": (lambda cp, _: cp.reset(), False)},
    "/_emulator/outbox": {"GET": (lambda cp, _: cp.outbox(), False)},
    "/_emulator/clock": {"GET": (lambda cp, _: cp.clock(), False), "POST": (ControlPlane.move_clock, True)},
    "/_emulator/faults": {
        "GET": (lambda cp, _: cp.list_faults(), False),
        "POST": (ControlPlane.add_fault, True),
        "DELETE": (lambda cp, _: cp.clear_faults(), False),
    },
    "/_emulator/accounts": {"GET": (lambda cp, _: cp.accounts(), False), "POST": (ControlPlane.upsert_account, True)},
    "/_emulator/incomings": {"POST": (ControlPlane.inject_incoming, True)},
    "/_emulator/config": {"GET": (lambda cp, _: cp.config(), False), "POST": (ControlPlane.set_config, True)},
    "/_emulator/webhooks": {"GET": (lambda cp, _: cp.webhook_log(), False)},
}


def _compile(template: str) -> re.Pattern[str]:
    return re.compile("^" + re.sub(r"\\\{(\w+)\\\}", r"(?P<\1>[^/]+)", re.escape(template)) + "$")


_COMPILED = [(_compile(t), methods) for t, methods in ROUTES]


class GroupCommit:
    """Group commit: the writes of the requests that arrive together share one transaction and one COMMIT.

    Each request still gets its answer only after that COMMIT returned; under load this turns a commit per
    SMS into a commit per event-loop turn.
    """

    def __init__(self, backend: Backend) -> None:
        self.backend = backend
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
            results = self.backend.run_batch([write for write, _ in batch])
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


class ConnectionDroppedError(ConnectionError):
    """Raised on purpose by a `drop` fault: the client sees the connection end without an answer."""


class Emulator:
    """The ASGI core: request ids, faults, routing (404/405 with Allow), auth, handlers, errors."""

    def __init__(self, app: ASGIApp, backend: Backend, control: ControlPlane, ticker: Ticker) -> None:
        self.app = app
        self.backend = backend
        self.control = control
        self.ticker = ticker
        self.commits = GroupCommit(backend)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        request_id = secrets.token_hex(16).encode()

        async def send_with_id(message: Message) -> None:
            if message["type"] == "http.response.start":
                message = {**message, "headers": [*message.get("headers", []), (b"x-lox24-request-id", request_id)]}
            await send(message)

        if self.control.webhooks.url and not self.backend.clock.frozen:
            self.ticker.ensure_running()  # webhooks must fire on a wall clock even when nobody polls
        path: str = scope["path"]
        method: str = scope["method"]
        fault = None if path.startswith("/_emulator") else self.control.faults.take(method, path)
        if fault is not None:
            if fault.kind == "latency":
                await asyncio.sleep(max(0.0, fault.latency))
            elif fault.kind == "drop" and fault.when == "before":
                await self._drop(send_with_id)
            elif fault.kind == "status":
                headers = {"Retry-After": str(fault.retry_after)} if fault.retry_after is not None else None
                detail = (
                    "Too Many Requests" if fault.status == 429 else "System error! Please contact to LOX24 support!"
                )
                await error_response(EmulatorError(fault.status, detail, headers))(scope, receive, send_with_id)
                return
        request = Request(scope, receive)
        try:
            response = await self._dispatch(request, path, method)
        except EmulatorError as exc:
            response = error_response(exc)
        except Exception:
            log.exception("emulator bug on %s %s", method, path)
            response = error_response(EmulatorError(500, "System error! Please contact to LOX24 support!"))
        if fault is not None and fault.kind == "drop":
            await self._drop(send_with_id)
        await response(scope, receive, send_with_id)

    @staticmethod
    async def _drop(send: Send) -> None:
        await send({"type": "http.response.start", "status": 200, "headers": [(b"content-length", b"1000")]})
        raise ConnectionDroppedError("connection dropped by an injected fault")

    async def _dispatch(self, request: Request, path: str, method: str) -> Response:
        if path.startswith("/_emulator/"):
            return await self._control(request, path, method)
        ip = request.client.host if request.client else "127.0.0.1"
        self.backend.check_ip_block(ip)  # a blocked IP gets 429 everywhere, 404 and 405 included
        for rx, methods in _COMPILED:
            m = rx.match(path)
            if m is None:
                continue
            handler = methods.get(method)
            if handler is None:
                raise EmulatorError(405, "Method Not Allowed", {"Allow": ", ".join(methods)})
            who = self.backend.authenticate(request.headers.get("x-lox24-auth-token"), ip)
            accept = request.headers.get("accept", "")
            ctx = Ctx(request, m.groupdict(), who, _wants_ld(accept), self.backend, self.commits)
            return await handler(ctx)
        raise EmulatorError(404, "Not Found")

    async def _control(self, request: Request, path: str, method: str) -> Response:
        methods = CONTROL_ROUTES.get(path.rstrip("/"))
        if methods is None:
            raise EmulatorError(404, "Not Found")
        entry = methods.get(method)
        if entry is None:
            raise EmulatorError(405, "Method Not Allowed", {"Allow": ", ".join(methods)})
        handler, wants_body = entry
        body: Any = None
        if wants_body:
            raw = await read_body(request)
            body = v.parse_json(raw) if raw.strip() else {}
        return json_response(handler(self.control, body))


def create_app(
    *,
    db: str = ":memory:",
    tokens: Sequence[str] | None = None,
    balance: float = 50.0,
    webhook_url: str | None = None,
    seed: int | None = None,
    clock: Clock | None = None,
    inactive_tokens: Sequence[str] = (),
    ip_block: bool = True,
    synchronous: str = "NORMAL",
) -> Starlette:
    """Build the emulator as a Starlette (ASGI) app.

    ```python
    app = create_app(clock=FrozenClock(1_700_000_000), seed=1)
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://emulator") as client:
        await client.get("/me", headers={"X-LOX24-AUTH-TOKEN": DEFAULT_TOKEN})
    ```

    - `db`: SQLite file path, or `:memory:`.
    - `tokens`: accepted API tokens; None accepts `DEFAULT_TOKEN` only, a list replaces it.
    - `balance`: the starting balance of new accounts (EUR).
    - `webhook_url`: where `sms.delivery` and `sms.incoming` events are POSTed.
    - `seed`: seeds the id generator, so that runs repeat exactly.
    - `clock`: `Clock()` (wall time, movable) by default, or `FrozenClock(...)`.
    - `inactive_tokens`: tokens that are known but whose requests get 403.
    - `ip_block`: block an IP (429) after more than three bad tokens in a minute.
    - `synchronous`: SQLite `synchronous` for a file database, `NORMAL` (default) or `FULL`.
    """
    backend = Backend(
        db=db,
        tokens=tokens,
        balance=balance,
        seed=seed,
        clock=clock,
        inactive_tokens=inactive_tokens,
        ip_block=ip_block,
        synchronous=synchronous,
    )
    webhooks = WebhookSender(webhook_url)
    backend.on_events = webhooks.submit
    backend.events_wanted = lambda: bool(webhooks.url)
    control = ControlPlane(backend, FaultInjector(), webhooks)
    ticker = Ticker(backend.tick)

    @asynccontextmanager
    async def lifespan(_: Starlette) -> AsyncIterator[None]:
        yield
        # The backend stays open: in-process harnesses run the lifespan more than once on one app.
        ticker.stop()
        webhooks.close()

    app = Starlette(
        middleware=[Middleware(Emulator, backend=backend, control=control, ticker=ticker)], lifespan=lifespan
    )
    app.state.backend = backend
    app.state.control = control
    app.state.webhooks = webhooks
    app.state.ticker = ticker
    return app

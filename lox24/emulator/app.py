"""The ASGI app: request ids, injected faults, routing (404/405 with Allow), auth, dispatch to the handlers."""

from __future__ import annotations

import asyncio
import hmac
import logging
import secrets
from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager
from typing import Any

from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from . import ui
from . import validation as v
from .backend import Backend
from .clock import Clock
from .context import Ctx, read_body
from .control import ControlPlane, FaultInjector
from .errors import EmulatorError
from .rendering import error_response, json_response, wants_ld
from .routes import CONTROL_ROUTES, match_route
from .store import GroupCommit
from .webhooks import Ticker, WebhookSender

log = logging.getLogger("lox24.emulator")


class ConnectionDroppedError(ConnectionError):
    """Raised on purpose by a `drop` fault: the client sees the connection end without an answer."""


class Emulator:
    """The ASGI core: request ids, faults, routing (404/405 with Allow), auth, handlers, errors."""

    def __init__(
        self, app: ASGIApp, backend: Backend, control: ControlPlane, ticker: Ticker, control_token: str | None = None
    ) -> None:
        self.app = app
        self.backend = backend
        self.control = control
        self.ticker = ticker
        self.commits = GroupCommit(backend)
        self.control_token = control_token.encode("utf-8") if control_token else None

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
        response.raw_headers.append((b"x-lox24-request-id", request_id))  # cheaper than wrapping `send`
        await response(scope, receive, send)

    @staticmethod
    async def _drop(send: Send) -> None:
        await send({"type": "http.response.start", "status": 200, "headers": [(b"content-length", b"1000")]})
        raise ConnectionDroppedError("connection dropped by an injected fault")

    async def _dispatch(self, request: Request, path: str, method: str) -> Response:
        if path.startswith("/_emulator/"):
            page = path.rstrip("/") == ui.PAGE_PATH
            via_query = self._authorize_control(request, page)
            if page:
                return self._page(method, via_query)
            return await self._control(request, path, method)
        client = request.scope.get("client")
        ip = client[0] if client else "127.0.0.1"
        self.backend.check_ip_block(ip)  # a blocked IP gets 429 everywhere, 404 and 405 included
        found = match_route(path)
        if found is None:
            raise EmulatorError(404, "Not Found")
        methods, params = found
        handler = methods.get(method)
        if handler is None:
            raise EmulatorError(405, "Method Not Allowed", {"Allow": ", ".join(methods)})
        token, accept = _auth_and_accept(request.scope["headers"])
        who = self.backend.authenticate(token, ip)
        ctx = Ctx(request, params, who, wants_ld(accept), self.backend, self.commits)
        return await handler(ctx)

    def _authorize_control(self, request: Request, page: bool) -> bool:
        """With a control token set, every `/_emulator/*` route needs it in `X-Emulator-Token` (401 otherwise);
        the page also takes it as `?token=` or from its cookie. True when the page got it from the query."""
        if self.control_token is None:
            return False
        given = request.headers.get(ui.TOKEN_HEADER)
        via_query = False
        if given is None and page:
            given = request.query_params.get(ui.TOKEN_QUERY)
            via_query = given is not None
            if given is None:
                given = request.cookies.get(ui.TOKEN_COOKIE)
        if given is None or not hmac.compare_digest(given.encode("utf-8"), self.control_token):
            raise EmulatorError(
                401,
                f"The control plane needs the emulator's control token in the {ui.TOKEN_HEADER} header"
                " (the page also takes ?token=).",
            )
        return via_query

    def _page(self, method: str, via_query: bool) -> Response:
        if method not in ("GET", "HEAD"):
            raise EmulatorError(405, "Method Not Allowed", {"Allow": "GET, HEAD"})
        token = self.control_token.decode("utf-8") if self.control_token else None
        body, headers = ui.render_page(token)
        response = Response(body, media_type="text/html; charset=utf-8", headers=headers)
        if via_query and token:
            response.set_cookie(ui.TOKEN_COOKIE, token, path=ui.PAGE_PATH, httponly=True, samesite="strict")
        return response

    async def _control(self, request: Request, path: str, method: str) -> Response:
        methods = CONTROL_ROUTES.get(path.rstrip("/"))
        if methods is None:
            raise EmulatorError(404, "Not Found")
        entry = methods.get(method)
        if entry is None:
            raise EmulatorError(405, "Method Not Allowed", {"Allow": ", ".join(methods)})
        handler, wants_body = entry
        # The handler's second argument: the JSON body when the route takes one, else the query's pairs.
        arg: Any = request.query_params.multi_items()
        if wants_body:
            raw = await read_body(request)
            arg = v.parse_json(raw) if raw.strip() else {}
        return json_response(handler(self.control, arg))


def _auth_and_accept(headers: Sequence[tuple[bytes, bytes]]) -> tuple[str | None, str]:
    """The first `X-LOX24-AUTH-TOKEN` and `Accept` headers (ASGI header names are lower case), in one pass."""
    token: str | None = None
    accept: str | None = None
    for key, value in headers:
        if key == b"x-lox24-auth-token":
            if token is None:
                token = value.decode("latin-1")
        elif key == b"accept" and accept is None:
            accept = value.decode("latin-1")
    return token, accept or ""


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
    control_token: str | None = None,
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
    - `webhook_url`: where `sms.delivery`, `sms.delivery.dryrun` and `sms.incoming` events are POSTed.
    - `seed`: seeds the id generator, so that runs repeat exactly.
    - `clock`: `Clock()` (wall time, movable) by default, or `FrozenClock(...)`.
    - `inactive_tokens`: tokens that are known but whose requests get 403.
    - `ip_block`: block an IP (429) after more than three bad tokens in a minute.
    - `synchronous`: SQLite `synchronous` for a file database, `NORMAL` (default) or `FULL`.
    - `control_token`: when set, every `/_emulator/*` route (the outbox page included) requires it in the
      `X-Emulator-Token` header (the page also as `?token=`), else 401.
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
        middleware=[Middleware(Emulator, backend=backend, control=control, ticker=ticker, control_token=control_token)],
        lifespan=lifespan,
    )
    app.state.backend = backend
    app.state.control = control
    app.state.webhooks = webhooks
    app.state.ticker = ticker
    return app

"""One API request as the handlers see it: path parameters, the caller, parsed body and query, rendering."""

from __future__ import annotations

import functools
import ipaddress
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

from starlette.requests import Request
from starlette.responses import Response

from . import validation as v
from .backend import Backend
from .errors import CODE_SYNTAX, EmulatorError, bad_request, payload_too_large
from .rendering import Kind, json_response, render_collection, render_item
from .store import GroupCommit, Principal


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

    def page(self) -> int:
        """The `page` query parameter of a list (1 when absent; a 400 when it is not 1 … 1 000 000)."""
        page: int = v.parse_query(self.request.query_params.multi_items(), v.PAGE).get("page", 1)
        return page

    def filters(self) -> list[tuple[str, str]]:
        """The raw query pairs, for the models' filter grammar (`lox24/emulator/filters.py`)."""
        return self.request.query_params.multi_items()

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

    def item(self, kind: Kind, obj: dict[str, Any], status: int = 200) -> Response:
        return render_item(kind, obj, status, self.ld)

    def collection(self, kind: Kind, page: tuple[list[dict[str, Any]], int], number: int) -> Response:
        items, total = page
        query = self.request.query_params.multi_items()
        return render_collection(kind, items, total, number, self.ld, self.request.url.path, query)

    @staticmethod
    def plain(data: Any, status: int = 200) -> Response:
        return json_response(data, status)

    @staticmethod
    def no_content() -> Response:
        return Response(status_code=204)


Handler = Callable[[Ctx], Awaitable[Response]]


async def read_body(request: Request, limit: int = v.MAX_BODY_BYTES) -> bytes:
    """The request body; a larger one than `limit` is a 413, found without reading past `limit` (chunked too).

    A declared `Content-Length` over the limit is refused before any of the body is read (a client that sent
    `Expect: 100-continue`, as curl does for large bodies, then never sends it).
    """
    too_big = payload_too_large(limit)
    length = request.headers.get("content-length", "")
    if length.isdigit() and int(length) > limit:
        raise too_big
    chunks: list[bytes] = []
    size = 0
    receive = request.receive  # the ASGI messages themselves: Starlette's `stream()` generator costs more
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            # The client went away mid-body: nothing was stored; not an emulator bug (500).
            raise bad_request("", "The request body ended early: the client disconnected.", CODE_SYNTAX)
        if message["type"] != "http.request":
            continue
        chunk = message.get("body", b"")
        size += len(chunk)
        if size > limit:  # a chunked body has no Content-Length: stop reading it here, not at its end
            raise too_big
        if chunk:
            chunks.append(chunk)
        if not message.get("more_body", False):
            return chunks[0] if len(chunks) == 1 else b"".join(chunks)


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

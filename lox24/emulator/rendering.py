"""Rendering: plain JSON, or JSON-LD items and Hydra collections (`hydra:view` links), and content negotiation."""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode

from starlette.responses import Response

from .errors import EmulatorError
from .store import PAGE_SIZE

JSON = "application/json"
JSONLD = "application/ld+json; charset=utf-8"


@dataclass(frozen=True)
class Kind:
    """How a resource appears in JSON-LD: its `@context`, its `@type` and the IRI (`@id`) of one item.

    ```python
    SMS = Kind("/contexts/sms", "sms", lambda o: f"/sms/{o['uuid']}")
    ```
    """

    context: str
    type: str
    iri: Callable[[dict[str, Any]], str]


def _dumps(data: Any) -> bytes:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def json_response(
    data: Any, status: int = 200, media_type: str = JSON, headers: dict[str, str] | None = None
) -> Response:
    return Response(_dumps(data), status_code=status, media_type=media_type, headers=headers)


def error_response(error: EmulatorError) -> Response:
    """Errors are always application/json."""
    return json_response(error.body, error.status, headers=error.headers)


def render_item(kind: Kind, obj: dict[str, Any], status: int, ld: bool) -> Response:
    """One object: as it is, or with `@context`, `@id` and `@type`."""
    if not ld:
        return json_response(obj, status)
    return json_response({"@context": kind.context, "@id": kind.iri(obj), "@type": kind.type, **obj}, status, JSONLD)


def render_collection(
    kind: Kind,
    items: list[dict[str, Any]],
    total: int,
    page: int,
    ld: bool,
    path: str,
    query: Sequence[tuple[str, str]],
) -> Response:
    """One page: a bare array, or a Hydra collection whose view links keep the other query parameters."""
    if not ld:
        return json_response(items)
    pairs = [(k, val) for k, val in query if k != "page"]

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
    body = {
        "@context": kind.context,
        "@id": path,
        "@type": "hydra:Collection",
        "hydra:member": [{"@id": kind.iri(o), "@type": kind.type, **o} for o in items],
        "hydra:totalItems": total,
        "hydra:view": view,
    }
    return json_response(body, 200, JSONLD)


def wants_ld(accept: str) -> bool:
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

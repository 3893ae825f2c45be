"""Routing: the route tables match the specs, 405 with Allow, 404, unique request ids."""

from __future__ import annotations

import re
from pathlib import Path

import httpx
import yaml
from openapi_spec_validator import validate

from lox24.emulator import Backend
from lox24.emulator.routes import CONTROL_ROUTES, ROUTES

REQUEST_ID = re.compile(r"^[A-Za-z0-9]{32}$")

ROOT = Path(__file__).resolve().parents[2]

HTTP_METHODS = {"get", "post", "put", "patch", "delete"}


def methods_of(spec_path: Path) -> dict[str, set[str]]:
    spec = yaml.safe_load(spec_path.read_text())
    return {p: {m.upper() for m in ops if m in HTTP_METHODS} for p, ops in spec["paths"].items()}


def operation_ids(spec_path: Path) -> dict[tuple[str, str], str]:
    spec = yaml.safe_load(spec_path.read_text())
    return {
        (p, m.upper()): op["operationId"]
        for p, ops in spec["paths"].items()
        for m, op in ops.items()
        if m in HTTP_METHODS
    }


async def test_methods_not_in_the_spec_are_405_with_allow(client: httpx.AsyncClient) -> None:
    for method, path, allow in [
        ("OPTIONS", "/sms", "GET, POST"),
        ("PUT", "/sms/11111111-2222-3333-4444-555555555555", "GET, DELETE"),
        ("GET", "/sms/dryrun", "POST"),
        ("PATCH", "/groups/7117", "GET, PUT, DELETE"),
        ("HEAD", "/me", "GET"),
    ]:
        r = await client.request(method, path)
        assert r.status_code == 405, (method, path)
        assert r.headers["allow"] == allow
        assert REQUEST_ID.match(r.headers["x-lox24-request-id"])


async def test_unknown_paths_and_bad_ids_are_404(client: httpx.AsyncClient) -> None:
    for path in ["/nope", "/sms/not-a-uuid", "/groups/abc", "/groups/0", "/groups/99999999999", "/phones/-1", "/sms/"]:
        r = await client.get(path)
        assert r.status_code == 404, path
        assert r.json()["detail"]
        assert REQUEST_ID.match(r.headers["x-lox24-request-id"])


async def test_request_ids_are_unique(client: httpx.AsyncClient) -> None:
    ids = {(await client.get("/me")).headers["x-lox24-request-id"] for _ in range(20)}
    assert len(ids) == 20


def test_every_operation_of_the_spec_is_routed() -> None:
    assert methods_of(ROOT / "spec" / "lox24.yaml") == {path: set(methods) for path, methods in ROUTES}


def test_control_plane_spec_is_valid_and_complete() -> None:
    path = ROOT / "lox24" / "emulator" / "control-plane.yaml"
    validate(yaml.safe_load(path.read_text()))
    assert methods_of(path) == {p: set(m) for p, m in CONTROL_ROUTES.items()}


def test_handlers_and_backend_methods_are_named_after_the_specs_operation_ids() -> None:
    ids = operation_ids(ROOT / "spec" / "lox24.yaml")
    assert {(path, method): handler.__name__ for path, methods in ROUTES for method, handler in methods.items()} == ids
    missing = sorted(op for op in ids.values() if not callable(getattr(Backend, op, None)))
    assert missing == []


def test_route_lookup_is_first_match_of_the_table() -> None:
    """The static-path shortcut of `match_route` picks exactly what scanning ROUTES in order would pick."""
    from lox24.emulator.routes import COMPILED, match_route

    paths = [t for t, _ in ROUTES] + [
        "/sms/dryrun",
        "/sms/11111111-2222-3333-4444-555555555555",
        "/bulks/dryrun",
        "/bulks/x/status",
        "/groups/7117/phones/batch",
        "/me/",
        "/nowhere",
        "/sms/ops",
    ]
    for path in paths:
        expected = next(((methods, m.groupdict()) for rx, methods in COMPILED if (m := rx.match(path))), None)
        assert match_route(path) == expected, path

"""The route tables match spec/lox24.yaml and control-plane.yaml exactly."""

from __future__ import annotations

from pathlib import Path

import yaml
from openapi_spec_validator import validate

from lox24.emulator import Backend
from lox24.emulator.routes import CONTROL_ROUTES, ROUTES

ROOT = Path(__file__).resolve().parents[2]
HTTP_METHODS = {"get", "post", "put", "patch", "delete"}


def methods_of(spec_path: Path) -> dict[str, set[str]]:
    spec = yaml.safe_load(spec_path.read_text())
    return {p: {m.upper() for m in ops if m in HTTP_METHODS} for p, ops in spec["paths"].items()}


def test_every_operation_of_the_spec_is_routed() -> None:
    assert methods_of(ROOT / "spec" / "lox24.yaml") == {path: set(methods) for path, methods in ROUTES}


def test_control_plane_spec_is_valid_and_complete() -> None:
    path = ROOT / "lox24" / "emulator" / "control-plane.yaml"
    validate(yaml.safe_load(path.read_text()))
    assert methods_of(path) == {p: set(m) for p, m in CONTROL_ROUTES.items()}


def operation_ids(spec_path: Path) -> dict[tuple[str, str], str]:
    spec = yaml.safe_load(spec_path.read_text())
    return {
        (p, m.upper()): op["operationId"]
        for p, ops in spec["paths"].items()
        for m, op in ops.items()
        if m in HTTP_METHODS
    }


def test_handlers_and_backend_methods_are_named_after_the_specs_operation_ids() -> None:
    ids = operation_ids(ROOT / "spec" / "lox24.yaml")
    assert {(path, method): handler.__name__ for path, methods in ROUTES for method, handler in methods.items()} == ids
    missing = sorted(op for op in ids.values() if not callable(getattr(Backend, op, None)))
    assert missing == []

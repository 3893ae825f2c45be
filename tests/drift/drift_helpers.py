"""Small spec builders for the drift tests (imported by name; conftest.py puts this folder on sys.path)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]


def make_spec(paths: dict[str, Any], schemas: dict[str, Any] | None = None, version: str = "1.0") -> dict[str, Any]:
    """A minimal OpenAPI 3.1 document."""
    return {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": version},
        "paths": paths,
        "components": {"schemas": schemas or {}},
    }


def post_sms(body: dict[str, Any], response: dict[str, Any] | None = None, **extra: Any) -> dict[str, Any]:
    """POST /sms with a JSON body schema and a 201 JSON response schema."""
    op: dict[str, Any] = {
        "operationId": "create_sms",
        "requestBody": {"required": True, "content": {"application/json": {"schema": body}}},
        "responses": {
            "201": {
                "description": "created",
                "content": {"application/json": {"schema": response or {"type": "object"}}},
            }
        },
    }
    op.update(extra)
    return {"/sms": {"post": op}}


def obj(required: list[str] | None = None, **props: Any) -> dict[str, Any]:
    return {"type": "object", "required": required or [], "properties": props}

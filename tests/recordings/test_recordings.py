"""Every recorded response (tests/recordings/*.json) agrees with the spec and parses with the generated models.

A recording is `{"request": {method, path, headers, body}, "response": {status, headers, body}, "source"}`,
where source is "docs" (the LOX24 documentation's examples), "emulator" (scripts/record) or "lox24" (scripts/record
against a real account). The replay through the `lox24` client is in test_replay.py.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import contract_helpers as spec_tools
import lox24_api.models
import pytest

HERE = Path(__file__).resolve().parent
RECORDINGS = sorted(HERE.glob("*.json"))
TOKEN_HEADER = "x-lox24-auth-token"


def load(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def media_type(headers: dict[str, str]) -> str | None:
    for name, value in headers.items():
        if name.lower() == "content-type":
            return value.split(";", 1)[0].strip().lower()
    return None


def header(headers: dict[str, str], name: str) -> str | None:
    return next((value for key, value in headers.items() if key.lower() == name.lower()), None)


def test_there_are_recordings_of_every_source_kind() -> None:
    sources = {load(path)["source"] for path in RECORDINGS}
    assert {"docs", "emulator"} <= sources, sources
    assert len(RECORDINGS) >= 30


def test_emulator_recordings_cover_every_operation() -> None:
    recorded = {
        spec_tools.find_operation(rec["request"]["method"], rec["request"]["path"]).operation_id
        for rec in map(load, RECORDINGS)
        if rec["source"] == "emulator"
    }
    missing = {op.operation_id for op in spec_tools.operations()} - recorded
    assert not missing, f"operations without an emulator recording: {sorted(missing)}"


@pytest.mark.parametrize("path", RECORDINGS, ids=[p.stem for p in RECORDINGS])
def test_recording_is_well_formed_and_carries_no_secret(path: Path) -> None:
    rec = load(path)
    assert set(rec) >= {"request", "response", "source"}
    assert rec["source"] in {"docs", "emulator", "lox24"}
    assert set(rec["request"]) >= {"method", "path", "headers", "body"}
    assert set(rec["response"]) >= {"status", "headers", "body"}
    assert rec["request"]["path"].startswith("/")
    assert header(rec["request"]["headers"], TOKEN_HEADER) is None, "the token must never be recorded"
    text = path.read_text(encoding="utf-8")
    assert "e3f3a759b6677959b6ebfc" not in text, "the (emulator's) token leaked into a recording"


@pytest.mark.parametrize("path", RECORDINGS, ids=[p.stem for p in RECORDINGS])
def test_recording_matches_the_spec(path: Path) -> None:
    rec = load(path)
    request, response = rec["request"], rec["response"]
    op = spec_tools.find_operation(request["method"], request["path"])
    documented = op.response(response["status"])
    assert documented is not None, f"{op.method} {op.template} does not document status {response['status']}"

    # Required headers are present and match their schema.
    for name, definition in documented.get("headers", {}).items():
        definition = spec_tools.resolve(definition)
        value = header(response["headers"], name)
        if value is None:
            assert not definition.get("required"), f"required response header {name} missing"
            continue
        schema = definition["schema"]
        instance: Any = int(value) if schema.get("type") == "integer" else value
        assert not spec_tools.schema_errors(instance, schema), f"header {name}={value!r}"

    content = documented.get("content")
    if not content:
        assert response["body"] in (None, ""), f"status {response['status']} documents no body"
        return
    mtype = media_type(response["headers"])
    assert mtype in content, f"Content-Type {mtype} not documented for {response['status']}: {sorted(content)}"
    errors = spec_tools.schema_errors(response["body"], content[mtype]["schema"])
    assert not errors, "\n".join(errors)


def _model(schema: dict[str, Any]) -> Any:
    return getattr(lox24_api.models, schema["$ref"].rsplit("/", 1)[1])


@pytest.mark.parametrize("path", RECORDINGS, ids=[p.stem for p in RECORDINGS])
def test_recording_parses_into_the_generated_model(path: Path) -> None:
    """The body parses into the model of its content type, and to_dict() gives back exactly the body."""
    rec = load(path)
    op = spec_tools.find_operation(rec["request"]["method"], rec["request"]["path"])
    response = rec["response"]
    documented = op.response(response["status"])
    assert documented is not None
    content = documented.get("content") or {}
    body = response["body"]
    if not content:
        assert body in (None, "")
        return
    schema = content[media_type(response["headers"])]["schema"]
    if "$ref" in schema:
        parsed = _model(schema).from_dict(body)
        assert type(parsed).__name__ == schema["$ref"].rsplit("/", 1)[1]
        assert parsed.to_dict() == body
    elif schema.get("type") == "array":
        parsed_items = [_model(schema["items"]).from_dict(item) for item in body]
        assert [item.to_dict() for item in parsed_items] == body
    else:
        assert schema.get("type") == "string"
        assert isinstance(body, str)


@pytest.mark.parametrize("path", RECORDINGS, ids=[p.stem for p in RECORDINGS])
def test_an_accepted_request_matches_the_request_schema(path: Path) -> None:
    """A request the server answered 2xx is a valid request of the spec (otherwise the spec is too strict)."""
    rec = load(path)
    op = spec_tools.find_operation(rec["request"]["method"], rec["request"]["path"])
    schema = op.request_schema()
    if schema is None or rec["response"]["status"] >= 300:
        assert rec["response"]["status"] >= 300 or rec["request"]["body"] is None
        return
    errors = spec_tools.schema_errors(rec["request"]["body"], schema)
    assert not errors, "\n".join(errors)

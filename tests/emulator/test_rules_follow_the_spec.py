"""The emulator's structural request rules cannot drift from spec/lox24.yaml: any difference fails here."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest
import spec_rules
import yaml


def test_the_emulators_request_rules_are_the_specs() -> None:
    assert spec_rules.drift(spec_rules.load()) == []


def test_every_operation_with_a_body_or_query_parameters_has_rules_in_the_emulator() -> None:
    want = {op for op, rules in spec_rules.spec_rules(spec_rules.load()).items() if rules["body"] or rules["query"]}
    assert set(spec_rules.emulator_rules()) == want


def _edited_copy(tmp_path: Path, edit: Any) -> dict[str, Any]:
    """Write a copy of the spec with one constraint changed, and load it back from the file."""
    spec = copy.deepcopy(spec_rules.load())
    edit(spec)
    path = tmp_path / "lox24.yaml"
    path.write_text(yaml.safe_dump(spec, sort_keys=False), encoding="utf-8")
    edited: dict[str, Any] = spec_rules.load(path)
    return edited


def _schemas(spec: dict[str, Any]) -> dict[str, Any]:
    schemas: dict[str, Any] = spec["components"]["schemas"]
    return schemas


def _params(spec: dict[str, Any]) -> dict[str, Any]:
    params: dict[str, Any] = spec["components"]["parameters"]
    return params


EDITS: dict[str, tuple[Any, str]] = {
    "a length": (
        lambda s: _schemas(s)["SmsCreate"]["properties"]["callback_data"].update(maxLength=40),
        "create_sms.body.properties.callback_data.maxLength: spec 40, emulator 36",
    ),
    "a required field": (
        lambda s: _schemas(s)["BulkCreate"]["required"].append("phones"),
        "create_bulk.body.required: spec ['phones', 'sender_id', 'text'], emulator ['sender_id', 'text']",
    ),
    "a pattern": (
        lambda s: _schemas(s)["SenderId"].update(pattern="^[a-z]{1,11}$"),
        "create_sms.body.properties.sender_id.pattern: spec '^[a-z]{1,11}$'",
    ),
    "an enum": (
        lambda s: _schemas(s)["VoiceLang"]["enum"].append("JA"),
        "create_bulk.body.properties.voice_lang.enum",
    ),
    "a type": (
        lambda s: _schemas(s)["GroupWrite"]["properties"]["description"].update(type="integer"),
        "create_group.body.properties.description.type: spec 'integer', emulator 'string'",
    ),
    "a range of a query parameter": (
        lambda s: _params(s)["Page"]["schema"].update(maximum=10),
        "list_sms.query.page.maximum: spec 10, emulator 1000000",
    ),
    "an array size of a query parameter": (
        lambda s: _params(s)["SmsUuidIn"]["schema"].update(maxItems=5),
        "cancel_sms_batch.query.uuid[].maxItems: spec 5, emulator 100",
    ),
    "a new query parameter": (
        lambda s: s["paths"]["/incomings"]["get"]["parameters"].append(
            {"name": "is_read", "in": "query", "schema": {"type": "boolean"}}
        ),
        "list_incomings.query.is_read: spec {'type': 'boolean', 'nullable': False}, emulator None",
    ),
    "the phone columns' length": (
        lambda s: _schemas(s)["PhoneColumn"].update(maxLength=100),
        "create_group_phone.body.properties.e.maxLength: spec 100, emulator 1530",
    ),
}


@pytest.mark.parametrize("what", list(EDITS))
def test_a_constraint_changed_in_a_copy_of_the_spec_is_reported(tmp_path: Path, what: str) -> None:
    edit, expected = EDITS[what]
    found = spec_rules.drift(_edited_copy(tmp_path, edit))
    assert any(line.startswith(expected) for line in found), found

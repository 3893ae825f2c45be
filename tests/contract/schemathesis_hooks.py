"""Schemathesis hooks of the contract suite (loaded through `hooks = ...` in schemathesis.toml, and by the tests).

Two workarounds, so that the stateful phase can follow every link of the spec. Neither changes what is
checked, only which (schema-valid) inputs the stateful scenarios start from.

1. POST /sms (and the other creates in `_RELIABLE_ROOTS`) as a start of scenarios. Schemathesis' dependency
   analysis reads `sender_id` as a foreign key to a "Sender" resource that no operation creates, and it
   singularises `/sms` to "Sm", so it cannot see the field belongs to the SMS itself. It then never starts a
   scenario with POST /sms, and the links GetSmsByUuid and DeleteSmsByUuid are never followed. POST /sms
   creates an SMS from random data just fine.
2. Recipients for POST /bulks. The schema makes `phones` and `msg_groups` optional each, while LOX24 needs at
   least one of them (422 "Give phones, msg_groups or both."); a random group id is unknown too (422). Half of
   the schema-valid bodies that would be refused for this get one real phone number instead, so that bulks get
   created and their four links followed. Bodies the schema refuses are never touched: negative cases stay
   negative.

And one limit of JSON Schema, for the batch operations:

3. Reversed ranges. `field[between]=A..B` is declared with a pattern, and no schema can say A <= B. The
   batch operations refuse `B..A` with 400 (never widened: the spec and LOX24's safety rule), which
   schemathesis would count as "schema-valid request rejected". Such values get their bounds put in order
   before they are sent; nothing else in the query changes, and a value the pattern refuses is left alone,
   so negative cases stay negative. The refusal itself is tested in tests/emulator/test_filters.py.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import jsonschema
import schemathesis
import yaml
from hypothesis import strategies as st
from schemathesis.specs.openapi import stateful as _stateful

_SPEC_PATH = Path(__file__).resolve().parents[2] / "spec" / "lox24.yaml"
REAL_PHONES = ("+491701234567", "+4915112345678", "+447911123456", "+33612345678")


def _bulk_validator() -> jsonschema.Draft202012Validator:
    spec = yaml.safe_load(_SPEC_PATH.read_text(encoding="utf-8"))
    return jsonschema.Draft202012Validator(
        {"$ref": "#/components/schemas/BulkCreate", "components": spec["components"]}
    )


_BULK = _bulk_validator()
_original_classify = _stateful.classify_root_transitions
# Scenario starts schemathesis would skip for a "foreign key" no operation of the run creates: `sender_id` (POST
# /sms, and a verify code's routing step), `group_id` (the campaigns: optional, or 7117, which the emulator seeds;
# the stateful phase runs per family of linked operations, and POST /groups is in another family).
_RELIABLE_ROOTS = frozenset(
    {
        "POST /sms",
        "POST /verify_codes",
        "POST /short_link_campaigns",
        "POST /short_link_campaigns/subscribe",
        "POST /short_link_campaigns/unsubscribe",
    }
)


def _classify_root_transitions(operations: Any, transitions: Any, graph: Any) -> Any:
    roots = _original_classify(operations, transitions, graph)
    for label in list(roots.fallback):
        if label in _RELIABLE_ROOTS:
            roots.fallback.discard(label)
            roots.reliable.add(label)
    return roots


_stateful.classify_root_transitions = _classify_root_transitions


@schemathesis.hook.apply_to(method="POST", path_regex=r"^/bulks(/dryrun)?$")  # type: ignore[attr-defined,untyped-decorator]  # schemathesis hooks are untyped
def flatmap_body(context: Any, body: Any) -> st.SearchStrategy[Any]:
    if not isinstance(body, dict) or not _BULK.is_valid(body):
        return st.just(body)
    if body.get("phones") and not body.get("msg_groups"):
        return st.just(body)
    fixed = {key: value for key, value in body.items() if key != "msg_groups"}
    return st.just(body) | st.sampled_from(REAL_PHONES).map(lambda phone: {**fixed, "phones": [phone]})


_BETWEEN = re.compile(r"^([0-9]{1,12})\.\.([0-9]{1,12})$")


@schemathesis.hook.apply_to(method="POST", path_regex=r"^/sms/ops/batch_(cancel|delete)$")  # type: ignore[attr-defined,untyped-decorator]  # schemathesis hooks are untyped
def map_query(context: Any, query: Any) -> Any:
    if not isinstance(query, dict):
        return query
    ordered = dict(query)
    for key, value in query.items():
        match = (
            _BETWEEN.match(value)
            if isinstance(key, str) and key.endswith("[between]") and isinstance(value, str)
            else None
        )
        if match and int(match[1]) > int(match[2]):
            ordered[key] = f"{match[2]}..{match[1]}"
    return ordered

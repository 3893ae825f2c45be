"""The spec's `webhooks:` section and `lox24.webhooks.parse` describe the same events.

Every example of every webhook in spec/lox24.yaml must parse into the typed event class of its name (never
`UnknownEvent`), and into the generated model of its request schema; every event name the parser knows must
have its webhook in the spec, and the other way round.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import yaml

import lox24_api.models
from lox24 import webhooks

SPEC = yaml.safe_load((Path(__file__).parents[2] / "spec" / "lox24.yaml").read_text(encoding="utf-8"))
HOOKS: dict[str, Any] = SPEC["webhooks"]

CLASSES: dict[str, type[object]] = {
    "sms.delivery": webhooks.DeliveryReport,
    "sms.delivery.dryrun": webhooks.DeliveryReport,
    "sms.incoming": webhooks.IncomingSms,
    "sms.email.parsing.success": webhooks.SmsEmailParsingSuccess,
    "sms.email.parsing.fail": webhooks.SmsEmailParsingFail,
    "bulk.email.parsing.success": webhooks.BulkEmailParsingSuccess,
    "bulk.email.parsing.fail": webhooks.BulkEmailParsingFail,
    "fraud-check.done": webhooks.FraudCheckDone,
    "phone.subscribe": webhooks.PhoneSubscribe,
    "phone.unsubscribe": webhooks.PhoneUnsubscribe,
}


def _media(hook: str) -> dict[str, Any]:
    media: dict[str, Any] = HOOKS[hook]["post"]["requestBody"]["content"]["application/json"]
    return media


EXAMPLES = [
    pytest.param(hook, name, example["value"], id=f"{hook}:{name}")
    for hook in HOOKS
    for name, example in _media(hook).get("examples", {}).items()
]


def test_spec_webhooks_and_parser_know_the_same_event_names() -> None:
    assert set(HOOKS) == set(webhooks.EVENT_NAMES) == set(CLASSES)


@pytest.mark.parametrize("hook", sorted(HOOKS))
def test_every_webhook_has_at_least_one_example(hook: str) -> None:
    assert _media(hook).get("examples"), f"webhook {hook} has no example"


@pytest.mark.parametrize(("hook", "name", "value"), EXAMPLES)
def test_every_spec_example_parses_into_its_typed_event(hook: str, name: str, value: dict[str, Any]) -> None:
    assert value["name"] == hook
    for body in (value, json.dumps(value), json.dumps(value).encode()):
        event = webhooks.parse(body)
        assert not isinstance(event, webhooks.UnknownEvent)
        assert type(event) is CLASSES[hook]
        assert event.name == hook
        assert event.event_id == value["id"]


@pytest.mark.parametrize(("hook", "name", "value"), EXAMPLES)
def test_every_spec_example_parses_into_the_generated_model(hook: str, name: str, value: dict[str, Any]) -> None:
    ref: str = _media(hook)["schema"]["$ref"]
    model = getattr(lox24_api.models, ref.rsplit("/", 1)[1])
    parsed = model.from_dict(value)
    assert parsed.to_dict()["data"] == value["data"]
    assert parsed.id == value["id"]

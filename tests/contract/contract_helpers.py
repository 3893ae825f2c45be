"""Shared by the in-process contract tests: the spec, the schemathesis config, and an engine runner."""

from __future__ import annotations

import os
import re
import tomllib
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import jsonschema
import jsonschema.protocols
import schemathesis
import yaml
from schemathesis.config import SchemathesisConfig
from schemathesis.engine import events

ROOT = Path(__file__).resolve().parents[2]
SPEC_PATH = ROOT / "spec" / "lox24.yaml"
CONFIG_PATH = ROOT / "schemathesis.toml"
EMULATOR_TOKEN = "1234567:e3f3a759b6677959b6ebfcxxxxxxxxxx"
# Inbound SMS arrive from phones; the LOX24 API cannot create them, only the emulator's control plane
# (POST /_emulator/incomings) can. Injected after each reset, so that the links from GET /incomings
# (GetIncomingByUuid, DeleteIncomingByUuid) have a uuid to follow.
INBOUND_SMS = (
    {"from": "+491701234567", "to": "+491700000000", "text": "Hello from a phone"},
    {"from": "+4915112345678", "to": "+491700000000", "text": "STOP"},
    {"from": "+447911123456", "to": "+491700000000", "text": "Unicode: Grüße 👋"},
)


def emulator_token() -> str:
    try:
        from lox24.emulator import DEFAULT_TOKEN
    except ImportError:  # the emulator is optional for the config helpers
        return EMULATOR_TOKEN
    return str(DEFAULT_TOKEN)


@contextmanager
def _token_env(token: str) -> Iterator[None]:
    old = os.environ.get("LOX24_TOKEN")
    os.environ["LOX24_TOKEN"] = token
    try:
        yield
    finally:
        if old is None:
            del os.environ["LOX24_TOKEN"]
        else:
            os.environ["LOX24_TOKEN"] = old


def _merge(base: dict[str, Any], extra: dict[str, Any]) -> dict[str, Any]:
    out = dict(base)
    for key, value in extra.items():
        out[key] = _merge(out[key], value) if isinstance(value, dict) and isinstance(out.get(key), dict) else value
    return out


def load_config(overrides: dict[str, Any] | None = None, *, token: str | None = None) -> SchemathesisConfig:
    """schemathesis.toml of the repo (with the emulator's token), plus `overrides` in the same TOML shape."""
    data = _merge(tomllib.loads(CONFIG_PATH.read_text(encoding="utf-8")), overrides or {})
    if "hooks" in data:  # relative to the repository root, wherever pytest runs from
        data["hooks"] = str(ROOT / data["hooks"])
    with _token_env(token or emulator_token()):
        return SchemathesisConfig.from_dict(data)


def load_schema(app: Any, overrides: dict[str, Any] | None = None) -> Any:
    """The hand-written spec, bound to an in-process ASGI app."""
    schema = schemathesis.openapi.from_path(SPEC_PATH, config=load_config(overrides))
    schema.app = app
    return schema


@dataclass
class EngineRun:
    """What one in-process engine run found."""

    scenarios: int = 0
    cases: int = 0
    failures: Counter[str] = field(default_factory=Counter)  # "ST108 response_schema_conformance" -> count
    failed_operations: dict[str, set[str]] = field(default_factory=dict)  # check name -> operation labels
    errors: list[str] = field(default_factory=list)
    messages: list[str] = field(default_factory=list)

    def checks(self) -> set[str]:
        return set(self.failed_operations)


def run_engine(
    app: Any,
    *,
    phases: list[str],
    max_examples: int,
    seed: int = 1,
    operation_ids: list[str] | None = None,
    extra: dict[str, Any] | None = None,
) -> EngineRun:
    """Run schemathesis' engine (what the CLI runs) in-process against an ASGI app."""
    overrides: dict[str, Any] = {
        "seed": seed,
        "workers": 1,
        "generation": {"max-examples": max_examples},
        "phases": {name: {"enabled": name in phases} for name in ("examples", "coverage", "fuzzing", "stateful")},
    }
    schema = load_schema(app, _merge(overrides, extra or {}))
    if operation_ids:
        schema = schema.include(operation_id=operation_ids)
    result = EngineRun()
    for event in schemathesis.engine.from_schema(schema).execute():
        if isinstance(event, events.ScenarioFinished):
            result.scenarios += 1
            result.cases += len(event.recorder.cases)
            for checks in event.recorder.checks.values():
                for check in checks:
                    if check.failure_info is not None:
                        failure = check.failure_info.failure
                        result.failures[f"{failure.code} {check.name}"] += 1
                        label = failure.operation or event.recorder.label
                        result.failed_operations.setdefault(check.name, set()).add(label)
                        result.messages.append(f"{failure.code} {check.name} {label}: {failure.title}")
        elif isinstance(event, events.NonFatalError):
            result.errors.append(f"{event.label}: {event.value!r}")
        elif isinstance(event, events.FatalError):
            raise event.exception
    return result


# --- the spec as plain data: operations, response definitions, JSON Schema validators -------------------------

_SPEC: dict[str, Any] | None = None
HTTP_METHODS = ("get", "put", "post", "delete", "patch")


def spec() -> dict[str, Any]:
    global _SPEC
    if _SPEC is None:
        _SPEC = yaml.safe_load(SPEC_PATH.read_text(encoding="utf-8"))
    return _SPEC


def resolve(node: dict[str, Any]) -> dict[str, Any]:
    """Follow local `$ref`s (#/components/...) until a node without one."""
    while "$ref" in node:
        target: Any = spec()
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


@dataclass(frozen=True)
class Operation:
    method: str
    template: str
    definition: dict[str, Any]

    @property
    def operation_id(self) -> str:
        return str(self.definition["operationId"])

    @property
    def tag(self) -> str:
        return str(self.definition["tags"][0])

    def path_parameters(self, path: str) -> dict[str, str]:
        match = _template_regex(self.template).match(path.split("?", 1)[0])
        assert match is not None
        return match.groupdict()

    def response(self, status: int) -> dict[str, Any] | None:
        """The documented response for a status (exact, then `5XX`-style ranges, then `default`)."""
        responses = self.definition["responses"]
        for key in (str(status), f"{str(status)[0]}XX", "default"):
            if key in responses:
                return resolve(responses[key])
        return None

    def request_schema(self) -> dict[str, Any] | None:
        body = self.definition.get("requestBody")
        if body is None:
            return None
        return dict(resolve(body)["content"]["application/json"]["schema"])


def _template_regex(template: str) -> re.Pattern[str]:
    return re.compile("^" + re.sub(r"\{([^/}]+)\}", r"(?P<\1>[^/]+)", template) + "$")


def operations() -> list[Operation]:
    return [
        Operation(method.upper(), template, definition)
        for template, item in spec()["paths"].items()
        for method, definition in item.items()
        if method in HTTP_METHODS
    ]


def operation_by_id(operation_id: str) -> Operation:
    return next(op for op in operations() if op.operation_id == operation_id)


def find_operation(method: str, path: str) -> Operation:
    bare = path.split("?", 1)[0]
    # Literal paths first, so /sms/dryrun is not read as /sms/{uuid}.
    candidates = sorted(operations(), key=lambda op: op.template.count("{"))
    for op in candidates:
        if op.method == method.upper() and _template_regex(op.template).match(bare):
            return op
    raise LookupError(f"{method} {path} is no operation of the spec")


def declared_links() -> list[str]:
    """The spec's links, spelled like schemathesis' transition ids: `POST /sms -> [201] GetSmsByUuid`."""
    return [
        f"{op.method} {op.template} -> [{status}] {name}"
        for op in operations()
        for status, response in op.definition["responses"].items()
        for name in response.get("links", {})
    ]


def validator(schema: dict[str, Any]) -> jsonschema.protocols.Validator:
    """A JSON Schema 2020-12 validator (the dialect of OpenAPI 3.1) that resolves #/components/... refs."""
    document = {**schema, "components": spec()["components"]}
    cls = jsonschema.Draft202012Validator
    return cls(document, format_checker=cls.FORMAT_CHECKER)


def schema_errors(instance: Any, schema: dict[str, Any]) -> list[str]:
    return [
        f"{'/'.join(map(str, error.absolute_path)) or '<root>'}: {error.message}"
        for error in validator(schema).iter_errors(instance)
    ]

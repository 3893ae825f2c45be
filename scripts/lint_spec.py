"""Lint spec/lox24.yaml: a valid OpenAPI 3.1 document whose every example matches its schema.

Usage: python scripts/lint_spec.py [spec/lox24.yaml]

Checks, in order:
1. openapi-spec-validator accepts the document;
2. every operation has an operationId and an operation-level `security` (the generator reads only those);
3. every `example` and `examples[*].value` (of schemas, parameters, headers and media types) validates
   against the schema it documents (JSON Schema 2020-12, `$ref`s resolved inside the document).
Exits 1 with one line per problem.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import yaml
from jsonschema import Draft202012Validator, FormatChecker
from openapi_spec_validator import validate
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

BASE = "urn:lox24-spec"
SCHEMA_KEYS = {"type", "allOf", "anyOf", "oneOf", "properties", "pattern", "enum"}
HTTP_METHODS = {"get", "put", "post", "delete", "patch", "options", "head", "trace"}


def _pointer(path: tuple[str | int, ...]) -> str:
    return "/" + "/".join(str(p).replace("~", "~0").replace("/", "~1") for p in path)


def _resolve(spec: dict[str, Any], node: Any) -> Any:
    """Follow a local `$ref` (used for components/examples)."""
    while isinstance(node, dict) and "$ref" in node:
        target: Any = spec
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        node = target
    return node


def _examples(spec: dict[str, Any]) -> Iterator[tuple[str, tuple[str | int, ...], Any]]:
    """Yield (where, path of the schema, example value) for every example in the document."""

    def walk(node: Any, path: tuple[str | int, ...]) -> Iterator[tuple[str, tuple[str | int, ...], Any]]:
        if isinstance(node, dict):
            if "schema" in node and isinstance(node["schema"], dict):
                schema_path = (*path, "schema")
                if "example" in node:
                    yield _pointer((*path, "example")), schema_path, node["example"]
                for name, ex in (node.get("examples") or {}).items():
                    ex = _resolve(spec, ex)
                    if isinstance(ex, dict) and "value" in ex:
                        yield _pointer((*path, "examples", name)), schema_path, ex["value"]
            elif "example" in node and SCHEMA_KEYS & node.keys():
                yield _pointer((*path, "example")), path, node["example"]
            for key, value in node.items():
                if key != "example":
                    yield from walk(value, (*path, key))
        elif isinstance(node, list):
            for i, value in enumerate(node):
                yield from walk(value, (*path, i))

    yield from walk(spec, ())


def lint(path: Path) -> list[str]:
    try:
        spec = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        return [f"{path}: cannot be read as YAML: {exc}"]
    problems: list[str] = []
    try:
        validate(spec)
    except Exception as exc:  # the validator raises several error types; report any of them
        return [f"{path}: not a valid OpenAPI document: {exc}"]

    for route, item in spec.get("paths", {}).items():
        for method, op in item.items():
            if method not in HTTP_METHODS:
                continue
            if not op.get("operationId"):
                problems.append(f"{method.upper()} {route}: no operationId")
            if not op.get("security"):
                problems.append(
                    f"{method.upper()} {route}: no operation-level security (the generator ignores the global one)"
                )

    registry: Registry[Any] = Registry().with_resource(
        BASE, Resource.from_contents(spec, default_specification=DRAFT202012)
    )
    count = 0
    for where, schema_path, value in _examples(spec):
        count += 1
        validator = Draft202012Validator(
            {"$ref": f"{BASE}#{_pointer(schema_path)}"}, registry=registry, format_checker=FormatChecker()
        )
        for error in validator.iter_errors(value):
            problems.append(f"{where}: example does not match its schema: {error.message}")
    if count == 0:
        problems.append("no examples found: the example check did not run")
    return problems


def main() -> int:
    path = Path(sys.argv[1] if len(sys.argv) > 1 else "spec/lox24.yaml")
    problems = lint(path)
    for line in problems:
        print(line, file=sys.stderr)
    if problems:
        print(f"lint-spec: {len(problems)} problem(s) in {path}", file=sys.stderr)
        return 1
    print(f"lint-spec: {path} is valid OpenAPI 3.1 and every example matches its schema")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Each class of difference, on pairs of small specs (ours first, LOX24's second)."""

from __future__ import annotations

from typing import Any

from drift_helpers import make_spec, obj, post_sms
from lox24_drift.compare import Difference, compare


def diffs(ours: dict[str, Any], official: dict[str, Any]) -> list[tuple[str, str, str]]:
    return [(d.location, d.kind, d.classification) for d in compare(ours, official)]


def only(ours: dict[str, Any], official: dict[str, Any]) -> Difference:
    found = [d for d in compare(ours, official) if d.kind != "description"]
    assert len(found) == 1, found
    return found[0]


GET_ME = {"/me": {"get": {"operationId": "get_account", "responses": {"200": {"description": "ok"}}}}}


def test_identical_specs_have_no_difference() -> None:
    spec = make_spec(post_sms(obj(["text"], text={"type": "string"})))
    assert compare(spec, spec) == []


def test_operation_removed_is_breaking_and_added_is_additive() -> None:
    ours = make_spec({**post_sms(obj()), **GET_ME})
    official = make_spec({**post_sms(obj()), "/blocked_numbers": {"get": {"operationId": "x", "responses": {}}}})
    assert sorted(diffs(ours, official)) == [
        ("operation", "operation-added", "additive"),
        ("operation", "operation-removed", "breaking"),
    ]
    removed = next(d for d in compare(ours, official) if d.kind == "operation-removed")
    assert removed.operation == "GET /me"
    assert removed.operation_id == "get_account"


def test_operations_are_matched_by_lox24_operation_id_then_by_route_whatever_the_path_parameter_names() -> None:
    ours = make_spec(
        {
            "/sms/{uuid}": {"get": {"operationId": "get_sms", "responses": {}}},
            "/me": {"get": {"operationId": "get_account", "x-lox24-operation-id": "getaccountinfo", "responses": {}}},
        }
    )
    official = make_spec(
        {
            "/sms/{id}": {"get": {"operationId": "api_sms_get_item", "responses": {}}},
            "/me": {"get": {"operationId": "getAccountInfo", "responses": {}}},
        }
    )
    assert compare(ours, official) == []


def test_parameters_added_removed_and_required() -> None:
    def op(*params: dict[str, Any]) -> dict[str, Any]:
        return make_spec({"/sms": {"get": {"operationId": "list_sms", "parameters": list(params), "responses": {}}}})

    page = {"name": "page", "in": "query", "schema": {"type": "integer"}}
    text = {"name": "text", "in": "query", "schema": {"type": "string"}}
    must = {"name": "key", "in": "query", "required": True, "schema": {"type": "string"}}
    assert diffs(op(page), op(page, text)) == [("parameter query text", "parameter-added", "additive")]
    assert diffs(op(page), op(page, must)) == [("parameter query key", "parameter-added", "breaking")]
    assert diffs(op(page, text), op(page)) == [("parameter query text", "parameter-removed", "breaking")]
    assert diffs(op({**must, "required": False}), op(must)) == [("parameter query key", "required", "breaking")]
    assert diffs(op(must), op({**must, "required": False})) == [("parameter query key", "required", "additive")]


def test_request_fields_added_removed_and_required() -> None:
    base = obj(["text"], text={"type": "string"})
    optional = obj(["text"], text={"type": "string"}, source={"type": "integer"})
    required = obj(["text", "source"], text={"type": "string"}, source={"type": "integer"})
    loc = "request application/json: source"
    assert diffs(make_spec(post_sms(base)), make_spec(post_sms(optional))) == [(loc, "property-added", "additive")]
    assert diffs(make_spec(post_sms(base)), make_spec(post_sms(required))) == [(loc, "property-added", "breaking")]
    assert diffs(make_spec(post_sms(optional)), make_spec(post_sms(base))) == [(loc, "property-removed", "breaking")]
    assert diffs(make_spec(post_sms(optional)), make_spec(post_sms(required))) == [(loc, "required", "breaking")]


def test_response_fields_added_removed_and_required() -> None:
    def spec(response: dict[str, Any]) -> dict[str, Any]:
        return make_spec(post_sms(obj(), response))

    base = obj(["uuid"], uuid={"type": "string"})
    extra = obj(["uuid"], uuid={"type": "string"}, price={"type": "number"})
    loc = "response 201 application/json: price"
    assert diffs(spec(base), spec(extra)) == [(loc, "property-added", "additive")]
    assert diffs(spec(extra), spec(base)) == [(loc, "property-removed", "additive")]
    assert diffs(spec(base), spec(obj(uuid={"type": "string"}))) == [
        ("response 201 application/json: uuid", "required", "breaking")
    ]
    assert diffs(spec(base), spec(obj(price={"type": "number"}))) == [
        ("response 201 application/json: price", "property-added", "additive"),
        ("response 201 application/json: uuid", "property-removed", "breaking"),
    ]


def test_types_depend_on_the_direction() -> None:
    def pair(ours: dict[str, Any], official: dict[str, Any]) -> Difference:
        return only(
            make_spec(post_sms(obj(n=ours), obj(n=ours))),
            make_spec(post_sms(obj(n=ours), obj(n=official))),
        )

    widened = pair({"type": "integer"}, {"type": "number"})
    assert (widened.location, widened.kind, widened.classification) == (
        "response 201 application/json: n",
        "type",
        "breaking",
    )
    assert (widened.ours, widened.official) == (["integer"], ["number"])
    request = only(make_spec(post_sms(obj(n={"type": "integer"}))), make_spec(post_sms(obj(n={"type": "number"}))))
    assert (request.kind, request.classification) == ("type", "additive")
    request = only(make_spec(post_sms(obj(n={"type": "integer"}))), make_spec(post_sms(obj(n={"type": "string"}))))
    assert (request.kind, request.classification) == ("type", "breaking")


def test_nullability_is_normalised_across_anyof_oneof_and_type_lists() -> None:
    schemas = {"Lang": {"type": "string", "enum": ["EN", "DE"]}}
    ours = make_spec(post_sms(obj(v={"anyOf": [{"$ref": "#/components/schemas/Lang"}, {"type": "null"}]})), schemas)
    official = make_spec(post_sms(obj(v={"type": ["string", "null"], "enum": ["DE", "EN", None]})))
    assert compare(ours, official) == []
    not_null = make_spec(post_sms(obj(v={"type": "string", "enum": ["DE", "EN"]})))
    d = only(ours, not_null)
    assert (d.kind, d.classification, d.note) == ("nullable", "breaking", "we may send null")
    d = only(
        make_spec(post_sms(obj(), obj(v={"type": "string"}))),
        make_spec(post_sms(obj(), obj(v={"type": ["string", "null"]}))),
    )
    assert (d.kind, d.classification, d.note) == ("nullable", "breaking", "LOX24 may send null")


def test_enums_depend_on_the_direction() -> None:
    five = {"type": "string", "enum": ["EN", "DE", "FR", "IT", "ES"]}
    six = {"type": "string", "enum": ["EN", "DE", "FR", "IT", "ES", "PL"]}
    d = only(make_spec(post_sms(obj(v=six))), make_spec(post_sms(obj(v=five))))
    assert (d.kind, d.classification, d.ours, d.official) == ("enum", "breaking", six["enum"], five["enum"])
    assert only(make_spec(post_sms(obj(v=five))), make_spec(post_sms(obj(v=six)))).classification == "additive"
    d = only(make_spec(post_sms(obj(), obj(v=five))), make_spec(post_sms(obj(), obj(v=six))))
    assert (d.classification, d.note) == ("breaking", "LOX24 may send values our enum cannot parse")
    assert only(make_spec(post_sms(obj(), obj(v=six))), make_spec(post_sms(obj(), obj(v=five)))).classification == (
        "additive"
    )


def test_patterns_and_limits() -> None:
    def req(schema: dict[str, Any]) -> dict[str, Any]:
        return make_spec(post_sms(obj(p=schema)))

    digits = {"type": "string", "pattern": r"^\+[1-9]\d{1,14}$"}
    same = {"type": "string", "pattern": r"^\+[1-9][0-9]{1,14}$"}
    other = {"type": "string", "pattern": r"^(\+|00)[1-9][0-9]{1,14}$"}
    assert compare(req(same), req(digits)) == []  # \d and [0-9] are the same in ECMA regexes
    assert (only(req(other), req(digits)).kind, only(req(other), req(digits)).classification) == ("pattern", "breaking")
    assert only(req(digits), req({"type": "string"})).classification == "additive"
    d = only(req({"type": "string", "maxLength": 1530}), req({"type": "string", "maxLength": 160}))
    assert (d.kind, d.classification, d.ours, d.official) == ("maxLength", "breaking", 1530, 160)
    assert only(
        req({"type": "string", "maxLength": 160}), req({"type": "string", "maxLength": 1530})
    ).classification == ("additive")
    assert only(req({"type": "integer", "minimum": 1}), req({"type": "integer", "minimum": 0})).classification == (
        "additive"
    )
    d = only(req({"type": "integer"}), req({"type": "integer", "minimum": 0}))
    assert (d.kind, d.classification) == ("minimum", "breaking")
    resp = only(
        make_spec(post_sms(obj(), obj(p={"type": "string", "maxLength": 2}))),
        make_spec(post_sms(obj(), obj(p={"type": "string", "maxLength": 16}))),
    )
    assert resp.classification == "additive"  # the client does not check response limits


def test_statuses() -> None:
    def responses(**codes: str) -> dict[str, Any]:
        return make_spec(
            {"/me": {"get": {"operationId": "m", "responses": {c[1:]: {"description": d} for c, d in codes.items()}}}}
        )

    assert diffs(responses(_200="ok"), responses(_200="ok", _201="made")) == [
        ("response 201", "status-added", "breaking")
    ]
    assert diffs(responses(_200="ok"), responses(_200="ok", _422="no")) == [
        ("response 422", "status-added", "additive")
    ]
    assert diffs(responses(_200="ok", _400="bad"), responses(_200="ok")) == [
        ("response 400", "status-removed", "additive")
    ]
    assert diffs(responses(_200="ok", _5XX="err"), responses(_200="ok", _500="err")) == []


def test_descriptions_are_cosmetic() -> None:
    ours = make_spec(post_sms(obj(text={"type": "string", "description": "The message text."}), summary="Send the SMS"))
    official = make_spec(
        post_sms(obj(text={"type": "string", "description": "Der Nachrichtentext."}), summary="SMS senden")
    )
    assert sorted(diffs(ours, official)) == [
        ("operation summary", "description", "cosmetic"),
        ("request application/json: text", "description", "cosmetic"),
    ]


def test_recursive_schemas_terminate() -> None:
    schemas = {"Node": obj(child={"$ref": "#/components/schemas/Node"}, n={"type": "integer"})}
    other = {"Node": obj(child={"$ref": "#/components/schemas/Node"}, n={"type": "string"})}
    ours = make_spec(post_sms({"$ref": "#/components/schemas/Node"}), schemas)
    official = make_spec(post_sms({"$ref": "#/components/schemas/Node"}), other)
    found = diffs(ours, official)
    assert ("request application/json: n", "type", "breaking") in found
    assert len(found) < 20

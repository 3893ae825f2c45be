"""Properties of the `lox24` client, checked against the spec with hypothesis.

1. For any request body the spec allows (drawn by schemathesis from the request schema), the body the client
   sends (captured with respx) validates against the spec's request schema and carries the caller's values.
2. Every generated model round-trips: `Model.from_dict(body).to_dict() == body` for any body its schema allows.
3. For invalid input, the client's own validation (`validate=True`) and the emulator agree: both refuse, and
   name the same field (`Lox24ValidationError.field` == the emulator's `violations[0].propertyPath`).
"""

from __future__ import annotations

import contextlib
import json
import re
from datetime import datetime
from typing import Any

import contract_helpers as spec_tools
import httpx
import lox24_api.models
import pytest
import respx
import schemathesis
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from schemathesis.generation import GenerationMode
from schemathesis.python import asgi

import lox24
from lox24.emulator import DEFAULT_TOKEN, create_app

BASE_URL = "https://api.lox24.eu"
TOKEN = "1234567:" + "b" * 32
FAST = settings(
    max_examples=40, deadline=None, derandomize=True, database=None, suppress_health_check=list(HealthCheck)
)

NO_SHRINK = (Phase.explicit, Phase.reuse, Phase.generate)

SCHEMA = schemathesis.openapi.from_path(spec_tools.SPEC_PATH, config=spec_tools.load_config())


def positive_bodies(operation_id: str) -> st.SearchStrategy[Any]:
    """Request bodies of one operation that its schema allows (schemathesis' positive generation)."""
    operation = SCHEMA.find_operation_by_id(operation_id)
    return operation.as_strategy(generation_mode=GenerationMode.POSITIVE).map(lambda case: case.body)


def as_python(value: Any) -> Any:
    """JSON Schema counts 3.0 as an integer; the client's arguments are typed `int`, so pass 3."""
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, list):
        return [as_python(item) for item in value]
    if isinstance(value, dict):
        return {key: as_python(item) for key, item in value.items()}
    return value


def known(body: dict[str, Any], keys: set[str]) -> dict[str, Any]:
    """The fields the client takes as arguments (the schema also allows unknown extra ones, which it ignores)."""
    return {k: as_python(v) for k, v in body.items() if k in keys}


SMS_KEYS = set(spec_tools.resolve(spec_tools.spec()["components"]["schemas"]["SmsCreate"])["properties"])
BULK_KEYS = set(spec_tools.resolve(spec_tools.spec()["components"]["schemas"]["BulkCreate"])["properties"])
CANNED = {
    "create_sms": (201, "emulator-create_sms-201-json.json"),
    "dry_run_sms": (201, "emulator-dry_run_sms-201.json"),
    "create_bulk": (201, "emulator-create_bulk-201.json"),
    "create_group": (201, "emulator-create_group-201.json"),
    "create_group_phone": (201, "emulator-create_group_phone-201.json"),
    "update_phone": (200, "emulator-update_phone-200.json"),
    "dry_run_bulk": (201, "emulator-dry_run_bulk-201.json"),
}


def canned(operation_id: str) -> httpx.Response:
    status, name = CANNED[operation_id]
    rec = json.loads((spec_tools.ROOT / "tests" / "recordings" / name).read_text(encoding="utf-8"))
    return httpx.Response(status, json=rec["response"]["body"], headers={"X-LOX24-REQUEST-ID": "r" * 32})


def sent_body(operation_id: str, call: Any) -> Any:
    """Run `call(client)` against respx and return the JSON body the client sent."""
    with respx.mock(base_url=BASE_URL) as router:
        route = router.route().mock(return_value=canned(operation_id))
        with lox24.Client(token=TOKEN, base_url=BASE_URL, max_retries=0) as client:
            call(client)
        assert route.call_count == 1
        return json.loads(route.calls.last.request.content)


def assert_valid_request(operation_id: str, body: Any) -> None:
    schema = spec_tools.operation_by_id(operation_id).request_schema()
    assert schema is not None
    errors = spec_tools.schema_errors(body, schema)
    assert not errors, f"the client sent a body the spec refuses: {errors}\n{body}"


# --- 1. requests --------------------------------------------------------------------------------------------


@pytest.mark.parametrize("operation_id", ["create_sms", "dry_run_sms"])
@given(data=st.data())
@FAST
def test_sms_request_body_validates(operation_id: str, data: st.DataObject) -> None:
    args = known(data.draw(positive_bodies(operation_id)), SMS_KEYS)
    body = sent_body(
        operation_id,
        lambda c: (c.sms.send if operation_id == "create_sms" else c.sms.dry_run)(**args, validate=False),
    )
    assert_valid_request(operation_id, body)
    # What the caller gave is what is sent; None means "leave it out".
    assert body == {k: v for k, v in args.items() if v is not None}


@given(args=positive_bodies("create_bulk"))
@FAST
def test_bulk_request_body_validates(args: dict[str, Any]) -> None:
    args = known(args, BULK_KEYS)
    groups = args.pop("msg_groups", None)
    body = sent_body("create_bulk", lambda c: c.bulks.create(**args, groups=groups, validate=False))
    assert_valid_request("create_bulk", body)
    expected = {k: v for k, v in {**args, "msg_groups": groups}.items() if v is not None}
    assert body == expected


@given(args=positive_bodies("create_group"))
@FAST
def test_group_request_body_validates(args: dict[str, Any]) -> None:
    columns = {k: args[k] for k in ("name_a", "name_b", "name_c", "name_d", "name_e") if k in args}
    body = sent_body(
        "create_group",
        lambda c: c.groups.create(
            name=args["name"], description=args.get("description"), columns=columns or None, validate=False
        ),
    )
    assert_valid_request("create_group", body)
    assert body["name"] == args["name"]
    assert {k: body[k] for k in columns} == columns


@given(args=positive_bodies("create_group_phone"))
@FAST
def test_phone_request_body_validates(args: dict[str, Any]) -> None:
    columns = {k: v for k, v in args.items() if k in ("a", "b", "c", "d", "e")}
    body = sent_body(
        "create_group_phone",
        lambda c: c.groups.phones(7117).add(
            args["phone"], callback_data=args.get("callback_data"), columns=columns or None, validate=False
        ),
    )
    assert_valid_request("create_group_phone", body)
    assert body["phone"] == args["phone"]
    assert {k: body[k] for k in columns} == columns


@given(args=positive_bodies("create_sms"))
@FAST
def test_validated_sms_is_either_refused_locally_or_valid(args: dict[str, Any]) -> None:
    """With validate=True the client may refuse (e.g. a number that does not exist), never send junk."""
    args = known(args, SMS_KEYS)
    refused: lox24.Lox24ValidationError | None = None
    try:
        body = sent_body("create_sms", lambda c: c.sms.send(**args))
    except lox24.Lox24ValidationError as error:
        refused = error
    if refused is not None:
        assert refused.field.split("[")[0] in SMS_KEYS
    else:
        assert_valid_request("create_sms", body)


# --- 2. model round trips -----------------------------------------------------------------------------------

OBJECT_MODELS = sorted(
    name
    for name in lox24_api.models.__all__
    if hasattr(getattr(lox24_api.models, name), "from_dict") and name in spec_tools.spec()["components"]["schemas"]
)


def _model_schema() -> Any:
    """A throw-away spec with one operation per component schema, so schemathesis draws bodies for each."""
    raw = spec_tools.spec()
    paths = {
        f"/models/{name}": {
            "post": {
                "operationId": f"model_{name}",
                "requestBody": {
                    "required": True,
                    "content": {"application/json": {"schema": {"$ref": f"#/components/schemas/{name}"}}},
                },
                "responses": {"200": {"description": "ok"}},
            }
        }
        for name in OBJECT_MODELS
    }
    document = {"openapi": "3.1.0", "info": {"title": "models", "version": "1"}, "paths": paths}
    document["components"] = {"schemas": raw["components"]["schemas"]}
    return schemathesis.openapi.from_dict(document, config=spec_tools.load_config())


MODELS_SCHEMA = _model_schema()
DATE_TIME = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}[Tt ][0-9]{2}:[0-9]{2}:[0-9]{2}")


def same_instant(value: Any) -> Any:
    """`format: date-time` strings as instants: the models parse them into datetimes and write them back with
    `isoformat()` ("Z" becomes "+00:00"), the same instant in another spelling. Other values are left alone."""
    if isinstance(value, dict):
        return {key: same_instant(item) for key, item in value.items()}
    if isinstance(value, list):
        return [same_instant(item) for item in value]
    if isinstance(value, str) and DATE_TIME.match(value):
        with contextlib.suppress(ValueError):
            return datetime.fromisoformat(value)
    return value


def test_every_object_schema_has_a_model() -> None:
    assert len(OBJECT_MODELS) >= 35
    assert {"Sms", "SmsJsonLd", "Bulk", "Group", "Phone", "Account", "ConstraintViolationList"} <= set(OBJECT_MODELS)


@pytest.mark.parametrize("name", OBJECT_MODELS)
@given(data=st.data())
@settings(FAST, max_examples=15)
def test_model_round_trips(name: str, data: st.DataObject) -> None:
    operation = MODELS_SCHEMA.find_operation_by_id(f"model_{name}")
    body = data.draw(operation.as_strategy(generation_mode=GenerationMode.POSITIVE).map(lambda case: case.body))
    model = getattr(lox24_api.models, name)
    parsed = model.from_dict(body)
    assert same_instant(parsed.to_dict()) == same_instant(body)
    assert model.from_dict(parsed.to_dict()).to_dict() == parsed.to_dict()


# --- 3. client validation and the emulator agree ------------------------------------------------------------

EMULATOR = create_app(db=":memory:", balance=1e9, seed=1, ip_block=False)
VALID_SMS = {"phone": "+491701234567", "text": "Hello", "sender_id": "MyShop"}

# One broken field each; the rest of the request is valid.
INVALID_SMS_FIELDS: dict[str, st.SearchStrategy[Any]] = {
    "sender_id": st.one_of(
        st.just(""),
        st.text(alphabet="abcdefghijklmnopqrstuvwxyz ", min_size=12, max_size=20),
        st.sampled_from(["My_Shop", "Shop!", "0123", "+0049", "Ünïcode"]),
    ),
    "phone": st.sampled_from(["", "abc", "+", "12", "+49 170 1234567x", "++491701234567", "+4917012345678901234"]),
    "text": st.one_of(st.just(""), st.text(alphabet="abc", min_size=1531, max_size=1600)),
    "callback_data": st.text(alphabet="abcdef0123456789", min_size=37, max_size=60),
    "delivery_at": st.one_of(st.integers(max_value=-1), st.integers(min_value=253402300800)),
    "service_code": st.sampled_from(["bogus", "DIRECT", "sms", ""]),
    "voice_lang": st.sampled_from(["de", "XX", "EN-US", ""]),
    "source": st.one_of(st.integers(max_value=-1), st.integers(min_value=2147483648)),
}


def emulator_verdict(body: dict[str, Any]) -> tuple[int, str | None]:
    with asgi.get_client(EMULATOR) as client:  # type: ignore[arg-type]  # schemathesis types ASGI scopes as dict, starlette as MutableMapping
        response = client.post(
            "/sms/dryrun",
            data=json.dumps(body),
            headers={"X-LOX24-AUTH-TOKEN": DEFAULT_TOKEN, "Content-Type": "application/json"},
        )
    payload = response.json()
    violations = payload.get("violations") or [{}]
    return response.status_code, violations[0].get("propertyPath")


def test_the_valid_base_request_is_accepted_by_both() -> None:
    assert emulator_verdict(VALID_SMS)[0] == 201
    body = sent_body("dry_run_sms", lambda c: c.sms.dry_run(**VALID_SMS))
    assert body == VALID_SMS


@given(data=st.data(), field=st.sampled_from(sorted(INVALID_SMS_FIELDS)))
@settings(FAST, max_examples=60)
def test_client_validation_and_emulator_agree_on_invalid_sms(data: st.DataObject, field: str) -> None:
    value = data.draw(INVALID_SMS_FIELDS[field], label=field)
    args = {**VALID_SMS, field: value}
    status, emulator_field = emulator_verdict(args)
    with pytest.raises(lox24.Lox24ValidationError) as refused:
        sent_body("dry_run_sms", lambda c: c.sms.dry_run(**args))
    assert status in (400, 422), f"the emulator accepted {field}={value!r}"
    assert refused.value.field == emulator_field, (refused.value.field, emulator_field, value)


VALID_BULK = {"text": "Hello", "sender_id": "MyShop", "phones": ["+491701234567", "+4915112345678"]}
INVALID_BULK_FIELDS: dict[str, st.SearchStrategy[Any]] = {
    "sender_id": st.sampled_from(["", "My_Shop", "far too long sender", "+0049"]),
    "text": st.one_of(st.just(""), st.text(alphabet="xyz", min_size=1786, max_size=1800)),
    "phones": st.lists(st.sampled_from(["abc", "", "+", "12"]), min_size=1, max_size=3).map(
        lambda bad: ["+491701234567", *bad]
    ),
    "msg_groups": st.lists(st.integers(max_value=0), min_size=1, max_size=3),
    "delivery_at": st.integers(max_value=-1),
}


def emulator_bulk_verdict(body: dict[str, Any]) -> tuple[int, str | None]:
    with asgi.get_client(EMULATOR) as client:  # type: ignore[arg-type]  # schemathesis types ASGI scopes as dict, starlette as MutableMapping
        response = client.post(
            "/bulks/dryrun",
            data=json.dumps(body),
            headers={"X-LOX24-AUTH-TOKEN": DEFAULT_TOKEN, "Content-Type": "application/json"},
        )
    violations = response.json().get("violations") or [{}]
    return response.status_code, violations[0].get("propertyPath")


@given(data=st.data(), field=st.sampled_from(sorted(INVALID_BULK_FIELDS)))
@settings(FAST, max_examples=40)
def test_client_validation_and_emulator_agree_on_invalid_bulks(data: st.DataObject, field: str) -> None:
    value = data.draw(INVALID_BULK_FIELDS[field], label=field)
    body = {**VALID_BULK, field: value}
    status, emulator_field = emulator_bulk_verdict(body)
    args = {k: v for k, v in body.items() if k != "msg_groups"}
    with pytest.raises(lox24.Lox24ValidationError) as refused:
        sent_body("dry_run_bulk", lambda c: c.bulks.dry_run(**args, groups=body.get("msg_groups")))
    assert status in (400, 422), f"the emulator accepted {field}={value!r}"
    assert refused.value.field == emulator_field, (refused.value.field, emulator_field, value)


VALID_GROUP = {"name": "My Clients", "description": "Best clients", "name_a": "prefix"}
INVALID_GROUP_FIELDS: dict[str, st.SearchStrategy[Any]] = {
    "name": st.one_of(st.just(""), st.text(alphabet="abc", min_size=51, max_size=60)),
    "description": st.text(alphabet="abc", min_size=256, max_size=270),
    "name_a": st.text(alphabet="abc", min_size=51, max_size=60),
    "name_e": st.text(alphabet="abc", min_size=51, max_size=60),
}
VALID_PHONE = {"phone": "+491701234567", "callback_data": "c-1", "a": "Mr."}
INVALID_PHONE_FIELDS: dict[str, st.SearchStrategy[Any]] = {
    "phone": st.sampled_from(["", "abc", "+", "12", "+4900000", "++491701234567", "+49 170 CALLME"]),
    "callback_data": st.text(alphabet="abc", min_size=37, max_size=50),
    "a": st.text(alphabet="abc", min_size=1531, max_size=1540),
}


def emulator_post_verdict(path: str, body: dict[str, Any]) -> tuple[int, str | None]:
    with asgi.get_client(EMULATOR) as client:  # type: ignore[arg-type]  # schemathesis types ASGI scopes as dict, starlette as MutableMapping
        response = client.post(
            path,
            data=json.dumps(body),
            headers={"X-LOX24-AUTH-TOKEN": DEFAULT_TOKEN, "Content-Type": "application/json"},
        )
    violations = response.json().get("violations") or [{}]
    return response.status_code, violations[0].get("propertyPath")


@given(data=st.data(), field=st.sampled_from(sorted(INVALID_GROUP_FIELDS)))
@settings(FAST, max_examples=20)
def test_client_validation_and_emulator_agree_on_invalid_groups(data: st.DataObject, field: str) -> None:
    value = data.draw(INVALID_GROUP_FIELDS[field], label=field)
    body = {**VALID_GROUP, field: value}
    status, emulator_field = emulator_post_verdict("/groups", body)
    columns = {k: v for k, v in body.items() if k.startswith("name_")}
    with pytest.raises(lox24.Lox24ValidationError) as refused:
        sent_body(
            "create_group",
            lambda c: c.groups.create(name=body["name"], description=body["description"], columns=columns),
        )
    assert status in (400, 422), f"the emulator accepted {field}={value!r}"
    assert refused.value.field == emulator_field, (refused.value.field, emulator_field, value)


@pytest.mark.parametrize("field", list(INVALID_PHONE_FIELDS))
@given(data=st.data())
@settings(FAST, max_examples=10, phases=NO_SHRINK)  # the known gaps fail at once; shrinking 1531 chars is slow
def test_client_validation_and_emulator_agree_on_invalid_phones(field: str, data: st.DataObject) -> None:
    value = data.draw(INVALID_PHONE_FIELDS[field], label=field)
    body = {**VALID_PHONE, field: value}
    status, emulator_field = emulator_post_verdict("/groups/7117/phones", body)
    with pytest.raises(lox24.Lox24ValidationError) as refused:
        sent_body(
            "create_group_phone",
            lambda c: c.groups.phones(7117).add(
                body["phone"], callback_data=body["callback_data"], columns={"a": body["a"]}
            ),
        )
    assert status in (400, 422), f"the emulator accepted {field}={value!r}"
    # The client names a column by its argument, `columns['a']`; on the wire (and in the emulator) it is `a`.
    client_field = re.sub(r"^columns\['([a-e])'\]$", r"\1", refused.value.field)
    assert client_field == emulator_field, (refused.value.field, emulator_field, value)

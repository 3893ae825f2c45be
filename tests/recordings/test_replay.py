"""respx replays every recording through the `lox24` client (sync and async).

The client calls the recorded operation with the recorded arguments; respx answers with the recorded response.
A success parses into the right typed model (with the recorded values); an error raises the exception of its
status, carrying the response's `request_id` and the violations of the body. A request the client refuses
before sending (Lox24ValidationError, e.g. a malformed uuid) passes only if the server refused it too.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, cast
from urllib.parse import parse_qs, urlsplit

import contract_helpers as spec_tools
import httpx
import pytest
import respx

import lox24

HERE = Path(__file__).resolve().parent
BASE_URL = "https://api.lox24.eu"
TOKEN = "1234567:" + "a" * 32

ERRORS: dict[int, type[lox24.APIStatusError]] = {
    400: lox24.BadRequestError,
    401: lox24.AuthenticationError,
    402: lox24.InsufficientFundsError,
    403: lox24.PermissionDeniedError,
    404: lox24.NotFoundError,
    409: lox24.ConflictError,
    422: lox24.UnprocessableEntityError,
    429: lox24.RateLimitError,
    500: lox24.InternalServerError,
}
COLLECTIONS = {"list_sms", "list_bulks", "list_groups", "list_group_phones", "list_incomings"}
COLLECTIONS |= {"list_blocked_numbers", "list_short_link_campaigns"}  # issue 14: campaigns


def load(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def replayable(path: Path) -> bool:
    """The client asks for JSON-LD: a bare-array collection (application/json) is never its answer."""
    rec = load(path)
    op = spec_tools.find_operation(rec["request"]["method"], rec["request"]["path"])
    mtype = str(rec["response"]["headers"].get("Content-Type", rec["response"]["headers"].get("content-type", "")))
    return not (op.operation_id in COLLECTIONS and rec["response"]["status"] < 300 and "ld+json" not in mtype)


RECORDINGS = [pytest.param(p, id=p.stem) for p in sorted(HERE.glob("*.json")) if replayable(p)]


def recorded_response(rec: dict[str, Any]) -> httpx.Response:
    response = rec["response"]
    body = response["body"]
    content = b"" if body is None else body.encode() if isinstance(body, str) else json.dumps(body).encode()
    return httpx.Response(response["status"], headers=response["headers"], content=content)


def _query(path: str) -> dict[str, list[str]]:
    return parse_qs(urlsplit(path).query)


def call(client: Any, op: spec_tools.Operation, rec: dict[str, Any]) -> Any:
    """The `lox24` call of this operation with the recorded arguments (a coroutine for an AsyncClient)."""
    request = rec["request"]
    params = op.path_parameters(request["path"])
    body = request["body"]
    query = _query(request["path"])
    match op.operation_id:
        case "get_account":
            return client.account.retrieve()
        case "create_sms" | "dry_run_sms":
            method = client.sms.send if op.operation_id == "create_sms" else client.sms.dry_run
            # A request the client's signature cannot express (no text) gets a placeholder: what is replayed
            # is the answer, and respx sends the recorded one.
            return method(**{"text": "", "phone": "", "sender_id": "", **body}, validate=False)
        case "get_sms":
            return client.sms.get(params["uuid"])
        case "delete_sms":
            return client.sms.delete(params["uuid"])
        case "cancel_sms_batch" | "delete_sms_batch":
            method = client.sms.cancel if op.operation_id == "cancel_sms_batch" else client.sms.delete_many
            filters: dict[str, Any] = {}
            if "callback_data[]" in query:
                filters["callback_data"] = query["callback_data[]"]
            if "is_sent" in query:
                filters["is_sent"] = query["is_sent"][0] == "true"
            return method(**filters)
        case "create_bulk" | "dry_run_bulk":
            method = client.bulks.create if op.operation_id == "create_bulk" else client.bulks.dry_run
            args = {k: v for k, v in body.items() if k != "msg_groups"}
            return method(**args, groups=body.get("msg_groups"), validate=False)
        case "get_bulk":
            return client.bulks.get(params["id"])
        case "get_bulk_status":
            return client.bulks.status(params["id"])
        case "cancel_bulk":
            return client.bulks.cancel(params["id"])
        case "delete_bulk":
            return client.bulks.delete(params["id"])
        case "create_group":
            columns = {k: v for k, v in body.items() if k.startswith("name_")}
            return client.groups.create(
                name=body["name"], description=body.get("description"), columns=columns or None, validate=False
            )
        case "get_group":
            return client.groups.get(int(params["id"]))
        case "update_group":
            return client.groups.update(int(params["id"]), name=body["name"], validate=False)
        case "delete_group":
            return client.groups.delete(int(params["id"]))
        case "export_group_csv":
            return client.groups.export_csv(int(params["id"]))
        case "create_group_phone":
            columns = {k: v for k, v in body.items() if k in "abcde"}
            return client.groups.phones(int(params["id"])).add(
                body.get("phone"), columns=columns or None, validate=False
            )
        case "create_group_phones_batch":
            return client.groups.phones(int(params["id"])).add_many(body, validate=False)
        case "get_phone":
            return client.phones.get(int(params["id"]))
        case "update_phone":
            columns = {k: v for k, v in body.items() if k in "abcde"}
            return client.phones.update(int(params["id"]), phone=body["phone"], columns=columns, validate=False)
        case "delete_phone":
            return client.phones.delete(int(params["id"]))
        case "get_incoming":
            return client.incomings.get(params["uuid"])
        case "delete_incoming":
            return client.incomings.delete(params["uuid"])
        case "list_sms":
            return client.sms.list().first_page()
        case "list_bulks":
            return client.bulks.list().first_page()
        case "list_groups":
            return client.groups.list().first_page()
        case "list_group_phones":
            return client.groups.phones(int(params["id"])).list().first_page()
        case "list_incomings":
            return client.incomings.list().first_page()
        # issue 14: blocked numbers and short-link campaigns
        case "create_blocked_number":
            return client.blocked_numbers.create(body["number"], validate=False)
        case "get_blocked_number":
            return client.blocked_numbers.get(int(params["id"]))
        case "delete_blocked_number":
            return client.blocked_numbers.delete(int(params["id"]))
        case "list_blocked_numbers":
            return client.blocked_numbers.list().first_page()
        case "create_short_link_campaign" | "update_short_link_campaign":
            args = {"name": body["name"], "url": body["url"], "type": body["type"], "group_id": body.get("group_id")}
            if op.operation_id == "create_short_link_campaign":
                return client.short_link_campaigns.create(**args, validate=False)
            return client.short_link_campaigns.update(params["code"], **args, validate=False)
        case "create_subscribe_campaign" | "create_unsubscribe_campaign":
            form = {"name": body.get("name", ""), "group_id": body.get("group_id")}
            if op.operation_id == "create_subscribe_campaign":
                return client.short_link_campaigns.create_subscribe(**form, validate=False)
            return client.short_link_campaigns.create_unsubscribe(**form, validate=False)
        case "get_short_link_campaign":
            return client.short_link_campaigns.get(params["code"])
        case "delete_short_link_campaign":
            return client.short_link_campaigns.delete(params["code"])
        case "list_short_link_campaigns":
            return client.short_link_campaigns.list().first_page()
    raise AssertionError(f"no client call for {op.operation_id}")


# operationId -> (type of the result, the recorded field that must come back unchanged)
EXPECTED: dict[str, tuple[type, str | None]] = {
    "get_account": (lox24.Account, "id"),
    "create_sms": (lox24.Sms, "uuid"),
    "dry_run_sms": (lox24.Sms, "uuid"),
    "get_sms": (lox24.Sms, "uuid"),
    "delete_sms": (type(None), None),
    "cancel_sms_batch": (int, None),
    "delete_sms_batch": (int, None),
    "create_bulk": (lox24.Bulk, "uuid"),
    "dry_run_bulk": (lox24.Bulk, "uuid"),
    "get_bulk": (lox24.Bulk, "uuid"),
    "get_bulk_status": (lox24.BulkStatus, "uuid"),
    "cancel_bulk": (lox24.BulkStatus, "uuid"),
    "delete_bulk": (type(None), None),
    "create_group": (lox24.Group, "id"),
    "get_group": (lox24.Group, "id"),
    "update_group": (lox24.Group, "name"),
    "delete_group": (type(None), None),
    "export_group_csv": (str, None),
    "create_group_phone": (lox24.Phone, "id"),
    "create_group_phones_batch": (list, None),
    "get_phone": (lox24.Phone, "id"),
    "update_phone": (lox24.Phone, "id"),
    "delete_phone": (type(None), None),
    "get_incoming": (lox24.Incoming, "uuid"),
    "delete_incoming": (type(None), None),
    "list_sms": (lox24.Page, None),
    "list_bulks": (lox24.Page, None),
    "list_groups": (lox24.Page, None),
    "list_group_phones": (lox24.Page, None),
    "list_incomings": (lox24.Page, None),
    # issue 14: blocked numbers and short-link campaigns
    "create_blocked_number": (lox24.BlockedNumber, "id"),
    "get_blocked_number": (lox24.BlockedNumber, "number"),
    "delete_blocked_number": (type(None), None),
    "list_blocked_numbers": (lox24.Page, None),
    "create_short_link_campaign": (lox24.ShortLinkCampaign, "id"),
    "update_short_link_campaign": (lox24.ShortLinkCampaign, "name"),
    "create_subscribe_campaign": (lox24.ShortLinkCampaign, "url"),
    "create_unsubscribe_campaign": (lox24.ShortLinkCampaign, "url"),
    "get_short_link_campaign": (lox24.ShortLinkCampaign, "id"),
    "delete_short_link_campaign": (type(None), None),
    "list_short_link_campaigns": (lox24.Page, None),
}


def check_result(op: spec_tools.Operation, rec: dict[str, Any], result: Any) -> None:
    body = rec["response"]["body"]
    kind, field = EXPECTED[op.operation_id]
    assert issubclass(type(result), kind), f"{op.operation_id} returned {type(result).__name__}, not {kind}"
    if field is not None:
        assert result.to_dict()[field] == body[field]
    if kind is int:
        assert result == body["deleted_sms_count"]
    if kind is str:
        assert result == body
    if kind is list:
        assert [item.to_dict() for item in result] == body
    if kind is lox24.Page:
        assert result.total == body["hydra:totalItems"]
        assert [item.to_dict() for item in result.items] == body["hydra:member"]


def check_error(rec: dict[str, Any], error: lox24.APIStatusError) -> None:
    status = rec["response"]["status"]
    body = rec["response"]["body"]
    assert type(error) is ERRORS.get(status, ERRORS[500] if status >= 500 else None)
    assert error.status_code == status
    headers = {k.lower(): v for k, v in rec["response"]["headers"].items()}
    assert error.request_id == headers["x-lox24-request-id"]
    expected = [v["propertyPath"] for v in body.get("violations", [])] if isinstance(body, dict) else []
    assert [v.property_path for v in error.violations] == expected


def assert_request_matches(route: respx.Route, op: spec_tools.Operation, rec: dict[str, Any], *, sent: bool) -> None:
    if not sent:
        assert route.call_count == 0, "the client sent a request it refused"
        return
    assert route.call_count == 1, f"{route.call_count} requests for one call (retried?)"
    request = route.calls.last.request
    assert request.method == op.method
    assert spec_tools.find_operation(request.method, request.url.path).operation_id == op.operation_id
    assert request.headers["X-LOX24-AUTH-TOKEN"] == TOKEN


def check_outcome(op: spec_tools.Operation, rec: dict[str, Any], outcome: Any, error: Exception | None) -> None:
    status = rec["response"]["status"]
    if isinstance(error, lox24.Lox24ValidationError):
        # The client refused the request before sending it; fine only if LOX24 (or the emulator) refused it too.
        if status < 400:
            pytest.fail(f"the client refused a request the server accepted ({status}): {error}")
        return
    if error is not None:
        assert isinstance(error, lox24.APIStatusError), f"{type(error).__name__}: {error}"
        assert status >= 400
        check_error(rec, error)
        return
    assert status < 400, f"status {status} raised no error"
    check_result(op, rec, outcome)


@pytest.mark.parametrize("path", RECORDINGS)
def test_replay_through_the_sync_client(path: Path) -> None:
    rec = load(path)
    op = spec_tools.find_operation(rec["request"]["method"], rec["request"]["path"])
    with respx.mock(base_url=BASE_URL, assert_all_called=False) as router:
        route = router.route().mock(return_value=recorded_response(rec))
        with lox24.Client(token=TOKEN, base_url=BASE_URL, max_retries=0) as client:
            outcome, error = None, None
            try:
                outcome = call(client, op, rec)
            except (lox24.Lox24Error, lox24.Lox24ValidationError) as exc:
                error = exc
        check_outcome(op, rec, outcome, error)
        assert_request_matches(route, op, rec, sent=not isinstance(error, lox24.Lox24ValidationError))


@pytest.mark.parametrize("path", RECORDINGS)
async def test_replay_through_the_async_client(path: Path) -> None:
    rec = load(path)
    op = spec_tools.find_operation(rec["request"]["method"], rec["request"]["path"])
    async with respx.mock(base_url=BASE_URL, assert_all_called=False) as router:
        route = router.route().mock(return_value=recorded_response(rec))
        async with lox24.AsyncClient(token=TOKEN, base_url=BASE_URL, max_retries=0) as client:
            outcome, error = None, None
            try:
                outcome = await _await(call(client, op, rec))
            except (lox24.Lox24Error, lox24.Lox24ValidationError) as exc:
                error = exc
        check_outcome(op, rec, outcome, error)
        assert_request_matches(route, op, rec, sent=not isinstance(error, lox24.Lox24ValidationError))


async def _await(value: Any) -> Any:
    """Async resources return coroutines; pagers return an object whose first_page() is awaitable."""
    while hasattr(value, "__await__"):
        value = await value
    return value


def test_every_operation_is_replayed() -> None:
    paths = [cast(Path, param.values[0]) for param in RECORDINGS]
    replayed = {
        spec_tools.find_operation(load(p)["request"]["method"], load(p)["request"]["path"]).operation_id for p in paths
    }
    assert replayed == set(EXPECTED)
    assert {op.operation_id for op in spec_tools.operations()} == set(EXPECTED)

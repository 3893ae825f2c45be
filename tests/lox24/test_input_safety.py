"""Bad input is refused locally with a typed error before it can change what a request does.

Destructive batch operations must not widen to "every SMS", path parameters must not change the path,
and tokens, pages and client options are checked when they are given, not deep inside httpx.
"""

from __future__ import annotations

import pickle
import traceback
from typing import Any

import httpx
import pytest
import respx

import lox24

from .conftest import BASE, BULK_UUID, SMS_UUID, TOKEN, account_payload, collection, error_payload, sms_payload

SEND: dict[str, Any] = {"phone": "+491701234567", "text": "Hello", "sender_id": "MyShop", "callback_data": "order-42"}


def _no_requests(api: respx.MockRouter) -> respx.Route:
    """A catch-all route; tests assert it was never called."""
    return api.route().mock(return_value=httpx.Response(500))


# --- batch cancel / delete_many never widen to every SMS ------------------------------------------------------


@pytest.mark.parametrize("verb", ["cancel", "delete_many"])
@pytest.mark.parametrize(
    "filters",
    [
        {"uuid": []},
        {"callback_data": ()},
        {"status_code": []},
        {"bulk": []},
        {"callback_data": []},
        {"text": ""},
        {"callback_data": ""},
        {"phone": ""},
        {"uuid": ["", SMS_UUID]},
    ],
)
def test_batch_ops_refuse_empty_filters_that_would_match_every_sms(
    client: lox24.Client, api: respx.MockRouter, verb: str, filters: dict[str, Any]
) -> None:
    # `delete_many(uuid=[])` used to send `POST /sms/ops/batch_delete` with no filter at all (the generated
    # client leaves an empty `uuid[]` out), which LOX24 documents as "delete every SMS of the account".
    route = _no_requests(api)
    with pytest.raises(lox24.Lox24ValidationError) as info:
        getattr(client.sms, verb)(**filters)
    assert isinstance(info.value, ValueError)
    assert info.value.field == next(iter(filters))
    assert route.call_count == 0


async def test_async_batch_ops_refuse_an_empty_list(aclient: lox24.AsyncClient, api: respx.MockRouter) -> None:
    route = _no_requests(api)
    with pytest.raises(lox24.Lox24ValidationError):
        await aclient.sms.delete_many(uuid=[])
    with pytest.raises(lox24.Lox24ValidationError):
        await aclient.sms.cancel(text="")
    assert route.call_count == 0


def test_list_refuses_an_empty_list_filter_instead_of_listing_everything(
    client: lox24.Client, aclient: lox24.AsyncClient, api: respx.MockRouter
) -> None:
    route = _no_requests(api)
    with pytest.raises(lox24.Lox24ValidationError, match="uuid"):
        client.sms.list(uuid=[])
    with pytest.raises(lox24.Lox24ValidationError, match="status_code"):
        client.bulks.list(status_code=[])
    with pytest.raises(lox24.Lox24ValidationError, match="msg_uuid"):
        aclient.incomings.list(msg_uuid=[])
    assert route.call_count == 0


def test_batch_ops_still_send_real_filters(client: lox24.Client, api: respx.MockRouter) -> None:
    route = api.post("/sms/ops/batch_delete").mock(return_value=httpx.Response(200, json={"deleted_sms_count": 1}))
    assert client.sms.delete_many(uuid=[SMS_UUID], is_sent=False) == 1
    assert route.calls.last.request.url.params.get_list("uuid[]") == [SMS_UUID]


@pytest.mark.parametrize(
    ("filters", "field"),
    [
        ({"status_code": "abc"}, "status_code"),
        ({"dlr_code": [None]}, "dlr_code"),
        ({"is_sent": "no"}, "is_sent"),
        ({"is_unicode": 0}, "is_unicode"),
        ({"order": {"created_at": "up"}}, "order[created_at]"),
        ({"order": {"gateway_sent_at": "ASC"}}, "order[gateway_sent_at]"),
    ],
)
def test_filter_values_of_the_wrong_kind_are_validation_errors(
    client: lox24.Client, api: respx.MockRouter, filters: dict[str, Any], field: str
) -> None:
    route = _no_requests(api)
    with pytest.raises(lox24.Lox24ValidationError) as info:
        client.sms.list(**filters)
    assert info.value.field == field
    if not field.startswith("order"):  # batch operations have no ordering
        with pytest.raises(lox24.Lox24ValidationError):
            client.sms.delete_many(**filters)
    assert route.call_count == 0


def test_good_filter_values_are_still_sent(client: lox24.Client, api: respx.MockRouter) -> None:
    route = api.get("/sms").mock(return_value=httpx.Response(200, json=collection([])))
    client.sms.list(is_sent=False, order={"created_at": "asc"}, status_code=[0, lox24.SmsStatusCode.NEW]).to_list()
    params = route.calls.last.request.url.params
    assert (params["is_sent"], params["_order[created_at]"]) == ("0", "asc")
    assert params.get_list("status_code[]") == ["0", "0"]


# --- pagination always ends -----------------------------------------------------------------------------------


def _endless(request: httpx.Request) -> httpx.Response:
    """A server that links to the next page forever, with nothing on it."""
    number = int(request.url.params.get("page", "1"))
    items = [sms_payload()] if number == 1 else []
    return httpx.Response(200, json=collection(items, total=1, next_page=number + 1))


@pytest.mark.timeout(10)  # without the guard this pages forever
def test_list_stops_at_an_empty_page_even_if_it_links_on(client: lox24.Client, api: respx.MockRouter) -> None:
    route = api.get("/sms").mock(side_effect=_endless)
    assert len(client.sms.list().to_list()) == 1
    assert route.call_count == 2


@pytest.mark.timeout(10)
async def test_async_list_stops_at_an_empty_page_even_if_it_links_on(
    aclient: lox24.AsyncClient, api: respx.MockRouter
) -> None:
    route = api.get("/sms").mock(side_effect=_endless)
    assert len(await aclient.sms.list().to_list()) == 1
    assert route.call_count == 2


async def test_async_list_stops_on_a_next_link_that_does_not_advance(
    aclient: lox24.AsyncClient, api: respx.MockRouter
) -> None:
    route = api.get("/sms").mock(
        side_effect=[
            httpx.Response(200, json=collection([sms_payload()], next_page=2)),
            httpx.Response(200, json=collection([sms_payload()], next_page=2)),
        ]
    )
    assert len(await aclient.sms.list().to_list()) == 2
    assert route.call_count == 2


# --- path parameters cannot change the path -------------------------------------------------------------------


BAD_UUIDS: list[Any] = ["", ".", "..", "../me", "a/b", f"{SMS_UUID}/..", f"{SMS_UUID}?x=1", SMS_UUID + "0", None, 7]


@pytest.mark.parametrize("bad", BAD_UUIDS)
def test_uuid_path_params_are_checked(client: lox24.Client, api: respx.MockRouter, bad: Any) -> None:
    # `client.bulks.cancel("..")` used to be sent as `PUT /cancel`, and `client.sms.get("..")` as `GET /`.
    route = _no_requests(api)
    calls = [
        (client.sms.get, "uuid"),
        (client.sms.delete, "uuid"),
        (client.incomings.get, "uuid"),
        (client.incomings.delete, "uuid"),
        (client.bulks.get, "id"),
        (client.bulks.status, "id"),
        (client.bulks.cancel, "id"),
        (client.bulks.delete, "id"),
    ]
    for method, field in calls:
        with pytest.raises(lox24.Lox24ValidationError) as info:
            method(bad)
        assert info.value.field == field
    assert route.call_count == 0


@pytest.mark.parametrize("bad", [0, -1, 2**31, True, "7117", "..", None, 7.0])
def test_integer_path_params_are_checked(client: lox24.Client, api: respx.MockRouter, bad: Any) -> None:
    route = _no_requests(api)
    for call in (
        lambda: client.groups.get(bad),
        lambda: client.groups.delete(bad),
        lambda: client.groups.export_csv(bad),
        lambda: client.groups.update(bad, name="G"),
        lambda: client.groups.phones(bad),
        lambda: client.phones.get(bad),
        lambda: client.phones.delete(bad),
        lambda: client.phones.update(bad, phone="+491701234567"),
    ):
        with pytest.raises(lox24.Lox24ValidationError):
            call()
    assert route.call_count == 0


async def test_async_path_params_are_checked(aclient: lox24.AsyncClient, api: respx.MockRouter) -> None:
    route = _no_requests(api)
    with pytest.raises(lox24.Lox24ValidationError):
        await aclient.bulks.cancel("..")
    with pytest.raises(lox24.Lox24ValidationError):
        await aclient.sms.delete(".")
    with pytest.raises(lox24.Lox24ValidationError):
        await aclient.groups.delete(0)
    with pytest.raises(lox24.Lox24ValidationError):
        aclient.groups.phones(-1)
    assert route.call_count == 0


def test_upper_case_uuids_are_accepted(client: lox24.Client, api: respx.MockRouter) -> None:
    route = api.get(f"/bulks/{BULK_UUID.upper()}/status").mock(
        return_value=httpx.Response(404, json=error_payload(404))
    )
    with pytest.raises(lox24.NotFoundError):
        client.bulks.status(BULK_UUID.upper())
    assert route.call_count == 1


# --- pages ----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("page", [0, -1, "2", True, 1.0, 1_000_001])
def test_list_page_must_be_a_positive_int(
    client: lox24.Client, aclient: lox24.AsyncClient, api: respx.MockRouter, page: Any
) -> None:
    route = _no_requests(api)
    for make in (
        lambda: client.sms.list(page=page),
        lambda: client.bulks.list(page=page),
        lambda: client.groups.list(page=page),
        lambda: client.groups.phones(7117).list(page=page),
        lambda: client.incomings.list(page=page),
        lambda: aclient.sms.list(page=page),
        lambda: aclient.groups.phones(7117).list(page=page),
    ):
        with pytest.raises(lox24.Lox24ValidationError) as info:
            make()
        assert info.value.field == "page"
    assert route.call_count == 0


# --- phone batch entries --------------------------------------------------------------------------------------


@pytest.mark.parametrize("entry", [5, None, ["+491701234567"], b"+491701234567"])
def test_add_many_refuses_entries_that_are_neither_a_phone_nor_a_mapping(
    client: lox24.Client, api: respx.MockRouter, entry: Any
) -> None:
    route = _no_requests(api)
    with pytest.raises(lox24.Lox24ValidationError) as info:
        client.groups.phones(7117).add_many(["+491701234567", entry])
    assert info.value.field == "entries[1]"
    assert route.call_count == 0


# --- token, options -------------------------------------------------------------------------------------------


@pytest.mark.parametrize("suffix", ["\n", " ", "\r\n", "\t"])
def test_surrounding_whitespace_in_the_token_is_stripped(api: respx.MockRouter, suffix: str) -> None:
    # A token read from a file ends in "\n". Sent as is, h11 raised LocalProtocolError("Illegal header value
    # b'<the token>\n'"), and that message became the APIConnectionError's (and was logged, and retried).
    route = api.get("/me").mock(return_value=httpx.Response(200, json=account_payload()))
    with lox24.Client(token=TOKEN + suffix, base_url=BASE) as client:
        client.me()
    assert route.calls.last.request.headers["X-LOX24-AUTH-TOKEN"] == TOKEN


def test_token_with_a_newline_inside_never_reaches_the_wire_or_messages() -> None:
    # Refused when the client is made (tests/e2e shows what h11 did with it over a real socket).
    bad = "1234567:s3cr3t\nInjected: yes"
    with pytest.raises(lox24.Lox24Error) as info:
        lox24.Client(token=bad, base_url="http://127.0.0.1:9")
    text = "".join(traceback.format_exception(info.value)) + repr(info.value)
    assert "s3cr3t" not in text
    assert "Injected" not in text


@pytest.mark.parametrize("bad", ["1234567:s3cr3t tok", "1234567:s3cr3té", "1234567:s3cr3t\x00", "   "])
def test_tokens_that_are_not_header_safe_are_refused_without_echoing_them(
    monkeypatch: pytest.MonkeyPatch, bad: str
) -> None:
    for make in (lambda: lox24.Client(token=bad), lambda: lox24.AsyncClient(token=bad)):
        with pytest.raises(lox24.Lox24Error) as info:
            make()
        assert "s3cr3t" not in str(info.value)
    if "\x00" not in bad:  # the environment cannot hold a NUL
        monkeypatch.setenv("LOX24_TOKEN", bad)
        with pytest.raises(lox24.Lox24Error) as info:
            lox24.Client()
        assert "s3cr3t" not in str(info.value)


def test_token_of_the_wrong_type_is_a_clear_error() -> None:
    with pytest.raises(lox24.Lox24Error, match="must be a str"):
        lox24.Client(token=b"1234567:abc")  # type: ignore[arg-type]


@pytest.mark.parametrize("bad", ["2", 1.5, True, -1, None])
def test_max_retries_must_be_a_non_negative_int(bad: Any) -> None:
    with pytest.raises(ValueError, match="max_retries"):
        lox24.Client(token=TOKEN, max_retries=bad)
    with pytest.raises(ValueError, match="max_retries"):
        lox24.AsyncClient(token=TOKEN, max_retries=bad)


@pytest.mark.parametrize(("bad", "error"), [("30", TypeError), (True, TypeError), (0, ValueError),
                                            (-1.0, ValueError), (float("nan"), ValueError)])  # fmt: skip
def test_timeout_is_checked_when_the_client_is_made(bad: Any, error: type[Exception]) -> None:
    with pytest.raises(error, match="timeout"):
        lox24.Client(token=TOKEN, timeout=bad)
    with lox24.Client(token=TOKEN) as client, pytest.raises(error, match="timeout"):
        client.with_options(timeout=bad)


def test_timeout_none_and_numbers_still_work() -> None:
    assert lox24.Client(token=TOKEN, timeout=None).timeout == httpx.Timeout(None)
    assert lox24.Client(token=TOKEN, timeout=5).timeout == httpx.Timeout(5)


# --- a user's http_client never follows redirects for us -------------------------------------------------------


@pytest.mark.parametrize("status", [307, 308])
def test_user_http_client_that_follows_redirects_does_not_resend_a_post(status: int) -> None:
    seen: list[tuple[str, str, str | None]] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append((request.method, str(request.url), request.headers.get("X-LOX24-AUTH-TOKEN")))
        if request.url.host == "api.lox24.test":
            return httpx.Response(status, headers={"Location": "https://elsewhere.example/sms"})
        return httpx.Response(201, json=sms_payload())

    user = httpx.Client(transport=httpx.MockTransport(handler), follow_redirects=True)
    with (
        lox24.Client(token=TOKEN, base_url=BASE, http_client=user) as client,
        pytest.raises(lox24.APIResponseValidationError) as info,
    ):
        client.sms.send(**SEND)
    # One POST, to LOX24 only: the token was not handed to elsewhere.example, and no second SMS was sent.
    assert seen == [("POST", f"{BASE}/sms", TOKEN)]
    assert info.value.status_code == status
    user.close()


async def test_async_user_http_client_that_follows_redirects_does_not_resend_a_post() -> None:
    seen: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(str(request.url))
        if request.url.host == "api.lox24.test":
            return httpx.Response(307, headers={"Location": "https://elsewhere.example/sms"})
        return httpx.Response(201, json=sms_payload())

    async with (
        httpx.AsyncClient(transport=httpx.MockTransport(handler), follow_redirects=True) as user,
        lox24.AsyncClient(token=TOKEN, base_url=BASE, http_client=user) as client,
    ):
        with pytest.raises(lox24.APIResponseValidationError):
            await client.sms.send(**SEND)
    assert seen == [f"{BASE}/sms"]


# --- exceptions cross process boundaries, without the token ---------------------------------------------------


def test_status_errors_pickle_round_trip_without_the_token(client: lox24.Client, api: respx.MockRouter) -> None:
    api.get("/me").mock(
        return_value=httpx.Response(
            422,
            json={"title": "An error occurred", "detail": "d", "status": 422, "type": "t",
                  "violations": [{"propertyPath": "phone", "message": "bad", "code": None}]},
            headers={"X-LOX24-REQUEST-ID": "rid-1"},
        )
    )  # fmt: skip
    with pytest.raises(lox24.UnprocessableEntityError) as info:
        client.me()
    data = pickle.dumps(info.value)
    assert TOKEN.encode() not in data
    assert b"s3cr3t" not in data
    copy = pickle.loads(data)  # noqa: S301 - our own object
    assert type(copy) is lox24.UnprocessableEntityError
    assert (copy.status_code, copy.request_id, str(copy)) == (422, "rid-1", str(info.value))
    assert [(v.property_path, v.message) for v in copy.violations] == [("phone", "bad")]
    assert copy.may_have_been_sent is False


def test_connection_and_validation_errors_pickle_round_trip(client: lox24.Client, api: respx.MockRouter) -> None:
    api.post("/sms").mock(side_effect=httpx.ReadTimeout("slow"))
    api.get("/me").mock(return_value=httpx.Response(200, text="not json"))
    errors: list[lox24.APIError] = []
    for call in (lambda: client.sms.send(**SEND), client.me):
        try:
            call()
        except lox24.APIError as exc:
            errors.append(exc)
    assert [type(e) for e in errors] == [lox24.APITimeoutError, lox24.APIResponseValidationError]
    for error in errors:
        data = pickle.dumps(error)
        assert b"s3cr3t" not in data
        copy = pickle.loads(data)  # noqa: S301 - our own object
        assert type(copy) is type(error)
        assert (str(copy), copy.may_have_been_sent) == (str(error), error.may_have_been_sent)


# --- validate=True catches what would otherwise be sent as is, or blow up inside httpx ---------------------------


def test_text_with_a_lone_surrogate_is_a_validation_error(client: lox24.Client, api: respx.MockRouter) -> None:
    # It used to escape as a bare UnicodeEncodeError from the segment counter.
    route = _no_requests(api)
    broken = "Hi 🙂"[:-1] + "\ud83d"
    for call in (
        lambda: client.sms.send(phone="+491701234567", text=broken, sender_id="MyShop"),
        lambda: client.bulks.dry_run(text=broken, sender_id="MyShop", phones=["+491701234567"]),
    ):
        with pytest.raises(lox24.Lox24ValidationError) as info:
            call()
        assert info.value.field == "text"
    assert route.call_count == 0


@pytest.mark.parametrize("bad", ["yes", 1, "false"])
def test_is_text_deleted_must_be_a_bool(client: lox24.Client, api: respx.MockRouter, bad: Any) -> None:
    route = _no_requests(api)
    with pytest.raises(lox24.Lox24ValidationError, match="is_text_deleted"):
        client.sms.send(phone="+491701234567", text="Hi", sender_id="MyShop", is_text_deleted=bad)
    with pytest.raises(lox24.Lox24ValidationError, match="is_text_deleted"):
        client.bulks.create(text="Hi", sender_id="MyShop", phones=["+491701234567"], is_text_deleted=bad)
    assert route.call_count == 0


@pytest.mark.parametrize("bad", [5, b"Dr.", "x" * 1531])
def test_phone_column_values_must_be_short_strings(client: lox24.Client, api: respx.MockRouter, bad: Any) -> None:
    route = _no_requests(api)
    with pytest.raises(lox24.Lox24ValidationError) as info:
        client.groups.phones(7117).add("+491701234567", columns={"a": bad})
    assert info.value.field == "columns['a']"
    with pytest.raises(lox24.Lox24ValidationError):
        client.phones.update(42, phone="+491701234567", columns={"b": bad})
    assert route.call_count == 0

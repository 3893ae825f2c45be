"""The sync client against the emulator over a real socket (uvicorn in a thread)."""

from __future__ import annotations

import pytest

import lox24
from lox24.emulator import DEFAULT_TOKEN

from .conftest import LiveEmulator

PHONE = "+491701234567"


def test_send_sms_then_get_and_find_it_by_callback_data(client: lox24.Client) -> None:
    sms = client.sms.send(phone="0170 1234567", text="Hello from e2e", sender_id="MyShop", callback_data="e2e-sync-1")
    assert isinstance(sms, lox24.Sms)
    assert sms.phone == PHONE
    assert isinstance(sms.status_code, lox24.SmsStatusCode)
    assert sms.parts_count == 1
    again = client.sms.get(sms.uuid)
    assert again.uuid == sms.uuid
    assert again.callback_data == "e2e-sync-1"
    found = client.sms.list(callback_data="e2e-sync-1").to_list()
    assert [s.uuid for s in found] == [sms.uuid]


def test_dry_run_is_priced_but_not_listed(client: lox24.Client) -> None:
    preview = client.sms.dry_run(phone=PHONE, text="Preview", sender_id="MyShop", callback_data="e2e-dry")
    assert isinstance(preview, lox24.Sms)
    assert client.sms.list(callback_data="e2e-dry").to_list() == []


def test_bulk_create_get_status(client: lox24.Client) -> None:
    bulk = client.bulks.create(text="Sale!", sender_id="MyShop", phones=[PHONE, "+4915112345678"])
    assert isinstance(bulk, lox24.Bulk)
    fetched = client.bulks.get(bulk.uuid)
    assert fetched.uuid == bulk.uuid
    assert fetched.text == "Sale!"
    assert isinstance(client.bulks.status(bulk.uuid), lox24.BulkStatus)
    assert bulk.uuid in [b.uuid for b in client.bulks.list()]


def test_group_create_add_phones_and_send_a_bulk_to_it(client: lox24.Client) -> None:
    group = client.groups.create(name="My Clients", description="e2e", columns={"a": "prefix"})
    assert isinstance(group, lox24.Group)
    assert group.name_a == "prefix"
    phones = client.groups.phones(group.id)
    entry = phones.add(PHONE, columns={"a": "Dr."})
    assert entry["a"] == "Dr."
    results = phones.add_many(["+4915112345678", {"phone": "+4917612345678", "a": "Prof."}])
    assert [r.status for r in results] == [201, 201]
    assert sorted(p.phone for p in phones.list()) == sorted([PHONE, "+4915112345678", "+4917612345678"])
    assert client.groups.get(group.id).name == "My Clients"
    bulk = client.bulks.create(text="Hello [colA]", sender_id="MyShop", groups=[group.id])
    assert client.bulks.get(bulk.uuid).uuid == bulk.uuid


def test_list_paginates_over_several_pages(client: lox24.Client) -> None:
    sent = {
        client.sms.send(phone=PHONE, text=f"page test {i}", sender_id="MyShop", callback_data="e2e-pages").uuid
        for i in range(33)
    }
    pager = client.sms.list(callback_data="e2e-pages")
    assert len(list(pager.pages())) >= 2
    assert {s.uuid for s in pager} == sent


def test_me(client: lox24.Client) -> None:
    me = client.me()
    assert isinstance(me, lox24.Account)
    assert me.balance_amount < 50.0  # earlier tests spent money


def test_not_found_and_unprocessable(client: lox24.Client) -> None:
    with pytest.raises(lox24.NotFoundError) as info:
        client.sms.get("00000000-0000-4000-8000-000000000000")
    assert info.value.request_id
    with pytest.raises(lox24.BadRequestError) as bad_request:
        client.sms.send(phone="+49", text="x", sender_id="MyShop", validate=False)
    assert [v.property_path for v in bad_request.value.violations] == ["phone"]
    with pytest.raises(lox24.UnprocessableEntityError) as unprocessable:
        client.sms.send(phone="+49000000000", text="x", sender_id="MyShop", validate=False)
    assert [v.property_path for v in unprocessable.value.violations] == ["phone"]
    assert unprocessable.value.request_id


def test_get_is_retried_through_an_injected_503(client: lox24.Client, live_emulator: LiveEmulator) -> None:
    live_emulator.fault(kind="status", method="GET", path="/me", status=503, count=1)
    assert client.me().id


def test_post_is_not_retried_when_the_connection_drops_after_sending(
    client: lox24.Client, live_emulator: LiveEmulator
) -> None:
    live_emulator.fault(kind="drop", method="POST", path="/sms", when="after", count=1)
    with pytest.raises(lox24.APIConnectionError) as info:
        client.sms.send(phone=PHONE, text="sent once", sender_id="MyShop", callback_data="e2e-drop")
    assert info.value.may_have_been_sent
    assert "callback_data" in str(info.value)
    # The SMS did arrive: exactly one, which is why the client did not retry.
    assert len(client.sms.list(callback_data="e2e-drop").to_list()) == 1


def test_post_503_is_not_retried(client: lox24.Client, live_emulator: LiveEmulator) -> None:
    live_emulator.fault(kind="status", method="POST", path="/sms", status=503, count=1)
    with pytest.raises(lox24.InternalServerError):
        client.sms.send(phone=PHONE, text="x", sender_id="MyShop", callback_data="e2e-503")
    # The fault was consumed by one request; a retry would have succeeded and created an SMS.
    assert client.sms.list(callback_data="e2e-503").to_list() == []


def test_cancel_scheduled_sms(client: lox24.Client) -> None:
    sms = client.sms.send(phone=PHONE, text="later", sender_id="MyShop", callback_data="e2e-cancel",
                          delivery_at=4102444800)  # fmt: skip
    assert client.sms.cancel(callback_data="e2e-cancel") == 1
    assert client.sms.get(sms.uuid).status_code == lox24.SmsStatusCode.STOPPED_VIA_API


def test_wrong_token_is_an_authentication_error_and_is_not_retried(live_emulator: LiveEmulator) -> None:
    # One bad-auth request only: more than three a minute would block this IP in the emulator, as in LOX24.
    bad = lox24.Client(token="1234567:wrong", base_url=live_emulator.base_url, timeout=10)
    with bad, pytest.raises(lox24.AuthenticationError) as info:
        bad.me()
    assert info.value.status_code == 401
    assert "wrong" not in str(info.value)
    assert DEFAULT_TOKEN not in repr(info.value)


def test_token_read_from_a_file_with_a_trailing_newline_works_and_never_leaks(live_emulator: LiveEmulator) -> None:
    # Over a real socket h11 refused the header and quoted it, token and all, in the exception message.
    with lox24.Client(token=DEFAULT_TOKEN + "\n", base_url=live_emulator.base_url, timeout=10) as client:
        assert client.me().balance_amount is not None
    with pytest.raises(lox24.Lox24Error) as info:
        lox24.Client(token=DEFAULT_TOKEN + "\nX-Injected: 1", base_url=live_emulator.base_url)
    assert DEFAULT_TOKEN not in str(info.value)


def test_batch_ops_with_empty_filters_touch_nothing(client: lox24.Client) -> None:
    scheduled = client.sms.send(phone=PHONE, text="Later", sender_id="MyShop", callback_data="e2e-empty-filter",
                                delivery_at=4_102_444_800)  # fmt: skip
    with pytest.raises(lox24.Lox24ValidationError):
        client.sms.cancel(uuid=[])
    with pytest.raises(lox24.Lox24ValidationError):
        client.sms.cancel(text="")
    with pytest.raises(lox24.Lox24ValidationError):
        client.sms.delete_many(callback_data=[])
    again = client.sms.get(scheduled.uuid)
    assert again.status_code == scheduled.status_code
    assert client.sms.cancel(uuid=[scheduled.uuid]) == 1

"""`client.me()` / `client.account.retrieve()`."""

from __future__ import annotations

import httpx
import pytest
import respx

import lox24

from .conftest import account_payload, error_payload


def test_me(client: lox24.Client, api: respx.MockRouter) -> None:
    route = api.get("/me").mock(return_value=httpx.Response(200, json=account_payload(future_field=True)))
    me = client.me()
    assert isinstance(me, lox24.Account)
    assert (me.id, me.currency, me.balance_amount) == (1234567, lox24.Currency.EUR, 49.5)
    assert me.additional_properties["future_field"] is True
    assert client.account.retrieve().id == 1234567
    assert route.call_count == 2


def test_me_unknown_currency_parses(client: lox24.Client, api: respx.MockRouter) -> None:
    api.get("/me").mock(return_value=httpx.Response(200, json=account_payload(currency="GBP")))
    assert client.me().currency == "GBP"


def test_me_raises_permission_denied_for_inactive_accounts(client: lox24.Client, api: respx.MockRouter) -> None:
    api.get("/me").mock(return_value=httpx.Response(403, json=error_payload(403, "Forbidden", "Account not activated")))
    with pytest.raises(lox24.PermissionDeniedError, match="Account not activated"):
        client.me()


async def test_async_me(aclient: lox24.AsyncClient, api: respx.MockRouter) -> None:
    api.get("/me").mock(return_value=httpx.Response(200, json=account_payload()))
    assert (await aclient.me()).balance_amount == 49.5
    assert (await aclient.account.retrieve()).id == 1234567

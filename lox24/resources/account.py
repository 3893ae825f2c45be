"""`client.account` / `client.me()`: the account that owns the token (spec tag `account`)."""

from __future__ import annotations

from lox24_api.api.account import get_account
from lox24_api.models import Account

from .._base_client import _Op
from ._base import AsyncAPIResource, SyncAPIResource

__all__ = ["AccountResource", "AsyncAccountResource"]

_GET = _Op("GET", (200,), Account)


class AccountResource(SyncAPIResource):
    """The account: `client.account.retrieve()` (also `client.me()`)."""

    def retrieve(self) -> Account:
        """The account behind the token (`GET /me`): balance, currency, services.

        ```python
        me = client.account.retrieve()
        print(me.balance_amount, me.currency)
        ```
        """
        result: Account = self._client._request(get_account.sync_detailed, _GET)
        return result


class AsyncAccountResource(AsyncAPIResource):
    """The account, async."""

    async def retrieve(self) -> Account:
        """The account behind the token (`GET /me`).

        ```python
        me = await client.account.retrieve()
        ```
        """
        result: Account = await self._client._request(get_account.asyncio_detailed, _GET)
        return result

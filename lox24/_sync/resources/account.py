# Written from lox24/_async/resources/account.py by scripts/unasync.py; edit that file, then make generate.
"""`client.account` / `client.me()`: the account that owns the token (spec tag `account`)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

import httpx

from ..._base_client import _options
from ..._ops.account import _GET_ACCOUNT
from ..._types import NOT_GIVEN, NotGiven
from .._raw import to_raw_response_wrapper
from ._base import SyncAPIResource

if TYPE_CHECKING:  # annotations only: the models load when a call parses them
    from lox24_api.models import Account

__all__ = ["AccountResource", "AccountResourceWithRawResponse"]


class AccountResource(SyncAPIResource):
    """The account: `client.account.retrieve()` (also `client.me()`)."""

    def retrieve(
        self,
        *,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Account:
        """The account behind the token (`GET /me`): balance, currency, services.

        ```python
        me = client.account.retrieve()
        print(me.balance_amount, me.currency)
        ```
        """
        result: Account = self._client._call(_GET_ACCOUNT, _options(timeout, extra_headers, extra_query, extra_body))
        return result


class AccountResourceWithRawResponse:
    """The methods of `AccountResource`, each returning a `lox24.APIResponse` (`client.with_raw_response`)."""

    def __init__(self, resource: AccountResource) -> None:
        self._resource = resource
        self.retrieve = to_raw_response_wrapper(resource.retrieve)

"""`client.account` / `client.me()`: the account that owns the token (spec tag `account`)."""

from __future__ import annotations

from .._base_client import _Op

_GET_ACCOUNT = _Op("GET", (200,), "Account", operation="account.get_account")

"""`client.account` / `client.me()`: the account that owns the token (spec tag `account`)."""

from __future__ import annotations

from lox24_api.models import Account

from .._base_client import _Op

_GET = _Op("GET", (200,), Account)

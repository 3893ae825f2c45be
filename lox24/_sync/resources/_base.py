# Written from lox24/_async/resources/_base.py by scripts/unasync.py; edit that file, then make generate.
"""Base class of the resource namespaces."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .._api_client import SyncAPIClient

__all__ = ["SyncAPIResource"]


class SyncAPIResource:
    """A resource namespace bound to a `lox24.Client`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

"""Base classes of the resource namespaces."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .._base_client import AsyncAPIClient, SyncAPIClient

__all__ = ["AsyncAPIResource", "SyncAPIResource"]


class SyncAPIResource:
    """A resource namespace bound to a `lox24.Client`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client


class AsyncAPIResource:
    """A resource namespace bound to a `lox24.AsyncClient`."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

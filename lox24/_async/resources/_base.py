"""Base class of the resource namespaces."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .._api_client import AsyncAPIClient

__all__ = ["AsyncAPIResource"]


class AsyncAPIResource:
    """A resource namespace bound to a `lox24.AsyncClient`."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

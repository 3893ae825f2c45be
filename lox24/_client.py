"""`lox24.Client` and `lox24.AsyncClient` (sources: lox24/_async/client.py; lox24/_sync/ is written from it)."""

from __future__ import annotations

from ._async.client import AsyncClient
from ._sync.client import Client

__all__ = ["AsyncClient", "Client"]

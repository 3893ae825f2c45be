"""lox24: the Python SDK for the LOX24 SMS gateway (api.lox24.eu)."""

from __future__ import annotations

__all__: list[str] = []

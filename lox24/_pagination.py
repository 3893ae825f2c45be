"""Pages of a LOX24 collection (`hydra:view` / `hydra:next`); the pagers are in lox24/_async/_pagination.py."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Generic, TypeVar

import httpx
from lox24_api.types import Unset

__all__ = ["Page", "to_page"]

_T = TypeVar("_T")


@dataclass(frozen=True)
class Page(Generic[_T]):
    """One page of a collection: its `items`, the collection's `total` and the page numbers."""

    items: list[_T]
    total: int
    number: int
    next_number: int | None


def to_page(collection: Any, number: int) -> Page[Any]:
    """A `Page` from a generated `*Collection` (hydramember / hydratotal_items / hydraview.hydranext)."""
    view = collection.hydraview
    next_url = None if isinstance(view, Unset) or isinstance(view.hydranext, Unset) else view.hydranext
    next_number: int | None = None
    items = list(collection.hydramember)
    # An empty page ends the collection even if it links on: a server that always offers `hydra:next`
    # (or one that ignores `page`) would otherwise be paged through forever.
    if next_url and items:
        raw = httpx.URL(next_url).params.get("page")
        # A next link without a (growing) page number would loop forever: treat it as the last page.
        if raw is not None and raw.isdigit() and int(raw) > number:
            next_number = int(raw)
    return Page(items=items, total=collection.hydratotal_items, number=number, next_number=next_number)

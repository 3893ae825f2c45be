"""Iterate every page of a LOX24 collection by following `hydra:view` / `hydra:next`."""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

import httpx
from lox24_api.types import Unset

__all__ = ["AsyncPager", "Page", "SyncPager"]

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


class SyncPager(Generic[_T]):
    """Every item of a collection, fetching pages lazily as you iterate.

    ```python
    for sms in client.sms.list(status_code=lox24.SmsStatusCode.NEW):
        print(sms.uuid)
    first = client.sms.list().first_page()   # one request: .items, .total, .next_number
    ```
    """

    def __init__(self, fetch: Callable[[int], Page[_T]], *, start: int = 1) -> None:
        self._fetch = fetch
        self._start = start

    def pages(self) -> Iterator[Page[_T]]:
        """Each page in turn (one request per page)."""
        number: int | None = self._start
        while number is not None:
            page = self._fetch(number)
            yield page
            number = page.next_number

    def first_page(self) -> Page[_T]:
        """Only the first page."""
        return self._fetch(self._start)

    def __iter__(self) -> Iterator[_T]:
        for page in self.pages():
            yield from page.items

    def to_list(self) -> list[_T]:
        """Every item, as a list."""
        return list(self)


class AsyncPager(Generic[_T]):
    """Every item of a collection, fetching pages lazily as you iterate (async).

    ```python
    async for sms in client.sms.list(callback_data="order-42"):
        print(sms.uuid)
    ```
    """

    def __init__(self, fetch: Callable[[int], Awaitable[Page[_T]]], *, start: int = 1) -> None:
        self._fetch = fetch
        self._start = start

    async def pages(self) -> AsyncIterator[Page[_T]]:
        """Each page in turn (one request per page)."""
        number: int | None = self._start
        while number is not None:
            page = await self._fetch(number)
            yield page
            number = page.next_number

    async def first_page(self) -> Page[_T]:
        """Only the first page."""
        return await self._fetch(self._start)

    async def __aiter__(self) -> AsyncIterator[_T]:
        async for page in self.pages():
            for item in page.items:
                yield item

    async def to_list(self) -> list[_T]:
        """Every item, as a list."""
        return [item async for item in self]

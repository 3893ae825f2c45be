"""`AsyncPager`: every item of a LOX24 collection, page by page."""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Generic, TypeVar

from .._pagination import Page

__all__ = ["AsyncPager"]

_T = TypeVar("_T")


class AsyncPager(Generic[_T]):
    """Every item of a collection, fetching pages lazily as you iterate

    ```python
    async for sms in client.sms.list(status_code=lox24.SmsStatusCode.NEW):
        print(sms.uuid)
    first = await client.sms.list().first_page()  # one request: .items, .total, .next_number
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

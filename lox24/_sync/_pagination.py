# Written from lox24/_async/_pagination.py by scripts/unasync.py; edit that file, then make generate.
"""`SyncPager`: every item of a LOX24 collection, page by page."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Generic, TypeVar

from .._pagination import Page

__all__ = ["SyncPager"]

_T = TypeVar("_T")


class SyncPager(Generic[_T]):
    """Every item of a collection, fetching pages lazily as you iterate

    ```python
    for sms in client.sms.list(status_code=lox24.SmsStatusCode.NEW):
        print(sms.uuid)
    first = client.sms.list().first_page()  # one request: .items, .total, .next_number
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
            for item in page.items:
                yield item

    def to_list(self) -> list[_T]:
        """Every item, as a list."""
        return [item for item in self]

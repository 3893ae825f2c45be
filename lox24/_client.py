"""`lox24.Client` and `lox24.AsyncClient`."""

from __future__ import annotations

from functools import cached_property
from types import TracebackType
from typing import Self

import httpx
from lox24_api.models import Account

from ._base_client import AsyncAPIClient, SyncAPIClient
from ._constants import DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT
from ._types import NOT_GIVEN, NotGiven
from .resources import (
    AccountResource,
    AsyncAccountResource,
    AsyncBulksResource,
    AsyncGroupsResource,
    AsyncIncomingsResource,
    AsyncPhonesResource,
    AsyncSmsResource,
    BulksResource,
    GroupsResource,
    IncomingsResource,
    PhonesResource,
    SmsResource,
)

__all__ = ["AsyncClient", "Client"]


class Client(SyncAPIClient):
    """The LOX24 API client.

    ```python
    client = lox24.Client()   # token from LOX24_TOKEN, base URL from LOX24_BASE_URL (or https://api.lox24.eu)
    sms = client.sms.send(phone="+491701234567", text="Hello", sender_id="MyShop", callback_data="order-42")
    print(client.me().balance_amount)
    ```

    Args:
        token: the API token (`"ID:secret"` from the LOX24 account); defaults to `$LOX24_TOKEN`.
        base_url: defaults to the `http_client`'s base URL, then `$LOX24_BASE_URL`, then `https://api.lox24.eu`.
        timeout: seconds or an `httpx.Timeout`; the default waits 10 s to connect and 100 s for an answer
            (see `lox24._constants.DEFAULT_TIMEOUT` for why).
        max_retries: retries of requests that cannot send twice (see the README, "Retries"); 0 disables.
        http_client: your own `httpx.Client` (proxies, TLS, transports). Requests are sent through it with our
            headers, auth and timeout; it is not modified, and not closed by `close()`.

    Use it as a context manager, or call `close()`, to release its connections.
    """

    def __init__(
        self,
        *,
        token: str | None = None,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        http_client: httpx.Client | None = None,
    ) -> None:
        self._setup(token=token, base_url=base_url, timeout=timeout, max_retries=max_retries, http_client=http_client)
        self._http_client = http_client
        self._init_http(http_client)

    @cached_property
    def sms(self) -> SmsResource:
        """Send, list, inspect, cancel and delete single SMS."""
        return SmsResource(self)

    @cached_property
    def bulks(self) -> BulksResource:
        """Send one text to many phones and group members."""
        return BulksResource(self)

    @cached_property
    def groups(self) -> GroupsResource:
        """Distribution lists (groups) of phone numbers with five data columns."""
        return GroupsResource(self)

    @cached_property
    def phones(self) -> PhonesResource:
        """Phone entries that belong to a group."""
        return PhonesResource(self)

    @cached_property
    def incomings(self) -> IncomingsResource:
        """Inbound (reply) SMS."""
        return IncomingsResource(self)

    @cached_property
    def account(self) -> AccountResource:
        """The account that owns the API key."""
        return AccountResource(self)

    def me(self) -> Account:
        """The account behind the token (`GET /me`).

        ```python
        print(client.me().balance_amount)
        ```
        """
        return self.account.retrieve()

    def with_options(
        self,
        *,
        token: str | NotGiven = NOT_GIVEN,
        base_url: str | NotGiven = NOT_GIVEN,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        http_client: httpx.Client | NotGiven | None = NOT_GIVEN,
    ) -> Client:
        """A copy of this client with some options changed; this one is left as it is.

        ```python
        patient = client.with_options(timeout=300, max_retries=5)
        ```
        """
        return Client(
            token=self._token.get() if isinstance(token, NotGiven) else token,
            base_url=self.base_url if isinstance(base_url, NotGiven) else base_url,
            timeout=self.timeout if isinstance(timeout, NotGiven) else timeout,
            max_retries=self.max_retries if isinstance(max_retries, NotGiven) else max_retries,
            http_client=self._http_client if isinstance(http_client, NotGiven) else http_client,
        )

    def close(self) -> None:
        """Close the connections this client opened (not a user-supplied `http_client`).

        ```python
        client = lox24.Client()
        try:
            client.sms.send(phone="+491701234567", text="Hi", sender_id="MyShop")
        finally:
            client.close()
        ```
        """
        self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


class AsyncClient(AsyncAPIClient):
    """The LOX24 API client for asyncio; the same surface as `Client`, with `await`.

    ```python
    async with lox24.AsyncClient() as client:
        sms = await client.sms.send(phone="+491701234567", text="Hello", sender_id="MyShop")
        async for s in client.sms.list(callback_data="order-42"):
            print(s.uuid)
    ```

    Arguments as for `Client`; `http_client` is an `httpx.AsyncClient`.
    """

    def __init__(
        self,
        *,
        token: str | None = None,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        http_client: httpx.AsyncClient | None = None,
    ) -> None:
        self._setup(token=token, base_url=base_url, timeout=timeout, max_retries=max_retries, http_client=http_client)
        self._http_client = http_client
        self._init_http(http_client)

    @cached_property
    def sms(self) -> AsyncSmsResource:
        """Send, list, inspect, cancel and delete single SMS."""
        return AsyncSmsResource(self)

    @cached_property
    def bulks(self) -> AsyncBulksResource:
        """Send one text to many phones and group members."""
        return AsyncBulksResource(self)

    @cached_property
    def groups(self) -> AsyncGroupsResource:
        """Distribution lists (groups) of phone numbers with five data columns."""
        return AsyncGroupsResource(self)

    @cached_property
    def phones(self) -> AsyncPhonesResource:
        """Phone entries that belong to a group."""
        return AsyncPhonesResource(self)

    @cached_property
    def incomings(self) -> AsyncIncomingsResource:
        """Inbound (reply) SMS."""
        return AsyncIncomingsResource(self)

    @cached_property
    def account(self) -> AsyncAccountResource:
        """The account that owns the API key."""
        return AsyncAccountResource(self)

    async def me(self) -> Account:
        """The account behind the token (`GET /me`).

        ```python
        print((await client.me()).balance_amount)
        ```
        """
        return await self.account.retrieve()

    def with_options(
        self,
        *,
        token: str | NotGiven = NOT_GIVEN,
        base_url: str | NotGiven = NOT_GIVEN,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        http_client: httpx.AsyncClient | NotGiven | None = NOT_GIVEN,
    ) -> AsyncClient:
        """A copy of this client with some options changed.

        ```python
        patient = client.with_options(timeout=300)
        ```
        """
        return AsyncClient(
            token=self._token.get() if isinstance(token, NotGiven) else token,
            base_url=self.base_url if isinstance(base_url, NotGiven) else base_url,
            timeout=self.timeout if isinstance(timeout, NotGiven) else timeout,
            max_retries=self.max_retries if isinstance(max_retries, NotGiven) else max_retries,
            http_client=self._http_client if isinstance(http_client, NotGiven) else http_client,
        )

    async def aclose(self) -> None:
        """Close the connections this client opened (not a user-supplied `http_client`).

        ```python
        client = lox24.AsyncClient()
        await client.me()
        await client.aclose()
        ```
        """
        await self._http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()

"""`lox24.AsyncClient` (and, written from this file by scripts/unasync.py, `lox24.Client`)."""

from __future__ import annotations

from functools import cached_property
from types import TracebackType
from typing import TYPE_CHECKING, Self

import httpx

from .._constants import DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT
from .._types import NOT_GIVEN, NotGiven
from ._api_client import AsyncAPIClient
from ._raw import async_to_raw_response_wrapper

if TYPE_CHECKING:  # each resource (and the generated code it needs) loads on first use
    from lox24_api.models import Account

    from .resources.account import AsyncAccountResource, AsyncAccountResourceWithRawResponse
    from .resources.bulks import AsyncBulksResource, AsyncBulksResourceWithRawResponse
    from .resources.groups import AsyncGroupsResource, AsyncGroupsResourceWithRawResponse
    from .resources.incomings import AsyncIncomingsResource, AsyncIncomingsResourceWithRawResponse
    from .resources.phones import AsyncPhonesResource, AsyncPhonesResourceWithRawResponse
    from .resources.sms import AsyncSmsResource, AsyncSmsResourceWithRawResponse

    # >>> blocked (issue 14)
    # isort: split
    from .resources.blocked_numbers import AsyncBlockedNumbersResource, AsyncBlockedNumbersResourceWithRawResponse

    # <<< blocked
    # >>> shortlinks (issue 14)
    # isort: split
    from .resources.short_link_campaigns import (
        AsyncShortLinkCampaignsResource,
        AsyncShortLinkCampaignsResourceWithRawResponse,
    )

    # <<< shortlinks
    # >>> clicks (issue 14)
    # isort: split
    from .resources.short_links import AsyncShortLinksResource, AsyncShortLinksResourceWithRawResponse

    # <<< clicks
    # >>> fraud (issue 14)
    from .resources.fraud_checks import AsyncFraudChecksResource, AsyncFraudChecksResourceWithRawResponse  # isort: skip

    # <<< fraud
    # >>> verify (issue 14)
    from .resources.verify_codes import AsyncVerifyCodesResource, AsyncVerifyCodesResourceWithRawResponse

    # <<< verify
    # >>> accounting (issue 14)
    # isort: off
    from .resources.credit_notes import AsyncCreditNotesResource, AsyncCreditNotesResourceWithRawResponse
    from .resources.invoices import AsyncInvoicesResource, AsyncInvoicesResourceWithRawResponse
    # isort: on
    # <<< accounting

__all__ = ["AsyncClient", "AsyncClientWithRawResponse"]


class AsyncClient(AsyncAPIClient):
    """The LOX24 API client (`lox24.AsyncClient` for asyncio, `lox24.Client` without).

    ```python
    async with lox24.AsyncClient() as client:  # token from LOX24_TOKEN, base URL from LOX24_BASE_URL
        sms = await client.sms.send(phone="+491701234567", text="Hello", sender_id="MyShop")
        me = await client.me()
    ```

    Args:
        token: the API token (`"ID:secret"` from the LOX24 account); defaults to `$LOX24_TOKEN`.
        base_url: defaults to the `http_client`'s base URL, then `$LOX24_BASE_URL`, then `https://api.lox24.eu`.
        timeout: seconds or an `httpx.Timeout`; the default waits 10 s to connect and 100 s for an answer
            (see `lox24._constants.DEFAULT_TIMEOUT` for why).
        max_retries: retries of requests that cannot send twice (see the README, "Retries"); 0 disables.
        http_client: your own `httpx.AsyncClient` (proxies, TLS, transports, pool size). Each request is
            built and sent by it, once, with our headers, auth and timeout and without following redirects;
            it is not modified, and not closed by `aclose()`.
        limits: the size of lox24's own connection pool (default `lox24.DEFAULT_LIMITS`, 4 connections);
            at most that many requests are in flight at once, the others wait their turn (README, "Sending
            concurrently"). Raise it when each request waits on the network for long.

    Use it as a context manager, or call `aclose()`, to release its connections.
    """

    def __init__(
        self,
        *,
        token: str | None = None,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        http_client: httpx.AsyncClient | None = None,
        limits: httpx.Limits | None = None,
    ) -> None:
        self._setup(token=token, base_url=base_url, timeout=timeout, max_retries=max_retries, http_client=http_client)
        self._init_http(http_client, limits)

    @cached_property
    def sms(self) -> AsyncSmsResource:
        """Send, list, inspect, cancel and delete single SMS."""
        from .resources.sms import AsyncSmsResource

        return AsyncSmsResource(self)

    @cached_property
    def bulks(self) -> AsyncBulksResource:
        """Send one text to many phones and group members."""
        from .resources.bulks import AsyncBulksResource

        return AsyncBulksResource(self)

    @cached_property
    def groups(self) -> AsyncGroupsResource:
        """Distribution lists (groups) of phone numbers with five data columns."""
        from .resources.groups import AsyncGroupsResource

        return AsyncGroupsResource(self)

    @cached_property
    def phones(self) -> AsyncPhonesResource:
        """Phone entries that belong to a group."""
        from .resources.phones import AsyncPhonesResource

        return AsyncPhonesResource(self)

    @cached_property
    def incomings(self) -> AsyncIncomingsResource:
        """Inbound (reply) SMS."""
        from .resources.incomings import AsyncIncomingsResource

        return AsyncIncomingsResource(self)

    @cached_property
    def account(self) -> AsyncAccountResource:
        """The account that owns the API key."""
        from .resources.account import AsyncAccountResource

        return AsyncAccountResource(self)

    # >>> blocked (issue 14)
    @cached_property
    def blocked_numbers(self) -> AsyncBlockedNumbersResource:
        """The block list: numbers that get no SMS (blocked by you, or unsubscribed through a form)."""
        from .resources.blocked_numbers import AsyncBlockedNumbersResource

        return AsyncBlockedNumbersResource(self)

    # <<< blocked
    # >>> shortlinks (issue 14)
    @cached_property
    def short_link_campaigns(self) -> AsyncShortLinkCampaignsResource:
        """Short-link campaigns (`[slink <code>]` in texts) and subscribe/unsubscribe form campaigns."""
        from .resources.short_link_campaigns import AsyncShortLinkCampaignsResource

        return AsyncShortLinkCampaignsResource(self)

    # <<< shortlinks
    # >>> clicks (issue 14)
    @cached_property
    def short_links(self) -> AsyncShortLinksResource:
        """Short links (`[slink <campaign>]` in a text) and the clicks on them."""
        from .resources.short_links import AsyncShortLinksResource

        return AsyncShortLinksResource(self)

    # <<< clicks
    # >>> fraud (issue 14)
    @cached_property
    def fraud_checks(self) -> AsyncFraudChecksResource:
        """Fraud detection: risk scores for a phone number, e-mail, IP and postal address."""
        from .resources.fraud_checks import AsyncFraudChecksResource

        return AsyncFraudChecksResource(self)

    # <<< fraud
    # >>> verify (issue 14)
    @cached_property
    def verify_codes(self) -> AsyncVerifyCodesResource:
        """One-time passwords (verify codes) sent over Telegram, a voice call or SMS, one channel after another."""
        from .resources.verify_codes import AsyncVerifyCodesResource

        return AsyncVerifyCodesResource(self)

    # <<< verify
    # >>> accounting (issue 14)
    @cached_property
    def invoices(self) -> AsyncInvoicesResource:
        """The account's invoices, one per calendar month."""
        from .resources.invoices import AsyncInvoicesResource

        return AsyncInvoicesResource(self)

    @cached_property
    def credit_notes(self) -> AsyncCreditNotesResource:
        """The account's credit notes (money given back)."""
        from .resources.credit_notes import AsyncCreditNotesResource

        return AsyncCreditNotesResource(self)

    # <<< accounting

    @cached_property
    def with_raw_response(self) -> AsyncClientWithRawResponse:
        """The same methods, each returning a `lox24.APIResponse` (status, headers, request id, `.parse()`).

        ```python
        raw = await client.with_raw_response.sms.send(phone="+491701234567", text="Hi", sender_id="MyShop")
        print(raw.status_code, raw.request_id)
        sms = raw.parse()
        ```
        """
        return AsyncClientWithRawResponse(self)

    async def me(self) -> Account:
        """The account behind the token (`GET /me`).

        ```python
        me = await client.me()
        print(me.balance_amount)
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
        """A copy of this client with some options changed; this one is left as it is.

        ```python
        patient = client.with_options(timeout=300, max_retries=5)
        ```

        The copy shares this client's connection pool (closing the copy closes nothing it does not own).
        """
        copy = type(self).__new__(type(self))
        user_http = self._user_http if isinstance(http_client, NotGiven) else http_client
        copy._setup(
            token=self._token.get() if isinstance(token, NotGiven) else token,
            base_url=self.base_url if isinstance(base_url, NotGiven) else base_url,
            timeout=self.timeout if isinstance(timeout, NotGiven) else timeout,
            max_retries=self.max_retries if isinstance(max_retries, NotGiven) else max_retries,
            http_client=user_http,
        )
        copy._init_http(user_http, shared=None if user_http is not None else self)
        return copy

    async def aclose(self) -> None:
        """Close the connections this client opened (not a user-supplied `http_client`, not those of the
        client a `with_options` copy was made from).

        ```python
        client = lox24.AsyncClient()
        try:
            await client.sms.send(phone="+491701234567", text="Hi", sender_id="MyShop")
        finally:
            await client.aclose()
        ```
        """
        if self._owns_http:
            await self._http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()


class AsyncClientWithRawResponse:
    """`client.with_raw_response`: every resource, its methods returning a `lox24.APIResponse`.

    ```python
    raw = await client.with_raw_response.me()
    print(raw.request_id, raw.parse().balance_amount)
    ```
    """

    def __init__(self, client: AsyncClient) -> None:
        self._client = client
        self.me = async_to_raw_response_wrapper(client.me)
        self.call = async_to_raw_response_wrapper(client.call)
        self.request = async_to_raw_response_wrapper(client.request)

    @cached_property
    def sms(self) -> AsyncSmsResourceWithRawResponse:
        """`client.sms`, raw."""
        from .resources.sms import AsyncSmsResourceWithRawResponse

        return AsyncSmsResourceWithRawResponse(self._client.sms)

    @cached_property
    def bulks(self) -> AsyncBulksResourceWithRawResponse:
        """`client.bulks`, raw."""
        from .resources.bulks import AsyncBulksResourceWithRawResponse

        return AsyncBulksResourceWithRawResponse(self._client.bulks)

    @cached_property
    def groups(self) -> AsyncGroupsResourceWithRawResponse:
        """`client.groups`, raw."""
        from .resources.groups import AsyncGroupsResourceWithRawResponse

        return AsyncGroupsResourceWithRawResponse(self._client.groups)

    @cached_property
    def phones(self) -> AsyncPhonesResourceWithRawResponse:
        """`client.phones`, raw."""
        from .resources.phones import AsyncPhonesResourceWithRawResponse

        return AsyncPhonesResourceWithRawResponse(self._client.phones)

    @cached_property
    def incomings(self) -> AsyncIncomingsResourceWithRawResponse:
        """`client.incomings`, raw."""
        from .resources.incomings import AsyncIncomingsResourceWithRawResponse

        return AsyncIncomingsResourceWithRawResponse(self._client.incomings)

    @cached_property
    def account(self) -> AsyncAccountResourceWithRawResponse:
        """`client.account`, raw."""
        from .resources.account import AsyncAccountResourceWithRawResponse

        return AsyncAccountResourceWithRawResponse(self._client.account)

    # >>> blocked (issue 14)
    @cached_property
    def blocked_numbers(self) -> AsyncBlockedNumbersResourceWithRawResponse:
        """`client.blocked_numbers`, raw."""
        from .resources.blocked_numbers import AsyncBlockedNumbersResourceWithRawResponse

        return AsyncBlockedNumbersResourceWithRawResponse(self._client.blocked_numbers)

    # <<< blocked
    # >>> shortlinks (issue 14)
    @cached_property
    def short_link_campaigns(self) -> AsyncShortLinkCampaignsResourceWithRawResponse:
        """`client.short_link_campaigns`, raw."""
        from .resources.short_link_campaigns import AsyncShortLinkCampaignsResourceWithRawResponse

        return AsyncShortLinkCampaignsResourceWithRawResponse(self._client.short_link_campaigns)

    # <<< shortlinks
    # >>> clicks (issue 14)
    @cached_property
    def short_links(self) -> AsyncShortLinksResourceWithRawResponse:
        """`client.short_links`, raw."""
        from .resources.short_links import AsyncShortLinksResourceWithRawResponse

        return AsyncShortLinksResourceWithRawResponse(self._client.short_links)

    # <<< clicks
    # >>> fraud (issue 14)
    @cached_property
    def fraud_checks(self) -> AsyncFraudChecksResourceWithRawResponse:
        """`client.fraud_checks`, raw."""
        from .resources.fraud_checks import AsyncFraudChecksResourceWithRawResponse

        return AsyncFraudChecksResourceWithRawResponse(self._client.fraud_checks)

    # <<< fraud
    # >>> verify (issue 14)
    @cached_property
    def verify_codes(self) -> AsyncVerifyCodesResourceWithRawResponse:
        """`client.verify_codes`, raw."""
        from .resources.verify_codes import AsyncVerifyCodesResourceWithRawResponse

        return AsyncVerifyCodesResourceWithRawResponse(self._client.verify_codes)

    # <<< verify
    # >>> accounting (issue 14)
    @cached_property
    def invoices(self) -> AsyncInvoicesResourceWithRawResponse:
        """`client.invoices`, raw."""
        from .resources.invoices import AsyncInvoicesResourceWithRawResponse

        return AsyncInvoicesResourceWithRawResponse(self._client.invoices)

    @cached_property
    def credit_notes(self) -> AsyncCreditNotesResourceWithRawResponse:
        """`client.credit_notes`, raw."""
        from .resources.credit_notes import AsyncCreditNotesResourceWithRawResponse

        return AsyncCreditNotesResourceWithRawResponse(self._client.credit_notes)

    # <<< accounting

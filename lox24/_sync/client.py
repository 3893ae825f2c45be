# Written from lox24/_async/client.py by scripts/unasync.py; edit that file, then make generate.
"""`lox24.Client` (and, written from this file by scripts/unasync.py, `lox24.Client`)."""

from __future__ import annotations

from functools import cached_property
from types import TracebackType
from typing import TYPE_CHECKING, Self

import httpx

from .._constants import DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT
from .._types import NOT_GIVEN, NotGiven
from ._api_client import SyncAPIClient
from ._raw import to_raw_response_wrapper

if TYPE_CHECKING:  # each resource (and the generated code it needs) loads on first use
    from lox24_api.models import Account

    from .resources.account import AccountResource, AccountResourceWithRawResponse
    from .resources.bulks import BulksResource, BulksResourceWithRawResponse
    from .resources.groups import GroupsResource, GroupsResourceWithRawResponse
    from .resources.incomings import IncomingsResource, IncomingsResourceWithRawResponse
    from .resources.phones import PhonesResource, PhonesResourceWithRawResponse
    from .resources.sms import SmsResource, SmsResourceWithRawResponse

    # >>> blocked (issue 14)
    # isort: split
    from .resources.blocked_numbers import BlockedNumbersResource, BlockedNumbersResourceWithRawResponse

    # <<< blocked
    # >>> shortlinks (issue 14)
    # isort: split
    from .resources.short_link_campaigns import (
        ShortLinkCampaignsResource,
        ShortLinkCampaignsResourceWithRawResponse,
    )

    # <<< shortlinks
    # >>> clicks (issue 14)
    # isort: split
    from .resources.short_links import ShortLinksResource, ShortLinksResourceWithRawResponse

    # <<< clicks
    # >>> fraud (issue 14)
    from .resources.fraud_checks import FraudChecksResource, FraudChecksResourceWithRawResponse  # isort: skip

    # <<< fraud
    # >>> verify (issue 14)
    from .resources.verify_codes import VerifyCodesResource, VerifyCodesResourceWithRawResponse

    # <<< verify
    # >>> accounting (issue 14)
    # isort: off
    from .resources.credit_notes import CreditNotesResource, CreditNotesResourceWithRawResponse
    from .resources.invoices import InvoicesResource, InvoicesResourceWithRawResponse
    # isort: on
    # <<< accounting

__all__ = ["Client", "ClientWithRawResponse"]


class Client(SyncAPIClient):
    """The LOX24 API client (`lox24.Client` for asyncio, `lox24.Client` without).

    ```python
    with lox24.Client() as client:  # token from LOX24_TOKEN, base URL from LOX24_BASE_URL
        sms = client.sms.send(phone="+491701234567", text="Hello", sender_id="MyShop")
        me = client.me()
    ```

    Args:
        token: the API token (`"ID:secret"` from the LOX24 account); defaults to `$LOX24_TOKEN`.
        base_url: defaults to the `http_client`'s base URL, then `$LOX24_BASE_URL`, then `https://api.lox24.eu`.
        timeout: seconds or an `httpx.Timeout`; the default waits 10 s to connect and 100 s for an answer
            (see `lox24._constants.DEFAULT_TIMEOUT` for why).
        max_retries: retries of requests that cannot send twice (see the README, "Retries"); 0 disables.
        http_client: your own `httpx.Client` (proxies, TLS, transports, pool size). Each request is
            built and sent by it, once, with our headers, auth and timeout and without following redirects;
            it is not modified, and not closed by `close()`.
        limits: the size of lox24's own connection pool (default `lox24.DEFAULT_LIMITS`, 4 connections);
            at most that many requests are in flight at once, the others wait their turn (README, "Sending
            concurrently"). Raise it when each request waits on the network for long.

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
        limits: httpx.Limits | None = None,
    ) -> None:
        self._setup(token=token, base_url=base_url, timeout=timeout, max_retries=max_retries, http_client=http_client)
        self._init_http(http_client, limits)

    @cached_property
    def sms(self) -> SmsResource:
        """Send, list, inspect, cancel and delete single SMS."""
        from .resources.sms import SmsResource

        return SmsResource(self)

    @cached_property
    def bulks(self) -> BulksResource:
        """Send one text to many phones and group members."""
        from .resources.bulks import BulksResource

        return BulksResource(self)

    @cached_property
    def groups(self) -> GroupsResource:
        """Distribution lists (groups) of phone numbers with five data columns."""
        from .resources.groups import GroupsResource

        return GroupsResource(self)

    @cached_property
    def phones(self) -> PhonesResource:
        """Phone entries that belong to a group."""
        from .resources.phones import PhonesResource

        return PhonesResource(self)

    @cached_property
    def incomings(self) -> IncomingsResource:
        """Inbound (reply) SMS."""
        from .resources.incomings import IncomingsResource

        return IncomingsResource(self)

    @cached_property
    def account(self) -> AccountResource:
        """The account that owns the API key."""
        from .resources.account import AccountResource

        return AccountResource(self)

    # >>> blocked (issue 14)
    @cached_property
    def blocked_numbers(self) -> BlockedNumbersResource:
        """The block list: numbers that get no SMS (blocked by you, or unsubscribed through a form)."""
        from .resources.blocked_numbers import BlockedNumbersResource

        return BlockedNumbersResource(self)

    # <<< blocked
    # >>> shortlinks (issue 14)
    @cached_property
    def short_link_campaigns(self) -> ShortLinkCampaignsResource:
        """Short-link campaigns (`[slink <code>]` in texts) and subscribe/unsubscribe form campaigns."""
        from .resources.short_link_campaigns import ShortLinkCampaignsResource

        return ShortLinkCampaignsResource(self)

    # <<< shortlinks
    # >>> clicks (issue 14)
    @cached_property
    def short_links(self) -> ShortLinksResource:
        """Short links (`[slink <campaign>]` in a text) and the clicks on them."""
        from .resources.short_links import ShortLinksResource

        return ShortLinksResource(self)

    # <<< clicks
    # >>> fraud (issue 14)
    @cached_property
    def fraud_checks(self) -> FraudChecksResource:
        """Fraud detection: risk scores for a phone number, e-mail, IP and postal address."""
        from .resources.fraud_checks import FraudChecksResource

        return FraudChecksResource(self)

    # <<< fraud
    # >>> verify (issue 14)
    @cached_property
    def verify_codes(self) -> VerifyCodesResource:
        """One-time passwords (verify codes) sent over Telegram, a voice call or SMS, one channel after another."""
        from .resources.verify_codes import VerifyCodesResource

        return VerifyCodesResource(self)

    # <<< verify
    # >>> accounting (issue 14)
    @cached_property
    def invoices(self) -> InvoicesResource:
        """The account's invoices, one per calendar month."""
        from .resources.invoices import InvoicesResource

        return InvoicesResource(self)

    @cached_property
    def credit_notes(self) -> CreditNotesResource:
        """The account's credit notes (money given back)."""
        from .resources.credit_notes import CreditNotesResource

        return CreditNotesResource(self)

    # <<< accounting

    @cached_property
    def with_raw_response(self) -> ClientWithRawResponse:
        """The same methods, each returning a `lox24.APIResponse` (status, headers, request id, `.parse()`).

        ```python
        raw = client.with_raw_response.sms.send(phone="+491701234567", text="Hi", sender_id="MyShop")
        print(raw.status_code, raw.request_id)
        sms = raw.parse()
        ```
        """
        return ClientWithRawResponse(self)

    def me(self) -> Account:
        """The account behind the token (`GET /me`).

        ```python
        me = client.me()
        print(me.balance_amount)
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

    def close(self) -> None:
        """Close the connections this client opened (not a user-supplied `http_client`, not those of the
        client a `with_options` copy was made from).

        ```python
        client = lox24.Client()
        try:
            client.sms.send(phone="+491701234567", text="Hi", sender_id="MyShop")
        finally:
            client.close()
        ```
        """
        if self._owns_http:
            self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


class ClientWithRawResponse:
    """`client.with_raw_response`: every resource, its methods returning a `lox24.APIResponse`.

    ```python
    raw = client.with_raw_response.me()
    print(raw.request_id, raw.parse().balance_amount)
    ```
    """

    def __init__(self, client: Client) -> None:
        self._client = client
        self.me = to_raw_response_wrapper(client.me)
        self.call = to_raw_response_wrapper(client.call)
        self.request = to_raw_response_wrapper(client.request)

    @cached_property
    def sms(self) -> SmsResourceWithRawResponse:
        """`client.sms`, raw."""
        from .resources.sms import SmsResourceWithRawResponse

        return SmsResourceWithRawResponse(self._client.sms)

    @cached_property
    def bulks(self) -> BulksResourceWithRawResponse:
        """`client.bulks`, raw."""
        from .resources.bulks import BulksResourceWithRawResponse

        return BulksResourceWithRawResponse(self._client.bulks)

    @cached_property
    def groups(self) -> GroupsResourceWithRawResponse:
        """`client.groups`, raw."""
        from .resources.groups import GroupsResourceWithRawResponse

        return GroupsResourceWithRawResponse(self._client.groups)

    @cached_property
    def phones(self) -> PhonesResourceWithRawResponse:
        """`client.phones`, raw."""
        from .resources.phones import PhonesResourceWithRawResponse

        return PhonesResourceWithRawResponse(self._client.phones)

    @cached_property
    def incomings(self) -> IncomingsResourceWithRawResponse:
        """`client.incomings`, raw."""
        from .resources.incomings import IncomingsResourceWithRawResponse

        return IncomingsResourceWithRawResponse(self._client.incomings)

    @cached_property
    def account(self) -> AccountResourceWithRawResponse:
        """`client.account`, raw."""
        from .resources.account import AccountResourceWithRawResponse

        return AccountResourceWithRawResponse(self._client.account)

    # >>> blocked (issue 14)
    @cached_property
    def blocked_numbers(self) -> BlockedNumbersResourceWithRawResponse:
        """`client.blocked_numbers`, raw."""
        from .resources.blocked_numbers import BlockedNumbersResourceWithRawResponse

        return BlockedNumbersResourceWithRawResponse(self._client.blocked_numbers)

    # <<< blocked
    # >>> shortlinks (issue 14)
    @cached_property
    def short_link_campaigns(self) -> ShortLinkCampaignsResourceWithRawResponse:
        """`client.short_link_campaigns`, raw."""
        from .resources.short_link_campaigns import ShortLinkCampaignsResourceWithRawResponse

        return ShortLinkCampaignsResourceWithRawResponse(self._client.short_link_campaigns)

    # <<< shortlinks
    # >>> clicks (issue 14)
    @cached_property
    def short_links(self) -> ShortLinksResourceWithRawResponse:
        """`client.short_links`, raw."""
        from .resources.short_links import ShortLinksResourceWithRawResponse

        return ShortLinksResourceWithRawResponse(self._client.short_links)

    # <<< clicks
    # >>> fraud (issue 14)
    @cached_property
    def fraud_checks(self) -> FraudChecksResourceWithRawResponse:
        """`client.fraud_checks`, raw."""
        from .resources.fraud_checks import FraudChecksResourceWithRawResponse

        return FraudChecksResourceWithRawResponse(self._client.fraud_checks)

    # <<< fraud
    # >>> verify (issue 14)
    @cached_property
    def verify_codes(self) -> VerifyCodesResourceWithRawResponse:
        """`client.verify_codes`, raw."""
        from .resources.verify_codes import VerifyCodesResourceWithRawResponse

        return VerifyCodesResourceWithRawResponse(self._client.verify_codes)

    # <<< verify
    # >>> accounting (issue 14)
    @cached_property
    def invoices(self) -> InvoicesResourceWithRawResponse:
        """`client.invoices`, raw."""
        from .resources.invoices import InvoicesResourceWithRawResponse

        return InvoicesResourceWithRawResponse(self._client.invoices)

    @cached_property
    def credit_notes(self) -> CreditNotesResourceWithRawResponse:
        """`client.credit_notes`, raw."""
        from .resources.credit_notes import CreditNotesResourceWithRawResponse

        return CreditNotesResourceWithRawResponse(self._client.credit_notes)

    # <<< accounting

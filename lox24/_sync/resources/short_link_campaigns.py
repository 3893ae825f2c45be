# Written from lox24/_async/resources/short_link_campaigns.py by scripts/unasync.py; edit that file, then make generate.
"""`client.short_link_campaigns`: short-link campaigns and subscribe/unsubscribe forms (tag `short-link-campaigns`)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal

import httpx

from ..._base_client import _options
from ..._ops.params import check_page
from ..._ops.short_link_campaigns import (
    _CREATE_CAMPAIGN,
    _CREATE_SUBSCRIBE,
    _CREATE_UNSUBSCRIBE,
    _DELETE_CAMPAIGN,
    _GET_CAMPAIGN,
    _LIST_CAMPAIGNS,
    _UPDATE_CAMPAIGN,
    _body,
    _form_body,
    _list_kwargs,
    check_code,
)
from ..._pagination import Page, to_page
from ..._types import NOT_GIVEN, NotGiven
from ...types import SortDirection
from .._pagination import SyncPager
from .._raw import to_raw_response_wrapper
from ._base import SyncAPIResource

if TYPE_CHECKING:  # annotations only: the models load when a call parses them
    from lox24_api.models import ShortLinkCampaign, ShortLinkCampaignJsonLd, ShortLinkCampaignType

__all__ = ["ShortLinkCampaignsResource", "ShortLinkCampaignsResourceWithRawResponse"]


class ShortLinkCampaignsResource(SyncAPIResource):
    """Short-link campaigns: `client.short_link_campaigns.create(...)`, `.get`, `.list`, `.update`, `.delete`,
    and the form campaigns `.create_subscribe(...)`, `.create_unsubscribe(...)`.

    A campaign's `id` is its code: `[slink <id>]` in an SMS or bulk text becomes its short link.
    """

    def create(
        self,
        *,
        name: str,
        url: str,
        type: ShortLinkCampaignType | int,
        group_id: int | None = None,
        validate: bool = True,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> ShortLinkCampaign:
        """Create a link campaign (`POST /short_link_campaigns`).

        ```python
        campaign = client.short_link_campaigns.create(
            name="Spring sale", url="https://shop.example/sale", type=lox24.ShortLinkCampaignType.ADVANCED
        )
        client.sms.send(phone="+491701234567", sender_id="MyShop", text=f"Sale! [slink {campaign.id}]")
        ```

        Args:
            name: 1 to 100 characters.
            url: where the link leads, an http(s) URL.
            type: 1 (`SIMPLE`: one link for every SMS, free) or 2 (`ADVANCED`: one link per SMS, charged).
            group_id: a group of the account (422 otherwise), or None.
        """
        result: ShortLinkCampaign = self._client._call(
            _CREATE_CAMPAIGN,
            _options(timeout, extra_headers, extra_query, extra_body),
            body=_body(name, url, type, group_id, validate=validate),
        )
        return result

    def create_subscribe(
        self,
        *,
        name: str,
        group_id: int,
        validate: bool = True,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> ShortLinkCampaign:
        """Create a subscribe-form campaign (`POST /short_link_campaigns/subscribe`).

        Whoever submits its form is added to the group `group_id`; a `phone.subscribe` webhook follows.

        ```python
        form = client.short_link_campaigns.create_subscribe(name="Newsletter", group_id=7117)
        print(form.url)
        ```
        """
        result: ShortLinkCampaign = self._client._call(
            _CREATE_SUBSCRIBE,
            _options(timeout, extra_headers, extra_query, extra_body),
            body=_form_body(name, group_id, validate=validate),
        )
        return result

    def create_unsubscribe(
        self,
        *,
        name: str,
        group_id: int | None = None,
        validate: bool = True,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> ShortLinkCampaign:
        """Create an unsubscribe-form campaign (`POST /short_link_campaigns/unsubscribe`).

        Whoever submits its form is put on the block list (type 2, `UNSUBSCRIBED`) and gets no more SMS; a
        `phone.unsubscribe` webhook follows. With `group_id`, the entry in that group is marked unsubscribed.

        ```python
        opt_out = client.short_link_campaigns.create_unsubscribe(name="Opt-out")
        client.sms.send(phone="+491701234567", sender_id="MyShop", text=f"Stop: [slink {opt_out.id}]")
        ```
        """
        result: ShortLinkCampaign = self._client._call(
            _CREATE_UNSUBSCRIBE,
            _options(timeout, extra_headers, extra_query, extra_body),
            body=_form_body(name, group_id, validate=validate),
        )
        return result

    def get(
        self,
        code: str,
        *,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> ShortLinkCampaign:
        """One campaign by its code (`GET /short_link_campaigns/{code}`).

        ```python
        campaign = client.short_link_campaigns.get("eGxoGRMq")
        ```
        """
        result: ShortLinkCampaign = self._client._call(
            _GET_CAMPAIGN, _options(timeout, extra_headers, extra_query, extra_body), code=check_code(code)
        )
        return result

    def update(
        self,
        code: str,
        *,
        name: str,
        url: str,
        type: ShortLinkCampaignType | int,
        group_id: int | None = None,
        validate: bool = True,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> ShortLinkCampaign:
        """Replace a campaign's name, URL, type and group (`PUT /short_link_campaigns/{code}`).

        A subscribe or unsubscribe campaign keeps its type and form URL; only name and group change.

        ```python
        client.short_link_campaigns.update(
            "eGxoGRMq", name="Summer sale", url="https://shop.example/summer", type=1
        )
        ```
        """
        result: ShortLinkCampaign = self._client._call(
            _UPDATE_CAMPAIGN,
            _options(timeout, extra_headers, extra_query, extra_body),
            code=check_code(code),
            body=_body(name, url, type, group_id, validate=validate),
        )
        return result

    def delete(
        self,
        code: str,
        *,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> None:
        """Delete a campaign (`DELETE /short_link_campaigns/{code}`).

        ```python
        client.short_link_campaigns.delete("eGxoGRMq")
        ```
        """
        self._client._call(
            _DELETE_CAMPAIGN, _options(timeout, extra_headers, extra_query, extra_body), code=check_code(code)
        )

    def list(
        self,
        *,
        name: str | None = None,
        url: str | None = None,
        type: ShortLinkCampaignType | int | Sequence[ShortLinkCampaignType | int] | None = None,
        order: Mapping[Literal["created_at"], SortDirection] | None = None,
        page: int = 1,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> SyncPager[ShortLinkCampaignJsonLd]:
        """Every campaign matching all the filters given, newest first, across all pages
        (`GET /short_link_campaigns`).

        ```python
        for campaign in client.short_link_campaigns.list(name="sale", type=lox24.ShortLinkCampaignType.SIMPLE):
            print(campaign.id, campaign.url)
        ```

        Args:
            name, url: a part of the value (case-insensitive).
            type: 1, 2 or a list of them.
            order: `{"created_at": "asc" | "desc"}`.
        """
        kwargs = _list_kwargs({"name": name, "url": url, "type": type}, order)

        def fetch(page_number: int) -> Page[ShortLinkCampaignJsonLd]:
            return to_page(
                self._client._call(
                    _LIST_CAMPAIGNS,
                    _options(timeout, extra_headers, extra_query, extra_body),
                    page=page_number,
                    **kwargs,
                ),
                page_number,
            )

        return SyncPager(fetch, start=check_page(page))


class ShortLinkCampaignsResourceWithRawResponse:
    """The methods of `ShortLinkCampaignsResource`, each returning a `lox24.APIResponse`."""

    def __init__(self, resource: ShortLinkCampaignsResource) -> None:
        self._resource = resource
        self.create = to_raw_response_wrapper(resource.create)
        self.create_subscribe = to_raw_response_wrapper(resource.create_subscribe)
        self.create_unsubscribe = to_raw_response_wrapper(resource.create_unsubscribe)
        self.get = to_raw_response_wrapper(resource.get)
        self.update = to_raw_response_wrapper(resource.update)
        self.delete = to_raw_response_wrapper(resource.delete)

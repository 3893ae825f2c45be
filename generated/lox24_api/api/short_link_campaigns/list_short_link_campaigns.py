from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.constraint_violation_list import ConstraintViolationList
from ...models.error import Error
from ...models.order_direction import OrderDirection
from ...models.short_link_campaign_collection import ShortLinkCampaignCollection
from ...models.short_link_campaign_type import ShortLinkCampaignType
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    page: int | Unset = 1,
    field_ordercreated_at: OrderDirection | Unset = UNSET,
    name: str | Unset = UNSET,
    url_query: str | Unset = UNSET,
    type_: list[ShortLinkCampaignType] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    json_field_ordercreated_at: str | Unset = UNSET
    if not isinstance(field_ordercreated_at, Unset):
        json_field_ordercreated_at = field_ordercreated_at.value

    params["_order[created_at]"] = json_field_ordercreated_at

    params["name"] = name

    params["url"] = url_query

    json_type_: list[int] | Unset = UNSET
    if not isinstance(type_, Unset):
        json_type_ = []
        for type_item_data in type_:
            type_item = type_item_data.value
            json_type_.append(type_item)

    params["type[]"] = json_type_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/short_link_campaigns",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ConstraintViolationList | Error | ShortLinkCampaignCollection | None:
    if response.status_code == 200:
        response_200 = ShortLinkCampaignCollection.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ConstraintViolationList.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Error.from_dict(response.json())

        return response_403

    if response.status_code == 429:
        response_429 = Error.from_dict(response.json())

        return response_429

    if 500 <= response.status_code <= 599:
        response_5xx = Error.from_dict(response.json())

        return response_5xx

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ConstraintViolationList | Error | ShortLinkCampaignCollection]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
    field_ordercreated_at: OrderDirection | Unset = UNSET,
    name: str | Unset = UNSET,
    url_query: str | Unset = UNSET,
    type_: list[ShortLinkCampaignType] | Unset = UNSET,
) -> Response[ConstraintViolationList | Error | ShortLinkCampaignCollection]:
    """Retrieves the collection of short-link campaigns

     The account's campaigns (subscribe and unsubscribe campaigns included), newest first (`created_at`
    descending) unless `_order[created_at]` is given. `name` and `url` match part of the value
    (case-insensitive), `type[]` exactly. Decision: LOX24 also declares `created_at` and `created_at[]`
    (exact timestamps) here; they are left out, as no client filters campaigns by the second.

    Args:
        page (int | Unset):  Default: 1.
        field_ordercreated_at (OrderDirection | Unset):
        name (str | Unset):
        url_query (str | Unset):
        type_ (list[ShortLinkCampaignType] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConstraintViolationList | Error | ShortLinkCampaignCollection]
    """

    kwargs = _get_kwargs(
        page=page,
        field_ordercreated_at=field_ordercreated_at,
        name=name,
        url_query=url_query,
        type_=type_,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
    field_ordercreated_at: OrderDirection | Unset = UNSET,
    name: str | Unset = UNSET,
    url_query: str | Unset = UNSET,
    type_: list[ShortLinkCampaignType] | Unset = UNSET,
) -> ConstraintViolationList | Error | ShortLinkCampaignCollection | None:
    """Retrieves the collection of short-link campaigns

     The account's campaigns (subscribe and unsubscribe campaigns included), newest first (`created_at`
    descending) unless `_order[created_at]` is given. `name` and `url` match part of the value
    (case-insensitive), `type[]` exactly. Decision: LOX24 also declares `created_at` and `created_at[]`
    (exact timestamps) here; they are left out, as no client filters campaigns by the second.

    Args:
        page (int | Unset):  Default: 1.
        field_ordercreated_at (OrderDirection | Unset):
        name (str | Unset):
        url_query (str | Unset):
        type_ (list[ShortLinkCampaignType] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConstraintViolationList | Error | ShortLinkCampaignCollection
    """

    return sync_detailed(
        client=client,
        page=page,
        field_ordercreated_at=field_ordercreated_at,
        name=name,
        url_query=url_query,
        type_=type_,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
    field_ordercreated_at: OrderDirection | Unset = UNSET,
    name: str | Unset = UNSET,
    url_query: str | Unset = UNSET,
    type_: list[ShortLinkCampaignType] | Unset = UNSET,
) -> Response[ConstraintViolationList | Error | ShortLinkCampaignCollection]:
    """Retrieves the collection of short-link campaigns

     The account's campaigns (subscribe and unsubscribe campaigns included), newest first (`created_at`
    descending) unless `_order[created_at]` is given. `name` and `url` match part of the value
    (case-insensitive), `type[]` exactly. Decision: LOX24 also declares `created_at` and `created_at[]`
    (exact timestamps) here; they are left out, as no client filters campaigns by the second.

    Args:
        page (int | Unset):  Default: 1.
        field_ordercreated_at (OrderDirection | Unset):
        name (str | Unset):
        url_query (str | Unset):
        type_ (list[ShortLinkCampaignType] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConstraintViolationList | Error | ShortLinkCampaignCollection]
    """

    kwargs = _get_kwargs(
        page=page,
        field_ordercreated_at=field_ordercreated_at,
        name=name,
        url_query=url_query,
        type_=type_,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
    field_ordercreated_at: OrderDirection | Unset = UNSET,
    name: str | Unset = UNSET,
    url_query: str | Unset = UNSET,
    type_: list[ShortLinkCampaignType] | Unset = UNSET,
) -> ConstraintViolationList | Error | ShortLinkCampaignCollection | None:
    """Retrieves the collection of short-link campaigns

     The account's campaigns (subscribe and unsubscribe campaigns included), newest first (`created_at`
    descending) unless `_order[created_at]` is given. `name` and `url` match part of the value
    (case-insensitive), `type[]` exactly. Decision: LOX24 also declares `created_at` and `created_at[]`
    (exact timestamps) here; they are left out, as no client filters campaigns by the second.

    Args:
        page (int | Unset):  Default: 1.
        field_ordercreated_at (OrderDirection | Unset):
        name (str | Unset):
        url_query (str | Unset):
        type_ (list[ShortLinkCampaignType] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConstraintViolationList | Error | ShortLinkCampaignCollection
    """

    return (
        await asyncio_detailed(
            client=client,
            page=page,
            field_ordercreated_at=field_ordercreated_at,
            name=name,
            url_query=url_query,
            type_=type_,
        )
    ).parsed

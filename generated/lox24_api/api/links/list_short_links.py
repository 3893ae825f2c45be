from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.constraint_violation_list import ConstraintViolationList
from ...models.error import Error
from ...models.order_direction import OrderDirection
from ...models.short_link_collection import ShortLinkCollection
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    page: int | Unset = 1,
    field_orderupdated_at: OrderDirection | Unset = UNSET,
    url_query: str | Unset = UNSET,
    updated_at: list[int] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    json_field_orderupdated_at: str | Unset = UNSET
    if not isinstance(field_orderupdated_at, Unset):
        json_field_orderupdated_at = field_orderupdated_at.value

    params["_order[updated_at]"] = json_field_orderupdated_at

    params["url"] = url_query

    json_updated_at: list[int] | Unset = UNSET
    if not isinstance(updated_at, Unset):
        json_updated_at = updated_at

    params["updated_at[]"] = json_updated_at

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/short_links",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ConstraintViolationList | Error | ShortLinkCollection | None:
    if response.status_code == 200:
        response_200 = ShortLinkCollection.from_dict(response.json())

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
) -> Response[ConstraintViolationList | Error | ShortLinkCollection]:
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
    field_orderupdated_at: OrderDirection | Unset = UNSET,
    url_query: str | Unset = UNSET,
    updated_at: list[int] | Unset = UNSET,
) -> Response[ConstraintViolationList | Error | ShortLinkCollection]:
    """Retrieves the collection of ShortLink resources

     Every short link of the account (of all campaigns), most recently changed first (`updated_at`
    descending) unless `_order[updated_at]` is given. A simple campaign (type 1) has one link, made
    when an SMS or bulk first uses `[slink <code>]`; an advanced one (type 2) one link per SMS.

    Args:
        page (int | Unset):  Default: 1.
        field_orderupdated_at (OrderDirection | Unset):
        url_query (str | Unset):
        updated_at (list[int] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConstraintViolationList | Error | ShortLinkCollection]
    """

    kwargs = _get_kwargs(
        page=page,
        field_orderupdated_at=field_orderupdated_at,
        url_query=url_query,
        updated_at=updated_at,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
    field_orderupdated_at: OrderDirection | Unset = UNSET,
    url_query: str | Unset = UNSET,
    updated_at: list[int] | Unset = UNSET,
) -> ConstraintViolationList | Error | ShortLinkCollection | None:
    """Retrieves the collection of ShortLink resources

     Every short link of the account (of all campaigns), most recently changed first (`updated_at`
    descending) unless `_order[updated_at]` is given. A simple campaign (type 1) has one link, made
    when an SMS or bulk first uses `[slink <code>]`; an advanced one (type 2) one link per SMS.

    Args:
        page (int | Unset):  Default: 1.
        field_orderupdated_at (OrderDirection | Unset):
        url_query (str | Unset):
        updated_at (list[int] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConstraintViolationList | Error | ShortLinkCollection
    """

    return sync_detailed(
        client=client,
        page=page,
        field_orderupdated_at=field_orderupdated_at,
        url_query=url_query,
        updated_at=updated_at,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
    field_orderupdated_at: OrderDirection | Unset = UNSET,
    url_query: str | Unset = UNSET,
    updated_at: list[int] | Unset = UNSET,
) -> Response[ConstraintViolationList | Error | ShortLinkCollection]:
    """Retrieves the collection of ShortLink resources

     Every short link of the account (of all campaigns), most recently changed first (`updated_at`
    descending) unless `_order[updated_at]` is given. A simple campaign (type 1) has one link, made
    when an SMS or bulk first uses `[slink <code>]`; an advanced one (type 2) one link per SMS.

    Args:
        page (int | Unset):  Default: 1.
        field_orderupdated_at (OrderDirection | Unset):
        url_query (str | Unset):
        updated_at (list[int] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConstraintViolationList | Error | ShortLinkCollection]
    """

    kwargs = _get_kwargs(
        page=page,
        field_orderupdated_at=field_orderupdated_at,
        url_query=url_query,
        updated_at=updated_at,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
    field_orderupdated_at: OrderDirection | Unset = UNSET,
    url_query: str | Unset = UNSET,
    updated_at: list[int] | Unset = UNSET,
) -> ConstraintViolationList | Error | ShortLinkCollection | None:
    """Retrieves the collection of ShortLink resources

     Every short link of the account (of all campaigns), most recently changed first (`updated_at`
    descending) unless `_order[updated_at]` is given. A simple campaign (type 1) has one link, made
    when an SMS or bulk first uses `[slink <code>]`; an advanced one (type 2) one link per SMS.

    Args:
        page (int | Unset):  Default: 1.
        field_orderupdated_at (OrderDirection | Unset):
        url_query (str | Unset):
        updated_at (list[int] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConstraintViolationList | Error | ShortLinkCollection
    """

    return (
        await asyncio_detailed(
            client=client,
            page=page,
            field_orderupdated_at=field_orderupdated_at,
            url_query=url_query,
            updated_at=updated_at,
        )
    ).parsed

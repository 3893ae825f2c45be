from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.blocked_number_collection import BlockedNumberCollection
from ...models.blocked_number_type import BlockedNumberType
from ...models.constraint_violation_list import ConstraintViolationList
from ...models.error import Error
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    page: int | Unset = 1,
    number: str | Unset = UNSET,
    type_: BlockedNumberType | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["number"] = number

    json_type_: int | Unset = UNSET
    if not isinstance(type_, Unset):
        json_type_ = type_.value

    params["type"] = json_type_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/blocked_numbers",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BlockedNumberCollection | ConstraintViolationList | Error | None:
    if response.status_code == 200:
        response_200 = BlockedNumberCollection.from_dict(response.json())

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
) -> Response[BlockedNumberCollection | ConstraintViolationList | Error]:
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
    number: str | Unset = UNSET,
    type_: BlockedNumberType | Unset = UNSET,
) -> Response[BlockedNumberCollection | ConstraintViolationList | Error]:
    """Retrieves the collection of blocked numbers

     The account's blocked numbers, ordered by `id`. `number` and `type` filter exactly. LOX24 declares
    both as strings and no `page`; its code samples send `page=1`. Decision: `type` is the integer
    1 or 2 (the values of the field), `number` any text up to 21 characters (an exact filter: a value
    that is no blocked number matches nothing), and the list is paged like every other (30 a page).

    Args:
        page (int | Unset):  Default: 1.
        number (str | Unset):
        type_ (BlockedNumberType | Unset): Why the number is blocked: 1 blocked by the customer
            (POST /blocked_numbers), 2 unsubscribed through an unsubscribe campaign's form.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BlockedNumberCollection | ConstraintViolationList | Error]
    """

    kwargs = _get_kwargs(
        page=page,
        number=number,
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
    number: str | Unset = UNSET,
    type_: BlockedNumberType | Unset = UNSET,
) -> BlockedNumberCollection | ConstraintViolationList | Error | None:
    """Retrieves the collection of blocked numbers

     The account's blocked numbers, ordered by `id`. `number` and `type` filter exactly. LOX24 declares
    both as strings and no `page`; its code samples send `page=1`. Decision: `type` is the integer
    1 or 2 (the values of the field), `number` any text up to 21 characters (an exact filter: a value
    that is no blocked number matches nothing), and the list is paged like every other (30 a page).

    Args:
        page (int | Unset):  Default: 1.
        number (str | Unset):
        type_ (BlockedNumberType | Unset): Why the number is blocked: 1 blocked by the customer
            (POST /blocked_numbers), 2 unsubscribed through an unsubscribe campaign's form.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BlockedNumberCollection | ConstraintViolationList | Error
    """

    return sync_detailed(
        client=client,
        page=page,
        number=number,
        type_=type_,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
    number: str | Unset = UNSET,
    type_: BlockedNumberType | Unset = UNSET,
) -> Response[BlockedNumberCollection | ConstraintViolationList | Error]:
    """Retrieves the collection of blocked numbers

     The account's blocked numbers, ordered by `id`. `number` and `type` filter exactly. LOX24 declares
    both as strings and no `page`; its code samples send `page=1`. Decision: `type` is the integer
    1 or 2 (the values of the field), `number` any text up to 21 characters (an exact filter: a value
    that is no blocked number matches nothing), and the list is paged like every other (30 a page).

    Args:
        page (int | Unset):  Default: 1.
        number (str | Unset):
        type_ (BlockedNumberType | Unset): Why the number is blocked: 1 blocked by the customer
            (POST /blocked_numbers), 2 unsubscribed through an unsubscribe campaign's form.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BlockedNumberCollection | ConstraintViolationList | Error]
    """

    kwargs = _get_kwargs(
        page=page,
        number=number,
        type_=type_,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
    number: str | Unset = UNSET,
    type_: BlockedNumberType | Unset = UNSET,
) -> BlockedNumberCollection | ConstraintViolationList | Error | None:
    """Retrieves the collection of blocked numbers

     The account's blocked numbers, ordered by `id`. `number` and `type` filter exactly. LOX24 declares
    both as strings and no `page`; its code samples send `page=1`. Decision: `type` is the integer
    1 or 2 (the values of the field), `number` any text up to 21 characters (an exact filter: a value
    that is no blocked number matches nothing), and the list is paged like every other (30 a page).

    Args:
        page (int | Unset):  Default: 1.
        number (str | Unset):
        type_ (BlockedNumberType | Unset): Why the number is blocked: 1 blocked by the customer
            (POST /blocked_numbers), 2 unsubscribed through an unsubscribe campaign's form.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BlockedNumberCollection | ConstraintViolationList | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            page=page,
            number=number,
            type_=type_,
        )
    ).parsed

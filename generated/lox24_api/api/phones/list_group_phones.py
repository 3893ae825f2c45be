from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.constraint_violation_list import ConstraintViolationList
from ...models.error import Error
from ...models.phone_collection import PhoneCollection
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: int,
    *,
    page: int | Unset = 1,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/groups/{id}/phones".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ConstraintViolationList | Error | PhoneCollection | None:
    if response.status_code == 200:
        response_200 = PhoneCollection.from_dict(response.json())

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

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

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
) -> Response[ConstraintViolationList | Error | PhoneCollection]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: int,
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
) -> Response[ConstraintViolationList | Error | PhoneCollection]:
    """Retrieves the phones of a group

     The phone entries of one group, ordered by `id`. LOX24 declares no `page` parameter here;
    this description pages it like every other collection (30 a page).

    Args:
        id (int):
        page (int | Unset):  Default: 1.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConstraintViolationList | Error | PhoneCollection]
    """

    kwargs = _get_kwargs(
        id=id,
        page=page,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: int,
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
) -> ConstraintViolationList | Error | PhoneCollection | None:
    """Retrieves the phones of a group

     The phone entries of one group, ordered by `id`. LOX24 declares no `page` parameter here;
    this description pages it like every other collection (30 a page).

    Args:
        id (int):
        page (int | Unset):  Default: 1.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConstraintViolationList | Error | PhoneCollection
    """

    return sync_detailed(
        id=id,
        client=client,
        page=page,
    ).parsed


async def asyncio_detailed(
    id: int,
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
) -> Response[ConstraintViolationList | Error | PhoneCollection]:
    """Retrieves the phones of a group

     The phone entries of one group, ordered by `id`. LOX24 declares no `page` parameter here;
    this description pages it like every other collection (30 a page).

    Args:
        id (int):
        page (int | Unset):  Default: 1.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConstraintViolationList | Error | PhoneCollection]
    """

    kwargs = _get_kwargs(
        id=id,
        page=page,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: int,
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
) -> ConstraintViolationList | Error | PhoneCollection | None:
    """Retrieves the phones of a group

     The phone entries of one group, ordered by `id`. LOX24 declares no `page` parameter here;
    this description pages it like every other collection (30 a page).

    Args:
        id (int):
        page (int | Unset):  Default: 1.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConstraintViolationList | Error | PhoneCollection
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            page=page,
        )
    ).parsed

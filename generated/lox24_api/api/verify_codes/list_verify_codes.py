from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.constraint_violation_list import ConstraintViolationList
from ...models.error import Error
from ...models.verify_code_collection import VerifyCodeCollection
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    page: int | Unset = 1,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/verify_codes",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ConstraintViolationList | Error | VerifyCodeCollection | None:
    if response.status_code == 200:
        response_200 = VerifyCodeCollection.from_dict(response.json())

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
) -> Response[ConstraintViolationList | Error | VerifyCodeCollection]:
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
) -> Response[ConstraintViolationList | Error | VerifyCodeCollection]:
    """Retrieves the collection of verify codes

     Every verify code of the account, newest first (`created_at` descending). Decision: LOX24's page
    shows the `application/json` answer (a bare array) and no filters; `application/ld+json` gives a
    Hydra collection, 30 codes a page, like every other list.

    Args:
        page (int | Unset):  Default: 1.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConstraintViolationList | Error | VerifyCodeCollection]
    """

    kwargs = _get_kwargs(
        page=page,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
) -> ConstraintViolationList | Error | VerifyCodeCollection | None:
    """Retrieves the collection of verify codes

     Every verify code of the account, newest first (`created_at` descending). Decision: LOX24's page
    shows the `application/json` answer (a bare array) and no filters; `application/ld+json` gives a
    Hydra collection, 30 codes a page, like every other list.

    Args:
        page (int | Unset):  Default: 1.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConstraintViolationList | Error | VerifyCodeCollection
    """

    return sync_detailed(
        client=client,
        page=page,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
) -> Response[ConstraintViolationList | Error | VerifyCodeCollection]:
    """Retrieves the collection of verify codes

     Every verify code of the account, newest first (`created_at` descending). Decision: LOX24's page
    shows the `application/json` answer (a bare array) and no filters; `application/ld+json` gives a
    Hydra collection, 30 codes a page, like every other list.

    Args:
        page (int | Unset):  Default: 1.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConstraintViolationList | Error | VerifyCodeCollection]
    """

    kwargs = _get_kwargs(
        page=page,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
) -> ConstraintViolationList | Error | VerifyCodeCollection | None:
    """Retrieves the collection of verify codes

     Every verify code of the account, newest first (`created_at` descending). Decision: LOX24's page
    shows the `application/json` answer (a bare array) and no filters; `application/ld+json` gives a
    Hydra collection, 30 codes a page, like every other list.

    Args:
        page (int | Unset):  Default: 1.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConstraintViolationList | Error | VerifyCodeCollection
    """

    return (
        await asyncio_detailed(
            client=client,
            page=page,
        )
    ).parsed

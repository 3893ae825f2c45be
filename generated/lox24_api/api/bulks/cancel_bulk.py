from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bulk_status import BulkStatus
from ...models.constraint_violation_list import ConstraintViolationList
from ...models.error import Error
from ...types import Response


def _get_kwargs(
    id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/bulks/{id}/cancel".format(
            id=quote(str(id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BulkStatus | ConstraintViolationList | Error | None:
    if response.status_code == 200:
        response_200 = BulkStatus.from_dict(response.json())

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

    if response.status_code == 422:
        response_422 = ConstraintViolationList.from_dict(response.json())

        return response_422

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
) -> Response[BulkStatus | ConstraintViolationList | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: str,
    *,
    client: AuthenticatedClient,
) -> Response[BulkStatus | ConstraintViolationList | Error]:
    """Cancel the Bulk

     Cancels the processing of a bulk whose `status_code` is 0 (new) or 5 (in progress): its
    unsent SMS get `status_code` 6000 and are refunded, the bulk gets `status_code` 15.
    Cancelling a bulk in any other state changes nothing and answers the bulk as it is.
    There is no request body. LOX24's description (version 2.22) also lists 422 here without
    saying when; it is declared so that clients expect it, and the emulator never answers it.

    Args:
        id (str): Unique entity UUID Example: 11111111-2222-3333-4444-555555555555.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BulkStatus | ConstraintViolationList | Error]
    """

    kwargs = _get_kwargs(
        id=id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient,
) -> BulkStatus | ConstraintViolationList | Error | None:
    """Cancel the Bulk

     Cancels the processing of a bulk whose `status_code` is 0 (new) or 5 (in progress): its
    unsent SMS get `status_code` 6000 and are refunded, the bulk gets `status_code` 15.
    Cancelling a bulk in any other state changes nothing and answers the bulk as it is.
    There is no request body. LOX24's description (version 2.22) also lists 422 here without
    saying when; it is declared so that clients expect it, and the emulator never answers it.

    Args:
        id (str): Unique entity UUID Example: 11111111-2222-3333-4444-555555555555.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BulkStatus | ConstraintViolationList | Error
    """

    return sync_detailed(
        id=id,
        client=client,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient,
) -> Response[BulkStatus | ConstraintViolationList | Error]:
    """Cancel the Bulk

     Cancels the processing of a bulk whose `status_code` is 0 (new) or 5 (in progress): its
    unsent SMS get `status_code` 6000 and are refunded, the bulk gets `status_code` 15.
    Cancelling a bulk in any other state changes nothing and answers the bulk as it is.
    There is no request body. LOX24's description (version 2.22) also lists 422 here without
    saying when; it is declared so that clients expect it, and the emulator never answers it.

    Args:
        id (str): Unique entity UUID Example: 11111111-2222-3333-4444-555555555555.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BulkStatus | ConstraintViolationList | Error]
    """

    kwargs = _get_kwargs(
        id=id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient,
) -> BulkStatus | ConstraintViolationList | Error | None:
    """Cancel the Bulk

     Cancels the processing of a bulk whose `status_code` is 0 (new) or 5 (in progress): its
    unsent SMS get `status_code` 6000 and are refunded, the bulk gets `status_code` 15.
    Cancelling a bulk in any other state changes nothing and answers the bulk as it is.
    There is no request body. LOX24's description (version 2.22) also lists 422 here without
    saying when; it is declared so that clients expect it, and the emulator never answers it.

    Args:
        id (str): Unique entity UUID Example: 11111111-2222-3333-4444-555555555555.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BulkStatus | ConstraintViolationList | Error
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
        )
    ).parsed

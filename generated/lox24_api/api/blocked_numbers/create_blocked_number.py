from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.blocked_number import BlockedNumber
from ...models.blocked_number_write import BlockedNumberWrite
from ...models.constraint_violation_list import ConstraintViolationList
from ...models.error import Error
from ...types import Response


def _get_kwargs(
    *,
    body: BlockedNumberWrite,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/blocked_numbers",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BlockedNumber | ConstraintViolationList | Error | None:
    if response.status_code == 201:
        response_201 = BlockedNumber.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = ConstraintViolationList.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Error.from_dict(response.json())

        return response_403

    if response.status_code == 409:
        response_409 = Error.from_dict(response.json())

        return response_409

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
) -> Response[BlockedNumber | ConstraintViolationList | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: BlockedNumberWrite,
) -> Response[BlockedNumber | ConstraintViolationList | Error]:
    """Block a phone number

     Puts a number on the account's block list (type 1, blocked by the customer). SMS and bulk messages
    to it are then not sent (status 208, no charge). A number already on the list is answered 409.
    Decision: a number that is a real phone number is stored in E.164 (`+4901701234567` becomes
    `+491701234567`, the form an SMS's `phone` has), anything else matching the pattern as given.

    Args:
        body (BlockedNumberWrite): A number to put on the block list.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BlockedNumber | ConstraintViolationList | Error]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: BlockedNumberWrite,
) -> BlockedNumber | ConstraintViolationList | Error | None:
    """Block a phone number

     Puts a number on the account's block list (type 1, blocked by the customer). SMS and bulk messages
    to it are then not sent (status 208, no charge). A number already on the list is answered 409.
    Decision: a number that is a real phone number is stored in E.164 (`+4901701234567` becomes
    `+491701234567`, the form an SMS's `phone` has), anything else matching the pattern as given.

    Args:
        body (BlockedNumberWrite): A number to put on the block list.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BlockedNumber | ConstraintViolationList | Error
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: BlockedNumberWrite,
) -> Response[BlockedNumber | ConstraintViolationList | Error]:
    """Block a phone number

     Puts a number on the account's block list (type 1, blocked by the customer). SMS and bulk messages
    to it are then not sent (status 208, no charge). A number already on the list is answered 409.
    Decision: a number that is a real phone number is stored in E.164 (`+4901701234567` becomes
    `+491701234567`, the form an SMS's `phone` has), anything else matching the pattern as given.

    Args:
        body (BlockedNumberWrite): A number to put on the block list.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BlockedNumber | ConstraintViolationList | Error]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: BlockedNumberWrite,
) -> BlockedNumber | ConstraintViolationList | Error | None:
    """Block a phone number

     Puts a number on the account's block list (type 1, blocked by the customer). SMS and bulk messages
    to it are then not sent (status 208, no charge). A number already on the list is answered 409.
    Decision: a number that is a real phone number is stored in E.164 (`+4901701234567` becomes
    `+491701234567`, the form an SMS's `phone` has), anything else matching the pattern as given.

    Args:
        body (BlockedNumberWrite): A number to put on the block list.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BlockedNumber | ConstraintViolationList | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed

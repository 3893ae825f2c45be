from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bulk import Bulk
from ...models.bulk_create import BulkCreate
from ...models.constraint_violation_list import ConstraintViolationList
from ...models.error import Error
from ...types import Response


def _get_kwargs(
    *,
    body: BulkCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/bulks/dryrun",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Bulk | ConstraintViolationList | Error | None:
    if response.status_code == 201:
        response_201 = Bulk.from_dict(response.json())

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
) -> Response[Bulk | ConstraintViolationList | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: BulkCreate,
) -> Response[Bulk | ConstraintViolationList | Error]:
    """Simulate creating the Bulk

     Validates the bulk like POST /bulks and answers with the bulk it would create
    (`is_dryrun` true, `msg_total_count` and `msg_total_cost` computed), but creates no SMS,
    stores nothing and charges nothing.

    Args:
        body (BulkCreate): The new bulks resource. Give `phones`, `msg_groups` or both (neither is
            answered 422).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Bulk | ConstraintViolationList | Error]
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
    body: BulkCreate,
) -> Bulk | ConstraintViolationList | Error | None:
    """Simulate creating the Bulk

     Validates the bulk like POST /bulks and answers with the bulk it would create
    (`is_dryrun` true, `msg_total_count` and `msg_total_cost` computed), but creates no SMS,
    stores nothing and charges nothing.

    Args:
        body (BulkCreate): The new bulks resource. Give `phones`, `msg_groups` or both (neither is
            answered 422).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Bulk | ConstraintViolationList | Error
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: BulkCreate,
) -> Response[Bulk | ConstraintViolationList | Error]:
    """Simulate creating the Bulk

     Validates the bulk like POST /bulks and answers with the bulk it would create
    (`is_dryrun` true, `msg_total_count` and `msg_total_cost` computed), but creates no SMS,
    stores nothing and charges nothing.

    Args:
        body (BulkCreate): The new bulks resource. Give `phones`, `msg_groups` or both (neither is
            answered 422).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Bulk | ConstraintViolationList | Error]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: BulkCreate,
) -> Bulk | ConstraintViolationList | Error | None:
    """Simulate creating the Bulk

     Validates the bulk like POST /bulks and answers with the bulk it would create
    (`is_dryrun` true, `msg_total_count` and `msg_total_cost` computed), but creates no SMS,
    stores nothing and charges nothing.

    Args:
        body (BulkCreate): The new bulks resource. Give `phones`, `msg_groups` or both (neither is
            answered 422).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Bulk | ConstraintViolationList | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed

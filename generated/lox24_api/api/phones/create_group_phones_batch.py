from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.constraint_violation_list import ConstraintViolationList
from ...models.error import Error
from ...models.phone_batch_result import PhoneBatchResult
from ...models.phone_fields import PhoneFields
from ...types import Response


def _get_kwargs(
    id: int,
    *,
    body: list[PhoneFields],
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/groups/{id}/phones/batch".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = []
    for body_item_data in body:
        body_item = body_item_data.to_dict()
        _kwargs["json"].append(body_item)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ConstraintViolationList | Error | list[PhoneBatchResult] | None:
    if response.status_code == 201:
        response_201 = []
        _response_201 = response.json()
        for response_201_item_data in _response_201:
            response_201_item = PhoneBatchResult.from_dict(response_201_item_data)

            response_201.append(response_201_item)

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
) -> Response[ConstraintViolationList | Error | list[PhoneBatchResult]]:
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
    body: list[PhoneFields],
) -> Response[ConstraintViolationList | Error | list[PhoneBatchResult]]:
    """Add many phones to a group

     Adds many phone entries in one request. The answer has one result per input item, in order:
    `status` 201 with the created phone as `body`, or a 4xx status with an error `body`. An item
    without `phone`, or with a phone that is not a real number, fails on its own (the
    documentation's samples include such an item on purpose); the request as a whole fails with
    400 only when it is not an array of objects whose fields have the documented types and lengths.

    Args:
        id (int):
        body (list[PhoneFields]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConstraintViolationList | Error | list[PhoneBatchResult]]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: int,
    *,
    client: AuthenticatedClient,
    body: list[PhoneFields],
) -> ConstraintViolationList | Error | list[PhoneBatchResult] | None:
    """Add many phones to a group

     Adds many phone entries in one request. The answer has one result per input item, in order:
    `status` 201 with the created phone as `body`, or a 4xx status with an error `body`. An item
    without `phone`, or with a phone that is not a real number, fails on its own (the
    documentation's samples include such an item on purpose); the request as a whole fails with
    400 only when it is not an array of objects whose fields have the documented types and lengths.

    Args:
        id (int):
        body (list[PhoneFields]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConstraintViolationList | Error | list[PhoneBatchResult]
    """

    return sync_detailed(
        id=id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    id: int,
    *,
    client: AuthenticatedClient,
    body: list[PhoneFields],
) -> Response[ConstraintViolationList | Error | list[PhoneBatchResult]]:
    """Add many phones to a group

     Adds many phone entries in one request. The answer has one result per input item, in order:
    `status` 201 with the created phone as `body`, or a 4xx status with an error `body`. An item
    without `phone`, or with a phone that is not a real number, fails on its own (the
    documentation's samples include such an item on purpose); the request as a whole fails with
    400 only when it is not an array of objects whose fields have the documented types and lengths.

    Args:
        id (int):
        body (list[PhoneFields]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConstraintViolationList | Error | list[PhoneBatchResult]]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: int,
    *,
    client: AuthenticatedClient,
    body: list[PhoneFields],
) -> ConstraintViolationList | Error | list[PhoneBatchResult] | None:
    """Add many phones to a group

     Adds many phone entries in one request. The answer has one result per input item, in order:
    `status` 201 with the created phone as `body`, or a 4xx status with an error `body`. An item
    without `phone`, or with a phone that is not a real number, fails on its own (the
    documentation's samples include such an item on purpose); the request as a whole fails with
    400 only when it is not an array of objects whose fields have the documented types and lengths.

    Args:
        id (int):
        body (list[PhoneFields]):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConstraintViolationList | Error | list[PhoneBatchResult]
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
        )
    ).parsed

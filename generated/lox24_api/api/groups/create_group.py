from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.constraint_violation_list import ConstraintViolationList
from ...models.error import Error
from ...models.group import Group
from ...models.group_write import GroupWrite
from ...types import Response


def _get_kwargs(
    *,
    body: GroupWrite,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/groups",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ConstraintViolationList | Error | Group | None:
    if response.status_code == 201:
        response_201 = Group.from_dict(response.json())

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
) -> Response[ConstraintViolationList | Error | Group]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: GroupWrite,
) -> Response[ConstraintViolationList | Error | Group]:
    """Create a Group

     Creates an SMS distribution list stored at LOX24. A list has a name, a description and five
    additional columns (`a` … `e`, display names `name_a` … `name_e`) that each phone entry can
    fill. Phones can be given at once in `phones`. (One of the documentation's code samples posts
    SMS fields and handles a 402 here: a copy-paste slip; no 402 is documented.)

    Args:
        body (GroupWrite): Phone's group. LOX24's write schema also lists `id`, `count_items` and
            `deleted_at`, which are
            read-only in practice: they are ignored when sent.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConstraintViolationList | Error | Group]
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
    body: GroupWrite,
) -> ConstraintViolationList | Error | Group | None:
    """Create a Group

     Creates an SMS distribution list stored at LOX24. A list has a name, a description and five
    additional columns (`a` … `e`, display names `name_a` … `name_e`) that each phone entry can
    fill. Phones can be given at once in `phones`. (One of the documentation's code samples posts
    SMS fields and handles a 402 here: a copy-paste slip; no 402 is documented.)

    Args:
        body (GroupWrite): Phone's group. LOX24's write schema also lists `id`, `count_items` and
            `deleted_at`, which are
            read-only in practice: they are ignored when sent.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConstraintViolationList | Error | Group
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: GroupWrite,
) -> Response[ConstraintViolationList | Error | Group]:
    """Create a Group

     Creates an SMS distribution list stored at LOX24. A list has a name, a description and five
    additional columns (`a` … `e`, display names `name_a` … `name_e`) that each phone entry can
    fill. Phones can be given at once in `phones`. (One of the documentation's code samples posts
    SMS fields and handles a 402 here: a copy-paste slip; no 402 is documented.)

    Args:
        body (GroupWrite): Phone's group. LOX24's write schema also lists `id`, `count_items` and
            `deleted_at`, which are
            read-only in practice: they are ignored when sent.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConstraintViolationList | Error | Group]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: GroupWrite,
) -> ConstraintViolationList | Error | Group | None:
    """Create a Group

     Creates an SMS distribution list stored at LOX24. A list has a name, a description and five
    additional columns (`a` … `e`, display names `name_a` … `name_e`) that each phone entry can
    fill. Phones can be given at once in `phones`. (One of the documentation's code samples posts
    SMS fields and handles a 402 here: a copy-paste slip; no 402 is documented.)

    Args:
        body (GroupWrite): Phone's group. LOX24's write schema also lists `id`, `count_items` and
            `deleted_at`, which are
            read-only in practice: they are ignored when sent.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConstraintViolationList | Error | Group
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed

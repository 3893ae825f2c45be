from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bulk_collection import BulkCollection
from ...models.bulk_status_code import BulkStatusCode
from ...models.constraint_violation_list import ConstraintViolationList
from ...models.error import Error
from ...models.order_direction import OrderDirection
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    page: int | Unset = 1,
    field_ordercreated_at: OrderDirection | Unset = UNSET,
    status_code: list[BulkStatusCode] | Unset = UNSET,
    uuid: list[str] | Unset = UNSET,
    is_dryrun: bool | Unset = UNSET,
    text: str | Unset = UNSET,
    sender_id: str | Unset = UNSET,
    created_atgte: int | Unset = UNSET,
    created_atlte: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    json_field_ordercreated_at: str | Unset = UNSET
    if not isinstance(field_ordercreated_at, Unset):
        json_field_ordercreated_at = field_ordercreated_at.value

    params["_order[created_at]"] = json_field_ordercreated_at

    json_status_code: list[int] | Unset = UNSET
    if not isinstance(status_code, Unset):
        json_status_code = []
        for status_code_item_data in status_code:
            status_code_item = status_code_item_data.value
            json_status_code.append(status_code_item)

    params["status_code[]"] = json_status_code

    json_uuid: list[str] | Unset = UNSET
    if not isinstance(uuid, Unset):
        json_uuid = uuid

    params["uuid[]"] = json_uuid

    params["is_dryrun"] = is_dryrun

    params["text"] = text

    params["sender_id"] = sender_id

    params["created_at[gte]"] = created_atgte

    params["created_at[lte]"] = created_atlte

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/bulks",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BulkCollection | ConstraintViolationList | Error | None:
    if response.status_code == 200:
        response_200 = BulkCollection.from_dict(response.json())

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
) -> Response[BulkCollection | ConstraintViolationList | Error]:
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
    status_code: list[BulkStatusCode] | Unset = UNSET,
    uuid: list[str] | Unset = UNSET,
    is_dryrun: bool | Unset = UNSET,
    text: str | Unset = UNSET,
    sender_id: str | Unset = UNSET,
    created_atgte: int | Unset = UNSET,
    created_atlte: int | Unset = UNSET,
) -> Response[BulkCollection | ConstraintViolationList | Error]:
    """Retrieves the collection of Bulks resources

     Every bulk of the account, newest first unless `_order[created_at]` is given. Items use the
    short status shape (no `text`, `phones`, `sender_id`, `msg_groups`).

    Args:
        page (int | Unset):  Default: 1.
        field_ordercreated_at (OrderDirection | Unset):
        status_code (list[BulkStatusCode] | Unset):
        uuid (list[str] | Unset):
        is_dryrun (bool | Unset):
        text (str | Unset):
        sender_id (str | Unset):
        created_atgte (int | Unset): Unix time in seconds.
        created_atlte (int | Unset): Unix time in seconds.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BulkCollection | ConstraintViolationList | Error]
    """

    kwargs = _get_kwargs(
        page=page,
        field_ordercreated_at=field_ordercreated_at,
        status_code=status_code,
        uuid=uuid,
        is_dryrun=is_dryrun,
        text=text,
        sender_id=sender_id,
        created_atgte=created_atgte,
        created_atlte=created_atlte,
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
    status_code: list[BulkStatusCode] | Unset = UNSET,
    uuid: list[str] | Unset = UNSET,
    is_dryrun: bool | Unset = UNSET,
    text: str | Unset = UNSET,
    sender_id: str | Unset = UNSET,
    created_atgte: int | Unset = UNSET,
    created_atlte: int | Unset = UNSET,
) -> BulkCollection | ConstraintViolationList | Error | None:
    """Retrieves the collection of Bulks resources

     Every bulk of the account, newest first unless `_order[created_at]` is given. Items use the
    short status shape (no `text`, `phones`, `sender_id`, `msg_groups`).

    Args:
        page (int | Unset):  Default: 1.
        field_ordercreated_at (OrderDirection | Unset):
        status_code (list[BulkStatusCode] | Unset):
        uuid (list[str] | Unset):
        is_dryrun (bool | Unset):
        text (str | Unset):
        sender_id (str | Unset):
        created_atgte (int | Unset): Unix time in seconds.
        created_atlte (int | Unset): Unix time in seconds.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BulkCollection | ConstraintViolationList | Error
    """

    return sync_detailed(
        client=client,
        page=page,
        field_ordercreated_at=field_ordercreated_at,
        status_code=status_code,
        uuid=uuid,
        is_dryrun=is_dryrun,
        text=text,
        sender_id=sender_id,
        created_atgte=created_atgte,
        created_atlte=created_atlte,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
    field_ordercreated_at: OrderDirection | Unset = UNSET,
    status_code: list[BulkStatusCode] | Unset = UNSET,
    uuid: list[str] | Unset = UNSET,
    is_dryrun: bool | Unset = UNSET,
    text: str | Unset = UNSET,
    sender_id: str | Unset = UNSET,
    created_atgte: int | Unset = UNSET,
    created_atlte: int | Unset = UNSET,
) -> Response[BulkCollection | ConstraintViolationList | Error]:
    """Retrieves the collection of Bulks resources

     Every bulk of the account, newest first unless `_order[created_at]` is given. Items use the
    short status shape (no `text`, `phones`, `sender_id`, `msg_groups`).

    Args:
        page (int | Unset):  Default: 1.
        field_ordercreated_at (OrderDirection | Unset):
        status_code (list[BulkStatusCode] | Unset):
        uuid (list[str] | Unset):
        is_dryrun (bool | Unset):
        text (str | Unset):
        sender_id (str | Unset):
        created_atgte (int | Unset): Unix time in seconds.
        created_atlte (int | Unset): Unix time in seconds.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BulkCollection | ConstraintViolationList | Error]
    """

    kwargs = _get_kwargs(
        page=page,
        field_ordercreated_at=field_ordercreated_at,
        status_code=status_code,
        uuid=uuid,
        is_dryrun=is_dryrun,
        text=text,
        sender_id=sender_id,
        created_atgte=created_atgte,
        created_atlte=created_atlte,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
    field_ordercreated_at: OrderDirection | Unset = UNSET,
    status_code: list[BulkStatusCode] | Unset = UNSET,
    uuid: list[str] | Unset = UNSET,
    is_dryrun: bool | Unset = UNSET,
    text: str | Unset = UNSET,
    sender_id: str | Unset = UNSET,
    created_atgte: int | Unset = UNSET,
    created_atlte: int | Unset = UNSET,
) -> BulkCollection | ConstraintViolationList | Error | None:
    """Retrieves the collection of Bulks resources

     Every bulk of the account, newest first unless `_order[created_at]` is given. Items use the
    short status shape (no `text`, `phones`, `sender_id`, `msg_groups`).

    Args:
        page (int | Unset):  Default: 1.
        field_ordercreated_at (OrderDirection | Unset):
        status_code (list[BulkStatusCode] | Unset):
        uuid (list[str] | Unset):
        is_dryrun (bool | Unset):
        text (str | Unset):
        sender_id (str | Unset):
        created_atgte (int | Unset): Unix time in seconds.
        created_atlte (int | Unset): Unix time in seconds.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BulkCollection | ConstraintViolationList | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            page=page,
            field_ordercreated_at=field_ordercreated_at,
            status_code=status_code,
            uuid=uuid,
            is_dryrun=is_dryrun,
            text=text,
            sender_id=sender_id,
            created_atgte=created_atgte,
            created_atlte=created_atlte,
        )
    ).parsed

from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.constraint_violation_list import ConstraintViolationList
from ...models.error import Error
from ...models.incoming_collection import IncomingCollection
from ...models.order_direction import OrderDirection
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    page: int | Unset = 1,
    field_orderreceived_at: OrderDirection | Unset = UNSET,
    text: str | Unset = UNSET,
    from_: str | Unset = UNSET,
    to: str | Unset = UNSET,
    msg_uuid: list[str] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    json_field_orderreceived_at: str | Unset = UNSET
    if not isinstance(field_orderreceived_at, Unset):
        json_field_orderreceived_at = field_orderreceived_at.value

    params["_order[received_at]"] = json_field_orderreceived_at

    params["text"] = text

    params["from"] = from_

    params["to"] = to

    json_msg_uuid: list[str] | Unset = UNSET
    if not isinstance(msg_uuid, Unset):
        json_msg_uuid = msg_uuid

    params["msg_uuid[]"] = json_msg_uuid

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/incomings",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ConstraintViolationList | Error | IncomingCollection | None:
    if response.status_code == 200:
        response_200 = IncomingCollection.from_dict(response.json())

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
) -> Response[ConstraintViolationList | Error | IncomingCollection]:
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
    field_orderreceived_at: OrderDirection | Unset = UNSET,
    text: str | Unset = UNSET,
    from_: str | Unset = UNSET,
    to: str | Unset = UNSET,
    msg_uuid: list[str] | Unset = UNSET,
) -> Response[ConstraintViolationList | Error | IncomingCollection]:
    """Retrieves the collection of Incoming resources

     Inbound SMS, newest first (`received_at` descending) unless `_order[received_at]` is given.

    Args:
        page (int | Unset):  Default: 1.
        field_orderreceived_at (OrderDirection | Unset):
        text (str | Unset):
        from_ (str | Unset):
        to (str | Unset):
        msg_uuid (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConstraintViolationList | Error | IncomingCollection]
    """

    kwargs = _get_kwargs(
        page=page,
        field_orderreceived_at=field_orderreceived_at,
        text=text,
        from_=from_,
        to=to,
        msg_uuid=msg_uuid,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
    field_orderreceived_at: OrderDirection | Unset = UNSET,
    text: str | Unset = UNSET,
    from_: str | Unset = UNSET,
    to: str | Unset = UNSET,
    msg_uuid: list[str] | Unset = UNSET,
) -> ConstraintViolationList | Error | IncomingCollection | None:
    """Retrieves the collection of Incoming resources

     Inbound SMS, newest first (`received_at` descending) unless `_order[received_at]` is given.

    Args:
        page (int | Unset):  Default: 1.
        field_orderreceived_at (OrderDirection | Unset):
        text (str | Unset):
        from_ (str | Unset):
        to (str | Unset):
        msg_uuid (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConstraintViolationList | Error | IncomingCollection
    """

    return sync_detailed(
        client=client,
        page=page,
        field_orderreceived_at=field_orderreceived_at,
        text=text,
        from_=from_,
        to=to,
        msg_uuid=msg_uuid,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
    field_orderreceived_at: OrderDirection | Unset = UNSET,
    text: str | Unset = UNSET,
    from_: str | Unset = UNSET,
    to: str | Unset = UNSET,
    msg_uuid: list[str] | Unset = UNSET,
) -> Response[ConstraintViolationList | Error | IncomingCollection]:
    """Retrieves the collection of Incoming resources

     Inbound SMS, newest first (`received_at` descending) unless `_order[received_at]` is given.

    Args:
        page (int | Unset):  Default: 1.
        field_orderreceived_at (OrderDirection | Unset):
        text (str | Unset):
        from_ (str | Unset):
        to (str | Unset):
        msg_uuid (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConstraintViolationList | Error | IncomingCollection]
    """

    kwargs = _get_kwargs(
        page=page,
        field_orderreceived_at=field_orderreceived_at,
        text=text,
        from_=from_,
        to=to,
        msg_uuid=msg_uuid,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
    field_orderreceived_at: OrderDirection | Unset = UNSET,
    text: str | Unset = UNSET,
    from_: str | Unset = UNSET,
    to: str | Unset = UNSET,
    msg_uuid: list[str] | Unset = UNSET,
) -> ConstraintViolationList | Error | IncomingCollection | None:
    """Retrieves the collection of Incoming resources

     Inbound SMS, newest first (`received_at` descending) unless `_order[received_at]` is given.

    Args:
        page (int | Unset):  Default: 1.
        field_orderreceived_at (OrderDirection | Unset):
        text (str | Unset):
        from_ (str | Unset):
        to (str | Unset):
        msg_uuid (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConstraintViolationList | Error | IncomingCollection
    """

    return (
        await asyncio_detailed(
            client=client,
            page=page,
            field_orderreceived_at=field_orderreceived_at,
            text=text,
            from_=from_,
            to=to,
            msg_uuid=msg_uuid,
        )
    ).parsed

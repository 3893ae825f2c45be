from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.constraint_violation_list import ConstraintViolationList
from ...models.error import Error
from ...models.fraud_check_collection import FraudCheckCollection
from ...models.fraud_check_status_code import FraudCheckStatusCode
from ...models.order_direction import OrderDirection
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    page: int | Unset = 1,
    field_ordercreated_at: OrderDirection | Unset = UNSET,
    id: list[str] | Unset = UNSET,
    status_code: list[FraudCheckStatusCode] | Unset = UNSET,
    callback_data: str | Unset = UNSET,
    request_phone_phone: str | Unset = UNSET,
    request_email_email: str | Unset = UNSET,
    request_ip_ip: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    json_field_ordercreated_at: str | Unset = UNSET
    if not isinstance(field_ordercreated_at, Unset):
        json_field_ordercreated_at = field_ordercreated_at.value

    params["_order[created_at]"] = json_field_ordercreated_at

    json_id: list[str] | Unset = UNSET
    if not isinstance(id, Unset):
        json_id = id

    params["id[]"] = json_id

    json_status_code: list[int] | Unset = UNSET
    if not isinstance(status_code, Unset):
        json_status_code = []
        for status_code_item_data in status_code:
            status_code_item = status_code_item_data.value
            json_status_code.append(status_code_item)

    params["status_code[]"] = json_status_code

    params["callback_data"] = callback_data

    params["request_phone.phone"] = request_phone_phone

    params["request_email.email"] = request_email_email

    params["request_ip.ip"] = request_ip_ip

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/fraud-checks",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ConstraintViolationList | Error | FraudCheckCollection | None:
    if response.status_code == 200:
        response_200 = FraudCheckCollection.from_dict(response.json())

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
) -> Response[ConstraintViolationList | Error | FraudCheckCollection]:
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
    id: list[str] | Unset = UNSET,
    status_code: list[FraudCheckStatusCode] | Unset = UNSET,
    callback_data: str | Unset = UNSET,
    request_phone_phone: str | Unset = UNSET,
    request_email_email: str | Unset = UNSET,
    request_ip_ip: str | Unset = UNSET,
) -> Response[ConstraintViolationList | Error | FraudCheckCollection]:
    """Retrieves the collection of fraud checks

     Every fraud check of the account, newest first (`created_at` descending) unless
    `_order[created_at]` is given. LOX24 documents `id` and `status_code` also in the single-value
    form; as everywhere in this description only the array form is declared (servers accept both).

    Args:
        page (int | Unset):  Default: 1.
        field_ordercreated_at (OrderDirection | Unset):
        id (list[str] | Unset):
        status_code (list[FraudCheckStatusCode] | Unset):
        callback_data (str | Unset):
        request_phone_phone (str | Unset):
        request_email_email (str | Unset):
        request_ip_ip (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConstraintViolationList | Error | FraudCheckCollection]
    """

    kwargs = _get_kwargs(
        page=page,
        field_ordercreated_at=field_ordercreated_at,
        id=id,
        status_code=status_code,
        callback_data=callback_data,
        request_phone_phone=request_phone_phone,
        request_email_email=request_email_email,
        request_ip_ip=request_ip_ip,
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
    id: list[str] | Unset = UNSET,
    status_code: list[FraudCheckStatusCode] | Unset = UNSET,
    callback_data: str | Unset = UNSET,
    request_phone_phone: str | Unset = UNSET,
    request_email_email: str | Unset = UNSET,
    request_ip_ip: str | Unset = UNSET,
) -> ConstraintViolationList | Error | FraudCheckCollection | None:
    """Retrieves the collection of fraud checks

     Every fraud check of the account, newest first (`created_at` descending) unless
    `_order[created_at]` is given. LOX24 documents `id` and `status_code` also in the single-value
    form; as everywhere in this description only the array form is declared (servers accept both).

    Args:
        page (int | Unset):  Default: 1.
        field_ordercreated_at (OrderDirection | Unset):
        id (list[str] | Unset):
        status_code (list[FraudCheckStatusCode] | Unset):
        callback_data (str | Unset):
        request_phone_phone (str | Unset):
        request_email_email (str | Unset):
        request_ip_ip (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConstraintViolationList | Error | FraudCheckCollection
    """

    return sync_detailed(
        client=client,
        page=page,
        field_ordercreated_at=field_ordercreated_at,
        id=id,
        status_code=status_code,
        callback_data=callback_data,
        request_phone_phone=request_phone_phone,
        request_email_email=request_email_email,
        request_ip_ip=request_ip_ip,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
    field_ordercreated_at: OrderDirection | Unset = UNSET,
    id: list[str] | Unset = UNSET,
    status_code: list[FraudCheckStatusCode] | Unset = UNSET,
    callback_data: str | Unset = UNSET,
    request_phone_phone: str | Unset = UNSET,
    request_email_email: str | Unset = UNSET,
    request_ip_ip: str | Unset = UNSET,
) -> Response[ConstraintViolationList | Error | FraudCheckCollection]:
    """Retrieves the collection of fraud checks

     Every fraud check of the account, newest first (`created_at` descending) unless
    `_order[created_at]` is given. LOX24 documents `id` and `status_code` also in the single-value
    form; as everywhere in this description only the array form is declared (servers accept both).

    Args:
        page (int | Unset):  Default: 1.
        field_ordercreated_at (OrderDirection | Unset):
        id (list[str] | Unset):
        status_code (list[FraudCheckStatusCode] | Unset):
        callback_data (str | Unset):
        request_phone_phone (str | Unset):
        request_email_email (str | Unset):
        request_ip_ip (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConstraintViolationList | Error | FraudCheckCollection]
    """

    kwargs = _get_kwargs(
        page=page,
        field_ordercreated_at=field_ordercreated_at,
        id=id,
        status_code=status_code,
        callback_data=callback_data,
        request_phone_phone=request_phone_phone,
        request_email_email=request_email_email,
        request_ip_ip=request_ip_ip,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
    field_ordercreated_at: OrderDirection | Unset = UNSET,
    id: list[str] | Unset = UNSET,
    status_code: list[FraudCheckStatusCode] | Unset = UNSET,
    callback_data: str | Unset = UNSET,
    request_phone_phone: str | Unset = UNSET,
    request_email_email: str | Unset = UNSET,
    request_ip_ip: str | Unset = UNSET,
) -> ConstraintViolationList | Error | FraudCheckCollection | None:
    """Retrieves the collection of fraud checks

     Every fraud check of the account, newest first (`created_at` descending) unless
    `_order[created_at]` is given. LOX24 documents `id` and `status_code` also in the single-value
    form; as everywhere in this description only the array form is declared (servers accept both).

    Args:
        page (int | Unset):  Default: 1.
        field_ordercreated_at (OrderDirection | Unset):
        id (list[str] | Unset):
        status_code (list[FraudCheckStatusCode] | Unset):
        callback_data (str | Unset):
        request_phone_phone (str | Unset):
        request_email_email (str | Unset):
        request_ip_ip (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConstraintViolationList | Error | FraudCheckCollection
    """

    return (
        await asyncio_detailed(
            client=client,
            page=page,
            field_ordercreated_at=field_ordercreated_at,
            id=id,
            status_code=status_code,
            callback_data=callback_data,
            request_phone_phone=request_phone_phone,
            request_email_email=request_email_email,
            request_ip_ip=request_ip_ip,
        )
    ).parsed

from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.constraint_violation_list import ConstraintViolationList
from ...models.error import Error
from ...models.sms import Sms
from ...models.sms_create import SmsCreate
from ...types import Response


def _get_kwargs(
    *,
    body: SmsCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/sms",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ConstraintViolationList | Error | Sms | None:
    if response.status_code == 201:
        response_201 = Sms.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = ConstraintViolationList.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 402:
        response_402 = Error.from_dict(response.json())

        return response_402

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
) -> Response[ConstraintViolationList | Error | Sms]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: SmsCreate,
) -> Response[ConstraintViolationList | Error | Sms]:
    """Send the SMS

     Send short message data, such as text, destination number and sender identification, and
    LOX24 transfers the message to the destination network. The price is debited from the
    account balance; 402 when the balance (or credit line) is not enough.

    Args:
        body (SmsCreate): The new sms resource

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConstraintViolationList | Error | Sms]
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
    body: SmsCreate,
) -> ConstraintViolationList | Error | Sms | None:
    """Send the SMS

     Send short message data, such as text, destination number and sender identification, and
    LOX24 transfers the message to the destination network. The price is debited from the
    account balance; 402 when the balance (or credit line) is not enough.

    Args:
        body (SmsCreate): The new sms resource

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConstraintViolationList | Error | Sms
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: SmsCreate,
) -> Response[ConstraintViolationList | Error | Sms]:
    """Send the SMS

     Send short message data, such as text, destination number and sender identification, and
    LOX24 transfers the message to the destination network. The price is debited from the
    account balance; 402 when the balance (or credit line) is not enough.

    Args:
        body (SmsCreate): The new sms resource

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConstraintViolationList | Error | Sms]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: SmsCreate,
) -> ConstraintViolationList | Error | Sms | None:
    """Send the SMS

     Send short message data, such as text, destination number and sender identification, and
    LOX24 transfers the message to the destination network. The price is debited from the
    account balance; 402 when the balance (or credit line) is not enough.

    Args:
        body (SmsCreate): The new sms resource

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConstraintViolationList | Error | Sms
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed

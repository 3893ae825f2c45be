from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.constraint_violation_list import ConstraintViolationList
from ...models.error import Error
from ...models.fraud_check import FraudCheck
from ...models.fraud_check_create import FraudCheckCreate
from ...types import Response


def _get_kwargs(
    *,
    body: FraudCheckCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/fraud-checks",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ConstraintViolationList | Error | FraudCheck | None:
    if response.status_code == 201:
        response_201 = FraudCheck.from_dict(response.json())

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
) -> Response[ConstraintViolationList | Error | FraudCheck]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: FraudCheckCreate,
) -> Response[ConstraintViolationList | Error | FraudCheck]:
    """Creates a fraud check

     Ask LOX24 to score the given data for the risk of fraud. Every part (`phone`, `email`, `ip`,
    `address`) is optional and checked on its own; the check is processed asynchronously (status 0
    new, 5 in progress, then 10 done, or 20, 21, 1000 on an error) and its end is pushed as the
    `fraud-check.done` webhook. Read the result with GET /fraud-checks/{id}.

    Decision: the answer is 201 whatever the balance. LOX24 lists 402, but also the final status 20
    "not enough balance or credit line"; this description (and the emulator) charges a check when its
    processing starts and ends it with status 20, uncharged, when the balance is short then. Checks that
    end with 21 or 1000 are not charged either. 422 (listed by LOX24) is not used: a phone number that
    is not a real number, an e-mail address that is not possible or an IP address that is not one is a
    finding of the check (`is_valid`, `is_possible`, `is_ok`), not an error.

    Args:
        body (FraudCheckCreate): What to check; only `service_code` is required, every other part
            is optional and checked on its
            own. A check without any of `phone`, `email`, `ip` and `address` has nothing to check and
            ends
            with status 21 (invalid data).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConstraintViolationList | Error | FraudCheck]
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
    body: FraudCheckCreate,
) -> ConstraintViolationList | Error | FraudCheck | None:
    """Creates a fraud check

     Ask LOX24 to score the given data for the risk of fraud. Every part (`phone`, `email`, `ip`,
    `address`) is optional and checked on its own; the check is processed asynchronously (status 0
    new, 5 in progress, then 10 done, or 20, 21, 1000 on an error) and its end is pushed as the
    `fraud-check.done` webhook. Read the result with GET /fraud-checks/{id}.

    Decision: the answer is 201 whatever the balance. LOX24 lists 402, but also the final status 20
    "not enough balance or credit line"; this description (and the emulator) charges a check when its
    processing starts and ends it with status 20, uncharged, when the balance is short then. Checks that
    end with 21 or 1000 are not charged either. 422 (listed by LOX24) is not used: a phone number that
    is not a real number, an e-mail address that is not possible or an IP address that is not one is a
    finding of the check (`is_valid`, `is_possible`, `is_ok`), not an error.

    Args:
        body (FraudCheckCreate): What to check; only `service_code` is required, every other part
            is optional and checked on its
            own. A check without any of `phone`, `email`, `ip` and `address` has nothing to check and
            ends
            with status 21 (invalid data).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConstraintViolationList | Error | FraudCheck
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: FraudCheckCreate,
) -> Response[ConstraintViolationList | Error | FraudCheck]:
    """Creates a fraud check

     Ask LOX24 to score the given data for the risk of fraud. Every part (`phone`, `email`, `ip`,
    `address`) is optional and checked on its own; the check is processed asynchronously (status 0
    new, 5 in progress, then 10 done, or 20, 21, 1000 on an error) and its end is pushed as the
    `fraud-check.done` webhook. Read the result with GET /fraud-checks/{id}.

    Decision: the answer is 201 whatever the balance. LOX24 lists 402, but also the final status 20
    "not enough balance or credit line"; this description (and the emulator) charges a check when its
    processing starts and ends it with status 20, uncharged, when the balance is short then. Checks that
    end with 21 or 1000 are not charged either. 422 (listed by LOX24) is not used: a phone number that
    is not a real number, an e-mail address that is not possible or an IP address that is not one is a
    finding of the check (`is_valid`, `is_possible`, `is_ok`), not an error.

    Args:
        body (FraudCheckCreate): What to check; only `service_code` is required, every other part
            is optional and checked on its
            own. A check without any of `phone`, `email`, `ip` and `address` has nothing to check and
            ends
            with status 21 (invalid data).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConstraintViolationList | Error | FraudCheck]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: FraudCheckCreate,
) -> ConstraintViolationList | Error | FraudCheck | None:
    """Creates a fraud check

     Ask LOX24 to score the given data for the risk of fraud. Every part (`phone`, `email`, `ip`,
    `address`) is optional and checked on its own; the check is processed asynchronously (status 0
    new, 5 in progress, then 10 done, or 20, 21, 1000 on an error) and its end is pushed as the
    `fraud-check.done` webhook. Read the result with GET /fraud-checks/{id}.

    Decision: the answer is 201 whatever the balance. LOX24 lists 402, but also the final status 20
    "not enough balance or credit line"; this description (and the emulator) charges a check when its
    processing starts and ends it with status 20, uncharged, when the balance is short then. Checks that
    end with 21 or 1000 are not charged either. 422 (listed by LOX24) is not used: a phone number that
    is not a real number, an e-mail address that is not possible or an IP address that is not one is a
    finding of the check (`is_valid`, `is_possible`, `is_ok`), not an error.

    Args:
        body (FraudCheckCreate): What to check; only `service_code` is required, every other part
            is optional and checked on its
            own. A check without any of `phone`, `email`, `ip` and `address` has nothing to check and
            ends
            with status 21 (invalid data).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConstraintViolationList | Error | FraudCheck
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed

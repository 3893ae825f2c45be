from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.constraint_violation_list import ConstraintViolationList
from ...models.error import Error
from ...models.verify_code import VerifyCode
from ...models.verify_code_create import VerifyCodeCreate
from ...types import Response


def _get_kwargs(
    *,
    body: VerifyCodeCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/verify_codes",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ConstraintViolationList | Error | VerifyCode | None:
    if response.status_code == 201:
        response_201 = VerifyCode.from_dict(response.json())

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
) -> Response[ConstraintViolationList | Error | VerifyCode]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: VerifyCodeCreate,
) -> Response[ConstraintViolationList | Error | VerifyCode]:
    """Create a verify code (one-time password)

     Sends a one-time password to `phone` along the `routing_strategy`: the first channel is tried, and
    when it has not delivered the code within its `timeout_sec` the next one is, until one delivers it
    (`status` 10, `delivered_channel`) or the last one timed out (`status` 20). There is no endpoint to
    check what the user typed: compare it with `code` yourself. LOX24 documents this operation on its
    current pages only (not in its OpenAPI file 2.22); what they leave open is decided here:

    * Decision: the rules across steps that no schema can state are answered 422 with a violation
      naming the step (`routing_strategy[1].channel`): `sms` only as the last step, each channel at
      most once. The schema's own rules (an unknown channel, a `timeout_sec` outside 30 … 3600, a
      `code` that is not 4 to 8 digits, an unknown `lang`, a `payload` over 128 characters) are 400,
      as for every other body.
    * Decision: `phone` is read like an SMS recipient (E.164 recommended; `00…`, `49…` and German
      national numbers are converted) and stored in E.164; a string that is no phone number is 422.
    * Decision: a given `code` wins over `code_length`, which then becomes the code's length.
    * Decision: no 402 (LOX24 documents none). Each channel is charged when it is tried (`cost`, in
      euro cents); a channel the balance cannot pay ends the code with `status` 100 (error).

    In the emulator (servers[1]) the last digit of the phone decides which channels reach it: 2 no
    Telegram (voice and SMS do), 3 SMS only, 9 none (the code fails), 0 the gateway refuses it (status
    100 when the first step starts); every other digit is reached by all three. A reached channel
    delivers 3 s after its step starts (1 s after creation for the first); the emulator README has the
    table.

    Args:
        body (VerifyCodeCreate): The new verify code

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConstraintViolationList | Error | VerifyCode]
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
    body: VerifyCodeCreate,
) -> ConstraintViolationList | Error | VerifyCode | None:
    """Create a verify code (one-time password)

     Sends a one-time password to `phone` along the `routing_strategy`: the first channel is tried, and
    when it has not delivered the code within its `timeout_sec` the next one is, until one delivers it
    (`status` 10, `delivered_channel`) or the last one timed out (`status` 20). There is no endpoint to
    check what the user typed: compare it with `code` yourself. LOX24 documents this operation on its
    current pages only (not in its OpenAPI file 2.22); what they leave open is decided here:

    * Decision: the rules across steps that no schema can state are answered 422 with a violation
      naming the step (`routing_strategy[1].channel`): `sms` only as the last step, each channel at
      most once. The schema's own rules (an unknown channel, a `timeout_sec` outside 30 … 3600, a
      `code` that is not 4 to 8 digits, an unknown `lang`, a `payload` over 128 characters) are 400,
      as for every other body.
    * Decision: `phone` is read like an SMS recipient (E.164 recommended; `00…`, `49…` and German
      national numbers are converted) and stored in E.164; a string that is no phone number is 422.
    * Decision: a given `code` wins over `code_length`, which then becomes the code's length.
    * Decision: no 402 (LOX24 documents none). Each channel is charged when it is tried (`cost`, in
      euro cents); a channel the balance cannot pay ends the code with `status` 100 (error).

    In the emulator (servers[1]) the last digit of the phone decides which channels reach it: 2 no
    Telegram (voice and SMS do), 3 SMS only, 9 none (the code fails), 0 the gateway refuses it (status
    100 when the first step starts); every other digit is reached by all three. A reached channel
    delivers 3 s after its step starts (1 s after creation for the first); the emulator README has the
    table.

    Args:
        body (VerifyCodeCreate): The new verify code

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConstraintViolationList | Error | VerifyCode
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: VerifyCodeCreate,
) -> Response[ConstraintViolationList | Error | VerifyCode]:
    """Create a verify code (one-time password)

     Sends a one-time password to `phone` along the `routing_strategy`: the first channel is tried, and
    when it has not delivered the code within its `timeout_sec` the next one is, until one delivers it
    (`status` 10, `delivered_channel`) or the last one timed out (`status` 20). There is no endpoint to
    check what the user typed: compare it with `code` yourself. LOX24 documents this operation on its
    current pages only (not in its OpenAPI file 2.22); what they leave open is decided here:

    * Decision: the rules across steps that no schema can state are answered 422 with a violation
      naming the step (`routing_strategy[1].channel`): `sms` only as the last step, each channel at
      most once. The schema's own rules (an unknown channel, a `timeout_sec` outside 30 … 3600, a
      `code` that is not 4 to 8 digits, an unknown `lang`, a `payload` over 128 characters) are 400,
      as for every other body.
    * Decision: `phone` is read like an SMS recipient (E.164 recommended; `00…`, `49…` and German
      national numbers are converted) and stored in E.164; a string that is no phone number is 422.
    * Decision: a given `code` wins over `code_length`, which then becomes the code's length.
    * Decision: no 402 (LOX24 documents none). Each channel is charged when it is tried (`cost`, in
      euro cents); a channel the balance cannot pay ends the code with `status` 100 (error).

    In the emulator (servers[1]) the last digit of the phone decides which channels reach it: 2 no
    Telegram (voice and SMS do), 3 SMS only, 9 none (the code fails), 0 the gateway refuses it (status
    100 when the first step starts); every other digit is reached by all three. A reached channel
    delivers 3 s after its step starts (1 s after creation for the first); the emulator README has the
    table.

    Args:
        body (VerifyCodeCreate): The new verify code

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConstraintViolationList | Error | VerifyCode]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: VerifyCodeCreate,
) -> ConstraintViolationList | Error | VerifyCode | None:
    """Create a verify code (one-time password)

     Sends a one-time password to `phone` along the `routing_strategy`: the first channel is tried, and
    when it has not delivered the code within its `timeout_sec` the next one is, until one delivers it
    (`status` 10, `delivered_channel`) or the last one timed out (`status` 20). There is no endpoint to
    check what the user typed: compare it with `code` yourself. LOX24 documents this operation on its
    current pages only (not in its OpenAPI file 2.22); what they leave open is decided here:

    * Decision: the rules across steps that no schema can state are answered 422 with a violation
      naming the step (`routing_strategy[1].channel`): `sms` only as the last step, each channel at
      most once. The schema's own rules (an unknown channel, a `timeout_sec` outside 30 … 3600, a
      `code` that is not 4 to 8 digits, an unknown `lang`, a `payload` over 128 characters) are 400,
      as for every other body.
    * Decision: `phone` is read like an SMS recipient (E.164 recommended; `00…`, `49…` and German
      national numbers are converted) and stored in E.164; a string that is no phone number is 422.
    * Decision: a given `code` wins over `code_length`, which then becomes the code's length.
    * Decision: no 402 (LOX24 documents none). Each channel is charged when it is tried (`cost`, in
      euro cents); a channel the balance cannot pay ends the code with `status` 100 (error).

    In the emulator (servers[1]) the last digit of the phone decides which channels reach it: 2 no
    Telegram (voice and SMS do), 3 SMS only, 9 none (the code fails), 0 the gateway refuses it (status
    100 when the first step starts); every other digit is reached by all three. A reached channel
    delivers 3 s after its step starts (1 s after creation for the first); the emulator README has the
    table.

    Args:
        body (VerifyCodeCreate): The new verify code

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConstraintViolationList | Error | VerifyCode
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed

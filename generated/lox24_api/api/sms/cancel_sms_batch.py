from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.constraint_violation_list import ConstraintViolationList
from ...models.dlr_code import DlrCode
from ...models.error import Error
from ...models.sms_batch_result import SmsBatchResult
from ...models.sms_status_code import SmsStatusCode
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    is_sent: bool | Unset = UNSET,
    is_unicode: bool | Unset = UNSET,
    uuid: list[str] | Unset = UNSET,
    iso2: list[str] | Unset = UNSET,
    dlr_code: list[DlrCode] | Unset = UNSET,
    status_code: list[SmsStatusCode] | Unset = UNSET,
    bulk: list[str] | Unset = UNSET,
    source: list[int] | Unset = UNSET,
    key_id: list[int] | Unset = UNSET,
    callback_data: list[str] | Unset = UNSET,
    text: str | Unset = UNSET,
    phone: str | Unset = UNSET,
    sender_id: str | Unset = UNSET,
    ip: str | Unset = UNSET,
    created_atgt: int | Unset = UNSET,
    created_atgte: int | Unset = UNSET,
    created_atlt: int | Unset = UNSET,
    created_atlte: int | Unset = UNSET,
    delivery_atgte: int | Unset = UNSET,
    delivery_atlte: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["is_sent"] = is_sent

    params["is_unicode"] = is_unicode

    json_uuid: list[str] | Unset = UNSET
    if not isinstance(uuid, Unset):
        json_uuid = uuid

    params["uuid[]"] = json_uuid

    json_iso2: list[str] | Unset = UNSET
    if not isinstance(iso2, Unset):
        json_iso2 = iso2

    params["iso2[]"] = json_iso2

    json_dlr_code: list[int] | Unset = UNSET
    if not isinstance(dlr_code, Unset):
        json_dlr_code = []
        for dlr_code_item_data in dlr_code:
            dlr_code_item = dlr_code_item_data.value
            json_dlr_code.append(dlr_code_item)

    params["dlr_code[]"] = json_dlr_code

    json_status_code: list[int] | Unset = UNSET
    if not isinstance(status_code, Unset):
        json_status_code = []
        for status_code_item_data in status_code:
            status_code_item = status_code_item_data.value
            json_status_code.append(status_code_item)

    params["status_code[]"] = json_status_code

    json_bulk: list[str] | Unset = UNSET
    if not isinstance(bulk, Unset):
        json_bulk = bulk

    params["bulk[]"] = json_bulk

    json_source: list[int] | Unset = UNSET
    if not isinstance(source, Unset):
        json_source = source

    params["source[]"] = json_source

    json_key_id: list[int] | Unset = UNSET
    if not isinstance(key_id, Unset):
        json_key_id = key_id

    params["key_id[]"] = json_key_id

    json_callback_data: list[str] | Unset = UNSET
    if not isinstance(callback_data, Unset):
        json_callback_data = callback_data

    params["callback_data[]"] = json_callback_data

    params["text"] = text

    params["phone"] = phone

    params["sender_id"] = sender_id

    params["ip"] = ip

    params["created_at[gt]"] = created_atgt

    params["created_at[gte]"] = created_atgte

    params["created_at[lt]"] = created_atlt

    params["created_at[lte]"] = created_atlte

    params["delivery_at[gte]"] = delivery_atgte

    params["delivery_at[lte]"] = delivery_atlte

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/sms/ops/batch_cancel",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ConstraintViolationList | Error | SmsBatchResult | None:
    if response.status_code == 200:
        response_200 = SmsBatchResult.from_dict(response.json())

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
) -> Response[ConstraintViolationList | Error | SmsBatchResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    is_sent: bool | Unset = UNSET,
    is_unicode: bool | Unset = UNSET,
    uuid: list[str] | Unset = UNSET,
    iso2: list[str] | Unset = UNSET,
    dlr_code: list[DlrCode] | Unset = UNSET,
    status_code: list[SmsStatusCode] | Unset = UNSET,
    bulk: list[str] | Unset = UNSET,
    source: list[int] | Unset = UNSET,
    key_id: list[int] | Unset = UNSET,
    callback_data: list[str] | Unset = UNSET,
    text: str | Unset = UNSET,
    phone: str | Unset = UNSET,
    sender_id: str | Unset = UNSET,
    ip: str | Unset = UNSET,
    created_atgt: int | Unset = UNSET,
    created_atgte: int | Unset = UNSET,
    created_atlt: int | Unset = UNSET,
    created_atlte: int | Unset = UNSET,
    delivery_atgte: int | Unset = UNSET,
    delivery_atlte: int | Unset = UNSET,
) -> Response[ConstraintViolationList | Error | SmsBatchResult]:
    """Cancel scheduled SMS matching the filters

     Stops every not-yet-sent SMS that matches the query filters (the same filters as GET /sms,
    without `page` and ordering). There is no request body. A cancelled SMS gets `status_code`
    6000 (stopped via API) and its price is refunded. SMS already handed to the network are not
    counted. With no filter at all every scheduled SMS is cancelled.

    The response key is `deleted_sms_count`, as in LOX24's own description of this operation
    (the official PHP client's tests use `canceled_sms_count`; the `lox24` client reads either).

    Args:
        is_sent (bool | Unset):
        is_unicode (bool | Unset):
        uuid (list[str] | Unset):
        iso2 (list[str] | Unset):
        dlr_code (list[DlrCode] | Unset):
        status_code (list[SmsStatusCode] | Unset):
        bulk (list[str] | Unset):
        source (list[int] | Unset):
        key_id (list[int] | Unset):
        callback_data (list[str] | Unset):
        text (str | Unset):
        phone (str | Unset):
        sender_id (str | Unset):
        ip (str | Unset):
        created_atgt (int | Unset): Unix time in seconds.
        created_atgte (int | Unset): Unix time in seconds.
        created_atlt (int | Unset): Unix time in seconds.
        created_atlte (int | Unset): Unix time in seconds.
        delivery_atgte (int | Unset): Unix time in seconds.
        delivery_atlte (int | Unset): Unix time in seconds.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConstraintViolationList | Error | SmsBatchResult]
    """

    kwargs = _get_kwargs(
        is_sent=is_sent,
        is_unicode=is_unicode,
        uuid=uuid,
        iso2=iso2,
        dlr_code=dlr_code,
        status_code=status_code,
        bulk=bulk,
        source=source,
        key_id=key_id,
        callback_data=callback_data,
        text=text,
        phone=phone,
        sender_id=sender_id,
        ip=ip,
        created_atgt=created_atgt,
        created_atgte=created_atgte,
        created_atlt=created_atlt,
        created_atlte=created_atlte,
        delivery_atgte=delivery_atgte,
        delivery_atlte=delivery_atlte,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    is_sent: bool | Unset = UNSET,
    is_unicode: bool | Unset = UNSET,
    uuid: list[str] | Unset = UNSET,
    iso2: list[str] | Unset = UNSET,
    dlr_code: list[DlrCode] | Unset = UNSET,
    status_code: list[SmsStatusCode] | Unset = UNSET,
    bulk: list[str] | Unset = UNSET,
    source: list[int] | Unset = UNSET,
    key_id: list[int] | Unset = UNSET,
    callback_data: list[str] | Unset = UNSET,
    text: str | Unset = UNSET,
    phone: str | Unset = UNSET,
    sender_id: str | Unset = UNSET,
    ip: str | Unset = UNSET,
    created_atgt: int | Unset = UNSET,
    created_atgte: int | Unset = UNSET,
    created_atlt: int | Unset = UNSET,
    created_atlte: int | Unset = UNSET,
    delivery_atgte: int | Unset = UNSET,
    delivery_atlte: int | Unset = UNSET,
) -> ConstraintViolationList | Error | SmsBatchResult | None:
    """Cancel scheduled SMS matching the filters

     Stops every not-yet-sent SMS that matches the query filters (the same filters as GET /sms,
    without `page` and ordering). There is no request body. A cancelled SMS gets `status_code`
    6000 (stopped via API) and its price is refunded. SMS already handed to the network are not
    counted. With no filter at all every scheduled SMS is cancelled.

    The response key is `deleted_sms_count`, as in LOX24's own description of this operation
    (the official PHP client's tests use `canceled_sms_count`; the `lox24` client reads either).

    Args:
        is_sent (bool | Unset):
        is_unicode (bool | Unset):
        uuid (list[str] | Unset):
        iso2 (list[str] | Unset):
        dlr_code (list[DlrCode] | Unset):
        status_code (list[SmsStatusCode] | Unset):
        bulk (list[str] | Unset):
        source (list[int] | Unset):
        key_id (list[int] | Unset):
        callback_data (list[str] | Unset):
        text (str | Unset):
        phone (str | Unset):
        sender_id (str | Unset):
        ip (str | Unset):
        created_atgt (int | Unset): Unix time in seconds.
        created_atgte (int | Unset): Unix time in seconds.
        created_atlt (int | Unset): Unix time in seconds.
        created_atlte (int | Unset): Unix time in seconds.
        delivery_atgte (int | Unset): Unix time in seconds.
        delivery_atlte (int | Unset): Unix time in seconds.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConstraintViolationList | Error | SmsBatchResult
    """

    return sync_detailed(
        client=client,
        is_sent=is_sent,
        is_unicode=is_unicode,
        uuid=uuid,
        iso2=iso2,
        dlr_code=dlr_code,
        status_code=status_code,
        bulk=bulk,
        source=source,
        key_id=key_id,
        callback_data=callback_data,
        text=text,
        phone=phone,
        sender_id=sender_id,
        ip=ip,
        created_atgt=created_atgt,
        created_atgte=created_atgte,
        created_atlt=created_atlt,
        created_atlte=created_atlte,
        delivery_atgte=delivery_atgte,
        delivery_atlte=delivery_atlte,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    is_sent: bool | Unset = UNSET,
    is_unicode: bool | Unset = UNSET,
    uuid: list[str] | Unset = UNSET,
    iso2: list[str] | Unset = UNSET,
    dlr_code: list[DlrCode] | Unset = UNSET,
    status_code: list[SmsStatusCode] | Unset = UNSET,
    bulk: list[str] | Unset = UNSET,
    source: list[int] | Unset = UNSET,
    key_id: list[int] | Unset = UNSET,
    callback_data: list[str] | Unset = UNSET,
    text: str | Unset = UNSET,
    phone: str | Unset = UNSET,
    sender_id: str | Unset = UNSET,
    ip: str | Unset = UNSET,
    created_atgt: int | Unset = UNSET,
    created_atgte: int | Unset = UNSET,
    created_atlt: int | Unset = UNSET,
    created_atlte: int | Unset = UNSET,
    delivery_atgte: int | Unset = UNSET,
    delivery_atlte: int | Unset = UNSET,
) -> Response[ConstraintViolationList | Error | SmsBatchResult]:
    """Cancel scheduled SMS matching the filters

     Stops every not-yet-sent SMS that matches the query filters (the same filters as GET /sms,
    without `page` and ordering). There is no request body. A cancelled SMS gets `status_code`
    6000 (stopped via API) and its price is refunded. SMS already handed to the network are not
    counted. With no filter at all every scheduled SMS is cancelled.

    The response key is `deleted_sms_count`, as in LOX24's own description of this operation
    (the official PHP client's tests use `canceled_sms_count`; the `lox24` client reads either).

    Args:
        is_sent (bool | Unset):
        is_unicode (bool | Unset):
        uuid (list[str] | Unset):
        iso2 (list[str] | Unset):
        dlr_code (list[DlrCode] | Unset):
        status_code (list[SmsStatusCode] | Unset):
        bulk (list[str] | Unset):
        source (list[int] | Unset):
        key_id (list[int] | Unset):
        callback_data (list[str] | Unset):
        text (str | Unset):
        phone (str | Unset):
        sender_id (str | Unset):
        ip (str | Unset):
        created_atgt (int | Unset): Unix time in seconds.
        created_atgte (int | Unset): Unix time in seconds.
        created_atlt (int | Unset): Unix time in seconds.
        created_atlte (int | Unset): Unix time in seconds.
        delivery_atgte (int | Unset): Unix time in seconds.
        delivery_atlte (int | Unset): Unix time in seconds.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConstraintViolationList | Error | SmsBatchResult]
    """

    kwargs = _get_kwargs(
        is_sent=is_sent,
        is_unicode=is_unicode,
        uuid=uuid,
        iso2=iso2,
        dlr_code=dlr_code,
        status_code=status_code,
        bulk=bulk,
        source=source,
        key_id=key_id,
        callback_data=callback_data,
        text=text,
        phone=phone,
        sender_id=sender_id,
        ip=ip,
        created_atgt=created_atgt,
        created_atgte=created_atgte,
        created_atlt=created_atlt,
        created_atlte=created_atlte,
        delivery_atgte=delivery_atgte,
        delivery_atlte=delivery_atlte,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    is_sent: bool | Unset = UNSET,
    is_unicode: bool | Unset = UNSET,
    uuid: list[str] | Unset = UNSET,
    iso2: list[str] | Unset = UNSET,
    dlr_code: list[DlrCode] | Unset = UNSET,
    status_code: list[SmsStatusCode] | Unset = UNSET,
    bulk: list[str] | Unset = UNSET,
    source: list[int] | Unset = UNSET,
    key_id: list[int] | Unset = UNSET,
    callback_data: list[str] | Unset = UNSET,
    text: str | Unset = UNSET,
    phone: str | Unset = UNSET,
    sender_id: str | Unset = UNSET,
    ip: str | Unset = UNSET,
    created_atgt: int | Unset = UNSET,
    created_atgte: int | Unset = UNSET,
    created_atlt: int | Unset = UNSET,
    created_atlte: int | Unset = UNSET,
    delivery_atgte: int | Unset = UNSET,
    delivery_atlte: int | Unset = UNSET,
) -> ConstraintViolationList | Error | SmsBatchResult | None:
    """Cancel scheduled SMS matching the filters

     Stops every not-yet-sent SMS that matches the query filters (the same filters as GET /sms,
    without `page` and ordering). There is no request body. A cancelled SMS gets `status_code`
    6000 (stopped via API) and its price is refunded. SMS already handed to the network are not
    counted. With no filter at all every scheduled SMS is cancelled.

    The response key is `deleted_sms_count`, as in LOX24's own description of this operation
    (the official PHP client's tests use `canceled_sms_count`; the `lox24` client reads either).

    Args:
        is_sent (bool | Unset):
        is_unicode (bool | Unset):
        uuid (list[str] | Unset):
        iso2 (list[str] | Unset):
        dlr_code (list[DlrCode] | Unset):
        status_code (list[SmsStatusCode] | Unset):
        bulk (list[str] | Unset):
        source (list[int] | Unset):
        key_id (list[int] | Unset):
        callback_data (list[str] | Unset):
        text (str | Unset):
        phone (str | Unset):
        sender_id (str | Unset):
        ip (str | Unset):
        created_atgt (int | Unset): Unix time in seconds.
        created_atgte (int | Unset): Unix time in seconds.
        created_atlt (int | Unset): Unix time in seconds.
        created_atlte (int | Unset): Unix time in seconds.
        delivery_atgte (int | Unset): Unix time in seconds.
        delivery_atlte (int | Unset): Unix time in seconds.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConstraintViolationList | Error | SmsBatchResult
    """

    return (
        await asyncio_detailed(
            client=client,
            is_sent=is_sent,
            is_unicode=is_unicode,
            uuid=uuid,
            iso2=iso2,
            dlr_code=dlr_code,
            status_code=status_code,
            bulk=bulk,
            source=source,
            key_id=key_id,
            callback_data=callback_data,
            text=text,
            phone=phone,
            sender_id=sender_id,
            ip=ip,
            created_atgt=created_atgt,
            created_atgte=created_atgte,
            created_atlt=created_atlt,
            created_atlte=created_atlte,
            delivery_atgte=delivery_atgte,
            delivery_atlte=delivery_atlte,
        )
    ).parsed

from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.constraint_violation_list import ConstraintViolationList
from ...models.dlr_code import DlrCode
from ...models.error import Error
from ...models.order_direction import OrderDirection
from ...models.sms_batch_result import SmsBatchResult
from ...models.sms_status_code import SmsStatusCode
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    field_ordercreated_at: OrderDirection | Unset = UNSET,
    field_ordergateway_sent_at: OrderDirection | Unset = UNSET,
    is_sent: bool | Unset = UNSET,
    is_unicode: bool | Unset = UNSET,
    uuid: list[str] | Unset = UNSET,
    iso2: list[str] | Unset = UNSET,
    dlr_code: list[DlrCode] | Unset = UNSET,
    status_code: list[SmsStatusCode] | Unset = UNSET,
    gateway_sent_at: list[int] | Unset = UNSET,
    gateway_sent_atgt: int | Unset = UNSET,
    gateway_sent_atgte: int | Unset = UNSET,
    gateway_sent_atlt: int | Unset = UNSET,
    gateway_sent_atlte: int | Unset = UNSET,
    gateway_sent_atbetween: str | Unset = UNSET,
    delivery_at: list[int] | Unset = UNSET,
    delivery_atgt: int | Unset = UNSET,
    delivery_atgte: int | Unset = UNSET,
    delivery_atlt: int | Unset = UNSET,
    delivery_atlte: int | Unset = UNSET,
    delivery_atbetween: str | Unset = UNSET,
    created_at: list[int] | Unset = UNSET,
    created_atgt: int | Unset = UNSET,
    created_atgte: int | Unset = UNSET,
    created_atlt: int | Unset = UNSET,
    created_atlte: int | Unset = UNSET,
    created_atbetween: str | Unset = UNSET,
    chars_count: list[int] | Unset = UNSET,
    chars_countgt: int | Unset = UNSET,
    chars_countgte: int | Unset = UNSET,
    chars_countlt: int | Unset = UNSET,
    chars_countlte: int | Unset = UNSET,
    chars_countbetween: str | Unset = UNSET,
    parts_count: list[int] | Unset = UNSET,
    parts_countgt: int | Unset = UNSET,
    parts_countgte: int | Unset = UNSET,
    parts_countlt: int | Unset = UNSET,
    parts_countlte: int | Unset = UNSET,
    parts_countbetween: str | Unset = UNSET,
    bulk: list[str] | Unset = UNSET,
    source: list[int] | Unset = UNSET,
    sourcegt: int | Unset = UNSET,
    sourcegte: int | Unset = UNSET,
    sourcelt: int | Unset = UNSET,
    sourcelte: int | Unset = UNSET,
    sourcebetween: str | Unset = UNSET,
    text: str | Unset = UNSET,
    phone: str | Unset = UNSET,
    sender_id: str | Unset = UNSET,
    ip: str | Unset = UNSET,
    key_id: list[int] | Unset = UNSET,
    callback_data: list[str] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_field_ordercreated_at: str | Unset = UNSET
    if not isinstance(field_ordercreated_at, Unset):
        json_field_ordercreated_at = field_ordercreated_at.value

    params["_order[created_at]"] = json_field_ordercreated_at

    json_field_ordergateway_sent_at: str | Unset = UNSET
    if not isinstance(field_ordergateway_sent_at, Unset):
        json_field_ordergateway_sent_at = field_ordergateway_sent_at.value

    params["_order[gateway_sent_at]"] = json_field_ordergateway_sent_at

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

    json_gateway_sent_at: list[int] | Unset = UNSET
    if not isinstance(gateway_sent_at, Unset):
        json_gateway_sent_at = gateway_sent_at

    params["gateway_sent_at[]"] = json_gateway_sent_at

    params["gateway_sent_at[gt]"] = gateway_sent_atgt

    params["gateway_sent_at[gte]"] = gateway_sent_atgte

    params["gateway_sent_at[lt]"] = gateway_sent_atlt

    params["gateway_sent_at[lte]"] = gateway_sent_atlte

    params["gateway_sent_at[between]"] = gateway_sent_atbetween

    json_delivery_at: list[int] | Unset = UNSET
    if not isinstance(delivery_at, Unset):
        json_delivery_at = delivery_at

    params["delivery_at[]"] = json_delivery_at

    params["delivery_at[gt]"] = delivery_atgt

    params["delivery_at[gte]"] = delivery_atgte

    params["delivery_at[lt]"] = delivery_atlt

    params["delivery_at[lte]"] = delivery_atlte

    params["delivery_at[between]"] = delivery_atbetween

    json_created_at: list[int] | Unset = UNSET
    if not isinstance(created_at, Unset):
        json_created_at = created_at

    params["created_at[]"] = json_created_at

    params["created_at[gt]"] = created_atgt

    params["created_at[gte]"] = created_atgte

    params["created_at[lt]"] = created_atlt

    params["created_at[lte]"] = created_atlte

    params["created_at[between]"] = created_atbetween

    json_chars_count: list[int] | Unset = UNSET
    if not isinstance(chars_count, Unset):
        json_chars_count = chars_count

    params["chars_count[]"] = json_chars_count

    params["chars_count[gt]"] = chars_countgt

    params["chars_count[gte]"] = chars_countgte

    params["chars_count[lt]"] = chars_countlt

    params["chars_count[lte]"] = chars_countlte

    params["chars_count[between]"] = chars_countbetween

    json_parts_count: list[int] | Unset = UNSET
    if not isinstance(parts_count, Unset):
        json_parts_count = parts_count

    params["parts_count[]"] = json_parts_count

    params["parts_count[gt]"] = parts_countgt

    params["parts_count[gte]"] = parts_countgte

    params["parts_count[lt]"] = parts_countlt

    params["parts_count[lte]"] = parts_countlte

    params["parts_count[between]"] = parts_countbetween

    json_bulk: list[str] | Unset = UNSET
    if not isinstance(bulk, Unset):
        json_bulk = bulk

    params["bulk[]"] = json_bulk

    json_source: list[int] | Unset = UNSET
    if not isinstance(source, Unset):
        json_source = source

    params["source[]"] = json_source

    params["source[gt]"] = sourcegt

    params["source[gte]"] = sourcegte

    params["source[lt]"] = sourcelt

    params["source[lte]"] = sourcelte

    params["source[between]"] = sourcebetween

    params["text"] = text

    params["phone"] = phone

    params["sender_id"] = sender_id

    params["ip"] = ip

    json_key_id: list[int] | Unset = UNSET
    if not isinstance(key_id, Unset):
        json_key_id = key_id

    params["key_id[]"] = json_key_id

    json_callback_data: list[str] | Unset = UNSET
    if not isinstance(callback_data, Unset):
        json_callback_data = callback_data

    params["callback_data[]"] = json_callback_data

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
    field_ordercreated_at: OrderDirection | Unset = UNSET,
    field_ordergateway_sent_at: OrderDirection | Unset = UNSET,
    is_sent: bool | Unset = UNSET,
    is_unicode: bool | Unset = UNSET,
    uuid: list[str] | Unset = UNSET,
    iso2: list[str] | Unset = UNSET,
    dlr_code: list[DlrCode] | Unset = UNSET,
    status_code: list[SmsStatusCode] | Unset = UNSET,
    gateway_sent_at: list[int] | Unset = UNSET,
    gateway_sent_atgt: int | Unset = UNSET,
    gateway_sent_atgte: int | Unset = UNSET,
    gateway_sent_atlt: int | Unset = UNSET,
    gateway_sent_atlte: int | Unset = UNSET,
    gateway_sent_atbetween: str | Unset = UNSET,
    delivery_at: list[int] | Unset = UNSET,
    delivery_atgt: int | Unset = UNSET,
    delivery_atgte: int | Unset = UNSET,
    delivery_atlt: int | Unset = UNSET,
    delivery_atlte: int | Unset = UNSET,
    delivery_atbetween: str | Unset = UNSET,
    created_at: list[int] | Unset = UNSET,
    created_atgt: int | Unset = UNSET,
    created_atgte: int | Unset = UNSET,
    created_atlt: int | Unset = UNSET,
    created_atlte: int | Unset = UNSET,
    created_atbetween: str | Unset = UNSET,
    chars_count: list[int] | Unset = UNSET,
    chars_countgt: int | Unset = UNSET,
    chars_countgte: int | Unset = UNSET,
    chars_countlt: int | Unset = UNSET,
    chars_countlte: int | Unset = UNSET,
    chars_countbetween: str | Unset = UNSET,
    parts_count: list[int] | Unset = UNSET,
    parts_countgt: int | Unset = UNSET,
    parts_countgte: int | Unset = UNSET,
    parts_countlt: int | Unset = UNSET,
    parts_countlte: int | Unset = UNSET,
    parts_countbetween: str | Unset = UNSET,
    bulk: list[str] | Unset = UNSET,
    source: list[int] | Unset = UNSET,
    sourcegt: int | Unset = UNSET,
    sourcegte: int | Unset = UNSET,
    sourcelt: int | Unset = UNSET,
    sourcelte: int | Unset = UNSET,
    sourcebetween: str | Unset = UNSET,
    text: str | Unset = UNSET,
    phone: str | Unset = UNSET,
    sender_id: str | Unset = UNSET,
    ip: str | Unset = UNSET,
    key_id: list[int] | Unset = UNSET,
    callback_data: list[str] | Unset = UNSET,
) -> Response[ConstraintViolationList | Error | SmsBatchResult]:
    """Cancel scheduled SMS matching the filters

     Stops every not-yet-sent SMS that matches the query filters (the same filters as GET /sms,
    without `page`; `_order[...]` is accepted, as LOX24 declares it, and has no effect). There is no
    request body. A query parameter this operation does not understand, or a malformed value
    (`delivery_at[between]=5`, `delivery_at[between]=9..1`), is answered 400 with a violation naming
    the parameter, and nothing is cancelled. A cancelled SMS gets `status_code`
    6000 (stopped via API) and its price is refunded. SMS already handed to the network are not
    counted. With no filter at all every scheduled SMS is cancelled.

    The response key is `deleted_sms_count`, as in LOX24's own description of this operation
    (the official PHP client's tests use `canceled_sms_count`; the `lox24` client reads either).

    Args:
        field_ordercreated_at (OrderDirection | Unset):
        field_ordergateway_sent_at (OrderDirection | Unset):
        is_sent (bool | Unset):
        is_unicode (bool | Unset):
        uuid (list[str] | Unset):
        iso2 (list[str] | Unset):
        dlr_code (list[DlrCode] | Unset):
        status_code (list[SmsStatusCode] | Unset):
        gateway_sent_at (list[int] | Unset):
        gateway_sent_atgt (int | Unset): Unix time in seconds.
        gateway_sent_atgte (int | Unset): Unix time in seconds.
        gateway_sent_atlt (int | Unset): Unix time in seconds.
        gateway_sent_atlte (int | Unset): Unix time in seconds.
        gateway_sent_atbetween (str | Unset):
        delivery_at (list[int] | Unset):
        delivery_atgt (int | Unset): Unix time in seconds.
        delivery_atgte (int | Unset): Unix time in seconds.
        delivery_atlt (int | Unset): Unix time in seconds.
        delivery_atlte (int | Unset): Unix time in seconds.
        delivery_atbetween (str | Unset):
        created_at (list[int] | Unset):
        created_atgt (int | Unset): Unix time in seconds.
        created_atgte (int | Unset): Unix time in seconds.
        created_atlt (int | Unset): Unix time in seconds.
        created_atlte (int | Unset): Unix time in seconds.
        created_atbetween (str | Unset):
        chars_count (list[int] | Unset):
        chars_countgt (int | Unset):
        chars_countgte (int | Unset):
        chars_countlt (int | Unset):
        chars_countlte (int | Unset):
        chars_countbetween (str | Unset):
        parts_count (list[int] | Unset):
        parts_countgt (int | Unset):
        parts_countgte (int | Unset):
        parts_countlt (int | Unset):
        parts_countlte (int | Unset):
        parts_countbetween (str | Unset):
        bulk (list[str] | Unset):
        source (list[int] | Unset):
        sourcegt (int | Unset):
        sourcegte (int | Unset):
        sourcelt (int | Unset):
        sourcelte (int | Unset):
        sourcebetween (str | Unset):
        text (str | Unset):
        phone (str | Unset):
        sender_id (str | Unset):
        ip (str | Unset):
        key_id (list[int] | Unset):
        callback_data (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConstraintViolationList | Error | SmsBatchResult]
    """

    kwargs = _get_kwargs(
        field_ordercreated_at=field_ordercreated_at,
        field_ordergateway_sent_at=field_ordergateway_sent_at,
        is_sent=is_sent,
        is_unicode=is_unicode,
        uuid=uuid,
        iso2=iso2,
        dlr_code=dlr_code,
        status_code=status_code,
        gateway_sent_at=gateway_sent_at,
        gateway_sent_atgt=gateway_sent_atgt,
        gateway_sent_atgte=gateway_sent_atgte,
        gateway_sent_atlt=gateway_sent_atlt,
        gateway_sent_atlte=gateway_sent_atlte,
        gateway_sent_atbetween=gateway_sent_atbetween,
        delivery_at=delivery_at,
        delivery_atgt=delivery_atgt,
        delivery_atgte=delivery_atgte,
        delivery_atlt=delivery_atlt,
        delivery_atlte=delivery_atlte,
        delivery_atbetween=delivery_atbetween,
        created_at=created_at,
        created_atgt=created_atgt,
        created_atgte=created_atgte,
        created_atlt=created_atlt,
        created_atlte=created_atlte,
        created_atbetween=created_atbetween,
        chars_count=chars_count,
        chars_countgt=chars_countgt,
        chars_countgte=chars_countgte,
        chars_countlt=chars_countlt,
        chars_countlte=chars_countlte,
        chars_countbetween=chars_countbetween,
        parts_count=parts_count,
        parts_countgt=parts_countgt,
        parts_countgte=parts_countgte,
        parts_countlt=parts_countlt,
        parts_countlte=parts_countlte,
        parts_countbetween=parts_countbetween,
        bulk=bulk,
        source=source,
        sourcegt=sourcegt,
        sourcegte=sourcegte,
        sourcelt=sourcelt,
        sourcelte=sourcelte,
        sourcebetween=sourcebetween,
        text=text,
        phone=phone,
        sender_id=sender_id,
        ip=ip,
        key_id=key_id,
        callback_data=callback_data,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    field_ordercreated_at: OrderDirection | Unset = UNSET,
    field_ordergateway_sent_at: OrderDirection | Unset = UNSET,
    is_sent: bool | Unset = UNSET,
    is_unicode: bool | Unset = UNSET,
    uuid: list[str] | Unset = UNSET,
    iso2: list[str] | Unset = UNSET,
    dlr_code: list[DlrCode] | Unset = UNSET,
    status_code: list[SmsStatusCode] | Unset = UNSET,
    gateway_sent_at: list[int] | Unset = UNSET,
    gateway_sent_atgt: int | Unset = UNSET,
    gateway_sent_atgte: int | Unset = UNSET,
    gateway_sent_atlt: int | Unset = UNSET,
    gateway_sent_atlte: int | Unset = UNSET,
    gateway_sent_atbetween: str | Unset = UNSET,
    delivery_at: list[int] | Unset = UNSET,
    delivery_atgt: int | Unset = UNSET,
    delivery_atgte: int | Unset = UNSET,
    delivery_atlt: int | Unset = UNSET,
    delivery_atlte: int | Unset = UNSET,
    delivery_atbetween: str | Unset = UNSET,
    created_at: list[int] | Unset = UNSET,
    created_atgt: int | Unset = UNSET,
    created_atgte: int | Unset = UNSET,
    created_atlt: int | Unset = UNSET,
    created_atlte: int | Unset = UNSET,
    created_atbetween: str | Unset = UNSET,
    chars_count: list[int] | Unset = UNSET,
    chars_countgt: int | Unset = UNSET,
    chars_countgte: int | Unset = UNSET,
    chars_countlt: int | Unset = UNSET,
    chars_countlte: int | Unset = UNSET,
    chars_countbetween: str | Unset = UNSET,
    parts_count: list[int] | Unset = UNSET,
    parts_countgt: int | Unset = UNSET,
    parts_countgte: int | Unset = UNSET,
    parts_countlt: int | Unset = UNSET,
    parts_countlte: int | Unset = UNSET,
    parts_countbetween: str | Unset = UNSET,
    bulk: list[str] | Unset = UNSET,
    source: list[int] | Unset = UNSET,
    sourcegt: int | Unset = UNSET,
    sourcegte: int | Unset = UNSET,
    sourcelt: int | Unset = UNSET,
    sourcelte: int | Unset = UNSET,
    sourcebetween: str | Unset = UNSET,
    text: str | Unset = UNSET,
    phone: str | Unset = UNSET,
    sender_id: str | Unset = UNSET,
    ip: str | Unset = UNSET,
    key_id: list[int] | Unset = UNSET,
    callback_data: list[str] | Unset = UNSET,
) -> ConstraintViolationList | Error | SmsBatchResult | None:
    """Cancel scheduled SMS matching the filters

     Stops every not-yet-sent SMS that matches the query filters (the same filters as GET /sms,
    without `page`; `_order[...]` is accepted, as LOX24 declares it, and has no effect). There is no
    request body. A query parameter this operation does not understand, or a malformed value
    (`delivery_at[between]=5`, `delivery_at[between]=9..1`), is answered 400 with a violation naming
    the parameter, and nothing is cancelled. A cancelled SMS gets `status_code`
    6000 (stopped via API) and its price is refunded. SMS already handed to the network are not
    counted. With no filter at all every scheduled SMS is cancelled.

    The response key is `deleted_sms_count`, as in LOX24's own description of this operation
    (the official PHP client's tests use `canceled_sms_count`; the `lox24` client reads either).

    Args:
        field_ordercreated_at (OrderDirection | Unset):
        field_ordergateway_sent_at (OrderDirection | Unset):
        is_sent (bool | Unset):
        is_unicode (bool | Unset):
        uuid (list[str] | Unset):
        iso2 (list[str] | Unset):
        dlr_code (list[DlrCode] | Unset):
        status_code (list[SmsStatusCode] | Unset):
        gateway_sent_at (list[int] | Unset):
        gateway_sent_atgt (int | Unset): Unix time in seconds.
        gateway_sent_atgte (int | Unset): Unix time in seconds.
        gateway_sent_atlt (int | Unset): Unix time in seconds.
        gateway_sent_atlte (int | Unset): Unix time in seconds.
        gateway_sent_atbetween (str | Unset):
        delivery_at (list[int] | Unset):
        delivery_atgt (int | Unset): Unix time in seconds.
        delivery_atgte (int | Unset): Unix time in seconds.
        delivery_atlt (int | Unset): Unix time in seconds.
        delivery_atlte (int | Unset): Unix time in seconds.
        delivery_atbetween (str | Unset):
        created_at (list[int] | Unset):
        created_atgt (int | Unset): Unix time in seconds.
        created_atgte (int | Unset): Unix time in seconds.
        created_atlt (int | Unset): Unix time in seconds.
        created_atlte (int | Unset): Unix time in seconds.
        created_atbetween (str | Unset):
        chars_count (list[int] | Unset):
        chars_countgt (int | Unset):
        chars_countgte (int | Unset):
        chars_countlt (int | Unset):
        chars_countlte (int | Unset):
        chars_countbetween (str | Unset):
        parts_count (list[int] | Unset):
        parts_countgt (int | Unset):
        parts_countgte (int | Unset):
        parts_countlt (int | Unset):
        parts_countlte (int | Unset):
        parts_countbetween (str | Unset):
        bulk (list[str] | Unset):
        source (list[int] | Unset):
        sourcegt (int | Unset):
        sourcegte (int | Unset):
        sourcelt (int | Unset):
        sourcelte (int | Unset):
        sourcebetween (str | Unset):
        text (str | Unset):
        phone (str | Unset):
        sender_id (str | Unset):
        ip (str | Unset):
        key_id (list[int] | Unset):
        callback_data (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConstraintViolationList | Error | SmsBatchResult
    """

    return sync_detailed(
        client=client,
        field_ordercreated_at=field_ordercreated_at,
        field_ordergateway_sent_at=field_ordergateway_sent_at,
        is_sent=is_sent,
        is_unicode=is_unicode,
        uuid=uuid,
        iso2=iso2,
        dlr_code=dlr_code,
        status_code=status_code,
        gateway_sent_at=gateway_sent_at,
        gateway_sent_atgt=gateway_sent_atgt,
        gateway_sent_atgte=gateway_sent_atgte,
        gateway_sent_atlt=gateway_sent_atlt,
        gateway_sent_atlte=gateway_sent_atlte,
        gateway_sent_atbetween=gateway_sent_atbetween,
        delivery_at=delivery_at,
        delivery_atgt=delivery_atgt,
        delivery_atgte=delivery_atgte,
        delivery_atlt=delivery_atlt,
        delivery_atlte=delivery_atlte,
        delivery_atbetween=delivery_atbetween,
        created_at=created_at,
        created_atgt=created_atgt,
        created_atgte=created_atgte,
        created_atlt=created_atlt,
        created_atlte=created_atlte,
        created_atbetween=created_atbetween,
        chars_count=chars_count,
        chars_countgt=chars_countgt,
        chars_countgte=chars_countgte,
        chars_countlt=chars_countlt,
        chars_countlte=chars_countlte,
        chars_countbetween=chars_countbetween,
        parts_count=parts_count,
        parts_countgt=parts_countgt,
        parts_countgte=parts_countgte,
        parts_countlt=parts_countlt,
        parts_countlte=parts_countlte,
        parts_countbetween=parts_countbetween,
        bulk=bulk,
        source=source,
        sourcegt=sourcegt,
        sourcegte=sourcegte,
        sourcelt=sourcelt,
        sourcelte=sourcelte,
        sourcebetween=sourcebetween,
        text=text,
        phone=phone,
        sender_id=sender_id,
        ip=ip,
        key_id=key_id,
        callback_data=callback_data,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    field_ordercreated_at: OrderDirection | Unset = UNSET,
    field_ordergateway_sent_at: OrderDirection | Unset = UNSET,
    is_sent: bool | Unset = UNSET,
    is_unicode: bool | Unset = UNSET,
    uuid: list[str] | Unset = UNSET,
    iso2: list[str] | Unset = UNSET,
    dlr_code: list[DlrCode] | Unset = UNSET,
    status_code: list[SmsStatusCode] | Unset = UNSET,
    gateway_sent_at: list[int] | Unset = UNSET,
    gateway_sent_atgt: int | Unset = UNSET,
    gateway_sent_atgte: int | Unset = UNSET,
    gateway_sent_atlt: int | Unset = UNSET,
    gateway_sent_atlte: int | Unset = UNSET,
    gateway_sent_atbetween: str | Unset = UNSET,
    delivery_at: list[int] | Unset = UNSET,
    delivery_atgt: int | Unset = UNSET,
    delivery_atgte: int | Unset = UNSET,
    delivery_atlt: int | Unset = UNSET,
    delivery_atlte: int | Unset = UNSET,
    delivery_atbetween: str | Unset = UNSET,
    created_at: list[int] | Unset = UNSET,
    created_atgt: int | Unset = UNSET,
    created_atgte: int | Unset = UNSET,
    created_atlt: int | Unset = UNSET,
    created_atlte: int | Unset = UNSET,
    created_atbetween: str | Unset = UNSET,
    chars_count: list[int] | Unset = UNSET,
    chars_countgt: int | Unset = UNSET,
    chars_countgte: int | Unset = UNSET,
    chars_countlt: int | Unset = UNSET,
    chars_countlte: int | Unset = UNSET,
    chars_countbetween: str | Unset = UNSET,
    parts_count: list[int] | Unset = UNSET,
    parts_countgt: int | Unset = UNSET,
    parts_countgte: int | Unset = UNSET,
    parts_countlt: int | Unset = UNSET,
    parts_countlte: int | Unset = UNSET,
    parts_countbetween: str | Unset = UNSET,
    bulk: list[str] | Unset = UNSET,
    source: list[int] | Unset = UNSET,
    sourcegt: int | Unset = UNSET,
    sourcegte: int | Unset = UNSET,
    sourcelt: int | Unset = UNSET,
    sourcelte: int | Unset = UNSET,
    sourcebetween: str | Unset = UNSET,
    text: str | Unset = UNSET,
    phone: str | Unset = UNSET,
    sender_id: str | Unset = UNSET,
    ip: str | Unset = UNSET,
    key_id: list[int] | Unset = UNSET,
    callback_data: list[str] | Unset = UNSET,
) -> Response[ConstraintViolationList | Error | SmsBatchResult]:
    """Cancel scheduled SMS matching the filters

     Stops every not-yet-sent SMS that matches the query filters (the same filters as GET /sms,
    without `page`; `_order[...]` is accepted, as LOX24 declares it, and has no effect). There is no
    request body. A query parameter this operation does not understand, or a malformed value
    (`delivery_at[between]=5`, `delivery_at[between]=9..1`), is answered 400 with a violation naming
    the parameter, and nothing is cancelled. A cancelled SMS gets `status_code`
    6000 (stopped via API) and its price is refunded. SMS already handed to the network are not
    counted. With no filter at all every scheduled SMS is cancelled.

    The response key is `deleted_sms_count`, as in LOX24's own description of this operation
    (the official PHP client's tests use `canceled_sms_count`; the `lox24` client reads either).

    Args:
        field_ordercreated_at (OrderDirection | Unset):
        field_ordergateway_sent_at (OrderDirection | Unset):
        is_sent (bool | Unset):
        is_unicode (bool | Unset):
        uuid (list[str] | Unset):
        iso2 (list[str] | Unset):
        dlr_code (list[DlrCode] | Unset):
        status_code (list[SmsStatusCode] | Unset):
        gateway_sent_at (list[int] | Unset):
        gateway_sent_atgt (int | Unset): Unix time in seconds.
        gateway_sent_atgte (int | Unset): Unix time in seconds.
        gateway_sent_atlt (int | Unset): Unix time in seconds.
        gateway_sent_atlte (int | Unset): Unix time in seconds.
        gateway_sent_atbetween (str | Unset):
        delivery_at (list[int] | Unset):
        delivery_atgt (int | Unset): Unix time in seconds.
        delivery_atgte (int | Unset): Unix time in seconds.
        delivery_atlt (int | Unset): Unix time in seconds.
        delivery_atlte (int | Unset): Unix time in seconds.
        delivery_atbetween (str | Unset):
        created_at (list[int] | Unset):
        created_atgt (int | Unset): Unix time in seconds.
        created_atgte (int | Unset): Unix time in seconds.
        created_atlt (int | Unset): Unix time in seconds.
        created_atlte (int | Unset): Unix time in seconds.
        created_atbetween (str | Unset):
        chars_count (list[int] | Unset):
        chars_countgt (int | Unset):
        chars_countgte (int | Unset):
        chars_countlt (int | Unset):
        chars_countlte (int | Unset):
        chars_countbetween (str | Unset):
        parts_count (list[int] | Unset):
        parts_countgt (int | Unset):
        parts_countgte (int | Unset):
        parts_countlt (int | Unset):
        parts_countlte (int | Unset):
        parts_countbetween (str | Unset):
        bulk (list[str] | Unset):
        source (list[int] | Unset):
        sourcegt (int | Unset):
        sourcegte (int | Unset):
        sourcelt (int | Unset):
        sourcelte (int | Unset):
        sourcebetween (str | Unset):
        text (str | Unset):
        phone (str | Unset):
        sender_id (str | Unset):
        ip (str | Unset):
        key_id (list[int] | Unset):
        callback_data (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConstraintViolationList | Error | SmsBatchResult]
    """

    kwargs = _get_kwargs(
        field_ordercreated_at=field_ordercreated_at,
        field_ordergateway_sent_at=field_ordergateway_sent_at,
        is_sent=is_sent,
        is_unicode=is_unicode,
        uuid=uuid,
        iso2=iso2,
        dlr_code=dlr_code,
        status_code=status_code,
        gateway_sent_at=gateway_sent_at,
        gateway_sent_atgt=gateway_sent_atgt,
        gateway_sent_atgte=gateway_sent_atgte,
        gateway_sent_atlt=gateway_sent_atlt,
        gateway_sent_atlte=gateway_sent_atlte,
        gateway_sent_atbetween=gateway_sent_atbetween,
        delivery_at=delivery_at,
        delivery_atgt=delivery_atgt,
        delivery_atgte=delivery_atgte,
        delivery_atlt=delivery_atlt,
        delivery_atlte=delivery_atlte,
        delivery_atbetween=delivery_atbetween,
        created_at=created_at,
        created_atgt=created_atgt,
        created_atgte=created_atgte,
        created_atlt=created_atlt,
        created_atlte=created_atlte,
        created_atbetween=created_atbetween,
        chars_count=chars_count,
        chars_countgt=chars_countgt,
        chars_countgte=chars_countgte,
        chars_countlt=chars_countlt,
        chars_countlte=chars_countlte,
        chars_countbetween=chars_countbetween,
        parts_count=parts_count,
        parts_countgt=parts_countgt,
        parts_countgte=parts_countgte,
        parts_countlt=parts_countlt,
        parts_countlte=parts_countlte,
        parts_countbetween=parts_countbetween,
        bulk=bulk,
        source=source,
        sourcegt=sourcegt,
        sourcegte=sourcegte,
        sourcelt=sourcelt,
        sourcelte=sourcelte,
        sourcebetween=sourcebetween,
        text=text,
        phone=phone,
        sender_id=sender_id,
        ip=ip,
        key_id=key_id,
        callback_data=callback_data,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    field_ordercreated_at: OrderDirection | Unset = UNSET,
    field_ordergateway_sent_at: OrderDirection | Unset = UNSET,
    is_sent: bool | Unset = UNSET,
    is_unicode: bool | Unset = UNSET,
    uuid: list[str] | Unset = UNSET,
    iso2: list[str] | Unset = UNSET,
    dlr_code: list[DlrCode] | Unset = UNSET,
    status_code: list[SmsStatusCode] | Unset = UNSET,
    gateway_sent_at: list[int] | Unset = UNSET,
    gateway_sent_atgt: int | Unset = UNSET,
    gateway_sent_atgte: int | Unset = UNSET,
    gateway_sent_atlt: int | Unset = UNSET,
    gateway_sent_atlte: int | Unset = UNSET,
    gateway_sent_atbetween: str | Unset = UNSET,
    delivery_at: list[int] | Unset = UNSET,
    delivery_atgt: int | Unset = UNSET,
    delivery_atgte: int | Unset = UNSET,
    delivery_atlt: int | Unset = UNSET,
    delivery_atlte: int | Unset = UNSET,
    delivery_atbetween: str | Unset = UNSET,
    created_at: list[int] | Unset = UNSET,
    created_atgt: int | Unset = UNSET,
    created_atgte: int | Unset = UNSET,
    created_atlt: int | Unset = UNSET,
    created_atlte: int | Unset = UNSET,
    created_atbetween: str | Unset = UNSET,
    chars_count: list[int] | Unset = UNSET,
    chars_countgt: int | Unset = UNSET,
    chars_countgte: int | Unset = UNSET,
    chars_countlt: int | Unset = UNSET,
    chars_countlte: int | Unset = UNSET,
    chars_countbetween: str | Unset = UNSET,
    parts_count: list[int] | Unset = UNSET,
    parts_countgt: int | Unset = UNSET,
    parts_countgte: int | Unset = UNSET,
    parts_countlt: int | Unset = UNSET,
    parts_countlte: int | Unset = UNSET,
    parts_countbetween: str | Unset = UNSET,
    bulk: list[str] | Unset = UNSET,
    source: list[int] | Unset = UNSET,
    sourcegt: int | Unset = UNSET,
    sourcegte: int | Unset = UNSET,
    sourcelt: int | Unset = UNSET,
    sourcelte: int | Unset = UNSET,
    sourcebetween: str | Unset = UNSET,
    text: str | Unset = UNSET,
    phone: str | Unset = UNSET,
    sender_id: str | Unset = UNSET,
    ip: str | Unset = UNSET,
    key_id: list[int] | Unset = UNSET,
    callback_data: list[str] | Unset = UNSET,
) -> ConstraintViolationList | Error | SmsBatchResult | None:
    """Cancel scheduled SMS matching the filters

     Stops every not-yet-sent SMS that matches the query filters (the same filters as GET /sms,
    without `page`; `_order[...]` is accepted, as LOX24 declares it, and has no effect). There is no
    request body. A query parameter this operation does not understand, or a malformed value
    (`delivery_at[between]=5`, `delivery_at[between]=9..1`), is answered 400 with a violation naming
    the parameter, and nothing is cancelled. A cancelled SMS gets `status_code`
    6000 (stopped via API) and its price is refunded. SMS already handed to the network are not
    counted. With no filter at all every scheduled SMS is cancelled.

    The response key is `deleted_sms_count`, as in LOX24's own description of this operation
    (the official PHP client's tests use `canceled_sms_count`; the `lox24` client reads either).

    Args:
        field_ordercreated_at (OrderDirection | Unset):
        field_ordergateway_sent_at (OrderDirection | Unset):
        is_sent (bool | Unset):
        is_unicode (bool | Unset):
        uuid (list[str] | Unset):
        iso2 (list[str] | Unset):
        dlr_code (list[DlrCode] | Unset):
        status_code (list[SmsStatusCode] | Unset):
        gateway_sent_at (list[int] | Unset):
        gateway_sent_atgt (int | Unset): Unix time in seconds.
        gateway_sent_atgte (int | Unset): Unix time in seconds.
        gateway_sent_atlt (int | Unset): Unix time in seconds.
        gateway_sent_atlte (int | Unset): Unix time in seconds.
        gateway_sent_atbetween (str | Unset):
        delivery_at (list[int] | Unset):
        delivery_atgt (int | Unset): Unix time in seconds.
        delivery_atgte (int | Unset): Unix time in seconds.
        delivery_atlt (int | Unset): Unix time in seconds.
        delivery_atlte (int | Unset): Unix time in seconds.
        delivery_atbetween (str | Unset):
        created_at (list[int] | Unset):
        created_atgt (int | Unset): Unix time in seconds.
        created_atgte (int | Unset): Unix time in seconds.
        created_atlt (int | Unset): Unix time in seconds.
        created_atlte (int | Unset): Unix time in seconds.
        created_atbetween (str | Unset):
        chars_count (list[int] | Unset):
        chars_countgt (int | Unset):
        chars_countgte (int | Unset):
        chars_countlt (int | Unset):
        chars_countlte (int | Unset):
        chars_countbetween (str | Unset):
        parts_count (list[int] | Unset):
        parts_countgt (int | Unset):
        parts_countgte (int | Unset):
        parts_countlt (int | Unset):
        parts_countlte (int | Unset):
        parts_countbetween (str | Unset):
        bulk (list[str] | Unset):
        source (list[int] | Unset):
        sourcegt (int | Unset):
        sourcegte (int | Unset):
        sourcelt (int | Unset):
        sourcelte (int | Unset):
        sourcebetween (str | Unset):
        text (str | Unset):
        phone (str | Unset):
        sender_id (str | Unset):
        ip (str | Unset):
        key_id (list[int] | Unset):
        callback_data (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConstraintViolationList | Error | SmsBatchResult
    """

    return (
        await asyncio_detailed(
            client=client,
            field_ordercreated_at=field_ordercreated_at,
            field_ordergateway_sent_at=field_ordergateway_sent_at,
            is_sent=is_sent,
            is_unicode=is_unicode,
            uuid=uuid,
            iso2=iso2,
            dlr_code=dlr_code,
            status_code=status_code,
            gateway_sent_at=gateway_sent_at,
            gateway_sent_atgt=gateway_sent_atgt,
            gateway_sent_atgte=gateway_sent_atgte,
            gateway_sent_atlt=gateway_sent_atlt,
            gateway_sent_atlte=gateway_sent_atlte,
            gateway_sent_atbetween=gateway_sent_atbetween,
            delivery_at=delivery_at,
            delivery_atgt=delivery_atgt,
            delivery_atgte=delivery_atgte,
            delivery_atlt=delivery_atlt,
            delivery_atlte=delivery_atlte,
            delivery_atbetween=delivery_atbetween,
            created_at=created_at,
            created_atgt=created_atgt,
            created_atgte=created_atgte,
            created_atlt=created_atlt,
            created_atlte=created_atlte,
            created_atbetween=created_atbetween,
            chars_count=chars_count,
            chars_countgt=chars_countgt,
            chars_countgte=chars_countgte,
            chars_countlt=chars_countlt,
            chars_countlte=chars_countlte,
            chars_countbetween=chars_countbetween,
            parts_count=parts_count,
            parts_countgt=parts_countgt,
            parts_countgte=parts_countgte,
            parts_countlt=parts_countlt,
            parts_countlte=parts_countlte,
            parts_countbetween=parts_countbetween,
            bulk=bulk,
            source=source,
            sourcegt=sourcegt,
            sourcegte=sourcegte,
            sourcelt=sourcelt,
            sourcelte=sourcelte,
            sourcebetween=sourcebetween,
            text=text,
            phone=phone,
            sender_id=sender_id,
            ip=ip,
            key_id=key_id,
            callback_data=callback_data,
        )
    ).parsed

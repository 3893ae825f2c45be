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
    field_orderdelivery_at: OrderDirection | Unset = UNSET,
    field_orderprocessed_at: OrderDirection | Unset = UNSET,
    field_ordermsg_total_count: OrderDirection | Unset = UNSET,
    text: str | Unset = UNSET,
    sender_id: str | Unset = UNSET,
    status_code: list[BulkStatusCode] | Unset = UNSET,
    uuid: list[str] | Unset = UNSET,
    created_at: list[int] | Unset = UNSET,
    created_atgt: int | Unset = UNSET,
    created_atgte: int | Unset = UNSET,
    created_atlt: int | Unset = UNSET,
    created_atlte: int | Unset = UNSET,
    created_atbetween: str | Unset = UNSET,
    delivery_at: list[int] | Unset = UNSET,
    delivery_atgt: int | Unset = UNSET,
    delivery_atgte: int | Unset = UNSET,
    delivery_atlt: int | Unset = UNSET,
    delivery_atlte: int | Unset = UNSET,
    delivery_atbetween: str | Unset = UNSET,
    processed_at: list[int] | Unset = UNSET,
    processed_atgt: int | Unset = UNSET,
    processed_atgte: int | Unset = UNSET,
    processed_atlt: int | Unset = UNSET,
    processed_atlte: int | Unset = UNSET,
    processed_atbetween: str | Unset = UNSET,
    msg_total_count: list[int] | Unset = UNSET,
    msg_total_countgt: int | Unset = UNSET,
    msg_total_countgte: int | Unset = UNSET,
    msg_total_countlt: int | Unset = UNSET,
    msg_total_countlte: int | Unset = UNSET,
    msg_total_countbetween: str | Unset = UNSET,
    source: list[int] | Unset = UNSET,
    sourcegt: int | Unset = UNSET,
    sourcegte: int | Unset = UNSET,
    sourcelt: int | Unset = UNSET,
    sourcelte: int | Unset = UNSET,
    sourcebetween: str | Unset = UNSET,
    key_id: list[int] | Unset = UNSET,
    is_unicode: bool | Unset = UNSET,
    is_dryrun: bool | Unset = UNSET,
    existsis_unicode: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    json_field_ordercreated_at: str | Unset = UNSET
    if not isinstance(field_ordercreated_at, Unset):
        json_field_ordercreated_at = field_ordercreated_at.value

    params["_order[created_at]"] = json_field_ordercreated_at

    json_field_orderdelivery_at: str | Unset = UNSET
    if not isinstance(field_orderdelivery_at, Unset):
        json_field_orderdelivery_at = field_orderdelivery_at.value

    params["_order[delivery_at]"] = json_field_orderdelivery_at

    json_field_orderprocessed_at: str | Unset = UNSET
    if not isinstance(field_orderprocessed_at, Unset):
        json_field_orderprocessed_at = field_orderprocessed_at.value

    params["_order[processed_at]"] = json_field_orderprocessed_at

    json_field_ordermsg_total_count: str | Unset = UNSET
    if not isinstance(field_ordermsg_total_count, Unset):
        json_field_ordermsg_total_count = field_ordermsg_total_count.value

    params["_order[msg_total_count]"] = json_field_ordermsg_total_count

    params["text"] = text

    params["sender_id"] = sender_id

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

    json_created_at: list[int] | Unset = UNSET
    if not isinstance(created_at, Unset):
        json_created_at = created_at

    params["created_at[]"] = json_created_at

    params["created_at[gt]"] = created_atgt

    params["created_at[gte]"] = created_atgte

    params["created_at[lt]"] = created_atlt

    params["created_at[lte]"] = created_atlte

    params["created_at[between]"] = created_atbetween

    json_delivery_at: list[int] | Unset = UNSET
    if not isinstance(delivery_at, Unset):
        json_delivery_at = delivery_at

    params["delivery_at[]"] = json_delivery_at

    params["delivery_at[gt]"] = delivery_atgt

    params["delivery_at[gte]"] = delivery_atgte

    params["delivery_at[lt]"] = delivery_atlt

    params["delivery_at[lte]"] = delivery_atlte

    params["delivery_at[between]"] = delivery_atbetween

    json_processed_at: list[int] | Unset = UNSET
    if not isinstance(processed_at, Unset):
        json_processed_at = processed_at

    params["processed_at[]"] = json_processed_at

    params["processed_at[gt]"] = processed_atgt

    params["processed_at[gte]"] = processed_atgte

    params["processed_at[lt]"] = processed_atlt

    params["processed_at[lte]"] = processed_atlte

    params["processed_at[between]"] = processed_atbetween

    json_msg_total_count: list[int] | Unset = UNSET
    if not isinstance(msg_total_count, Unset):
        json_msg_total_count = msg_total_count

    params["msg_total_count[]"] = json_msg_total_count

    params["msg_total_count[gt]"] = msg_total_countgt

    params["msg_total_count[gte]"] = msg_total_countgte

    params["msg_total_count[lt]"] = msg_total_countlt

    params["msg_total_count[lte]"] = msg_total_countlte

    params["msg_total_count[between]"] = msg_total_countbetween

    json_source: list[int] | Unset = UNSET
    if not isinstance(source, Unset):
        json_source = source

    params["source[]"] = json_source

    params["source[gt]"] = sourcegt

    params["source[gte]"] = sourcegte

    params["source[lt]"] = sourcelt

    params["source[lte]"] = sourcelte

    params["source[between]"] = sourcebetween

    json_key_id: list[int] | Unset = UNSET
    if not isinstance(key_id, Unset):
        json_key_id = key_id

    params["key_id[]"] = json_key_id

    params["is_unicode"] = is_unicode

    params["is_dryrun"] = is_dryrun

    params["exists[is_unicode]"] = existsis_unicode

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
    field_orderdelivery_at: OrderDirection | Unset = UNSET,
    field_orderprocessed_at: OrderDirection | Unset = UNSET,
    field_ordermsg_total_count: OrderDirection | Unset = UNSET,
    text: str | Unset = UNSET,
    sender_id: str | Unset = UNSET,
    status_code: list[BulkStatusCode] | Unset = UNSET,
    uuid: list[str] | Unset = UNSET,
    created_at: list[int] | Unset = UNSET,
    created_atgt: int | Unset = UNSET,
    created_atgte: int | Unset = UNSET,
    created_atlt: int | Unset = UNSET,
    created_atlte: int | Unset = UNSET,
    created_atbetween: str | Unset = UNSET,
    delivery_at: list[int] | Unset = UNSET,
    delivery_atgt: int | Unset = UNSET,
    delivery_atgte: int | Unset = UNSET,
    delivery_atlt: int | Unset = UNSET,
    delivery_atlte: int | Unset = UNSET,
    delivery_atbetween: str | Unset = UNSET,
    processed_at: list[int] | Unset = UNSET,
    processed_atgt: int | Unset = UNSET,
    processed_atgte: int | Unset = UNSET,
    processed_atlt: int | Unset = UNSET,
    processed_atlte: int | Unset = UNSET,
    processed_atbetween: str | Unset = UNSET,
    msg_total_count: list[int] | Unset = UNSET,
    msg_total_countgt: int | Unset = UNSET,
    msg_total_countgte: int | Unset = UNSET,
    msg_total_countlt: int | Unset = UNSET,
    msg_total_countlte: int | Unset = UNSET,
    msg_total_countbetween: str | Unset = UNSET,
    source: list[int] | Unset = UNSET,
    sourcegt: int | Unset = UNSET,
    sourcegte: int | Unset = UNSET,
    sourcelt: int | Unset = UNSET,
    sourcelte: int | Unset = UNSET,
    sourcebetween: str | Unset = UNSET,
    key_id: list[int] | Unset = UNSET,
    is_unicode: bool | Unset = UNSET,
    is_dryrun: bool | Unset = UNSET,
    existsis_unicode: bool | Unset = UNSET,
) -> Response[BulkCollection | ConstraintViolationList | Error]:
    """Retrieves the collection of Bulks resources

     Every bulk of the account, newest first unless `_order[created_at]` is given. Items use the
    short status shape (no `text`, `phones`, `sender_id`, `msg_groups`).

    Args:
        page (int | Unset):  Default: 1.
        field_ordercreated_at (OrderDirection | Unset):
        field_orderdelivery_at (OrderDirection | Unset):
        field_orderprocessed_at (OrderDirection | Unset):
        field_ordermsg_total_count (OrderDirection | Unset):
        text (str | Unset):
        sender_id (str | Unset):
        status_code (list[BulkStatusCode] | Unset):
        uuid (list[str] | Unset):
        created_at (list[int] | Unset):
        created_atgt (int | Unset): Unix time in seconds.
        created_atgte (int | Unset): Unix time in seconds.
        created_atlt (int | Unset): Unix time in seconds.
        created_atlte (int | Unset): Unix time in seconds.
        created_atbetween (str | Unset):
        delivery_at (list[int] | Unset):
        delivery_atgt (int | Unset): Unix time in seconds.
        delivery_atgte (int | Unset): Unix time in seconds.
        delivery_atlt (int | Unset): Unix time in seconds.
        delivery_atlte (int | Unset): Unix time in seconds.
        delivery_atbetween (str | Unset):
        processed_at (list[int] | Unset):
        processed_atgt (int | Unset): Unix time in seconds.
        processed_atgte (int | Unset): Unix time in seconds.
        processed_atlt (int | Unset): Unix time in seconds.
        processed_atlte (int | Unset): Unix time in seconds.
        processed_atbetween (str | Unset):
        msg_total_count (list[int] | Unset):
        msg_total_countgt (int | Unset):
        msg_total_countgte (int | Unset):
        msg_total_countlt (int | Unset):
        msg_total_countlte (int | Unset):
        msg_total_countbetween (str | Unset):
        source (list[int] | Unset):
        sourcegt (int | Unset):
        sourcegte (int | Unset):
        sourcelt (int | Unset):
        sourcelte (int | Unset):
        sourcebetween (str | Unset):
        key_id (list[int] | Unset):
        is_unicode (bool | Unset):
        is_dryrun (bool | Unset):
        existsis_unicode (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BulkCollection | ConstraintViolationList | Error]
    """

    kwargs = _get_kwargs(
        page=page,
        field_ordercreated_at=field_ordercreated_at,
        field_orderdelivery_at=field_orderdelivery_at,
        field_orderprocessed_at=field_orderprocessed_at,
        field_ordermsg_total_count=field_ordermsg_total_count,
        text=text,
        sender_id=sender_id,
        status_code=status_code,
        uuid=uuid,
        created_at=created_at,
        created_atgt=created_atgt,
        created_atgte=created_atgte,
        created_atlt=created_atlt,
        created_atlte=created_atlte,
        created_atbetween=created_atbetween,
        delivery_at=delivery_at,
        delivery_atgt=delivery_atgt,
        delivery_atgte=delivery_atgte,
        delivery_atlt=delivery_atlt,
        delivery_atlte=delivery_atlte,
        delivery_atbetween=delivery_atbetween,
        processed_at=processed_at,
        processed_atgt=processed_atgt,
        processed_atgte=processed_atgte,
        processed_atlt=processed_atlt,
        processed_atlte=processed_atlte,
        processed_atbetween=processed_atbetween,
        msg_total_count=msg_total_count,
        msg_total_countgt=msg_total_countgt,
        msg_total_countgte=msg_total_countgte,
        msg_total_countlt=msg_total_countlt,
        msg_total_countlte=msg_total_countlte,
        msg_total_countbetween=msg_total_countbetween,
        source=source,
        sourcegt=sourcegt,
        sourcegte=sourcegte,
        sourcelt=sourcelt,
        sourcelte=sourcelte,
        sourcebetween=sourcebetween,
        key_id=key_id,
        is_unicode=is_unicode,
        is_dryrun=is_dryrun,
        existsis_unicode=existsis_unicode,
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
    field_orderdelivery_at: OrderDirection | Unset = UNSET,
    field_orderprocessed_at: OrderDirection | Unset = UNSET,
    field_ordermsg_total_count: OrderDirection | Unset = UNSET,
    text: str | Unset = UNSET,
    sender_id: str | Unset = UNSET,
    status_code: list[BulkStatusCode] | Unset = UNSET,
    uuid: list[str] | Unset = UNSET,
    created_at: list[int] | Unset = UNSET,
    created_atgt: int | Unset = UNSET,
    created_atgte: int | Unset = UNSET,
    created_atlt: int | Unset = UNSET,
    created_atlte: int | Unset = UNSET,
    created_atbetween: str | Unset = UNSET,
    delivery_at: list[int] | Unset = UNSET,
    delivery_atgt: int | Unset = UNSET,
    delivery_atgte: int | Unset = UNSET,
    delivery_atlt: int | Unset = UNSET,
    delivery_atlte: int | Unset = UNSET,
    delivery_atbetween: str | Unset = UNSET,
    processed_at: list[int] | Unset = UNSET,
    processed_atgt: int | Unset = UNSET,
    processed_atgte: int | Unset = UNSET,
    processed_atlt: int | Unset = UNSET,
    processed_atlte: int | Unset = UNSET,
    processed_atbetween: str | Unset = UNSET,
    msg_total_count: list[int] | Unset = UNSET,
    msg_total_countgt: int | Unset = UNSET,
    msg_total_countgte: int | Unset = UNSET,
    msg_total_countlt: int | Unset = UNSET,
    msg_total_countlte: int | Unset = UNSET,
    msg_total_countbetween: str | Unset = UNSET,
    source: list[int] | Unset = UNSET,
    sourcegt: int | Unset = UNSET,
    sourcegte: int | Unset = UNSET,
    sourcelt: int | Unset = UNSET,
    sourcelte: int | Unset = UNSET,
    sourcebetween: str | Unset = UNSET,
    key_id: list[int] | Unset = UNSET,
    is_unicode: bool | Unset = UNSET,
    is_dryrun: bool | Unset = UNSET,
    existsis_unicode: bool | Unset = UNSET,
) -> BulkCollection | ConstraintViolationList | Error | None:
    """Retrieves the collection of Bulks resources

     Every bulk of the account, newest first unless `_order[created_at]` is given. Items use the
    short status shape (no `text`, `phones`, `sender_id`, `msg_groups`).

    Args:
        page (int | Unset):  Default: 1.
        field_ordercreated_at (OrderDirection | Unset):
        field_orderdelivery_at (OrderDirection | Unset):
        field_orderprocessed_at (OrderDirection | Unset):
        field_ordermsg_total_count (OrderDirection | Unset):
        text (str | Unset):
        sender_id (str | Unset):
        status_code (list[BulkStatusCode] | Unset):
        uuid (list[str] | Unset):
        created_at (list[int] | Unset):
        created_atgt (int | Unset): Unix time in seconds.
        created_atgte (int | Unset): Unix time in seconds.
        created_atlt (int | Unset): Unix time in seconds.
        created_atlte (int | Unset): Unix time in seconds.
        created_atbetween (str | Unset):
        delivery_at (list[int] | Unset):
        delivery_atgt (int | Unset): Unix time in seconds.
        delivery_atgte (int | Unset): Unix time in seconds.
        delivery_atlt (int | Unset): Unix time in seconds.
        delivery_atlte (int | Unset): Unix time in seconds.
        delivery_atbetween (str | Unset):
        processed_at (list[int] | Unset):
        processed_atgt (int | Unset): Unix time in seconds.
        processed_atgte (int | Unset): Unix time in seconds.
        processed_atlt (int | Unset): Unix time in seconds.
        processed_atlte (int | Unset): Unix time in seconds.
        processed_atbetween (str | Unset):
        msg_total_count (list[int] | Unset):
        msg_total_countgt (int | Unset):
        msg_total_countgte (int | Unset):
        msg_total_countlt (int | Unset):
        msg_total_countlte (int | Unset):
        msg_total_countbetween (str | Unset):
        source (list[int] | Unset):
        sourcegt (int | Unset):
        sourcegte (int | Unset):
        sourcelt (int | Unset):
        sourcelte (int | Unset):
        sourcebetween (str | Unset):
        key_id (list[int] | Unset):
        is_unicode (bool | Unset):
        is_dryrun (bool | Unset):
        existsis_unicode (bool | Unset):

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
        field_orderdelivery_at=field_orderdelivery_at,
        field_orderprocessed_at=field_orderprocessed_at,
        field_ordermsg_total_count=field_ordermsg_total_count,
        text=text,
        sender_id=sender_id,
        status_code=status_code,
        uuid=uuid,
        created_at=created_at,
        created_atgt=created_atgt,
        created_atgte=created_atgte,
        created_atlt=created_atlt,
        created_atlte=created_atlte,
        created_atbetween=created_atbetween,
        delivery_at=delivery_at,
        delivery_atgt=delivery_atgt,
        delivery_atgte=delivery_atgte,
        delivery_atlt=delivery_atlt,
        delivery_atlte=delivery_atlte,
        delivery_atbetween=delivery_atbetween,
        processed_at=processed_at,
        processed_atgt=processed_atgt,
        processed_atgte=processed_atgte,
        processed_atlt=processed_atlt,
        processed_atlte=processed_atlte,
        processed_atbetween=processed_atbetween,
        msg_total_count=msg_total_count,
        msg_total_countgt=msg_total_countgt,
        msg_total_countgte=msg_total_countgte,
        msg_total_countlt=msg_total_countlt,
        msg_total_countlte=msg_total_countlte,
        msg_total_countbetween=msg_total_countbetween,
        source=source,
        sourcegt=sourcegt,
        sourcegte=sourcegte,
        sourcelt=sourcelt,
        sourcelte=sourcelte,
        sourcebetween=sourcebetween,
        key_id=key_id,
        is_unicode=is_unicode,
        is_dryrun=is_dryrun,
        existsis_unicode=existsis_unicode,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
    field_ordercreated_at: OrderDirection | Unset = UNSET,
    field_orderdelivery_at: OrderDirection | Unset = UNSET,
    field_orderprocessed_at: OrderDirection | Unset = UNSET,
    field_ordermsg_total_count: OrderDirection | Unset = UNSET,
    text: str | Unset = UNSET,
    sender_id: str | Unset = UNSET,
    status_code: list[BulkStatusCode] | Unset = UNSET,
    uuid: list[str] | Unset = UNSET,
    created_at: list[int] | Unset = UNSET,
    created_atgt: int | Unset = UNSET,
    created_atgte: int | Unset = UNSET,
    created_atlt: int | Unset = UNSET,
    created_atlte: int | Unset = UNSET,
    created_atbetween: str | Unset = UNSET,
    delivery_at: list[int] | Unset = UNSET,
    delivery_atgt: int | Unset = UNSET,
    delivery_atgte: int | Unset = UNSET,
    delivery_atlt: int | Unset = UNSET,
    delivery_atlte: int | Unset = UNSET,
    delivery_atbetween: str | Unset = UNSET,
    processed_at: list[int] | Unset = UNSET,
    processed_atgt: int | Unset = UNSET,
    processed_atgte: int | Unset = UNSET,
    processed_atlt: int | Unset = UNSET,
    processed_atlte: int | Unset = UNSET,
    processed_atbetween: str | Unset = UNSET,
    msg_total_count: list[int] | Unset = UNSET,
    msg_total_countgt: int | Unset = UNSET,
    msg_total_countgte: int | Unset = UNSET,
    msg_total_countlt: int | Unset = UNSET,
    msg_total_countlte: int | Unset = UNSET,
    msg_total_countbetween: str | Unset = UNSET,
    source: list[int] | Unset = UNSET,
    sourcegt: int | Unset = UNSET,
    sourcegte: int | Unset = UNSET,
    sourcelt: int | Unset = UNSET,
    sourcelte: int | Unset = UNSET,
    sourcebetween: str | Unset = UNSET,
    key_id: list[int] | Unset = UNSET,
    is_unicode: bool | Unset = UNSET,
    is_dryrun: bool | Unset = UNSET,
    existsis_unicode: bool | Unset = UNSET,
) -> Response[BulkCollection | ConstraintViolationList | Error]:
    """Retrieves the collection of Bulks resources

     Every bulk of the account, newest first unless `_order[created_at]` is given. Items use the
    short status shape (no `text`, `phones`, `sender_id`, `msg_groups`).

    Args:
        page (int | Unset):  Default: 1.
        field_ordercreated_at (OrderDirection | Unset):
        field_orderdelivery_at (OrderDirection | Unset):
        field_orderprocessed_at (OrderDirection | Unset):
        field_ordermsg_total_count (OrderDirection | Unset):
        text (str | Unset):
        sender_id (str | Unset):
        status_code (list[BulkStatusCode] | Unset):
        uuid (list[str] | Unset):
        created_at (list[int] | Unset):
        created_atgt (int | Unset): Unix time in seconds.
        created_atgte (int | Unset): Unix time in seconds.
        created_atlt (int | Unset): Unix time in seconds.
        created_atlte (int | Unset): Unix time in seconds.
        created_atbetween (str | Unset):
        delivery_at (list[int] | Unset):
        delivery_atgt (int | Unset): Unix time in seconds.
        delivery_atgte (int | Unset): Unix time in seconds.
        delivery_atlt (int | Unset): Unix time in seconds.
        delivery_atlte (int | Unset): Unix time in seconds.
        delivery_atbetween (str | Unset):
        processed_at (list[int] | Unset):
        processed_atgt (int | Unset): Unix time in seconds.
        processed_atgte (int | Unset): Unix time in seconds.
        processed_atlt (int | Unset): Unix time in seconds.
        processed_atlte (int | Unset): Unix time in seconds.
        processed_atbetween (str | Unset):
        msg_total_count (list[int] | Unset):
        msg_total_countgt (int | Unset):
        msg_total_countgte (int | Unset):
        msg_total_countlt (int | Unset):
        msg_total_countlte (int | Unset):
        msg_total_countbetween (str | Unset):
        source (list[int] | Unset):
        sourcegt (int | Unset):
        sourcegte (int | Unset):
        sourcelt (int | Unset):
        sourcelte (int | Unset):
        sourcebetween (str | Unset):
        key_id (list[int] | Unset):
        is_unicode (bool | Unset):
        is_dryrun (bool | Unset):
        existsis_unicode (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BulkCollection | ConstraintViolationList | Error]
    """

    kwargs = _get_kwargs(
        page=page,
        field_ordercreated_at=field_ordercreated_at,
        field_orderdelivery_at=field_orderdelivery_at,
        field_orderprocessed_at=field_orderprocessed_at,
        field_ordermsg_total_count=field_ordermsg_total_count,
        text=text,
        sender_id=sender_id,
        status_code=status_code,
        uuid=uuid,
        created_at=created_at,
        created_atgt=created_atgt,
        created_atgte=created_atgte,
        created_atlt=created_atlt,
        created_atlte=created_atlte,
        created_atbetween=created_atbetween,
        delivery_at=delivery_at,
        delivery_atgt=delivery_atgt,
        delivery_atgte=delivery_atgte,
        delivery_atlt=delivery_atlt,
        delivery_atlte=delivery_atlte,
        delivery_atbetween=delivery_atbetween,
        processed_at=processed_at,
        processed_atgt=processed_atgt,
        processed_atgte=processed_atgte,
        processed_atlt=processed_atlt,
        processed_atlte=processed_atlte,
        processed_atbetween=processed_atbetween,
        msg_total_count=msg_total_count,
        msg_total_countgt=msg_total_countgt,
        msg_total_countgte=msg_total_countgte,
        msg_total_countlt=msg_total_countlt,
        msg_total_countlte=msg_total_countlte,
        msg_total_countbetween=msg_total_countbetween,
        source=source,
        sourcegt=sourcegt,
        sourcegte=sourcegte,
        sourcelt=sourcelt,
        sourcelte=sourcelte,
        sourcebetween=sourcebetween,
        key_id=key_id,
        is_unicode=is_unicode,
        is_dryrun=is_dryrun,
        existsis_unicode=existsis_unicode,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
    field_ordercreated_at: OrderDirection | Unset = UNSET,
    field_orderdelivery_at: OrderDirection | Unset = UNSET,
    field_orderprocessed_at: OrderDirection | Unset = UNSET,
    field_ordermsg_total_count: OrderDirection | Unset = UNSET,
    text: str | Unset = UNSET,
    sender_id: str | Unset = UNSET,
    status_code: list[BulkStatusCode] | Unset = UNSET,
    uuid: list[str] | Unset = UNSET,
    created_at: list[int] | Unset = UNSET,
    created_atgt: int | Unset = UNSET,
    created_atgte: int | Unset = UNSET,
    created_atlt: int | Unset = UNSET,
    created_atlte: int | Unset = UNSET,
    created_atbetween: str | Unset = UNSET,
    delivery_at: list[int] | Unset = UNSET,
    delivery_atgt: int | Unset = UNSET,
    delivery_atgte: int | Unset = UNSET,
    delivery_atlt: int | Unset = UNSET,
    delivery_atlte: int | Unset = UNSET,
    delivery_atbetween: str | Unset = UNSET,
    processed_at: list[int] | Unset = UNSET,
    processed_atgt: int | Unset = UNSET,
    processed_atgte: int | Unset = UNSET,
    processed_atlt: int | Unset = UNSET,
    processed_atlte: int | Unset = UNSET,
    processed_atbetween: str | Unset = UNSET,
    msg_total_count: list[int] | Unset = UNSET,
    msg_total_countgt: int | Unset = UNSET,
    msg_total_countgte: int | Unset = UNSET,
    msg_total_countlt: int | Unset = UNSET,
    msg_total_countlte: int | Unset = UNSET,
    msg_total_countbetween: str | Unset = UNSET,
    source: list[int] | Unset = UNSET,
    sourcegt: int | Unset = UNSET,
    sourcegte: int | Unset = UNSET,
    sourcelt: int | Unset = UNSET,
    sourcelte: int | Unset = UNSET,
    sourcebetween: str | Unset = UNSET,
    key_id: list[int] | Unset = UNSET,
    is_unicode: bool | Unset = UNSET,
    is_dryrun: bool | Unset = UNSET,
    existsis_unicode: bool | Unset = UNSET,
) -> BulkCollection | ConstraintViolationList | Error | None:
    """Retrieves the collection of Bulks resources

     Every bulk of the account, newest first unless `_order[created_at]` is given. Items use the
    short status shape (no `text`, `phones`, `sender_id`, `msg_groups`).

    Args:
        page (int | Unset):  Default: 1.
        field_ordercreated_at (OrderDirection | Unset):
        field_orderdelivery_at (OrderDirection | Unset):
        field_orderprocessed_at (OrderDirection | Unset):
        field_ordermsg_total_count (OrderDirection | Unset):
        text (str | Unset):
        sender_id (str | Unset):
        status_code (list[BulkStatusCode] | Unset):
        uuid (list[str] | Unset):
        created_at (list[int] | Unset):
        created_atgt (int | Unset): Unix time in seconds.
        created_atgte (int | Unset): Unix time in seconds.
        created_atlt (int | Unset): Unix time in seconds.
        created_atlte (int | Unset): Unix time in seconds.
        created_atbetween (str | Unset):
        delivery_at (list[int] | Unset):
        delivery_atgt (int | Unset): Unix time in seconds.
        delivery_atgte (int | Unset): Unix time in seconds.
        delivery_atlt (int | Unset): Unix time in seconds.
        delivery_atlte (int | Unset): Unix time in seconds.
        delivery_atbetween (str | Unset):
        processed_at (list[int] | Unset):
        processed_atgt (int | Unset): Unix time in seconds.
        processed_atgte (int | Unset): Unix time in seconds.
        processed_atlt (int | Unset): Unix time in seconds.
        processed_atlte (int | Unset): Unix time in seconds.
        processed_atbetween (str | Unset):
        msg_total_count (list[int] | Unset):
        msg_total_countgt (int | Unset):
        msg_total_countgte (int | Unset):
        msg_total_countlt (int | Unset):
        msg_total_countlte (int | Unset):
        msg_total_countbetween (str | Unset):
        source (list[int] | Unset):
        sourcegt (int | Unset):
        sourcegte (int | Unset):
        sourcelt (int | Unset):
        sourcelte (int | Unset):
        sourcebetween (str | Unset):
        key_id (list[int] | Unset):
        is_unicode (bool | Unset):
        is_dryrun (bool | Unset):
        existsis_unicode (bool | Unset):

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
            field_orderdelivery_at=field_orderdelivery_at,
            field_orderprocessed_at=field_orderprocessed_at,
            field_ordermsg_total_count=field_ordermsg_total_count,
            text=text,
            sender_id=sender_id,
            status_code=status_code,
            uuid=uuid,
            created_at=created_at,
            created_atgt=created_atgt,
            created_atgte=created_atgte,
            created_atlt=created_atlt,
            created_atlte=created_atlte,
            created_atbetween=created_atbetween,
            delivery_at=delivery_at,
            delivery_atgt=delivery_atgt,
            delivery_atgte=delivery_atgte,
            delivery_atlt=delivery_atlt,
            delivery_atlte=delivery_atlte,
            delivery_atbetween=delivery_atbetween,
            processed_at=processed_at,
            processed_atgt=processed_atgt,
            processed_atgte=processed_atgte,
            processed_atlt=processed_atlt,
            processed_atlte=processed_atlte,
            processed_atbetween=processed_atbetween,
            msg_total_count=msg_total_count,
            msg_total_countgt=msg_total_countgt,
            msg_total_countgte=msg_total_countgte,
            msg_total_countlt=msg_total_countlt,
            msg_total_countlte=msg_total_countlte,
            msg_total_countbetween=msg_total_countbetween,
            source=source,
            sourcegt=sourcegt,
            sourcegte=sourcegte,
            sourcelt=sourcelt,
            sourcelte=sourcelte,
            sourcebetween=sourcebetween,
            key_id=key_id,
            is_unicode=is_unicode,
            is_dryrun=is_dryrun,
            existsis_unicode=existsis_unicode,
        )
    ).parsed

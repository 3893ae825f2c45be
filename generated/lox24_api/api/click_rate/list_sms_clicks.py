from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.constraint_violation_list import ConstraintViolationList
from ...models.error import Error
from ...models.order_direction import OrderDirection
from ...models.sms_clicks_collection import SmsClicksCollection
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    page: int | Unset = 1,
    field_ordercreated_at: OrderDirection | Unset = UNSET,
    requests_count: list[int] | Unset = UNSET,
    requests_countgt: int | Unset = UNSET,
    requests_countgte: int | Unset = UNSET,
    requests_countlt: int | Unset = UNSET,
    requests_countlte: int | Unset = UNSET,
    requests_countbetween: str | Unset = UNSET,
    created_at: list[int] | Unset = UNSET,
    created_atgt: int | Unset = UNSET,
    created_atgte: int | Unset = UNSET,
    created_atlt: int | Unset = UNSET,
    created_atlte: int | Unset = UNSET,
    created_atbetween: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    json_field_ordercreated_at: str | Unset = UNSET
    if not isinstance(field_ordercreated_at, Unset):
        json_field_ordercreated_at = field_ordercreated_at.value

    params["_order[created_at]"] = json_field_ordercreated_at

    json_requests_count: list[int] | Unset = UNSET
    if not isinstance(requests_count, Unset):
        json_requests_count = requests_count

    params["requests_count[]"] = json_requests_count

    params["requests_count[gt]"] = requests_countgt

    params["requests_count[gte]"] = requests_countgte

    params["requests_count[lt]"] = requests_countlt

    params["requests_count[lte]"] = requests_countlte

    params["requests_count[between]"] = requests_countbetween

    json_created_at: list[int] | Unset = UNSET
    if not isinstance(created_at, Unset):
        json_created_at = created_at

    params["created_at[]"] = json_created_at

    params["created_at[gt]"] = created_atgt

    params["created_at[gte]"] = created_atgte

    params["created_at[lt]"] = created_atlt

    params["created_at[lte]"] = created_atlte

    params["created_at[between]"] = created_atbetween

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/sms/clicks",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ConstraintViolationList | Error | SmsClicksCollection | None:
    if response.status_code == 200:
        response_200 = SmsClicksCollection.from_dict(response.json())

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
) -> Response[ConstraintViolationList | Error | SmsClicksCollection]:
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
    requests_count: list[int] | Unset = UNSET,
    requests_countgt: int | Unset = UNSET,
    requests_countgte: int | Unset = UNSET,
    requests_countlt: int | Unset = UNSET,
    requests_countlte: int | Unset = UNSET,
    requests_countbetween: str | Unset = UNSET,
    created_at: list[int] | Unset = UNSET,
    created_atgt: int | Unset = UNSET,
    created_atgte: int | Unset = UNSET,
    created_atlt: int | Unset = UNSET,
    created_atlte: int | Unset = UNSET,
    created_atbetween: str | Unset = UNSET,
) -> Response[ConstraintViolationList | Error | SmsClicksCollection]:
    """Retrieves the click counts of the SMS with a short link

     Every SMS of the account that carries a short link of an advanced campaign (type 2, one link
    per SMS), with the number of clicks on it; newest SMS first unless `_order[created_at]` is
    given. LOX24 counts clicks per SMS for advanced campaigns only (its "send-link" chapter); an SMS
    with a simple campaign's link (type 1, shared by every SMS) is not listed. Decision: LOX24
    declares `requests_count` and `created_at` as exact filters only (its text says "exact and
    range"); both take the ranges of the filter grammar here (`requests_count[gte]=1`: clicked SMS).

    Args:
        page (int | Unset):  Default: 1.
        field_ordercreated_at (OrderDirection | Unset):
        requests_count (list[int] | Unset):
        requests_countgt (int | Unset):
        requests_countgte (int | Unset):
        requests_countlt (int | Unset):
        requests_countlte (int | Unset):
        requests_countbetween (str | Unset):
        created_at (list[int] | Unset):
        created_atgt (int | Unset): Unix time in seconds.
        created_atgte (int | Unset): Unix time in seconds.
        created_atlt (int | Unset): Unix time in seconds.
        created_atlte (int | Unset): Unix time in seconds.
        created_atbetween (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConstraintViolationList | Error | SmsClicksCollection]
    """

    kwargs = _get_kwargs(
        page=page,
        field_ordercreated_at=field_ordercreated_at,
        requests_count=requests_count,
        requests_countgt=requests_countgt,
        requests_countgte=requests_countgte,
        requests_countlt=requests_countlt,
        requests_countlte=requests_countlte,
        requests_countbetween=requests_countbetween,
        created_at=created_at,
        created_atgt=created_atgt,
        created_atgte=created_atgte,
        created_atlt=created_atlt,
        created_atlte=created_atlte,
        created_atbetween=created_atbetween,
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
    requests_count: list[int] | Unset = UNSET,
    requests_countgt: int | Unset = UNSET,
    requests_countgte: int | Unset = UNSET,
    requests_countlt: int | Unset = UNSET,
    requests_countlte: int | Unset = UNSET,
    requests_countbetween: str | Unset = UNSET,
    created_at: list[int] | Unset = UNSET,
    created_atgt: int | Unset = UNSET,
    created_atgte: int | Unset = UNSET,
    created_atlt: int | Unset = UNSET,
    created_atlte: int | Unset = UNSET,
    created_atbetween: str | Unset = UNSET,
) -> ConstraintViolationList | Error | SmsClicksCollection | None:
    """Retrieves the click counts of the SMS with a short link

     Every SMS of the account that carries a short link of an advanced campaign (type 2, one link
    per SMS), with the number of clicks on it; newest SMS first unless `_order[created_at]` is
    given. LOX24 counts clicks per SMS for advanced campaigns only (its "send-link" chapter); an SMS
    with a simple campaign's link (type 1, shared by every SMS) is not listed. Decision: LOX24
    declares `requests_count` and `created_at` as exact filters only (its text says "exact and
    range"); both take the ranges of the filter grammar here (`requests_count[gte]=1`: clicked SMS).

    Args:
        page (int | Unset):  Default: 1.
        field_ordercreated_at (OrderDirection | Unset):
        requests_count (list[int] | Unset):
        requests_countgt (int | Unset):
        requests_countgte (int | Unset):
        requests_countlt (int | Unset):
        requests_countlte (int | Unset):
        requests_countbetween (str | Unset):
        created_at (list[int] | Unset):
        created_atgt (int | Unset): Unix time in seconds.
        created_atgte (int | Unset): Unix time in seconds.
        created_atlt (int | Unset): Unix time in seconds.
        created_atlte (int | Unset): Unix time in seconds.
        created_atbetween (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConstraintViolationList | Error | SmsClicksCollection
    """

    return sync_detailed(
        client=client,
        page=page,
        field_ordercreated_at=field_ordercreated_at,
        requests_count=requests_count,
        requests_countgt=requests_countgt,
        requests_countgte=requests_countgte,
        requests_countlt=requests_countlt,
        requests_countlte=requests_countlte,
        requests_countbetween=requests_countbetween,
        created_at=created_at,
        created_atgt=created_atgt,
        created_atgte=created_atgte,
        created_atlt=created_atlt,
        created_atlte=created_atlte,
        created_atbetween=created_atbetween,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
    field_ordercreated_at: OrderDirection | Unset = UNSET,
    requests_count: list[int] | Unset = UNSET,
    requests_countgt: int | Unset = UNSET,
    requests_countgte: int | Unset = UNSET,
    requests_countlt: int | Unset = UNSET,
    requests_countlte: int | Unset = UNSET,
    requests_countbetween: str | Unset = UNSET,
    created_at: list[int] | Unset = UNSET,
    created_atgt: int | Unset = UNSET,
    created_atgte: int | Unset = UNSET,
    created_atlt: int | Unset = UNSET,
    created_atlte: int | Unset = UNSET,
    created_atbetween: str | Unset = UNSET,
) -> Response[ConstraintViolationList | Error | SmsClicksCollection]:
    """Retrieves the click counts of the SMS with a short link

     Every SMS of the account that carries a short link of an advanced campaign (type 2, one link
    per SMS), with the number of clicks on it; newest SMS first unless `_order[created_at]` is
    given. LOX24 counts clicks per SMS for advanced campaigns only (its "send-link" chapter); an SMS
    with a simple campaign's link (type 1, shared by every SMS) is not listed. Decision: LOX24
    declares `requests_count` and `created_at` as exact filters only (its text says "exact and
    range"); both take the ranges of the filter grammar here (`requests_count[gte]=1`: clicked SMS).

    Args:
        page (int | Unset):  Default: 1.
        field_ordercreated_at (OrderDirection | Unset):
        requests_count (list[int] | Unset):
        requests_countgt (int | Unset):
        requests_countgte (int | Unset):
        requests_countlt (int | Unset):
        requests_countlte (int | Unset):
        requests_countbetween (str | Unset):
        created_at (list[int] | Unset):
        created_atgt (int | Unset): Unix time in seconds.
        created_atgte (int | Unset): Unix time in seconds.
        created_atlt (int | Unset): Unix time in seconds.
        created_atlte (int | Unset): Unix time in seconds.
        created_atbetween (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConstraintViolationList | Error | SmsClicksCollection]
    """

    kwargs = _get_kwargs(
        page=page,
        field_ordercreated_at=field_ordercreated_at,
        requests_count=requests_count,
        requests_countgt=requests_countgt,
        requests_countgte=requests_countgte,
        requests_countlt=requests_countlt,
        requests_countlte=requests_countlte,
        requests_countbetween=requests_countbetween,
        created_at=created_at,
        created_atgt=created_atgt,
        created_atgte=created_atgte,
        created_atlt=created_atlt,
        created_atlte=created_atlte,
        created_atbetween=created_atbetween,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
    field_ordercreated_at: OrderDirection | Unset = UNSET,
    requests_count: list[int] | Unset = UNSET,
    requests_countgt: int | Unset = UNSET,
    requests_countgte: int | Unset = UNSET,
    requests_countlt: int | Unset = UNSET,
    requests_countlte: int | Unset = UNSET,
    requests_countbetween: str | Unset = UNSET,
    created_at: list[int] | Unset = UNSET,
    created_atgt: int | Unset = UNSET,
    created_atgte: int | Unset = UNSET,
    created_atlt: int | Unset = UNSET,
    created_atlte: int | Unset = UNSET,
    created_atbetween: str | Unset = UNSET,
) -> ConstraintViolationList | Error | SmsClicksCollection | None:
    """Retrieves the click counts of the SMS with a short link

     Every SMS of the account that carries a short link of an advanced campaign (type 2, one link
    per SMS), with the number of clicks on it; newest SMS first unless `_order[created_at]` is
    given. LOX24 counts clicks per SMS for advanced campaigns only (its "send-link" chapter); an SMS
    with a simple campaign's link (type 1, shared by every SMS) is not listed. Decision: LOX24
    declares `requests_count` and `created_at` as exact filters only (its text says "exact and
    range"); both take the ranges of the filter grammar here (`requests_count[gte]=1`: clicked SMS).

    Args:
        page (int | Unset):  Default: 1.
        field_ordercreated_at (OrderDirection | Unset):
        requests_count (list[int] | Unset):
        requests_countgt (int | Unset):
        requests_countgte (int | Unset):
        requests_countlt (int | Unset):
        requests_countlte (int | Unset):
        requests_countbetween (str | Unset):
        created_at (list[int] | Unset):
        created_atgt (int | Unset): Unix time in seconds.
        created_atgte (int | Unset): Unix time in seconds.
        created_atlt (int | Unset): Unix time in seconds.
        created_atlte (int | Unset): Unix time in seconds.
        created_atbetween (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConstraintViolationList | Error | SmsClicksCollection
    """

    return (
        await asyncio_detailed(
            client=client,
            page=page,
            field_ordercreated_at=field_ordercreated_at,
            requests_count=requests_count,
            requests_countgt=requests_countgt,
            requests_countgte=requests_countgte,
            requests_countlt=requests_countlt,
            requests_countlte=requests_countlte,
            requests_countbetween=requests_countbetween,
            created_at=created_at,
            created_atgt=created_atgt,
            created_atgte=created_atgte,
            created_atlt=created_atlt,
            created_atlte=created_atlte,
            created_atbetween=created_atbetween,
        )
    ).parsed

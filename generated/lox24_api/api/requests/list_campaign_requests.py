from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.constraint_violation_list import ConstraintViolationList
from ...models.error import Error
from ...models.order_direction import OrderDirection
from ...models.short_link_request_collection import ShortLinkRequestCollection
from ...types import UNSET, Response, Unset


def _get_kwargs(
    code: str,
    *,
    page: int | Unset = 1,
    field_orderdate: OrderDirection | Unset = UNSET,
    ip: str | Unset = UNSET,
    url_query: str | Unset = UNSET,
    user_agent: str | Unset = UNSET,
    country: list[str] | Unset = UNSET,
    referer: str | Unset = UNSET,
    date: list[int] | Unset = UNSET,
    dategt: int | Unset = UNSET,
    dategte: int | Unset = UNSET,
    datelt: int | Unset = UNSET,
    datelte: int | Unset = UNSET,
    datebetween: str | Unset = UNSET,
    type_: list[int] | Unset = UNSET,
    browser: str | Unset = UNSET,
    browser_version: str | Unset = UNSET,
    os: str | Unset = UNSET,
    os_version: str | Unset = UNSET,
    software_type: str | Unset = UNSET,
    hardware_type: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    json_field_orderdate: str | Unset = UNSET
    if not isinstance(field_orderdate, Unset):
        json_field_orderdate = field_orderdate.value

    params["_order[date]"] = json_field_orderdate

    params["ip"] = ip

    params["url"] = url_query

    params["user_agent"] = user_agent

    json_country: list[str] | Unset = UNSET
    if not isinstance(country, Unset):
        json_country = country

    params["country[]"] = json_country

    params["referer"] = referer

    json_date: list[int] | Unset = UNSET
    if not isinstance(date, Unset):
        json_date = date

    params["date[]"] = json_date

    params["date[gt]"] = dategt

    params["date[gte]"] = dategte

    params["date[lt]"] = datelt

    params["date[lte]"] = datelte

    params["date[between]"] = datebetween

    json_type_: list[int] | Unset = UNSET
    if not isinstance(type_, Unset):
        json_type_ = type_

    params["type[]"] = json_type_

    params["browser"] = browser

    params["browser_version"] = browser_version

    params["os"] = os

    params["os_version"] = os_version

    params["software_type"] = software_type

    params["hardware_type"] = hardware_type

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/short_link_campaigns/{code}/requests".format(
            code=quote(str(code), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ConstraintViolationList | Error | ShortLinkRequestCollection | None:
    if response.status_code == 200:
        response_200 = ShortLinkRequestCollection.from_dict(response.json())

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

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

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
) -> Response[ConstraintViolationList | Error | ShortLinkRequestCollection]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    code: str,
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
    field_orderdate: OrderDirection | Unset = UNSET,
    ip: str | Unset = UNSET,
    url_query: str | Unset = UNSET,
    user_agent: str | Unset = UNSET,
    country: list[str] | Unset = UNSET,
    referer: str | Unset = UNSET,
    date: list[int] | Unset = UNSET,
    dategt: int | Unset = UNSET,
    dategte: int | Unset = UNSET,
    datelt: int | Unset = UNSET,
    datelte: int | Unset = UNSET,
    datebetween: str | Unset = UNSET,
    type_: list[int] | Unset = UNSET,
    browser: str | Unset = UNSET,
    browser_version: str | Unset = UNSET,
    os: str | Unset = UNSET,
    os_version: str | Unset = UNSET,
    software_type: str | Unset = UNSET,
    hardware_type: str | Unset = UNSET,
) -> Response[ConstraintViolationList | Error | ShortLinkRequestCollection]:
    """Retrieves the clicks on the short links of one campaign

     The clicks ("requests") on short links of one campaign (all its links), newest first (`date`
    descending) unless
    `_order[date]` is given; filters combine with AND. Decision: LOX24 declares every exact filter both
    as `name` and `name[]`; only `name[]` is declared here (see `info.description`), and the emulator
    reads `name=` too.
    404 when the account has no such campaign.

    Args:
        code (str):
        page (int | Unset):  Default: 1.
        field_orderdate (OrderDirection | Unset):
        ip (str | Unset):
        url_query (str | Unset):
        user_agent (str | Unset):
        country (list[str] | Unset):
        referer (str | Unset):
        date (list[int] | Unset):
        dategt (int | Unset): Unix time in seconds.
        dategte (int | Unset): Unix time in seconds.
        datelt (int | Unset): Unix time in seconds.
        datelte (int | Unset): Unix time in seconds.
        datebetween (str | Unset):
        type_ (list[int] | Unset):
        browser (str | Unset):
        browser_version (str | Unset):
        os (str | Unset):
        os_version (str | Unset):
        software_type (str | Unset):
        hardware_type (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConstraintViolationList | Error | ShortLinkRequestCollection]
    """

    kwargs = _get_kwargs(
        code=code,
        page=page,
        field_orderdate=field_orderdate,
        ip=ip,
        url_query=url_query,
        user_agent=user_agent,
        country=country,
        referer=referer,
        date=date,
        dategt=dategt,
        dategte=dategte,
        datelt=datelt,
        datelte=datelte,
        datebetween=datebetween,
        type_=type_,
        browser=browser,
        browser_version=browser_version,
        os=os,
        os_version=os_version,
        software_type=software_type,
        hardware_type=hardware_type,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    code: str,
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
    field_orderdate: OrderDirection | Unset = UNSET,
    ip: str | Unset = UNSET,
    url_query: str | Unset = UNSET,
    user_agent: str | Unset = UNSET,
    country: list[str] | Unset = UNSET,
    referer: str | Unset = UNSET,
    date: list[int] | Unset = UNSET,
    dategt: int | Unset = UNSET,
    dategte: int | Unset = UNSET,
    datelt: int | Unset = UNSET,
    datelte: int | Unset = UNSET,
    datebetween: str | Unset = UNSET,
    type_: list[int] | Unset = UNSET,
    browser: str | Unset = UNSET,
    browser_version: str | Unset = UNSET,
    os: str | Unset = UNSET,
    os_version: str | Unset = UNSET,
    software_type: str | Unset = UNSET,
    hardware_type: str | Unset = UNSET,
) -> ConstraintViolationList | Error | ShortLinkRequestCollection | None:
    """Retrieves the clicks on the short links of one campaign

     The clicks ("requests") on short links of one campaign (all its links), newest first (`date`
    descending) unless
    `_order[date]` is given; filters combine with AND. Decision: LOX24 declares every exact filter both
    as `name` and `name[]`; only `name[]` is declared here (see `info.description`), and the emulator
    reads `name=` too.
    404 when the account has no such campaign.

    Args:
        code (str):
        page (int | Unset):  Default: 1.
        field_orderdate (OrderDirection | Unset):
        ip (str | Unset):
        url_query (str | Unset):
        user_agent (str | Unset):
        country (list[str] | Unset):
        referer (str | Unset):
        date (list[int] | Unset):
        dategt (int | Unset): Unix time in seconds.
        dategte (int | Unset): Unix time in seconds.
        datelt (int | Unset): Unix time in seconds.
        datelte (int | Unset): Unix time in seconds.
        datebetween (str | Unset):
        type_ (list[int] | Unset):
        browser (str | Unset):
        browser_version (str | Unset):
        os (str | Unset):
        os_version (str | Unset):
        software_type (str | Unset):
        hardware_type (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConstraintViolationList | Error | ShortLinkRequestCollection
    """

    return sync_detailed(
        code=code,
        client=client,
        page=page,
        field_orderdate=field_orderdate,
        ip=ip,
        url_query=url_query,
        user_agent=user_agent,
        country=country,
        referer=referer,
        date=date,
        dategt=dategt,
        dategte=dategte,
        datelt=datelt,
        datelte=datelte,
        datebetween=datebetween,
        type_=type_,
        browser=browser,
        browser_version=browser_version,
        os=os,
        os_version=os_version,
        software_type=software_type,
        hardware_type=hardware_type,
    ).parsed


async def asyncio_detailed(
    code: str,
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
    field_orderdate: OrderDirection | Unset = UNSET,
    ip: str | Unset = UNSET,
    url_query: str | Unset = UNSET,
    user_agent: str | Unset = UNSET,
    country: list[str] | Unset = UNSET,
    referer: str | Unset = UNSET,
    date: list[int] | Unset = UNSET,
    dategt: int | Unset = UNSET,
    dategte: int | Unset = UNSET,
    datelt: int | Unset = UNSET,
    datelte: int | Unset = UNSET,
    datebetween: str | Unset = UNSET,
    type_: list[int] | Unset = UNSET,
    browser: str | Unset = UNSET,
    browser_version: str | Unset = UNSET,
    os: str | Unset = UNSET,
    os_version: str | Unset = UNSET,
    software_type: str | Unset = UNSET,
    hardware_type: str | Unset = UNSET,
) -> Response[ConstraintViolationList | Error | ShortLinkRequestCollection]:
    """Retrieves the clicks on the short links of one campaign

     The clicks ("requests") on short links of one campaign (all its links), newest first (`date`
    descending) unless
    `_order[date]` is given; filters combine with AND. Decision: LOX24 declares every exact filter both
    as `name` and `name[]`; only `name[]` is declared here (see `info.description`), and the emulator
    reads `name=` too.
    404 when the account has no such campaign.

    Args:
        code (str):
        page (int | Unset):  Default: 1.
        field_orderdate (OrderDirection | Unset):
        ip (str | Unset):
        url_query (str | Unset):
        user_agent (str | Unset):
        country (list[str] | Unset):
        referer (str | Unset):
        date (list[int] | Unset):
        dategt (int | Unset): Unix time in seconds.
        dategte (int | Unset): Unix time in seconds.
        datelt (int | Unset): Unix time in seconds.
        datelte (int | Unset): Unix time in seconds.
        datebetween (str | Unset):
        type_ (list[int] | Unset):
        browser (str | Unset):
        browser_version (str | Unset):
        os (str | Unset):
        os_version (str | Unset):
        software_type (str | Unset):
        hardware_type (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConstraintViolationList | Error | ShortLinkRequestCollection]
    """

    kwargs = _get_kwargs(
        code=code,
        page=page,
        field_orderdate=field_orderdate,
        ip=ip,
        url_query=url_query,
        user_agent=user_agent,
        country=country,
        referer=referer,
        date=date,
        dategt=dategt,
        dategte=dategte,
        datelt=datelt,
        datelte=datelte,
        datebetween=datebetween,
        type_=type_,
        browser=browser,
        browser_version=browser_version,
        os=os,
        os_version=os_version,
        software_type=software_type,
        hardware_type=hardware_type,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    code: str,
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
    field_orderdate: OrderDirection | Unset = UNSET,
    ip: str | Unset = UNSET,
    url_query: str | Unset = UNSET,
    user_agent: str | Unset = UNSET,
    country: list[str] | Unset = UNSET,
    referer: str | Unset = UNSET,
    date: list[int] | Unset = UNSET,
    dategt: int | Unset = UNSET,
    dategte: int | Unset = UNSET,
    datelt: int | Unset = UNSET,
    datelte: int | Unset = UNSET,
    datebetween: str | Unset = UNSET,
    type_: list[int] | Unset = UNSET,
    browser: str | Unset = UNSET,
    browser_version: str | Unset = UNSET,
    os: str | Unset = UNSET,
    os_version: str | Unset = UNSET,
    software_type: str | Unset = UNSET,
    hardware_type: str | Unset = UNSET,
) -> ConstraintViolationList | Error | ShortLinkRequestCollection | None:
    """Retrieves the clicks on the short links of one campaign

     The clicks ("requests") on short links of one campaign (all its links), newest first (`date`
    descending) unless
    `_order[date]` is given; filters combine with AND. Decision: LOX24 declares every exact filter both
    as `name` and `name[]`; only `name[]` is declared here (see `info.description`), and the emulator
    reads `name=` too.
    404 when the account has no such campaign.

    Args:
        code (str):
        page (int | Unset):  Default: 1.
        field_orderdate (OrderDirection | Unset):
        ip (str | Unset):
        url_query (str | Unset):
        user_agent (str | Unset):
        country (list[str] | Unset):
        referer (str | Unset):
        date (list[int] | Unset):
        dategt (int | Unset): Unix time in seconds.
        dategte (int | Unset): Unix time in seconds.
        datelt (int | Unset): Unix time in seconds.
        datelte (int | Unset): Unix time in seconds.
        datebetween (str | Unset):
        type_ (list[int] | Unset):
        browser (str | Unset):
        browser_version (str | Unset):
        os (str | Unset):
        os_version (str | Unset):
        software_type (str | Unset):
        hardware_type (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConstraintViolationList | Error | ShortLinkRequestCollection
    """

    return (
        await asyncio_detailed(
            code=code,
            client=client,
            page=page,
            field_orderdate=field_orderdate,
            ip=ip,
            url_query=url_query,
            user_agent=user_agent,
            country=country,
            referer=referer,
            date=date,
            dategt=dategt,
            dategte=dategte,
            datelt=datelt,
            datelte=datelte,
            datebetween=datebetween,
            type_=type_,
            browser=browser,
            browser_version=browser_version,
            os=os,
            os_version=os_version,
            software_type=software_type,
            hardware_type=hardware_type,
        )
    ).parsed

from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.constraint_violation_list import ConstraintViolationList
from ...models.error import Error
from ...models.short_link_campaign import ShortLinkCampaign
from ...models.short_link_campaign_write import ShortLinkCampaignWrite
from ...types import Response


def _get_kwargs(
    *,
    body: ShortLinkCampaignWrite,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/short_link_campaigns",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ConstraintViolationList | Error | ShortLinkCampaign | None:
    if response.status_code == 201:
        response_201 = ShortLinkCampaign.from_dict(response.json())

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
) -> Response[ConstraintViolationList | Error | ShortLinkCampaign]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: ShortLinkCampaignWrite,
) -> Response[ConstraintViolationList | Error | ShortLinkCampaign]:
    """Create a short-link campaign

     A campaign for a target URL. Put `[slink <id>]` into an SMS or bulk text and it becomes a short
    link: type 1 (simple) one link shared by every SMS, free; type 2 (advanced) one link per SMS, so
    clicks are counted per recipient. `group_id`, when given, must be a group of the account (422).
    The campaign's `id` is its code, a short random string (`eGxoGRMq`).

    Args:
        body (ShortLinkCampaignWrite): A short-link campaign. Decision: LOX24 declares `url` as
            any string; here it must be an http(s)
            URL of printable ASCII characters (percent-encode the rest), and `name` must not be empty.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConstraintViolationList | Error | ShortLinkCampaign]
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
    body: ShortLinkCampaignWrite,
) -> ConstraintViolationList | Error | ShortLinkCampaign | None:
    """Create a short-link campaign

     A campaign for a target URL. Put `[slink <id>]` into an SMS or bulk text and it becomes a short
    link: type 1 (simple) one link shared by every SMS, free; type 2 (advanced) one link per SMS, so
    clicks are counted per recipient. `group_id`, when given, must be a group of the account (422).
    The campaign's `id` is its code, a short random string (`eGxoGRMq`).

    Args:
        body (ShortLinkCampaignWrite): A short-link campaign. Decision: LOX24 declares `url` as
            any string; here it must be an http(s)
            URL of printable ASCII characters (percent-encode the rest), and `name` must not be empty.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConstraintViolationList | Error | ShortLinkCampaign
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: ShortLinkCampaignWrite,
) -> Response[ConstraintViolationList | Error | ShortLinkCampaign]:
    """Create a short-link campaign

     A campaign for a target URL. Put `[slink <id>]` into an SMS or bulk text and it becomes a short
    link: type 1 (simple) one link shared by every SMS, free; type 2 (advanced) one link per SMS, so
    clicks are counted per recipient. `group_id`, when given, must be a group of the account (422).
    The campaign's `id` is its code, a short random string (`eGxoGRMq`).

    Args:
        body (ShortLinkCampaignWrite): A short-link campaign. Decision: LOX24 declares `url` as
            any string; here it must be an http(s)
            URL of printable ASCII characters (percent-encode the rest), and `name` must not be empty.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConstraintViolationList | Error | ShortLinkCampaign]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: ShortLinkCampaignWrite,
) -> ConstraintViolationList | Error | ShortLinkCampaign | None:
    """Create a short-link campaign

     A campaign for a target URL. Put `[slink <id>]` into an SMS or bulk text and it becomes a short
    link: type 1 (simple) one link shared by every SMS, free; type 2 (advanced) one link per SMS, so
    clicks are counted per recipient. `group_id`, when given, must be a group of the account (422).
    The campaign's `id` is its code, a short random string (`eGxoGRMq`).

    Args:
        body (ShortLinkCampaignWrite): A short-link campaign. Decision: LOX24 declares `url` as
            any string; here it must be an http(s)
            URL of printable ASCII characters (percent-encode the rest), and `name` must not be empty.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConstraintViolationList | Error | ShortLinkCampaign
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed

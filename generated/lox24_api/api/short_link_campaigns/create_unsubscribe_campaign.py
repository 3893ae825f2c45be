from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.constraint_violation_list import ConstraintViolationList
from ...models.error import Error
from ...models.short_link_campaign import ShortLinkCampaign
from ...models.subscribe_campaign_write import SubscribeCampaignWrite
from ...types import Response


def _get_kwargs(
    *,
    body: SubscribeCampaignWrite,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/short_link_campaigns/unsubscribe",
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
    body: SubscribeCampaignWrite,
) -> Response[ConstraintViolationList | Error | ShortLinkCampaign]:
    """Create an unsubscribe-form campaign

     A campaign whose link leads to an unsubscribe form, where a person can opt out of your SMS and
    give a reason. The number is put on the block list with type 2 (unsubscribed) and a
    `phone.unsubscribe` event is sent. With a `group_id` (which must be a group of the account, 422
    otherwise; null for none) the person's entry in that group is marked unsubscribed
    (`unsubscribed_at`, `unsubscribe_reason`), and added so if it was not there. Decision: type 2 and
    `url` `https://l24.pw/unsubscribe/<id>`, as for subscribe campaigns.

    Args:
        body (SubscribeCampaignWrite): A subscribe or unsubscribe campaign (its URL is the form's,
            made by LOX24).

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
    body: SubscribeCampaignWrite,
) -> ConstraintViolationList | Error | ShortLinkCampaign | None:
    """Create an unsubscribe-form campaign

     A campaign whose link leads to an unsubscribe form, where a person can opt out of your SMS and
    give a reason. The number is put on the block list with type 2 (unsubscribed) and a
    `phone.unsubscribe` event is sent. With a `group_id` (which must be a group of the account, 422
    otherwise; null for none) the person's entry in that group is marked unsubscribed
    (`unsubscribed_at`, `unsubscribe_reason`), and added so if it was not there. Decision: type 2 and
    `url` `https://l24.pw/unsubscribe/<id>`, as for subscribe campaigns.

    Args:
        body (SubscribeCampaignWrite): A subscribe or unsubscribe campaign (its URL is the form's,
            made by LOX24).

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
    body: SubscribeCampaignWrite,
) -> Response[ConstraintViolationList | Error | ShortLinkCampaign]:
    """Create an unsubscribe-form campaign

     A campaign whose link leads to an unsubscribe form, where a person can opt out of your SMS and
    give a reason. The number is put on the block list with type 2 (unsubscribed) and a
    `phone.unsubscribe` event is sent. With a `group_id` (which must be a group of the account, 422
    otherwise; null for none) the person's entry in that group is marked unsubscribed
    (`unsubscribed_at`, `unsubscribe_reason`), and added so if it was not there. Decision: type 2 and
    `url` `https://l24.pw/unsubscribe/<id>`, as for subscribe campaigns.

    Args:
        body (SubscribeCampaignWrite): A subscribe or unsubscribe campaign (its URL is the form's,
            made by LOX24).

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
    body: SubscribeCampaignWrite,
) -> ConstraintViolationList | Error | ShortLinkCampaign | None:
    """Create an unsubscribe-form campaign

     A campaign whose link leads to an unsubscribe form, where a person can opt out of your SMS and
    give a reason. The number is put on the block list with type 2 (unsubscribed) and a
    `phone.unsubscribe` event is sent. With a `group_id` (which must be a group of the account, 422
    otherwise; null for none) the person's entry in that group is marked unsubscribed
    (`unsubscribed_at`, `unsubscribe_reason`), and added so if it was not there. Decision: type 2 and
    `url` `https://l24.pw/unsubscribe/<id>`, as for subscribe campaigns.

    Args:
        body (SubscribeCampaignWrite): A subscribe or unsubscribe campaign (its URL is the form's,
            made by LOX24).

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

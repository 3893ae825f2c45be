"""Public types: the keyword filters of the list and batch methods, and the pager classes.

The models themselves (`lox24.Sms`, `lox24.Bulk`, ...) are the generated attrs classes of
`lox24_api.models`, re-exported from `lox24`.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, TypedDict

from ._async._pagination import AsyncPager
from ._pagination import Page
from ._sync._pagination import SyncPager
from ._types import NOT_GIVEN, NotGiven, Timestamp

if TYPE_CHECKING:  # only annotations: `client.sms` need not load the bulk models
    from lox24_api.models import BulkStatusCode, DlrCode, OrderDirection, SmsStatusCode

__all__ = [
    "NOT_GIVEN",
    "AsyncPager",
    "BulkListFilters",
    "IncomingListFilters",
    "NotGiven",
    "Page",
    "SmsFilters",
    "SmsListFilters",
    "SyncPager",
    "Timestamp",
]


class SmsFilters(TypedDict, total=False):
    """Filters of `client.sms.list/cancel/delete_many`. A value or a list for the exact-match ones;
    `None` means "no filter" (handy when building filters conditionally)."""

    status_code: SmsStatusCode | int | Sequence[SmsStatusCode | int] | None
    dlr_code: DlrCode | int | Sequence[DlrCode | int] | None
    uuid: str | Sequence[str] | None
    iso2: str | Sequence[str] | None
    bulk: str | Sequence[str] | None
    source: int | Sequence[int] | None
    key_id: int | Sequence[int] | None
    callback_data: str | Sequence[str] | None
    text: str | None
    phone: str | None
    sender_id: str | None
    ip: str | None
    is_sent: bool | None
    is_unicode: bool | None
    created_at_gt: Timestamp | None
    created_at_gte: Timestamp | None
    created_at_lt: Timestamp | None
    created_at_lte: Timestamp | None
    delivery_at_gte: Timestamp | None
    delivery_at_lte: Timestamp | None


class SmsListFilters(SmsFilters, total=False):
    """`SmsFilters` plus the ones only listing has: sent-at range and ordering."""

    gateway_sent_at_gte: Timestamp | None
    gateway_sent_at_lte: Timestamp | None
    order_created_at: OrderDirection | str | None
    order_gateway_sent_at: OrderDirection | str | None


class BulkListFilters(TypedDict, total=False):
    """Filters of `client.bulks.list`."""

    status_code: BulkStatusCode | int | Sequence[BulkStatusCode | int] | None
    uuid: str | Sequence[str] | None
    is_dryrun: bool | None
    text: str | None
    sender_id: str | None
    created_at_gte: Timestamp | None
    created_at_lte: Timestamp | None
    order_created_at: OrderDirection | str | None


class IncomingListFilters(TypedDict, total=False):
    """Filters of `client.incomings.list`."""

    text: str | None
    from_: str | None
    to: str | None
    msg_uuid: str | Sequence[str] | None
    order_received_at: OrderDirection | str | None

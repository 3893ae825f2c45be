"""One module per API resource, each with a sync and an async class."""

from __future__ import annotations

from .account import AccountResource, AsyncAccountResource
from .bulks import AsyncBulksResource, BulksResource
from .groups import AsyncGroupsResource, GroupsResource
from .incomings import AsyncIncomingsResource, IncomingsResource
from .phones import AsyncGroupPhones, AsyncPhonesResource, GroupPhones, PhonesResource
from .sms import AsyncSmsResource, SmsResource

__all__ = [
    "AccountResource",
    "AsyncAccountResource",
    "AsyncBulksResource",
    "AsyncGroupPhones",
    "AsyncGroupsResource",
    "AsyncIncomingsResource",
    "AsyncPhonesResource",
    "AsyncSmsResource",
    "BulksResource",
    "GroupPhones",
    "GroupsResource",
    "IncomingsResource",
    "PhonesResource",
    "SmsResource",
]

"""The resource namespaces (`client.sms`, ...): async in lox24/_async/resources, sync written from them.

The helpers they share (request bodies, operation tables) are the private modules of this package.
"""

from __future__ import annotations

from .._async.resources.account import AsyncAccountResource
from .._async.resources.bulks import AsyncBulksResource
from .._async.resources.groups import AsyncGroupsResource
from .._async.resources.incomings import AsyncIncomingsResource
from .._async.resources.phones import AsyncGroupPhones, AsyncPhonesResource
from .._async.resources.sms import AsyncSmsResource
from .._sync.resources.account import AccountResource
from .._sync.resources.bulks import BulksResource
from .._sync.resources.groups import GroupsResource
from .._sync.resources.incomings import IncomingsResource
from .._sync.resources.phones import GroupPhones, PhonesResource
from .._sync.resources.sms import SmsResource

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

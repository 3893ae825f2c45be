"""lox24: the Python SDK for the LOX24 SMS gateway (api.lox24.eu).

```python
import lox24

client = lox24.Client()  # token from LOX24_TOKEN
sms = client.sms.send(phone="+491701234567", text="Hello", sender_id="MyShop", callback_data="order-42")
print(sms.uuid, sms.status_code)
```

Layers: `lox24` (hand-written) imports `lox24_api` (generated from spec/lox24.yaml), never the reverse.
"""

from __future__ import annotations

import importlib
import typing

if typing.TYPE_CHECKING:
    # THE list of public names, each written once: type checkers and IDEs read these imports; at run time
    # nothing here runs: `__getattr__` finds each name's module in `_exports.py`, which scripts/exports.py writes
    # from this block (`make generate`; `make check-generated` fails when it is out of date).
    # `import lox24` stays cheap, and `import lox24.emulator` loads no client code.
    # (`A as A` marks an explicit re-export for mypy --strict; isort would split those into one line each.)
    # isort: off
    from lox24_api.models import (
        Account as Account,
        Bulk as Bulk,
        BulkCreate as BulkCreate,
        BulkStatus as BulkStatus,
        BulkStatusCode as BulkStatusCode,
        BulkStatusJsonLd as BulkStatusJsonLd,
        ConstraintViolation as ConstraintViolation,
        ConstraintViolationList as ConstraintViolationList,
        Currency as Currency,
        DlrCode as DlrCode,
        Error as Error,
        Group as Group,
        GroupJsonLd as GroupJsonLd,
        Incoming as Incoming,
        IncomingJsonLd as IncomingJsonLd,
        OrderDirection as OrderDirection,
        Phone as Phone,
        PhoneBatchResult as PhoneBatchResult,
        PhoneJsonLd as PhoneJsonLd,
        ServiceCode as ServiceCode,
        Sms as Sms,
        SmsCreate as SmsCreate,
        SmsJsonLd as SmsJsonLd,
        SmsStatusCode as SmsStatusCode,
        VoiceLang as VoiceLang,
        # >>> blocked (issue 14)
        BlockedNumber as BlockedNumber,
        BlockedNumberJsonLd as BlockedNumberJsonLd,
        BlockedNumberType as BlockedNumberType,
        # <<< blocked
        # >>> shortlinks (issue 14)
        ShortLinkCampaign as ShortLinkCampaign,
        ShortLinkCampaignJsonLd as ShortLinkCampaignJsonLd,
        ShortLinkCampaignType as ShortLinkCampaignType,
        # <<< shortlinks
        # >>> clicks (issue 14)
        ShortLink as ShortLink,
        ShortLinkJsonLd as ShortLinkJsonLd,
        ShortLinkRequest as ShortLinkRequest,
        ShortLinkRequestJsonLd as ShortLinkRequestJsonLd,
        SmsClicks as SmsClicks,
        SmsClicksJsonLd as SmsClicksJsonLd,
        # <<< clicks
        # >>> fraud (issue 14)
        FraudCheck as FraudCheck,
        FraudCheckAddress as FraudCheckAddress,
        FraudCheckConnectionType as FraudCheckConnectionType,
        FraudCheckEmail as FraudCheckEmail,
        FraudCheckIp as FraudCheckIp,
        FraudCheckJsonLd as FraudCheckJsonLd,
        FraudCheckPhone as FraudCheckPhone,
        FraudCheckProxyType as FraudCheckProxyType,
        FraudCheckServiceCode as FraudCheckServiceCode,
        FraudCheckStatusCode as FraudCheckStatusCode,
        # <<< fraud
        # >>> verify (issue 14)
        VerifyChannel as VerifyChannel,
        VerifyCode as VerifyCode,
        VerifyCodeCreate as VerifyCodeCreate,
        VerifyCodeJsonLd as VerifyCodeJsonLd,
        VerifyCodeStatus as VerifyCodeStatus,
        VerifyHistoryEntry as VerifyHistoryEntry,
        VerifyHistoryEvent as VerifyHistoryEvent,
        VerifyRoutingStep as VerifyRoutingStep,
        # <<< verify
        # >>> accounting (issue 14)
        CreditNote as CreditNote,
        CreditNoteJsonLd as CreditNoteJsonLd,
        Invoice as Invoice,
        InvoiceJsonLd as InvoiceJsonLd,
        InvoiceStatus as InvoiceStatus,
        # <<< accounting
    )

    from . import types as types, webhooks as webhooks
    from ._async.client import AsyncClient as AsyncClient
    from ._sync.client import Client as Client
    from ._constants import DEFAULT_LIMITS as DEFAULT_LIMITS
    from ._constants import DEFAULT_MAX_RETRIES as DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT as DEFAULT_TIMEOUT
    from ._exceptions import (
        APIConnectionError as APIConnectionError,
        APIError as APIError,
        APIResponseValidationError as APIResponseValidationError,
        APIStatusError as APIStatusError,
        APITimeoutError as APITimeoutError,
        AuthenticationError as AuthenticationError,
        BadRequestError as BadRequestError,
        ConflictError as ConflictError,
        InsufficientFundsError as InsufficientFundsError,
        InternalServerError as InternalServerError,
        Lox24Error as Lox24Error,
        NotFoundError as NotFoundError,
        PermissionDeniedError as PermissionDeniedError,
        RateLimitError as RateLimitError,
        UnprocessableEntityError as UnprocessableEntityError,
    )
    from ._pagination import Page as Page
    from ._async._pagination import AsyncPager as AsyncPager
    from ._sync._pagination import SyncPager as SyncPager
    from ._response import APIResponse as APIResponse
    from ._aiohttp import DefaultAioHttpClient as DefaultAioHttpClient  # needs the `aiohttp` extra
    from ._phone import normalize_phone as normalize_phone
    from ._segments import Segments as Segments, segments as segments
    from ._types import NOT_GIVEN as NOT_GIVEN, NotGiven as NotGiven
    from ._validation import Lox24ValidationError as Lox24ValidationError
    from .types import Range as Range

    # >>> blocked (issue 14)
    # <<< blocked
    # >>> shortlinks (issue 14)
    # <<< shortlinks
    # >>> clicks (issue 14)
    # <<< clicks
    # >>> fraud (issue 14)
    # <<< fraud
    # >>> verify (issue 14)
    from ._ops.verify_codes import VerifyTimeoutError as VerifyTimeoutError
    # <<< verify
    # >>> accounting (issue 14)
    # <<< accounting
    # isort: on

__version__ = "0.1.0"


def _export_table() -> dict[str, str]:
    from ._exports import EXPORTS  # public name -> module, written from the TYPE_CHECKING block above

    return EXPORTS


def __getattr__(name: str) -> typing.Any:
    if name == "__all__":
        return sorted(_export_table(), key=lambda n: (not n.isupper(), n))  # constants first, as ruff sorts
    module_name = _export_table().get(name)
    if module_name is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    if module_name.startswith("lox24_api"):
        importlib.import_module("lox24._compat").patch_enums()  # tolerant enums before a model is handed out
    if module_name == __name__:  # `from . import types`: a submodule
        value = importlib.import_module(f"{__name__}.{name}")
    else:
        value = getattr(importlib.import_module(module_name), name)
    globals()[name] = value  # cache: the next access is a plain module attribute
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_export_table()})

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

if typing.TYPE_CHECKING:  # the names, for type checkers and IDEs; at run time they load on first use
    from lox24_api.models import (
        Account,
        Bulk,
        BulkCreate,
        BulkStatus,
        BulkStatusCode,
        BulkStatusJsonLd,
        ConstraintViolation,
        ConstraintViolationList,
        Currency,
        DlrCode,
        Error,
        Group,
        GroupJsonLd,
        Incoming,
        IncomingJsonLd,
        OrderDirection,
        Phone,
        PhoneBatchResult,
        PhoneJsonLd,
        ServiceCode,
        Sms,
        SmsCreate,
        SmsJsonLd,
        SmsStatusCode,
        VoiceLang,
    )

    from . import types, webhooks
    from ._client import AsyncClient, Client
    from ._constants import DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT
    from ._exceptions import (
        APIConnectionError,
        APIError,
        APIResponseValidationError,
        APIStatusError,
        APITimeoutError,
        AuthenticationError,
        BadRequestError,
        ConflictError,
        InsufficientFundsError,
        InternalServerError,
        Lox24Error,
        NotFoundError,
        PermissionDeniedError,
        RateLimitError,
        UnprocessableEntityError,
    )
    from ._pagination import AsyncPager, Page, SyncPager
    from ._phone import normalize_phone
    from ._segments import Segments, segments
    from ._types import NOT_GIVEN, NotGiven
    from ._validation import Lox24ValidationError

__version__ = "0.1.0"

# Public name -> module that defines it. `import lox24` stays cheap (and `import lox24.emulator` never
# loads the client or the generated package); each name is imported the first time it is used.
_LAZY: dict[str, str] = {
    "DEFAULT_MAX_RETRIES": "lox24._constants",
    "DEFAULT_TIMEOUT": "lox24._constants",
    "NOT_GIVEN": "lox24._types",
    "APIConnectionError": "lox24._exceptions",
    "APIError": "lox24._exceptions",
    "APIResponseValidationError": "lox24._exceptions",
    "APIStatusError": "lox24._exceptions",
    "APITimeoutError": "lox24._exceptions",
    "Account": "lox24_api.models",
    "AsyncClient": "lox24._client",
    "AsyncPager": "lox24._pagination",
    "AuthenticationError": "lox24._exceptions",
    "BadRequestError": "lox24._exceptions",
    "Bulk": "lox24_api.models",
    "BulkCreate": "lox24_api.models",
    "BulkStatus": "lox24_api.models",
    "BulkStatusCode": "lox24_api.models",
    "BulkStatusJsonLd": "lox24_api.models",
    "Client": "lox24._client",
    "ConflictError": "lox24._exceptions",
    "ConstraintViolation": "lox24_api.models",
    "ConstraintViolationList": "lox24_api.models",
    "Currency": "lox24_api.models",
    "DlrCode": "lox24_api.models",
    "Error": "lox24_api.models",
    "Group": "lox24_api.models",
    "GroupJsonLd": "lox24_api.models",
    "Incoming": "lox24_api.models",
    "IncomingJsonLd": "lox24_api.models",
    "InsufficientFundsError": "lox24._exceptions",
    "InternalServerError": "lox24._exceptions",
    "Lox24Error": "lox24._exceptions",
    "Lox24ValidationError": "lox24._validation",
    "NotFoundError": "lox24._exceptions",
    "NotGiven": "lox24._types",
    "OrderDirection": "lox24_api.models",
    "Page": "lox24._pagination",
    "PermissionDeniedError": "lox24._exceptions",
    "Phone": "lox24_api.models",
    "PhoneBatchResult": "lox24_api.models",
    "PhoneJsonLd": "lox24_api.models",
    "RateLimitError": "lox24._exceptions",
    "Segments": "lox24._segments",
    "ServiceCode": "lox24_api.models",
    "Sms": "lox24_api.models",
    "SmsCreate": "lox24_api.models",
    "SmsJsonLd": "lox24_api.models",
    "SmsStatusCode": "lox24_api.models",
    "SyncPager": "lox24._pagination",
    "UnprocessableEntityError": "lox24._exceptions",
    "VoiceLang": "lox24_api.models",
    "normalize_phone": "lox24._phone",
    "segments": "lox24._segments",
    "types": "lox24.types",
    "webhooks": "lox24.webhooks",
}


def __getattr__(name: str) -> typing.Any:
    module_name = _LAZY.get(name)
    if module_name is None:
        raise AttributeError(f"module 'lox24' has no attribute {name!r}")
    if module_name.startswith("lox24_api"):
        importlib.import_module("lox24._compat").patch_enums()  # tolerant enums before a model is handed out
    module = importlib.import_module(module_name)
    value = module if module_name == f"lox24.{name}" else getattr(module, name)
    globals()[name] = value  # cache: the next access is a plain module attribute
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_LAZY})


__all__ = [
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
    "NOT_GIVEN",
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "Account",
    "AsyncClient",
    "AsyncPager",
    "AuthenticationError",
    "BadRequestError",
    "Bulk",
    "BulkCreate",
    "BulkStatus",
    "BulkStatusCode",
    "BulkStatusJsonLd",
    "Client",
    "ConflictError",
    "ConstraintViolation",
    "ConstraintViolationList",
    "Currency",
    "DlrCode",
    "Error",
    "Group",
    "GroupJsonLd",
    "Incoming",
    "IncomingJsonLd",
    "InsufficientFundsError",
    "InternalServerError",
    "Lox24Error",
    "Lox24ValidationError",
    "NotFoundError",
    "NotGiven",
    "OrderDirection",
    "Page",
    "PermissionDeniedError",
    "Phone",
    "PhoneBatchResult",
    "PhoneJsonLd",
    "RateLimitError",
    "Segments",
    "ServiceCode",
    "Sms",
    "SmsCreate",
    "SmsJsonLd",
    "SmsStatusCode",
    "SyncPager",
    "UnprocessableEntityError",
    "VoiceLang",
    "normalize_phone",
    "segments",
    "types",
    "webhooks",
]

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

from . import _compat, types, webhooks
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

# Unknown future enum values (a new status code) become pseudo-members instead of crashing the parse.
_compat.patch_enums()

__version__ = "0.1.0"

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

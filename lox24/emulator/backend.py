"""The emulator's state and rules: `Backend` puts the store, auth, virtual time and the resources together.

Like moto's EC2 backend, `Backend` is one class made of parts, one module each (see README.md, "Design"):
`store.Store` (SQLite, transactions, ids, clock), `auth.Auth`, `timeline.Timeline` (virtual time) and one part
per API resource in `models/`. Its methods are named after the spec's operationIds. It never imports Starlette:
the HTTP layer (`handlers/`, `routes.py`, `app.py`) turns requests into calls of these methods, and their
`EmulatorError`s into responses.
"""

from __future__ import annotations

import random

from .auth import AUTH_BLOCK, AUTH_PRUNE_AT, Auth
from .errors import EmulatorError
from .models.account import AccountBackend
from .models.accounting import AccountingBackend
from .models.bulks import BulksBackend
from .models.campaigns import CampaignsBackend
from .models.clicks import ClicksBackend
from .models.fraud_checks import FraudChecksBackend
from .models.groups import GroupsBackend
from .models.incomings import IncomingsBackend
from .models.sms import sms_json
from .models.verify_codes import VerifyCodesBackend
from .numbering import normalize_phone
from .store import DEFAULT_TOKEN, DRYRUN_UUID, PAGE_SIZE, Principal, Write, locked

__all__ = [
    "AUTH_BLOCK",
    "AUTH_PRUNE_AT",
    "DEFAULT_TOKEN",
    "DRYRUN_UUID",
    "PAGE_SIZE",
    "Backend",
    "EmulatorError",
    "Principal",
    "Write",
    "normalize_phone",
    "sms_json",
]


class Backend(
    BulksBackend,
    GroupsBackend,
    IncomingsBackend,
    AccountBackend,
    Auth,
    AccountingBackend,
    VerifyCodesBackend,
    FraudChecksBackend,
    CampaignsBackend,
    ClicksBackend,
):
    """All state of the emulator, kept in SQLite (a file, or `:memory:`).

    ```python
    backend = Backend(db=":memory:")
    me = backend.authenticate(DEFAULT_TOKEN, "127.0.0.1")
    sms = backend.create_sms(me, {"text": "Hi", "sender_id": "Shop", "phone": "+491701234567"}, "127.0.0.1")
    ```
    """

    @locked
    def reset(self) -> None:
        """Forget everything; accounts get the initial balance again and group 7117 is seeded."""
        with self._tx() as c:
            # Every table of schema.py (a new resource's table is cleared without being listed here).
            tables = [row[0] for row in c.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
            for table in tables:
                if not table.startswith("sqlite_"):
                    c.execute(f'DELETE FROM "{table}"')
            c.execute("DELETE FROM sqlite_sequence")
        if self.seed is not None:
            self._rng = random.Random(self.seed)  # noqa: S311
        self.clear_ip_blocks()
        self._bootstrap()

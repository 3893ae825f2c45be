"""The control plane (`/_emulator/...`, see control-plane.yaml): reset, outbox, clock, faults, accounts."""

from __future__ import annotations

import fnmatch
import threading
from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING, Any

import httpx

from .errors import CODE_RULE, CODE_TYPE, bad_request
from .validation import MAX_TIMESTAMP, UUID_RE, F, validate

if TYPE_CHECKING:
    from .backend import Backend
    from .webhooks import WebhookSender

FAULT_KINDS = ("status", "latency", "drop")


@dataclass
class Fault:
    """An injected failure for the next `count` requests whose method and path match."""

    kind: str = "status"
    method: str | None = None
    path: str = "*"
    count: int = 1
    status: int = 503
    retry_after: int | None = None
    latency: float = 0.0
    when: str = "before"

    def matches(self, method: str, path: str) -> bool:
        return (self.method is None or self.method.upper() == method) and fnmatch.fnmatchcase(path, self.path)


class FaultInjector:
    """The list of armed faults; `take` consumes one use of the first fault matching a request."""

    def __init__(self) -> None:
        self._faults: list[Fault] = []
        self._lock = threading.Lock()

    def add(self, fault: Fault) -> None:
        with self._lock:
            self._faults.append(fault)

    def clear(self) -> None:
        with self._lock:
            self._faults.clear()

    def list(self) -> list[dict[str, Any]]:
        with self._lock:
            return [asdict(f) for f in self._faults]

    def take(self, method: str, path: str) -> Fault | None:
        with self._lock:
            for fault in self._faults:
                if fault.matches(method, path):
                    fault.count -= 1
                    if fault.count <= 0:
                        self._faults.remove(fault)
                    return fault
        return None


_FAULT = F(
    "object",
    fields={
        "kind": F("string", enum=FAULT_KINDS),
        "method": F("string", nullable=True, max_len=10),
        "path": F("string", min_len=1, max_len=500),
        "count": F("integer", minimum=1, maximum=1_000_000),
        "status": F("integer", minimum=400, maximum=599),
        "retry_after": F("integer", nullable=True, minimum=0, maximum=86400),
        "latency": F("number", minimum=0, maximum=600),
        "when": F("string", enum=("before", "after")),
    },
)
_CLOCK = F(
    "object",
    fields={
        "advance": F("number", minimum=0, maximum=MAX_TIMESTAMP),
        "set": F("integer", minimum=0, maximum=MAX_TIMESTAMP),
    },
)
_ACCOUNT = F(
    "object",
    fields={
        "token": F("string", min_len=1, max_len=200),
        "id": F("integer", minimum=1, maximum=2147483647),
        "balance": F("number", minimum=0, maximum=1_000_000_000_000),
        "active": F("boolean"),
        "currency": F("string", enum=("EUR", "CHF")),
        "is_text_deleted": F("boolean"),
    },
)
_INCOMING = F(
    "object",
    fields={
        "account_id": F("integer", nullable=True, minimum=1, maximum=2147483647),
        "from": F("string", nullable=True, max_len=30),
        "to": F("string", nullable=True, max_len=30),
        "text": F("string", nullable=True, max_len=1530),
        "msg_uuid": F("string", nullable=True, pattern=UUID_RE),
        "received_at": F("integer", nullable=True, minimum=0, maximum=MAX_TIMESTAMP),
    },
)
_CONFIG = F(
    "object",
    fields={"webhook_url": F("string", nullable=True, max_len=2000), "ip_block": F("boolean")},
)


def _number(value: Any, name: str) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise bad_request(name, "This value should be of type number.", CODE_TYPE)
    return float(value)


def _is_http_url(value: str) -> bool:
    try:
        url = httpx.URL(value)
    except (httpx.InvalidURL, TypeError, ValueError):
        return False
    return url.scheme in ("http", "https") and bool(url.host)


class ControlPlane:
    """Operations of the control plane; `app.py` maps `/_emulator/...` onto them."""

    def __init__(self, backend: Backend, faults: FaultInjector, webhooks: WebhookSender) -> None:
        self.backend = backend
        self.faults = faults
        self.webhooks = webhooks

    def reset(self) -> dict[str, Any]:
        self.backend.reset()
        self.faults.clear()
        self.webhooks.log.clear()
        return {"reset": True}

    def outbox(self) -> list[dict[str, Any]]:
        return self.backend.outbox()

    def clock(self) -> dict[str, Any]:
        return {"now": int(self.backend.clock.now()), "frozen": self.backend.clock.frozen}

    def move_clock(self, body: Any) -> dict[str, Any]:
        data = validate(body, _CLOCK)
        if "advance" in data:
            seconds = _number(data["advance"], "advance")
            if seconds < 0:
                raise bad_request("advance", "The clock only moves forward.", CODE_RULE)
            self.backend.clock.advance(seconds)
        if "set" in data:
            self.backend.clock.set(data["set"])
        self.backend.tick()
        return self.clock()

    def add_fault(self, body: Any) -> dict[str, Any]:
        data = validate(body, _FAULT)
        if "latency" in data:
            data["latency"] = _number(data["latency"], "latency")
        fault = Fault(**data)
        if fault.kind == "status" and fault.status == 429 and fault.retry_after is None:
            fault.retry_after = 1
        self.faults.add(fault)
        return asdict(fault)

    def list_faults(self) -> list[dict[str, Any]]:
        return self.faults.list()

    def clear_faults(self) -> dict[str, Any]:
        self.faults.clear()
        return {"cleared": True}

    def accounts(self) -> list[dict[str, Any]]:
        return self.backend.list_accounts()

    def upsert_account(self, body: Any) -> dict[str, Any]:
        data = validate(body, _ACCOUNT)
        if "token" not in data and "id" not in data:
            raise bad_request("token", "Give token or id.", CODE_RULE)
        balance = _number(data["balance"], "balance") if "balance" in data else None
        return self.backend.upsert_account(
            token=data.get("token"),
            account_id=data.get("id"),
            balance=balance,
            active=data.get("active"),
            currency=data.get("currency"),
            is_text_deleted=data.get("is_text_deleted"),
        )

    def inject_incoming(self, body: Any) -> dict[str, Any]:
        data = validate(body, _INCOMING)
        return self.backend.inject_incoming(
            account_id=data.get("account_id"),
            from_number=data.get("from"),
            to_number=data.get("to"),
            text=data.get("text"),
            msg_uuid=data.get("msg_uuid"),
            received_at=data.get("received_at"),
        )

    def config(self) -> dict[str, Any]:
        return {"webhook_url": self.webhooks.url, "ip_block": self.backend.ip_block}

    def set_config(self, body: Any) -> dict[str, Any]:
        data = validate(body, _CONFIG)
        if "webhook_url" in data:
            url = data["webhook_url"]
            if url is not None and not _is_http_url(url):
                raise bad_request("webhook_url", "This value is not a valid http(s) URL.", CODE_RULE)
            self.webhooks.url = url
        if "ip_block" in data:
            self.backend.ip_block = bool(data["ip_block"])
            if not data["ip_block"]:
                self.backend.clear_ip_blocks()
        return self.config()

    def webhook_log(self) -> list[dict[str, Any]]:
        return list(self.webhooks.log)

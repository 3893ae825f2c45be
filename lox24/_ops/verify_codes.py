"""`client.verify_codes`: one-time passwords along a routing strategy (spec tag `verify_codes`)."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Final

from lox24_api.models import VerifyChannel, VerifyCodeCreate, VerifyCodeStatus, VerifyRoutingStep, VoiceLang
from lox24_api.types import Unset

from .._base_client import _Op
from .._types import unset_if_none
from .._validation import _SENDER_ID_RE, SENDER_ID_PATTERN, VOICE_LANGS, Lox24ValidationError, _check_phone

if TYPE_CHECKING:
    from lox24_api.models import VerifyCode, VerifyCodeJsonLd

__all__ = ["CHANNELS", "FINAL_STATUSES", "RoutingStep", "VerifyTimeoutError"]

CHANNELS: Final = ("telegram", "voice", "sms")
FINAL_STATUSES: Final = frozenset({VerifyCodeStatus.SUCCESS, VerifyCodeStatus.FAILED, VerifyCodeStatus.ERROR})
"""The statuses a verify code does not leave: 10 success, 20 failed, 100 error."""
TIMEOUT_MIN: Final = 30
TIMEOUT_MAX: Final = 3600
DEFAULT_TIMEOUTS: Final = {"telegram": 30, "voice": 60, "sms": 300}
"""`timeout_sec` when a step leaves it out (telegram: LOX24's documented default; voice, sms: the spec's)."""
_CODE_RE: Final = re.compile(r"[0-9]{4,8}", re.ASCII)

RoutingStep = str | VerifyChannel | VerifyRoutingStep | Mapping[str, Any]
"""One step: a channel (`"telegram"`), or `{"channel": "sms", "timeout_sec": 120, "sender_id": ..., "template": ...}`,
or a `lox24.VerifyRoutingStep`."""


class VerifyTimeoutError(TimeoutError):
    """`client.verify_codes.wait()` gave up before the code reached a final status; no other code was created.

    ```python
    try:
        code = client.verify_codes.send_and_wait("+491701234567", routing_strategy=["telegram", "sms"], timeout=60)
    except lox24.VerifyTimeoutError as exc:
        print(exc.verify_code.id, exc.verify_code.status)  # the one code, as last seen
    ```
    """

    verify_code: VerifyCode
    """The code as last read (status 0 or 5)."""

    def __init__(self, verify_code: VerifyCode, waited: float) -> None:
        self.verify_code = verify_code
        self.waited = waited
        super().__init__(
            f"verify code {verify_code.id} still has status {int(verify_code.status)} after {waited:.1f} s; "
            "it may still be delivered: call wait() again rather than creating another code"
        )

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (self.verify_code, self.waited))


def _step(index: int, step: RoutingStep) -> VerifyRoutingStep:
    where = f"routing_strategy[{index}]"
    if isinstance(step, VerifyRoutingStep):
        return step
    if isinstance(step, str):  # VerifyChannel is a str too
        step = {"channel": step}
    if not isinstance(step, Mapping):
        raise Lox24ValidationError(where, "must be a channel name, a mapping or a VerifyRoutingStep", step)
    unknown = set(step) - {"channel", "timeout_sec", "sender_id", "template"}
    if unknown:
        raise Lox24ValidationError(f"{where}.{sorted(unknown)[0]}", "is not a field of a routing step")
    channel = step.get("channel")
    if not isinstance(channel, str) or channel not in CHANNELS:
        raise Lox24ValidationError(f"{where}.channel", f"must be one of {', '.join(CHANNELS)}", channel)
    model = VerifyRoutingStep(channel=VerifyChannel(channel))
    for name in ("timeout_sec", "sender_id", "template"):
        if name in step:
            setattr(model, name, step[name])
    return model


def _check_order(steps: Sequence[VerifyRoutingStep]) -> None:
    """The two rules across steps (LOX24 answers 422): sms only as the last step, each channel once."""
    seen: set[str] = set()
    for index, step in enumerate(steps):
        channel = str(step.channel)
        if channel == "sms" and index != len(steps) - 1:
            raise Lox24ValidationError(f"routing_strategy[{index}].channel", "sms can only be the last step", channel)
        if channel in seen:
            raise Lox24ValidationError(f"routing_strategy[{index}].channel", "each channel may appear once", channel)
        seen.add(channel)


def _check_step(index: int, step: VerifyRoutingStep) -> None:
    """The spec's rules of one step (the channel itself is checked when the step is built)."""
    where = f"routing_strategy[{index}]"
    timeout = _given(step.timeout_sec)
    if timeout is not None and (
        isinstance(timeout, bool) or not isinstance(timeout, int) or not TIMEOUT_MIN <= timeout <= TIMEOUT_MAX
    ):
        rule = f"must be an integer from {TIMEOUT_MIN} to {TIMEOUT_MAX} (seconds) or null"
        raise Lox24ValidationError(f"{where}.timeout_sec", rule, timeout)
    sender = _given(step.sender_id)
    if sender is not None and (not isinstance(sender, str) or not _SENDER_ID_RE.fullmatch(sender)):
        raise Lox24ValidationError(f"{where}.sender_id", f"must match {SENDER_ID_PATTERN} or be null", sender)
    template = _given(step.template)
    if template is not None and (not isinstance(template, str) or len(template) > 1000 or "{{code}}" not in template):
        rule = "must contain {{code}} and be at most 1000 characters, or be null"
        raise Lox24ValidationError(f"{where}.template", rule, template)


def _given(value: Any) -> Any:
    """A model field's value, None when it was left out (UNSET)."""
    return None if isinstance(value, Unset) else value


def _body(
    *,
    phone: str,
    routing_strategy: Sequence[RoutingStep],
    code: str | None,
    code_length: int | None,
    lang: VoiceLang | str | None,
    payload: str | None,
    is_code_deleted: bool | None,
    validate: bool,
    region: str,
) -> VerifyCodeCreate:
    if isinstance(routing_strategy, (str, Mapping)) or not isinstance(routing_strategy, Sequence):
        raise Lox24ValidationError("routing_strategy", "must be a list of steps", routing_strategy)
    if validate and not 1 <= len(routing_strategy) <= len(CHANNELS):  # first, as LOX24 checks the list's size
        raise Lox24ValidationError("routing_strategy", "must have 1 to 3 steps", len(routing_strategy))
    steps = [_step(i, s) for i, s in enumerate(routing_strategy)]
    if validate:
        # The spec's rules first, then those across fields (the order in which LOX24 answers 400, then 422).
        for i, step in enumerate(steps):
            _check_step(i, step)
        if not isinstance(phone, str) or not 5 <= len(phone) <= 30:
            raise Lox24ValidationError("phone", "must be 5 to 30 characters", phone)
        if code is not None and (not isinstance(code, str) or not _CODE_RE.fullmatch(code)):
            raise Lox24ValidationError("code", "must be 4 to 8 digits or null", code)
        if code_length is not None and (
            isinstance(code_length, bool) or not isinstance(code_length, int) or not 4 <= code_length <= 8
        ):
            raise Lox24ValidationError("code_length", "must be an integer from 4 to 8 or null", code_length)
        if lang is not None and (not isinstance(lang, str) or lang not in VOICE_LANGS):
            raise Lox24ValidationError("lang", f"must be one of {' '.join(VOICE_LANGS)} (upper case) or null", lang)
        if payload is not None and (not isinstance(payload, str) or len(payload) > 128):
            raise Lox24ValidationError("payload", "must be a string of at most 128 characters or null", payload)
        if is_code_deleted is not None and not isinstance(is_code_deleted, bool):
            raise Lox24ValidationError("is_code_deleted", "must be true, false or null", is_code_deleted)
        _check_order(steps)
        phone = _check_phone(phone, region)
    return VerifyCodeCreate(
        phone=phone,
        routing_strategy=steps,
        code=unset_if_none(code),
        code_length=unset_if_none(code_length),
        lang=unset_if_none(VoiceLang(lang) if lang is not None else None),
        payload=unset_if_none(payload),
        is_code_deleted=unset_if_none(is_code_deleted),
    )


def wait_budget(code: VerifyCode | VerifyCodeJsonLd, timeout: float | None) -> float:
    """How long `wait` polls: `timeout`, or the sum of the steps' timeouts plus 30 s (`None`)."""
    if check_wait_timeout(timeout) is not None:
        return float(timeout)  # type: ignore[arg-type]  # checked just above
    total = 0
    for step in code.routing_strategy:
        given = step.timeout_sec
        total += given if isinstance(given, int) else DEFAULT_TIMEOUTS.get(str(step.channel), TIMEOUT_MAX)
    return float(total + 30)


def check_wait_timeout(timeout: float | None) -> float | None:
    """`wait`'s `timeout`: seconds >= 0, or None."""
    if timeout is not None and (isinstance(timeout, bool) or not isinstance(timeout, (int, float)) or timeout < 0):
        raise Lox24ValidationError("timeout", "must be a number of seconds >= 0 or None", timeout)
    return timeout


def check_poll_interval(poll_interval: float) -> float:
    if isinstance(poll_interval, bool) or not isinstance(poll_interval, (int, float)) or not poll_interval > 0:
        raise Lox24ValidationError("poll_interval", "must be a number of seconds > 0", poll_interval)
    return float(poll_interval)


_CREATE_VERIFY_CODE = _Op("POST", (201,), "VerifyCode", operation="verify_codes.create_verify_code")
_GET_VERIFY_CODE = _Op("GET", (200,), "VerifyCode", operation="verify_codes.get_verify_code")
_LIST_VERIFY_CODES = _Op("GET", (200,), "VerifyCodeCollection", operation="verify_codes.list_verify_codes")

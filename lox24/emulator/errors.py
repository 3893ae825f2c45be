"""Domain errors of the emulator: each carries an HTTP status and a LOX24-shaped body."""

from __future__ import annotations

from typing import Any

ERROR_TYPE = "https://tools.ietf.org/html/rfc2616#section-10"
ERROR_TITLE = "An error occurred"

# Symfony constraint codes, as API Platform puts them into `violations[].code`.
CODE_NOT_BLANK = "c1051bb4-d103-4f74-8988-acbcafc7fdc3"
CODE_TYPE = "ba785a8c-82cb-4283-967c-3cf342181b40"
CODE_REGEX = "de1e3db3-5ed4-4941-aae4-59f3667cc3a3"
CODE_TOO_LONG = "d94b19cc-114f-4f44-9cc4-4138e80a87b9"
CODE_TOO_SHORT = "9ff3fdc4-b214-49db-8718-39c315e33d45"
CODE_CHOICE = "8e179f1b-97aa-4560-a02f-2a8b42e49df7"
CODE_RANGE = "04b91c99-a946-4221-afc5-e65ebac401eb"
CODE_TOO_MANY = "756b1212-697c-468d-a9ad-50dd783bb169"
CODE_TOO_FEW = "bef8e338-6ae5-4caf-b8e2-50e7b0579e69"
CODE_PHONE = "ca23f4ca-38f4-4325-9bcc-eb570a4abe7f"
CODE_SYNTAX = "e8a8b2a4-0c0b-4f4b-9b0a-3f1d2c4e5f60"
CODE_RULE = "7b8c9d0e-1f2a-4b3c-8d4e-5f6a7b8c9d0e"


class EmulatorError(Exception):
    """An error answered to the client: `status`, `body` and extra `headers`."""

    def __init__(self, status: int, detail: str, headers: dict[str, str] | None = None) -> None:
        super().__init__(detail)
        self.status = status
        self.detail = detail
        self.headers = headers or {}

    @property
    def body(self) -> dict[str, Any]:
        """The JSON body (LOX24's Error shape)."""
        return {"type": ERROR_TYPE, "title": ERROR_TITLE, "detail": self.detail, "status": self.status}


class Violation:
    """One constraint violation: the field, the message and the rule's code."""

    __slots__ = ("code", "message", "path")

    def __init__(self, path: str, message: str, code: str) -> None:
        self.path = path
        self.message = message
        self.code = code

    def as_dict(self) -> dict[str, Any]:
        return {"propertyPath": self.path, "message": self.message, "code": self.code}


class ViolationError(EmulatorError):
    """400 or 422 with a ConstraintViolationList body."""

    def __init__(self, status: int, violations: list[Violation]) -> None:
        self.violations = violations
        detail = "\n".join(f"{v.path}: {v.message}" if v.path else v.message for v in violations)
        super().__init__(status, detail)

    @property
    def body(self) -> dict[str, Any]:
        body = super().body
        body["violations"] = [v.as_dict() for v in self.violations]
        return body


def bad_request(path: str, message: str, code: str) -> ViolationError:
    """A 400 with one violation."""
    return ViolationError(400, [Violation(path, message, code)])


def unprocessable(path: str, message: str, code: str = CODE_RULE) -> ViolationError:
    """A 422 with one violation."""
    return ViolationError(422, [Violation(path, message, code)])


def not_found(detail: str = "Not Found") -> EmulatorError:
    return EmulatorError(404, detail)


def payload_too_large(limit: int) -> EmulatorError:
    """A 413 with LOX24's Error body, for a body over `limit` bytes (which is never parsed)."""
    return EmulatorError(413, f"The request body is larger than {limit} bytes ({limit // (1024 * 1024)} MiB).")


UNAUTHORIZED = "Client ID or API key isn't active or invalid!"
FORBIDDEN = "Account isn't activated. Please wait or contact to support!"
PAYMENT_REQUIRED = "There are not enough funds on your account!"
TOO_MANY = (
    "IP address was temporary blocked, because during short time from it was sent many request with invalid "
    "credentials. Please wait and try later."
)

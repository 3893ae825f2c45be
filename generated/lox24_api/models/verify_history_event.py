from enum import StrEnum

from . import _on_enum


class VerifyHistoryEvent(StrEnum):
    DELIVERED = "delivered"
    ERROR = "error"
    SENT = "sent"
    TIMEOUT = "timeout"

    def __str__(self) -> str:
        return str(self.value)


_on_enum(VerifyHistoryEvent)

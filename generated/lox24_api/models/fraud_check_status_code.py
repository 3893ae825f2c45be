from enum import IntEnum

from . import _on_enum


class FraudCheckStatusCode(IntEnum):
    NEW = 0
    IN_PROGRESS = 5
    DONE = 10
    NO_FUNDS = 20
    INVALID_DATA = 21
    UNEXPECTED_ERROR = 1000

    def __str__(self) -> str:
        return str(self.value)


_on_enum(FraudCheckStatusCode)

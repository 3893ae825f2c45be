from enum import IntEnum

from . import _on_enum


class VerifyCodeStatus(IntEnum):
    NEW = 0
    IN_PROGRESS = 5
    SUCCESS = 10
    FAILED = 20
    ERROR = 100

    def __str__(self) -> str:
        return str(self.value)


_on_enum(VerifyCodeStatus)

from enum import IntEnum

from . import _on_enum


class DlrCode(IntEnum):
    NONE = 0
    DELIVERED = 1
    QUEUED = 2
    SUBMITTED = 4
    EXPIRED = 8
    REJECTED = 16

    def __str__(self) -> str:
        return str(self.value)


_on_enum(DlrCode)

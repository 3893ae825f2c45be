from enum import IntEnum


class DlrCode(IntEnum):
    NONE = 0
    DELIVERED = 1
    QUEUED = 2
    SUBMITTED = 4
    EXPIRED = 8
    REJECTED = 16

    def __str__(self) -> str:
        return str(self.value)

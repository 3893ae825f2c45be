from enum import IntEnum

from . import _on_enum


class BulkStatusCode(IntEnum):
    NEW = 0
    IN_PROGRESS = 5
    PROCESSED = 10
    CANCELED = 15
    SYSTEM_ERROR = 20
    NO_RECIPIENTS = 201

    def __str__(self) -> str:
        return str(self.value)


_on_enum(BulkStatusCode)

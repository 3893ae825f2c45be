from enum import IntEnum

from . import _on_enum


class BlockedNumberType(IntEnum):
    CUSTOMER = 1
    UNSUBSCRIBED = 2

    def __str__(self) -> str:
        return str(self.value)


_on_enum(BlockedNumberType)

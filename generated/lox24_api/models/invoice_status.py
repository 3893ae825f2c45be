from enum import IntEnum

from . import _on_enum


class InvoiceStatus(IntEnum):
    OPEN = 0
    ISSUED = 10

    def __str__(self) -> str:
        return str(self.value)


_on_enum(InvoiceStatus)

from enum import StrEnum

from . import _on_enum


class OrderDirection(StrEnum):
    ASC = "asc"
    DESC = "desc"

    def __str__(self) -> str:
        return str(self.value)


_on_enum(OrderDirection)

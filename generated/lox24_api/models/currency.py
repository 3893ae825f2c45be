from enum import StrEnum

from . import _on_enum


class Currency(StrEnum):
    CHF = "CHF"
    EUR = "EUR"

    def __str__(self) -> str:
        return str(self.value)


_on_enum(Currency)

from enum import StrEnum


class Currency(StrEnum):
    CHF = "CHF"
    EUR = "EUR"

    def __str__(self) -> str:
        return str(self.value)

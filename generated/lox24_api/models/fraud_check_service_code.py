from enum import StrEnum

from . import _on_enum


class FraudCheckServiceCode(StrEnum):
    DIRECT = "direct"
    ECONOMY = "economy"
    PRO = "pro"

    def __str__(self) -> str:
        return str(self.value)


_on_enum(FraudCheckServiceCode)

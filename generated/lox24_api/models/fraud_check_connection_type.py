from enum import StrEnum

from . import _on_enum


class FraudCheckConnectionType(StrEnum):
    CABLE = "cable"
    DIALUP = "dialup"
    DSL = "dsl"
    FTTX = "fttx"
    ISDN = "isdn"
    WIRELESS = "wireless"

    def __str__(self) -> str:
        return str(self.value)


_on_enum(FraudCheckConnectionType)

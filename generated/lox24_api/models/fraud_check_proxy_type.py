from enum import StrEnum

from . import _on_enum


class FraudCheckProxyType(StrEnum):
    DCH = "DCH"
    PUB = "PUB"
    SES = "SES"
    TOR = "TOR"
    VPN = "VPN"
    WEB = "WEB"

    def __str__(self) -> str:
        return str(self.value)


_on_enum(FraudCheckProxyType)

from enum import StrEnum

from . import _on_enum


class VoiceLang(StrEnum):
    BG = "BG"
    CS = "CS"
    DA = "DA"
    DE = "DE"
    EN = "EN"
    ES = "ES"
    FI = "FI"
    FR = "FR"
    HR = "HR"
    HU = "HU"
    IT = "IT"
    NL = "NL"
    PL = "PL"
    PT = "PT"
    RO = "RO"
    RU = "RU"
    SK = "SK"
    SV = "SV"
    TR = "TR"
    UK = "UK"

    def __str__(self) -> str:
        return str(self.value)


_on_enum(VoiceLang)

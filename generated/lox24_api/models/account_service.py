from enum import StrEnum

from . import _on_enum


class AccountService(StrEnum):
    DIRECT = "direct"
    ECONOMY = "economy"
    PRO = "pro"
    TEXT2SPEECH = "text2speech"
    TEXT2SPEECH_SSML = "text2speech_ssml"

    def __str__(self) -> str:
        return str(self.value)


_on_enum(AccountService)

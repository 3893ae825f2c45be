from enum import StrEnum

from . import _on_enum


class VerifyChannel(StrEnum):
    SMS = "sms"
    TELEGRAM = "telegram"
    VOICE = "voice"

    def __str__(self) -> str:
        return str(self.value)


_on_enum(VerifyChannel)

from enum import IntEnum

from . import _on_enum


class SmsStatusCode(IntEnum):
    NEW = 0
    SENT = 100
    BLOCKED = 208
    MAINTENANCE = 400
    CANCELED = 410
    LANDLINE_UNAVAILABLE = 2000
    NO_FUNDS = 3000
    NO_OPERATOR = 5000
    STOPPED_VIA_API = 6000

    def __str__(self) -> str:
        return str(self.value)


_on_enum(SmsStatusCode)

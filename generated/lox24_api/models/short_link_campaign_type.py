from enum import IntEnum

from . import _on_enum


class ShortLinkCampaignType(IntEnum):
    SIMPLE = 1
    ADVANCED = 2

    def __str__(self) -> str:
        return str(self.value)


_on_enum(ShortLinkCampaignType)

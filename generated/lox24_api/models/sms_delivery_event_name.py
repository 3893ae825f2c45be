from enum import StrEnum

from . import _on_enum


class SmsDeliveryEventName(StrEnum):
    SMS_DELIVERY = "sms.delivery"
    SMS_DELIVERY_DRYRUN = "sms.delivery.dryrun"

    def __str__(self) -> str:
        return str(self.value)


_on_enum(SmsDeliveryEventName)

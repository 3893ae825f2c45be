from enum import StrEnum


class SmsDeliveryEventName(StrEnum):
    SMS_DELIVERY = "sms.delivery"
    SMS_DELIVERY_DRYRUN = "sms.delivery.dryrun"

    def __str__(self) -> str:
        return str(self.value)

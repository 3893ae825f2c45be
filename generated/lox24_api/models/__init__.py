"""Contains all the data models used in inputs/outputs"""

from .account import Account
from .account_groups import AccountGroups
from .account_json_ld import AccountJsonLd
from .account_service import AccountService
from .bulk import Bulk
from .bulk_collection import BulkCollection
from .bulk_create import BulkCreate
from .bulk_email_parsing_success_data import BulkEmailParsingSuccessData
from .bulk_email_parsing_success_event import BulkEmailParsingSuccessEvent
from .bulk_json_ld import BulkJsonLd
from .bulk_status import BulkStatus
from .bulk_status_code import BulkStatusCode
from .bulk_status_json_ld import BulkStatusJsonLd
from .constraint_violation import ConstraintViolation
from .constraint_violation_list import ConstraintViolationList
from .currency import Currency
from .dlr_code import DlrCode
from .email_parsing_fail_data import EmailParsingFailData
from .email_parsing_fail_event import EmailParsingFailEvent
from .error import Error
from .fraud_check_done_event import FraudCheckDoneEvent
from .fraud_check_done_event_data import FraudCheckDoneEventData
from .group import Group
from .group_collection import GroupCollection
from .group_json_ld import GroupJsonLd
from .group_write import GroupWrite
from .group_write_phones_type_0 import GroupWritePhonesType0
from .hydra_view import HydraView
from .incoming import Incoming
from .incoming_collection import IncomingCollection
from .incoming_json_ld import IncomingJsonLd
from .json_ld_context_type_1 import JsonLdContextType1
from .json_ld_node import JsonLdNode
from .json_ld_typed import JsonLdTyped
from .order_direction import OrderDirection
from .phone import Phone
from .phone_batch_result import PhoneBatchResult
from .phone_collection import PhoneCollection
from .phone_fields import PhoneFields
from .phone_json_ld import PhoneJsonLd
from .phone_subscribe_data import PhoneSubscribeData
from .phone_subscribe_event import PhoneSubscribeEvent
from .phone_unsubscribe_data import PhoneUnsubscribeData
from .phone_unsubscribe_event import PhoneUnsubscribeEvent
from .phone_write import PhoneWrite
from .service_code import ServiceCode
from .sms import Sms
from .sms_batch_result import SmsBatchResult
from .sms_collection import SmsCollection
from .sms_create import SmsCreate
from .sms_delivery_data import SmsDeliveryData
from .sms_delivery_event import SmsDeliveryEvent
from .sms_delivery_event_name import SmsDeliveryEventName
from .sms_email_parsing_success_data import SmsEmailParsingSuccessData
from .sms_email_parsing_success_event import SmsEmailParsingSuccessEvent
from .sms_incoming_data import SmsIncomingData
from .sms_incoming_event import SmsIncomingEvent
from .sms_json_ld import SmsJsonLd
from .sms_status_code import SmsStatusCode
from .unsubscribe_additional_data import UnsubscribeAdditionalData
from .unsubscribe_reason import UnsubscribeReason
from .unsubscribe_reason_id import UnsubscribeReasonId
from .voice_lang import VoiceLang
from .webhook_email import WebhookEmail
from .webhook_email_bulk import WebhookEmailBulk
from .webhook_email_sms import WebhookEmailSms
from .webhook_event_envelope import WebhookEventEnvelope

__all__ = (
    "Account",
    "AccountGroups",
    "AccountJsonLd",
    "AccountService",
    "Bulk",
    "BulkCollection",
    "BulkCreate",
    "BulkEmailParsingSuccessData",
    "BulkEmailParsingSuccessEvent",
    "BulkJsonLd",
    "BulkStatus",
    "BulkStatusCode",
    "BulkStatusJsonLd",
    "ConstraintViolation",
    "ConstraintViolationList",
    "Currency",
    "DlrCode",
    "EmailParsingFailData",
    "EmailParsingFailEvent",
    "Error",
    "FraudCheckDoneEvent",
    "FraudCheckDoneEventData",
    "Group",
    "GroupCollection",
    "GroupJsonLd",
    "GroupWrite",
    "GroupWritePhonesType0",
    "HydraView",
    "Incoming",
    "IncomingCollection",
    "IncomingJsonLd",
    "JsonLdContextType1",
    "JsonLdNode",
    "JsonLdTyped",
    "OrderDirection",
    "Phone",
    "PhoneBatchResult",
    "PhoneCollection",
    "PhoneFields",
    "PhoneJsonLd",
    "PhoneSubscribeData",
    "PhoneSubscribeEvent",
    "PhoneUnsubscribeData",
    "PhoneUnsubscribeEvent",
    "PhoneWrite",
    "ServiceCode",
    "Sms",
    "SmsBatchResult",
    "SmsCollection",
    "SmsCreate",
    "SmsDeliveryData",
    "SmsDeliveryEvent",
    "SmsDeliveryEventName",
    "SmsEmailParsingSuccessData",
    "SmsEmailParsingSuccessEvent",
    "SmsIncomingData",
    "SmsIncomingEvent",
    "SmsJsonLd",
    "SmsStatusCode",
    "UnsubscribeAdditionalData",
    "UnsubscribeReason",
    "UnsubscribeReasonId",
    "VoiceLang",
    "WebhookEmail",
    "WebhookEmailBulk",
    "WebhookEmailSms",
    "WebhookEventEnvelope",
)

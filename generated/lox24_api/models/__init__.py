"""Contains all the data models used in inputs/outputs.

Each model loads on first use (PEP 562), so importing one operation module does not import all of them.
Made by the custom template spec/templates/models_init.py.jinja.
"""

import importlib
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .account import Account
    from .account_groups import AccountGroups
    from .account_json_ld import AccountJsonLd
    from .account_service import AccountService
    from .blocked_number import BlockedNumber
    from .blocked_number_collection import BlockedNumberCollection
    from .blocked_number_json_ld import BlockedNumberJsonLd
    from .blocked_number_type import BlockedNumberType
    from .blocked_number_write import BlockedNumberWrite
    from .bulk import Bulk
    from .bulk_collection import BulkCollection
    from .bulk_create import BulkCreate
    from .bulk_email_parsing_success_data import BulkEmailParsingSuccessData
    from .bulk_email_parsing_success_event import BulkEmailParsingSuccessEvent
    from .bulk_json_ld import BulkJsonLd
    from .bulk_status import BulkStatus
    from .bulk_status_code import BulkStatusCode
    from .bulk_status_json_ld import BulkStatusJsonLd
    from .collection_view import CollectionView
    from .constraint_violation import ConstraintViolation
    from .constraint_violation_list import ConstraintViolationList
    from .credit_note import CreditNote
    from .credit_note_collection import CreditNoteCollection
    from .credit_note_json_ld import CreditNoteJsonLd
    from .currency import Currency
    from .dlr_code import DlrCode
    from .email_parsing_fail_data import EmailParsingFailData
    from .email_parsing_fail_event import EmailParsingFailEvent
    from .error import Error
    from .fraud_check import FraudCheck
    from .fraud_check_address import FraudCheckAddress
    from .fraud_check_address_write import FraudCheckAddressWrite
    from .fraud_check_collection import FraudCheckCollection
    from .fraud_check_connection_type import FraudCheckConnectionType
    from .fraud_check_create import FraudCheckCreate
    from .fraud_check_done_event import FraudCheckDoneEvent
    from .fraud_check_done_event_data import FraudCheckDoneEventData
    from .fraud_check_email import FraudCheckEmail
    from .fraud_check_ip import FraudCheckIp
    from .fraud_check_json_ld import FraudCheckJsonLd
    from .fraud_check_phone import FraudCheckPhone
    from .fraud_check_proxy_type import FraudCheckProxyType
    from .fraud_check_service_code import FraudCheckServiceCode
    from .fraud_check_status_code import FraudCheckStatusCode
    from .group import Group
    from .group_collection import GroupCollection
    from .group_json_ld import GroupJsonLd
    from .group_write import GroupWrite
    from .group_write_phones_type_0 import GroupWritePhonesType0
    from .hydra_view import HydraView
    from .incoming import Incoming
    from .incoming_collection import IncomingCollection
    from .incoming_json_ld import IncomingJsonLd
    from .invoice import Invoice
    from .invoice_collection import InvoiceCollection
    from .invoice_json_ld import InvoiceJsonLd
    from .invoice_status import InvoiceStatus
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
    from .short_link import ShortLink
    from .short_link_campaign import ShortLinkCampaign
    from .short_link_campaign_collection import ShortLinkCampaignCollection
    from .short_link_campaign_json_ld import ShortLinkCampaignJsonLd
    from .short_link_campaign_type import ShortLinkCampaignType
    from .short_link_campaign_write import ShortLinkCampaignWrite
    from .short_link_collection import ShortLinkCollection
    from .short_link_json_ld import ShortLinkJsonLd
    from .short_link_request import ShortLinkRequest
    from .short_link_request_collection import ShortLinkRequestCollection
    from .short_link_request_json_ld import ShortLinkRequestJsonLd
    from .sms import Sms
    from .sms_batch_result import SmsBatchResult
    from .sms_clicks import SmsClicks
    from .sms_clicks_collection import SmsClicksCollection
    from .sms_clicks_json_ld import SmsClicksJsonLd
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
    from .subscribe_campaign_write import SubscribeCampaignWrite
    from .unsubscribe_additional_data import UnsubscribeAdditionalData
    from .unsubscribe_reason import UnsubscribeReason
    from .unsubscribe_reason_id import UnsubscribeReasonId
    from .verify_channel import VerifyChannel
    from .verify_code import VerifyCode
    from .verify_code_collection import VerifyCodeCollection
    from .verify_code_create import VerifyCodeCreate
    from .verify_code_json_ld import VerifyCodeJsonLd
    from .verify_code_status import VerifyCodeStatus
    from .verify_history_entry import VerifyHistoryEntry
    from .verify_history_event import VerifyHistoryEvent
    from .verify_routing_step import VerifyRoutingStep
    from .voice_lang import VoiceLang
    from .webhook_email import WebhookEmail
    from .webhook_email_bulk import WebhookEmailBulk
    from .webhook_email_sms import WebhookEmailSms
    from .webhook_event_envelope import WebhookEventEnvelope

_LAZY = {
    "Account": ".account",
    "AccountGroups": ".account_groups",
    "AccountJsonLd": ".account_json_ld",
    "AccountService": ".account_service",
    "BlockedNumber": ".blocked_number",
    "BlockedNumberCollection": ".blocked_number_collection",
    "BlockedNumberJsonLd": ".blocked_number_json_ld",
    "BlockedNumberType": ".blocked_number_type",
    "BlockedNumberWrite": ".blocked_number_write",
    "Bulk": ".bulk",
    "BulkCollection": ".bulk_collection",
    "BulkCreate": ".bulk_create",
    "BulkEmailParsingSuccessData": ".bulk_email_parsing_success_data",
    "BulkEmailParsingSuccessEvent": ".bulk_email_parsing_success_event",
    "BulkJsonLd": ".bulk_json_ld",
    "BulkStatus": ".bulk_status",
    "BulkStatusCode": ".bulk_status_code",
    "BulkStatusJsonLd": ".bulk_status_json_ld",
    "CollectionView": ".collection_view",
    "ConstraintViolation": ".constraint_violation",
    "ConstraintViolationList": ".constraint_violation_list",
    "CreditNote": ".credit_note",
    "CreditNoteCollection": ".credit_note_collection",
    "CreditNoteJsonLd": ".credit_note_json_ld",
    "Currency": ".currency",
    "DlrCode": ".dlr_code",
    "EmailParsingFailData": ".email_parsing_fail_data",
    "EmailParsingFailEvent": ".email_parsing_fail_event",
    "Error": ".error",
    "FraudCheck": ".fraud_check",
    "FraudCheckAddress": ".fraud_check_address",
    "FraudCheckAddressWrite": ".fraud_check_address_write",
    "FraudCheckCollection": ".fraud_check_collection",
    "FraudCheckConnectionType": ".fraud_check_connection_type",
    "FraudCheckCreate": ".fraud_check_create",
    "FraudCheckDoneEvent": ".fraud_check_done_event",
    "FraudCheckDoneEventData": ".fraud_check_done_event_data",
    "FraudCheckEmail": ".fraud_check_email",
    "FraudCheckIp": ".fraud_check_ip",
    "FraudCheckJsonLd": ".fraud_check_json_ld",
    "FraudCheckPhone": ".fraud_check_phone",
    "FraudCheckProxyType": ".fraud_check_proxy_type",
    "FraudCheckServiceCode": ".fraud_check_service_code",
    "FraudCheckStatusCode": ".fraud_check_status_code",
    "Group": ".group",
    "GroupCollection": ".group_collection",
    "GroupJsonLd": ".group_json_ld",
    "GroupWrite": ".group_write",
    "GroupWritePhonesType0": ".group_write_phones_type_0",
    "HydraView": ".hydra_view",
    "Incoming": ".incoming",
    "IncomingCollection": ".incoming_collection",
    "IncomingJsonLd": ".incoming_json_ld",
    "Invoice": ".invoice",
    "InvoiceCollection": ".invoice_collection",
    "InvoiceJsonLd": ".invoice_json_ld",
    "InvoiceStatus": ".invoice_status",
    "JsonLdContextType1": ".json_ld_context_type_1",
    "JsonLdNode": ".json_ld_node",
    "JsonLdTyped": ".json_ld_typed",
    "OrderDirection": ".order_direction",
    "Phone": ".phone",
    "PhoneBatchResult": ".phone_batch_result",
    "PhoneCollection": ".phone_collection",
    "PhoneFields": ".phone_fields",
    "PhoneJsonLd": ".phone_json_ld",
    "PhoneSubscribeData": ".phone_subscribe_data",
    "PhoneSubscribeEvent": ".phone_subscribe_event",
    "PhoneUnsubscribeData": ".phone_unsubscribe_data",
    "PhoneUnsubscribeEvent": ".phone_unsubscribe_event",
    "PhoneWrite": ".phone_write",
    "ServiceCode": ".service_code",
    "ShortLink": ".short_link",
    "ShortLinkCampaign": ".short_link_campaign",
    "ShortLinkCampaignCollection": ".short_link_campaign_collection",
    "ShortLinkCampaignJsonLd": ".short_link_campaign_json_ld",
    "ShortLinkCampaignType": ".short_link_campaign_type",
    "ShortLinkCampaignWrite": ".short_link_campaign_write",
    "ShortLinkCollection": ".short_link_collection",
    "ShortLinkJsonLd": ".short_link_json_ld",
    "ShortLinkRequest": ".short_link_request",
    "ShortLinkRequestCollection": ".short_link_request_collection",
    "ShortLinkRequestJsonLd": ".short_link_request_json_ld",
    "Sms": ".sms",
    "SmsBatchResult": ".sms_batch_result",
    "SmsClicks": ".sms_clicks",
    "SmsClicksCollection": ".sms_clicks_collection",
    "SmsClicksJsonLd": ".sms_clicks_json_ld",
    "SmsCollection": ".sms_collection",
    "SmsCreate": ".sms_create",
    "SmsDeliveryData": ".sms_delivery_data",
    "SmsDeliveryEvent": ".sms_delivery_event",
    "SmsDeliveryEventName": ".sms_delivery_event_name",
    "SmsEmailParsingSuccessData": ".sms_email_parsing_success_data",
    "SmsEmailParsingSuccessEvent": ".sms_email_parsing_success_event",
    "SmsIncomingData": ".sms_incoming_data",
    "SmsIncomingEvent": ".sms_incoming_event",
    "SmsJsonLd": ".sms_json_ld",
    "SmsStatusCode": ".sms_status_code",
    "SubscribeCampaignWrite": ".subscribe_campaign_write",
    "UnsubscribeAdditionalData": ".unsubscribe_additional_data",
    "UnsubscribeReason": ".unsubscribe_reason",
    "UnsubscribeReasonId": ".unsubscribe_reason_id",
    "VerifyChannel": ".verify_channel",
    "VerifyCode": ".verify_code",
    "VerifyCodeCollection": ".verify_code_collection",
    "VerifyCodeCreate": ".verify_code_create",
    "VerifyCodeJsonLd": ".verify_code_json_ld",
    "VerifyCodeStatus": ".verify_code_status",
    "VerifyHistoryEntry": ".verify_history_entry",
    "VerifyHistoryEvent": ".verify_history_event",
    "VerifyRoutingStep": ".verify_routing_step",
    "VoiceLang": ".voice_lang",
    "WebhookEmail": ".webhook_email",
    "WebhookEmailBulk": ".webhook_email_bulk",
    "WebhookEmailSms": ".webhook_email_sms",
    "WebhookEventEnvelope": ".webhook_event_envelope",
}

_ENUMS: list[type] = []
_ENUM_HOOKS: list[Callable[[type], None]] = []


def _on_enum(cls: type) -> None:
    """Called by each generated enum module once its class exists."""
    _ENUMS.append(cls)
    for hook in _ENUM_HOOKS:
        hook(cls)


def add_enum_hook(hook: Callable[[type], None]) -> list[type]:
    """Call `hook` on every enum class, loaded now or later; returns the ones loaded so far."""
    if hook not in _ENUM_HOOKS:
        _ENUM_HOOKS.append(hook)
    for cls in _ENUMS:
        hook(cls)
    return list(_ENUMS)


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_LAZY})


__all__ = (
    "Account",
    "AccountGroups",
    "AccountJsonLd",
    "AccountService",
    "BlockedNumber",
    "BlockedNumberCollection",
    "BlockedNumberJsonLd",
    "BlockedNumberType",
    "BlockedNumberWrite",
    "Bulk",
    "BulkCollection",
    "BulkCreate",
    "BulkEmailParsingSuccessData",
    "BulkEmailParsingSuccessEvent",
    "BulkJsonLd",
    "BulkStatus",
    "BulkStatusCode",
    "BulkStatusJsonLd",
    "CollectionView",
    "ConstraintViolation",
    "ConstraintViolationList",
    "CreditNote",
    "CreditNoteCollection",
    "CreditNoteJsonLd",
    "Currency",
    "DlrCode",
    "EmailParsingFailData",
    "EmailParsingFailEvent",
    "Error",
    "FraudCheck",
    "FraudCheckAddress",
    "FraudCheckAddressWrite",
    "FraudCheckCollection",
    "FraudCheckConnectionType",
    "FraudCheckCreate",
    "FraudCheckDoneEvent",
    "FraudCheckDoneEventData",
    "FraudCheckEmail",
    "FraudCheckIp",
    "FraudCheckJsonLd",
    "FraudCheckPhone",
    "FraudCheckProxyType",
    "FraudCheckServiceCode",
    "FraudCheckStatusCode",
    "Group",
    "GroupCollection",
    "GroupJsonLd",
    "GroupWrite",
    "GroupWritePhonesType0",
    "HydraView",
    "Incoming",
    "IncomingCollection",
    "IncomingJsonLd",
    "Invoice",
    "InvoiceCollection",
    "InvoiceJsonLd",
    "InvoiceStatus",
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
    "ShortLink",
    "ShortLinkCampaign",
    "ShortLinkCampaignCollection",
    "ShortLinkCampaignJsonLd",
    "ShortLinkCampaignType",
    "ShortLinkCampaignWrite",
    "ShortLinkCollection",
    "ShortLinkJsonLd",
    "ShortLinkRequest",
    "ShortLinkRequestCollection",
    "ShortLinkRequestJsonLd",
    "Sms",
    "SmsBatchResult",
    "SmsClicks",
    "SmsClicksCollection",
    "SmsClicksJsonLd",
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
    "SubscribeCampaignWrite",
    "UnsubscribeAdditionalData",
    "UnsubscribeReason",
    "UnsubscribeReasonId",
    "VerifyChannel",
    "VerifyCode",
    "VerifyCodeCollection",
    "VerifyCodeCreate",
    "VerifyCodeJsonLd",
    "VerifyCodeStatus",
    "VerifyHistoryEntry",
    "VerifyHistoryEvent",
    "VerifyRoutingStep",
    "VoiceLang",
    "WebhookEmail",
    "WebhookEmailBulk",
    "WebhookEmailSms",
    "WebhookEventEnvelope",
)

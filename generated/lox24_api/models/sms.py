from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.dlr_code import DlrCode
from ..models.service_code import ServiceCode
from ..models.sms_status_code import SmsStatusCode
from ..models.voice_lang import VoiceLang
from ..types import UNSET, Unset

T = TypeVar("T", bound="Sms")


@_attrs_define
class Sms:
    """An SMS as LOX24 stores it.

    Example:
        {'text': 'Hello! This is a test SMS message.', 'sender_id': '+19388888025', 'phone': '+14155552671',
            'delivery_at': 0, 'status_code': 0, 'gateway_sent_at': 0, 'source': 0, 'dlr_code': 0, 'ip': '139.59.136.251',
            'created_at': 1755868416, 'is_unicode': False, 'uuid': '11111111-2222-3333-4444-555555555555', 'iso2': 'US',
            'voice_lang': None, 'parts_count': 1, 'chars_count': 34, 'callback_data': None, 'bulk_id': None, 'key_id': 8291,
            'service_code': 'direct', 'is_text_deleted': False, 'price': 0.056, 'is_sent': False, 'requests':
            '/sms/11111111-2222-3333-4444-555555555555/requests', 'clicks':
            '/sms/11111111-2222-3333-4444-555555555555/clicks'}

    """

    text: str
    """ The message text as sent (after transliteration); "" once the text was deleted. """
    sender_id: str
    """ Sender ID or phone number: a number of up to 15 digits (optional leading `+`, no leading 0) or
    a text of 1 to 11 characters from A–Z, a–z, 0–9 and space. Some countries do not transmit
    sender IDs or require them to be registered. (LOX24 writes the pattern with `\\d`; it is written
    with `[0-9]` here so that every regex engine, Python's included, admits ASCII digits only.)
     """
    phone: str
    """ Phone number in E.164 form, as LOX24 stores it. """
    delivery_at: int
    """ Scheduled delivery timestamp; 0 means at once. """
    status_code: SmsStatusCode
    """ Status of the SMS: 0 new; 100 handed to the mobile operator; 208 destination number, network or
    country blocked; 400 not processed because of maintenance; 410 stopped before transmission in the
    web account; 2000 no delivery to a landline possible at the moment; 3000 not enough balance or
    credit line; 5000 no mobile operator found; 6000 stopped before transmission via the API.
     """
    gateway_sent_at: int
    """ Timestamp when message was sent to the mobile network provider; 0 while not sent. """
    dlr_code: DlrCode
    """ Delivery report: 0 none yet; 1 delivered to the handset; 2 queued (English docs: scheduled for later
    sending; German docs: buffered until delivery); 4 submitted, en route; 8 expired (not delivered within
    the validity period, e.g. phone off); 16 rejected (invalid number, or blocked by the operator).
     """
    created_at: int
    """ Timestamp when the entity was added to the system by the user. """
    uuid: str
    """ Unique entity UUID """
    parts_count: int
    """ Count of the SMS parts (concatenated messages). """
    service_code: ServiceCode
    """ Service or gateway code: `direct` (SMS; the default when left out or null, as every official
    client sends it), `text2speech` (a voice call reading the text) or `text2speech_ssml` (a voice
    call reading SSML).
     """
    is_text_deleted: bool
    """ True if message text was deleted, False otherwise. """
    price: float
    """ Price of the SMS (all its parts) in the account's currency. """
    is_sent: bool
    """ True - SMS was sent, False - SMS wasn't sent yet. """
    source: int | None | Unset = UNSET
    """ Message source or origin. """
    ip: str | Unset = UNSET
    """ IP address of the host which sent request. """
    is_unicode: bool | None | Unset = UNSET
    """ True if message contains Unicode characters, False otherwise. """
    iso2: None | str | Unset = UNSET
    """ Country code of the destination (null in the PHP client's fixtures when unknown). """
    voice_lang: None | Unset | VoiceLang = UNSET
    """ Voice message language; null means auto-detection. """
    chars_count: int | None | Unset = UNSET
    """ Count of chars in the message text (GSM extension characters count two). """
    callback_data: None | str | Unset = UNSET
    """ String which will be send back to your endpoint. """
    bulk_id: None | str | Unset = UNSET
    """ The bulk that created this SMS, or null. """
    key_id: int | None | Unset = UNSET
    """ API key identifier (documented as an integer >= 1; null in the PHP client's fixtures, so null is admitted).
    """
    requests: None | str | Unset = UNSET
    """ Link to all short-link requests of this SMS. """
    clicks: None | str | Unset = UNSET
    """ Link to the short-link click count of this SMS. """
    attempts_count_max: int | None | Unset = UNSET
    """ Maximum number of delivery attempts for voice services; null for other services. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        text = self.text

        sender_id = self.sender_id

        phone = self.phone

        delivery_at = self.delivery_at

        status_code = self.status_code.value

        gateway_sent_at = self.gateway_sent_at

        dlr_code = self.dlr_code.value

        created_at = self.created_at

        uuid = self.uuid

        parts_count = self.parts_count

        service_code = self.service_code.value

        is_text_deleted = self.is_text_deleted

        price = self.price

        is_sent = self.is_sent

        source: int | None | Unset
        if isinstance(self.source, Unset):
            source = UNSET
        else:
            source = self.source

        ip = self.ip

        is_unicode: bool | None | Unset
        if isinstance(self.is_unicode, Unset):
            is_unicode = UNSET
        else:
            is_unicode = self.is_unicode

        iso2: None | str | Unset
        if isinstance(self.iso2, Unset):
            iso2 = UNSET
        else:
            iso2 = self.iso2

        voice_lang: None | str | Unset
        if isinstance(self.voice_lang, Unset):
            voice_lang = UNSET
        elif isinstance(self.voice_lang, VoiceLang):
            voice_lang = self.voice_lang.value
        else:
            voice_lang = self.voice_lang

        chars_count: int | None | Unset
        if isinstance(self.chars_count, Unset):
            chars_count = UNSET
        else:
            chars_count = self.chars_count

        callback_data: None | str | Unset
        if isinstance(self.callback_data, Unset):
            callback_data = UNSET
        else:
            callback_data = self.callback_data

        bulk_id: None | str | Unset
        if isinstance(self.bulk_id, Unset):
            bulk_id = UNSET
        else:
            bulk_id = self.bulk_id

        key_id: int | None | Unset
        if isinstance(self.key_id, Unset):
            key_id = UNSET
        else:
            key_id = self.key_id

        requests: None | str | Unset
        if isinstance(self.requests, Unset):
            requests = UNSET
        else:
            requests = self.requests

        clicks: None | str | Unset
        if isinstance(self.clicks, Unset):
            clicks = UNSET
        else:
            clicks = self.clicks

        attempts_count_max: int | None | Unset
        if isinstance(self.attempts_count_max, Unset):
            attempts_count_max = UNSET
        else:
            attempts_count_max = self.attempts_count_max

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "text": text,
                "sender_id": sender_id,
                "phone": phone,
                "delivery_at": delivery_at,
                "status_code": status_code,
                "gateway_sent_at": gateway_sent_at,
                "dlr_code": dlr_code,
                "created_at": created_at,
                "uuid": uuid,
                "parts_count": parts_count,
                "service_code": service_code,
                "is_text_deleted": is_text_deleted,
                "price": price,
                "is_sent": is_sent,
            }
        )
        if source is not UNSET:
            field_dict["source"] = source
        if ip is not UNSET:
            field_dict["ip"] = ip
        if is_unicode is not UNSET:
            field_dict["is_unicode"] = is_unicode
        if iso2 is not UNSET:
            field_dict["iso2"] = iso2
        if voice_lang is not UNSET:
            field_dict["voice_lang"] = voice_lang
        if chars_count is not UNSET:
            field_dict["chars_count"] = chars_count
        if callback_data is not UNSET:
            field_dict["callback_data"] = callback_data
        if bulk_id is not UNSET:
            field_dict["bulk_id"] = bulk_id
        if key_id is not UNSET:
            field_dict["key_id"] = key_id
        if requests is not UNSET:
            field_dict["requests"] = requests
        if clicks is not UNSET:
            field_dict["clicks"] = clicks
        if attempts_count_max is not UNSET:
            field_dict["attempts_count_max"] = attempts_count_max

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        text = d.pop("text")

        sender_id = d.pop("sender_id")

        phone = d.pop("phone")

        delivery_at = d.pop("delivery_at")

        status_code = SmsStatusCode(d.pop("status_code"))

        gateway_sent_at = d.pop("gateway_sent_at")

        dlr_code = DlrCode(d.pop("dlr_code"))

        created_at = d.pop("created_at")

        uuid = d.pop("uuid")

        parts_count = d.pop("parts_count")

        service_code = ServiceCode(d.pop("service_code"))

        is_text_deleted = d.pop("is_text_deleted")

        price = d.pop("price")

        is_sent = d.pop("is_sent")

        def _parse_source(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        source = _parse_source(d.pop("source", UNSET))

        ip = d.pop("ip", UNSET)

        def _parse_is_unicode(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_unicode = _parse_is_unicode(d.pop("is_unicode", UNSET))

        def _parse_iso2(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        iso2 = _parse_iso2(d.pop("iso2", UNSET))

        def _parse_voice_lang(data: object) -> None | Unset | VoiceLang:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                voice_lang_type_0 = VoiceLang(data)

                return voice_lang_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | VoiceLang, data)

        voice_lang = _parse_voice_lang(d.pop("voice_lang", UNSET))

        def _parse_chars_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        chars_count = _parse_chars_count(d.pop("chars_count", UNSET))

        def _parse_callback_data(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        callback_data = _parse_callback_data(d.pop("callback_data", UNSET))

        def _parse_bulk_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        bulk_id = _parse_bulk_id(d.pop("bulk_id", UNSET))

        def _parse_key_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        key_id = _parse_key_id(d.pop("key_id", UNSET))

        def _parse_requests(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        requests = _parse_requests(d.pop("requests", UNSET))

        def _parse_clicks(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        clicks = _parse_clicks(d.pop("clicks", UNSET))

        def _parse_attempts_count_max(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        attempts_count_max = _parse_attempts_count_max(d.pop("attempts_count_max", UNSET))

        sms = cls(
            text=text,
            sender_id=sender_id,
            phone=phone,
            delivery_at=delivery_at,
            status_code=status_code,
            gateway_sent_at=gateway_sent_at,
            dlr_code=dlr_code,
            created_at=created_at,
            uuid=uuid,
            parts_count=parts_count,
            service_code=service_code,
            is_text_deleted=is_text_deleted,
            price=price,
            is_sent=is_sent,
            source=source,
            ip=ip,
            is_unicode=is_unicode,
            iso2=iso2,
            voice_lang=voice_lang,
            chars_count=chars_count,
            callback_data=callback_data,
            bulk_id=bulk_id,
            key_id=key_id,
            requests=requests,
            clicks=clicks,
            attempts_count_max=attempts_count_max,
        )

        sms.additional_properties = d
        return sms

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties

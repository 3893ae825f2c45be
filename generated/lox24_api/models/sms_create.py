from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.service_code import ServiceCode
from ..models.voice_lang import VoiceLang
from ..types import UNSET, Unset

T = TypeVar("T", bound="SmsCreate")


@_attrs_define
class SmsCreate:
    """The new sms resource"""

    text: str
    """ The message text can have a length of up to 1530 characters. With a Unicode SMS, the maximum
    character length is reduced to 670 characters. Internal encoding is UTF-8.

    Decision: LOX24's schema sets no limit; this description sets 1530 characters, and a text that
    needs more than ten parts in its encoding (more than 1530 GSM 7-bit septets, extension
    characters counting two, or more than 670 UCS-2 characters) is answered 422.
     """
    sender_id: str
    """ Sender ID or phone number: a number of up to 15 digits (optional leading `+`, no leading 0) or
    a text of 1 to 11 characters from A–Z, a–z, 0–9 and space. Some countries do not transmit
    sender IDs or require them to be registered. (LOX24 writes the pattern with `\\d`; it is written
    with `[0-9]` here so that every regex engine, Python's included, admits ASCII digits only.)
     """
    phone: str
    """ Recipient (international) number:

      * +491701234567 (E.164)
      * 00491701234567
      * 491701234567
      * 01701234567 (if the account is registered in Germany) will be convert to +491701234567

    If the number is not in an E.164 format then the service will convert it based on user's
    address. To avoid problems with the converting please use E.164 preferentially.

    Decision: LOX24's schema pattern (`^\\+[1-9]\\d{1,14}$`) admits only the first form although the
    prose admits all four; this description admits all four (up to 16 characters), and a string
    that matches but is not a real phone number is answered 422.
     """
    delivery_at: int | None | Unset = UNSET
    """ Scheduled delivery timestamp (Unix seconds). 0, null or absent send at once; a time in the past sends at
    once. """
    source: int | None | Unset = UNSET
    """ Message source or origin, your own number shown in the itemised bill. """
    is_unicode: bool | None | Unset = UNSET
    """ True sends UCS-2 (Unicode), false GSM 7-bit (characters outside GSM 03.38 are transliterated),
    null (or absent) detects the encoding from the text.
     """
    voice_lang: None | Unset | VoiceLang = UNSET
    """ Voice message language; null means auto-detection. Only used by the voice services. """
    callback_data: None | str | Unset = UNSET
    """ String which will be send back to your endpoint. E.g. it can be usable to pass your system message id. """
    service_code: None | ServiceCode | Unset = UNSET
    """ Service or gateway code; null or absent means `direct`. """
    is_text_deleted: bool | None | Unset = UNSET
    """ Delete the message text after delivery (the answer then shows `text` as ""). The PHP client's
    `is_delete_text` is not a LOX24 field. """
    attempts_count_max: int | None | Unset = UNSET
    """ Maximum number of delivery attempts for voice services (text2speech, text2speech_ssml).
    Allowed values: null, 1, 2, or 3 for text2speech/text2speech_ssml services; must be null for
    other services (a value with `direct` is answered 422).
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        text = self.text

        sender_id = self.sender_id

        phone = self.phone

        delivery_at: int | None | Unset
        if isinstance(self.delivery_at, Unset):
            delivery_at = UNSET
        else:
            delivery_at = self.delivery_at

        source: int | None | Unset
        if isinstance(self.source, Unset):
            source = UNSET
        else:
            source = self.source

        is_unicode: bool | None | Unset
        if isinstance(self.is_unicode, Unset):
            is_unicode = UNSET
        else:
            is_unicode = self.is_unicode

        voice_lang: None | str | Unset
        if isinstance(self.voice_lang, Unset):
            voice_lang = UNSET
        elif isinstance(self.voice_lang, VoiceLang):
            voice_lang = self.voice_lang.value
        else:
            voice_lang = self.voice_lang

        callback_data: None | str | Unset
        if isinstance(self.callback_data, Unset):
            callback_data = UNSET
        else:
            callback_data = self.callback_data

        service_code: None | str | Unset
        if isinstance(self.service_code, Unset):
            service_code = UNSET
        elif isinstance(self.service_code, ServiceCode):
            service_code = self.service_code.value
        else:
            service_code = self.service_code

        is_text_deleted: bool | None | Unset
        if isinstance(self.is_text_deleted, Unset):
            is_text_deleted = UNSET
        else:
            is_text_deleted = self.is_text_deleted

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
            }
        )
        if delivery_at is not UNSET:
            field_dict["delivery_at"] = delivery_at
        if source is not UNSET:
            field_dict["source"] = source
        if is_unicode is not UNSET:
            field_dict["is_unicode"] = is_unicode
        if voice_lang is not UNSET:
            field_dict["voice_lang"] = voice_lang
        if callback_data is not UNSET:
            field_dict["callback_data"] = callback_data
        if service_code is not UNSET:
            field_dict["service_code"] = service_code
        if is_text_deleted is not UNSET:
            field_dict["is_text_deleted"] = is_text_deleted
        if attempts_count_max is not UNSET:
            field_dict["attempts_count_max"] = attempts_count_max

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        text = d.pop("text")

        sender_id = d.pop("sender_id")

        phone = d.pop("phone")

        def _parse_delivery_at(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        delivery_at = _parse_delivery_at(d.pop("delivery_at", UNSET))

        def _parse_source(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        source = _parse_source(d.pop("source", UNSET))

        def _parse_is_unicode(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_unicode = _parse_is_unicode(d.pop("is_unicode", UNSET))

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

        def _parse_callback_data(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        callback_data = _parse_callback_data(d.pop("callback_data", UNSET))

        def _parse_service_code(data: object) -> None | ServiceCode | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                service_code_type_0 = ServiceCode(data)

                return service_code_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ServiceCode | Unset, data)

        service_code = _parse_service_code(d.pop("service_code", UNSET))

        def _parse_is_text_deleted(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_text_deleted = _parse_is_text_deleted(d.pop("is_text_deleted", UNSET))

        def _parse_attempts_count_max(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        attempts_count_max = _parse_attempts_count_max(d.pop("attempts_count_max", UNSET))

        sms_create = cls(
            text=text,
            sender_id=sender_id,
            phone=phone,
            delivery_at=delivery_at,
            source=source,
            is_unicode=is_unicode,
            voice_lang=voice_lang,
            callback_data=callback_data,
            service_code=service_code,
            is_text_deleted=is_text_deleted,
            attempts_count_max=attempts_count_max,
        )

        sms_create.additional_properties = d
        return sms_create

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

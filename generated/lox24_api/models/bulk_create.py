from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.service_code import ServiceCode
from ..models.voice_lang import VoiceLang
from ..types import UNSET, Unset

T = TypeVar("T", bound="BulkCreate")


@_attrs_define
class BulkCreate:
    """The new bulks resource. Give `phones`, `msg_groups` or both (neither is answered 422)."""

    sender_id: str
    """ Sender ID or phone number: a number of up to 15 digits (optional leading `+`, no leading 0) or
    a text of 1 to 11 characters from A–Z, a–z, 0–9 and space. Some countries do not transmit
    sender IDs or require them to be registered. (LOX24 writes the pattern with `\\d`; it is written
    with `[0-9]` here so that every regex engine, Python's included, admits ASCII digits only.)
     """
    text: str
    """ Max text length is 1785 character. But don't forget that the final message text can have a
    length of up to 1530 characters. With a Unicode SMS, the maximum character length is reduced
    to 670 characters. Internal encoding is UTF-8. Placeholders `[colA]` … `[colE]` (or the
    columns' display names in brackets) are replaced by group members' column values; a final
    text longer than ten parts is answered 422 when the bulk has no placeholders, and makes that
    one SMS end with status 400 otherwise.
     """
    phones: list[str] | None | Unset = UNSET
    """ List of the recipients (international) numbers, in any of the four forms of POST /sms `phone`
    (LOX24's schema admits only E.164 here although its description admits all four).
     """
    msg_groups: list[int] | None | Unset = UNSET
    """ List of the recipients groups (group ids), alternatively or in addition to `phones`. """
    delivery_at: int | None | Unset = UNSET
    """ Scheduled delivery timestamp (Unix seconds); 0, null or absent send at once. """
    is_unicode: bool | None | Unset = UNSET
    """ True sends UCS-2, false GSM 7-bit, null detects the encoding. """
    service_code: None | ServiceCode | Unset = UNSET
    """ Service or gateway code; null or absent means `direct`. """
    source: int | None | Unset = UNSET
    """ Message source or origin. """
    voice_lang: None | Unset | VoiceLang = UNSET
    """ Voice message language; null means auto-detection. """
    is_text_deleted: bool | None | Unset = UNSET
    """ Delete the message texts after delivery. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sender_id = self.sender_id

        text = self.text

        phones: list[str] | None | Unset
        if isinstance(self.phones, Unset):
            phones = UNSET
        elif isinstance(self.phones, list):
            phones = self.phones

        else:
            phones = self.phones

        msg_groups: list[int] | None | Unset
        if isinstance(self.msg_groups, Unset):
            msg_groups = UNSET
        elif isinstance(self.msg_groups, list):
            msg_groups = self.msg_groups

        else:
            msg_groups = self.msg_groups

        delivery_at: int | None | Unset
        if isinstance(self.delivery_at, Unset):
            delivery_at = UNSET
        else:
            delivery_at = self.delivery_at

        is_unicode: bool | None | Unset
        if isinstance(self.is_unicode, Unset):
            is_unicode = UNSET
        else:
            is_unicode = self.is_unicode

        service_code: None | str | Unset
        if isinstance(self.service_code, Unset):
            service_code = UNSET
        elif isinstance(self.service_code, ServiceCode):
            service_code = self.service_code.value
        else:
            service_code = self.service_code

        source: int | None | Unset
        if isinstance(self.source, Unset):
            source = UNSET
        else:
            source = self.source

        voice_lang: None | str | Unset
        if isinstance(self.voice_lang, Unset):
            voice_lang = UNSET
        elif isinstance(self.voice_lang, VoiceLang):
            voice_lang = self.voice_lang.value
        else:
            voice_lang = self.voice_lang

        is_text_deleted: bool | None | Unset
        if isinstance(self.is_text_deleted, Unset):
            is_text_deleted = UNSET
        else:
            is_text_deleted = self.is_text_deleted

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sender_id": sender_id,
                "text": text,
            }
        )
        if phones is not UNSET:
            field_dict["phones"] = phones
        if msg_groups is not UNSET:
            field_dict["msg_groups"] = msg_groups
        if delivery_at is not UNSET:
            field_dict["delivery_at"] = delivery_at
        if is_unicode is not UNSET:
            field_dict["is_unicode"] = is_unicode
        if service_code is not UNSET:
            field_dict["service_code"] = service_code
        if source is not UNSET:
            field_dict["source"] = source
        if voice_lang is not UNSET:
            field_dict["voice_lang"] = voice_lang
        if is_text_deleted is not UNSET:
            field_dict["is_text_deleted"] = is_text_deleted

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        sender_id = d.pop("sender_id")

        text = d.pop("text")

        def _parse_phones(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                phones_type_0 = cast(list[str], data)

                return phones_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        phones = _parse_phones(d.pop("phones", UNSET))

        def _parse_msg_groups(data: object) -> list[int] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                msg_groups_type_0 = cast(list[int], data)

                return msg_groups_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[int] | None | Unset, data)

        msg_groups = _parse_msg_groups(d.pop("msg_groups", UNSET))

        def _parse_delivery_at(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        delivery_at = _parse_delivery_at(d.pop("delivery_at", UNSET))

        def _parse_is_unicode(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_unicode = _parse_is_unicode(d.pop("is_unicode", UNSET))

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

        def _parse_source(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        source = _parse_source(d.pop("source", UNSET))

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

        def _parse_is_text_deleted(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_text_deleted = _parse_is_text_deleted(d.pop("is_text_deleted", UNSET))

        bulk_create = cls(
            sender_id=sender_id,
            text=text,
            phones=phones,
            msg_groups=msg_groups,
            delivery_at=delivery_at,
            is_unicode=is_unicode,
            service_code=service_code,
            source=source,
            voice_lang=voice_lang,
            is_text_deleted=is_text_deleted,
        )

        bulk_create.additional_properties = d
        return bulk_create

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

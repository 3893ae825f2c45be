from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.bulk_status_code import BulkStatusCode
from ..models.service_code import ServiceCode
from ..models.voice_lang import VoiceLang
from ..types import UNSET, Unset

T = TypeVar("T", bound="Bulk")


@_attrs_define
class Bulk:
    """Bulks resource."""

    uuid: str
    """ Unique entity UUID """
    delivery_at: int
    """ Scheduled delivery timestamp; 0 means at once. """
    status_code: BulkStatusCode
    """ Bulk's status: 0 new and not processed; 5 in progress; 10 successfully processed; 15 processing
    cancelled by the user; 20 system error; 201 error: no recipients found.
     """
    msg_total_count: int
    """ Count of the messages created by the bulk. """
    created_at: int
    """ Timestamp when the entity was added to the system by the user (LOX24 types it as a uuid string in this view;
    an evident slip). """
    is_dryrun: bool
    """ Type of the bulk 'dryrun' or not. """
    service_code: ServiceCode
    """ Service or gateway code: `direct` (SMS; the default when left out or null, as every official
    client sends it), `text2speech` (a voice call reading the text) or `text2speech_ssml` (a voice
    call reading SSML).
     """
    is_text_deleted: bool
    """ True if message text was deleted, False otherwise. """
    msg_total_cost: float
    """ Cost of the messages created by the bulk, in the account's currency. LOX24 types it as an
    integer, which cannot hold SMS prices such as 0.056; this description admits any number.
     """
    sender_id: str
    """ Sender ID or phone number: a number of up to 15 digits (optional leading `+`, no leading 0) or
    a text of 1 to 11 characters from A–Z, a–z, 0–9 and space. Some countries do not transmit
    sender IDs or require them to be registered. (LOX24 writes the pattern with `\\d`; it is written
    with `[0-9]` here so that every regex engine, Python's included, admits ASCII digits only.)
     """
    text: str
    """ The bulk's text (up to 1785 characters, before placeholders are filled). """
    processed_at: int | None | Unset = UNSET
    """ Timestamp of last changes. """
    ip: str | Unset = UNSET
    """ IP address of the host which sent request. """
    is_unicode: bool | None | Unset = UNSET
    """ True if message contains Unicode characters, False otherwise. """
    key_id: int | None | Unset = UNSET
    """ API key identifier. """
    source: int | None | Unset = UNSET
    """ Message source or origin. """
    voice_lang: None | Unset | VoiceLang = UNSET
    """ Voice message language; null means auto-detection. """
    phones: list[str] | None | Unset = UNSET
    """ List of the recipients numbers (E.164). """
    msg_groups: list[int] | None | Unset = UNSET
    """ List of the recipients groups. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        uuid = self.uuid

        delivery_at = self.delivery_at

        status_code = self.status_code.value

        msg_total_count = self.msg_total_count

        created_at = self.created_at

        is_dryrun = self.is_dryrun

        service_code = self.service_code.value

        is_text_deleted = self.is_text_deleted

        msg_total_cost = self.msg_total_cost

        sender_id = self.sender_id

        text = self.text

        processed_at: int | None | Unset
        if isinstance(self.processed_at, Unset):
            processed_at = UNSET
        else:
            processed_at = self.processed_at

        ip = self.ip

        is_unicode: bool | None | Unset
        if isinstance(self.is_unicode, Unset):
            is_unicode = UNSET
        else:
            is_unicode = self.is_unicode

        key_id: int | None | Unset
        if isinstance(self.key_id, Unset):
            key_id = UNSET
        else:
            key_id = self.key_id

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "uuid": uuid,
                "delivery_at": delivery_at,
                "status_code": status_code,
                "msg_total_count": msg_total_count,
                "created_at": created_at,
                "is_dryrun": is_dryrun,
                "service_code": service_code,
                "is_text_deleted": is_text_deleted,
                "msg_total_cost": msg_total_cost,
                "sender_id": sender_id,
                "text": text,
            }
        )
        if processed_at is not UNSET:
            field_dict["processed_at"] = processed_at
        if ip is not UNSET:
            field_dict["ip"] = ip
        if is_unicode is not UNSET:
            field_dict["is_unicode"] = is_unicode
        if key_id is not UNSET:
            field_dict["key_id"] = key_id
        if source is not UNSET:
            field_dict["source"] = source
        if voice_lang is not UNSET:
            field_dict["voice_lang"] = voice_lang
        if phones is not UNSET:
            field_dict["phones"] = phones
        if msg_groups is not UNSET:
            field_dict["msg_groups"] = msg_groups

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        uuid = d.pop("uuid")

        delivery_at = d.pop("delivery_at")

        status_code = BulkStatusCode(d.pop("status_code"))

        msg_total_count = d.pop("msg_total_count")

        created_at = d.pop("created_at")

        is_dryrun = d.pop("is_dryrun")

        service_code = ServiceCode(d.pop("service_code"))

        is_text_deleted = d.pop("is_text_deleted")

        msg_total_cost = d.pop("msg_total_cost")

        sender_id = d.pop("sender_id")

        text = d.pop("text")

        def _parse_processed_at(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        processed_at = _parse_processed_at(d.pop("processed_at", UNSET))

        ip = d.pop("ip", UNSET)

        def _parse_is_unicode(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_unicode = _parse_is_unicode(d.pop("is_unicode", UNSET))

        def _parse_key_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        key_id = _parse_key_id(d.pop("key_id", UNSET))

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

        bulk = cls(
            uuid=uuid,
            delivery_at=delivery_at,
            status_code=status_code,
            msg_total_count=msg_total_count,
            created_at=created_at,
            is_dryrun=is_dryrun,
            service_code=service_code,
            is_text_deleted=is_text_deleted,
            msg_total_cost=msg_total_cost,
            sender_id=sender_id,
            text=text,
            processed_at=processed_at,
            ip=ip,
            is_unicode=is_unicode,
            key_id=key_id,
            source=source,
            voice_lang=voice_lang,
            phones=phones,
            msg_groups=msg_groups,
        )

        bulk.additional_properties = d
        return bulk

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

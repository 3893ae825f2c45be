from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.voice_lang import VoiceLang
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.verify_routing_step import VerifyRoutingStep


T = TypeVar("T", bound="VerifyCodeCreate")


@_attrs_define
class VerifyCodeCreate:
    """The new verify code"""

    phone: str
    """ The recipient, 5 to 30 characters as LOX24 documents it, read like an SMS recipient
    (+491701234567, 00491701234567, 491701234567 or a German national number) and stored in
    E.164. Decision: a string that is no phone number is answered 422.
     """
    routing_strategy: list[VerifyRoutingStep]
    """ The channels to try, in order (at least one; three at most, since each channel may appear once).
     """
    code: None | str | Unset = UNSET
    """ Your own code, 4 to 8 digits; null or absent lets LOX24 generate one of `code_length` digits. """
    code_length: int | None | Unset = UNSET
    """ Length of a generated code, 4 to 8 digits (default 4). Decision - ignored when `code` is given. """
    lang: None | Unset | VoiceLang = UNSET
    """ Language of LOX24's own message texts (the 20 voice languages); null or absent means `DE`. """
    payload: None | str | Unset = UNSET
    """ Your own data, returned with the code (up to 128 characters). """
    is_code_deleted: bool | None | Unset = UNSET
    """ Delete the code once it reached a final status (10, 20 or 100); later answers show `code` as null. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        phone = self.phone

        routing_strategy = []
        for routing_strategy_item_data in self.routing_strategy:
            routing_strategy_item = routing_strategy_item_data.to_dict()
            routing_strategy.append(routing_strategy_item)

        code: None | str | Unset
        if isinstance(self.code, Unset):
            code = UNSET
        else:
            code = self.code

        code_length: int | None | Unset
        if isinstance(self.code_length, Unset):
            code_length = UNSET
        else:
            code_length = self.code_length

        lang: None | str | Unset
        if isinstance(self.lang, Unset):
            lang = UNSET
        elif isinstance(self.lang, VoiceLang):
            lang = self.lang.value
        else:
            lang = self.lang

        payload: None | str | Unset
        if isinstance(self.payload, Unset):
            payload = UNSET
        else:
            payload = self.payload

        is_code_deleted: bool | None | Unset
        if isinstance(self.is_code_deleted, Unset):
            is_code_deleted = UNSET
        else:
            is_code_deleted = self.is_code_deleted

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "phone": phone,
                "routing_strategy": routing_strategy,
            }
        )
        if code is not UNSET:
            field_dict["code"] = code
        if code_length is not UNSET:
            field_dict["code_length"] = code_length
        if lang is not UNSET:
            field_dict["lang"] = lang
        if payload is not UNSET:
            field_dict["payload"] = payload
        if is_code_deleted is not UNSET:
            field_dict["is_code_deleted"] = is_code_deleted

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.verify_routing_step import VerifyRoutingStep

        d = dict(src_dict)
        phone = d.pop("phone")

        routing_strategy = []
        _routing_strategy = d.pop("routing_strategy")
        for routing_strategy_item_data in _routing_strategy:
            routing_strategy_item = VerifyRoutingStep.from_dict(routing_strategy_item_data)

            routing_strategy.append(routing_strategy_item)

        def _parse_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        code = _parse_code(d.pop("code", UNSET))

        def _parse_code_length(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        code_length = _parse_code_length(d.pop("code_length", UNSET))

        def _parse_lang(data: object) -> None | Unset | VoiceLang:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                lang_type_0 = VoiceLang(data)

                return lang_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | VoiceLang, data)

        lang = _parse_lang(d.pop("lang", UNSET))

        def _parse_payload(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        payload = _parse_payload(d.pop("payload", UNSET))

        def _parse_is_code_deleted(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_code_deleted = _parse_is_code_deleted(d.pop("is_code_deleted", UNSET))

        verify_code_create = cls(
            phone=phone,
            routing_strategy=routing_strategy,
            code=code,
            code_length=code_length,
            lang=lang,
            payload=payload,
            is_code_deleted=is_code_deleted,
        )

        verify_code_create.additional_properties = d
        return verify_code_create

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

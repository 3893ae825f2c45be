from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.json_ld_context_type_1 import JsonLdContextType1


T = TypeVar("T", bound="PhoneJsonLd")


@_attrs_define
class PhoneJsonLd:
    """A phone entry in `application/ld+json` (`@id` arrives in additional properties)."""

    type_: str
    """ JSON-LD type. """
    id: int
    """ Phone entry ID (LOX24's schema types it as a string while the path takes an integer; integer here). """
    phone: str
    """ Phone number. """
    context: JsonLdContextType1 | str | Unset = UNSET
    """ JSON-LD context, an IRI such as `/contexts/sms` or an inline context object. """
    callback_data: None | str | Unset = UNSET
    subscribed_at: int | None | Unset = UNSET
    """ When the number subscribed through a subscription form. """
    unsubscribed_at: int | None | Unset = UNSET
    """ When the number unsubscribed. """
    unsubscribe_reason: int | None | Unset = UNSET
    """ 1 never subscribed, 2 too many messages, 3 not interested, 4 incomprehensible, 5 dislike your company, 6
    other. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.json_ld_context_type_1 import JsonLdContextType1

        type_ = self.type_

        id = self.id

        phone = self.phone

        context: dict[str, Any] | str | Unset
        if isinstance(self.context, Unset):
            context = UNSET
        elif isinstance(self.context, JsonLdContextType1):
            context = self.context.to_dict()
        else:
            context = self.context

        callback_data: None | str | Unset
        if isinstance(self.callback_data, Unset):
            callback_data = UNSET
        else:
            callback_data = self.callback_data

        subscribed_at: int | None | Unset
        if isinstance(self.subscribed_at, Unset):
            subscribed_at = UNSET
        else:
            subscribed_at = self.subscribed_at

        unsubscribed_at: int | None | Unset
        if isinstance(self.unsubscribed_at, Unset):
            unsubscribed_at = UNSET
        else:
            unsubscribed_at = self.unsubscribed_at

        unsubscribe_reason: int | None | Unset
        if isinstance(self.unsubscribe_reason, Unset):
            unsubscribe_reason = UNSET
        else:
            unsubscribe_reason = self.unsubscribe_reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "@type": type_,
                "id": id,
                "phone": phone,
            }
        )
        if context is not UNSET:
            field_dict["@context"] = context
        if callback_data is not UNSET:
            field_dict["callback_data"] = callback_data
        if subscribed_at is not UNSET:
            field_dict["subscribed_at"] = subscribed_at
        if unsubscribed_at is not UNSET:
            field_dict["unsubscribed_at"] = unsubscribed_at
        if unsubscribe_reason is not UNSET:
            field_dict["unsubscribe_reason"] = unsubscribe_reason

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.json_ld_context_type_1 import JsonLdContextType1

        d = dict(src_dict)
        type_ = d.pop("@type")

        id = d.pop("id")

        phone = d.pop("phone")

        def _parse_context(data: object) -> JsonLdContextType1 | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_json_ld_context_type_1 = JsonLdContextType1.from_dict(data)

                return componentsschemas_json_ld_context_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(JsonLdContextType1 | str | Unset, data)

        context = _parse_context(d.pop("@context", UNSET))

        def _parse_callback_data(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        callback_data = _parse_callback_data(d.pop("callback_data", UNSET))

        def _parse_subscribed_at(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        subscribed_at = _parse_subscribed_at(d.pop("subscribed_at", UNSET))

        def _parse_unsubscribed_at(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        unsubscribed_at = _parse_unsubscribed_at(d.pop("unsubscribed_at", UNSET))

        def _parse_unsubscribe_reason(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        unsubscribe_reason = _parse_unsubscribe_reason(d.pop("unsubscribe_reason", UNSET))

        phone_json_ld = cls(
            type_=type_,
            id=id,
            phone=phone,
            context=context,
            callback_data=callback_data,
            subscribed_at=subscribed_at,
            unsubscribed_at=unsubscribed_at,
            unsubscribe_reason=unsubscribe_reason,
        )

        phone_json_ld.additional_properties = d
        return phone_json_ld

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

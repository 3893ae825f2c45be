from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Phone")


@_attrs_define
class Phone:
    """A phone entry of a group."""

    id: int
    """ Phone entry ID (LOX24's schema types it as a string while the path takes an integer; integer here). """
    phone: str
    """ Phone number. """
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
        id = self.id

        phone = self.phone

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
                "id": id,
                "phone": phone,
            }
        )
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
        d = dict(src_dict)
        id = d.pop("id")

        phone = d.pop("phone")

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

        phone = cls(
            id=id,
            phone=phone,
            callback_data=callback_data,
            subscribed_at=subscribed_at,
            unsubscribed_at=unsubscribed_at,
            unsubscribe_reason=unsubscribe_reason,
        )

        phone.additional_properties = d
        return phone

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PhoneFields")


@_attrs_define
class PhoneFields:
    """The fields of a phone entry; the data columns `a` … `e` are pattern properties (see PhoneColumn)."""

    phone: str | Unset = UNSET
    """ Phone number (normalised to E.164 when stored). """
    callback_data: None | str | Unset = UNSET
    """ String which will be send back to your endpoint with the delivery report of SMS a bulk sends to this entry.
    """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        phone = self.phone

        callback_data: None | str | Unset
        if isinstance(self.callback_data, Unset):
            callback_data = UNSET
        else:
            callback_data = self.callback_data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if phone is not UNSET:
            field_dict["phone"] = phone
        if callback_data is not UNSET:
            field_dict["callback_data"] = callback_data

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        phone = d.pop("phone", UNSET)

        def _parse_callback_data(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        callback_data = _parse_callback_data(d.pop("callback_data", UNSET))

        phone_fields = cls(
            phone=phone,
            callback_data=callback_data,
        )

        phone_fields.additional_properties = d
        return phone_fields

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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.phone_write import PhoneWrite


T = TypeVar("T", bound="GroupWritePhonesType0")


@_attrs_define
class GroupWritePhonesType0:
    """Phones list by group, keyed by any string of yours; each value is a phone entry."""

    additional_properties: dict[str, PhoneWrite] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.phone_write import PhoneWrite

        d = dict(src_dict)
        group_write_phones_type_0 = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional_property = PhoneWrite.from_dict(prop_dict)

            additional_properties[prop_name] = additional_property

        group_write_phones_type_0.additional_properties = additional_properties
        return group_write_phones_type_0

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> PhoneWrite:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: PhoneWrite) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties

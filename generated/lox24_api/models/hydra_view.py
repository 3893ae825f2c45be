from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="HydraView")


@_attrs_define
class HydraView:
    """Pagination links of a Hydra collection (IRIs such as `/sms?page=2`)."""

    id: str | Unset = UNSET
    type_: str | Unset = UNSET
    hydrafirst: str | Unset = UNSET
    hydralast: str | Unset = UNSET
    hydranext: str | Unset = UNSET
    hydraprevious: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_ = self.type_

        hydrafirst = self.hydrafirst

        hydralast = self.hydralast

        hydranext = self.hydranext

        hydraprevious = self.hydraprevious

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["@id"] = id
        if type_ is not UNSET:
            field_dict["@type"] = type_
        if hydrafirst is not UNSET:
            field_dict["hydra:first"] = hydrafirst
        if hydralast is not UNSET:
            field_dict["hydra:last"] = hydralast
        if hydranext is not UNSET:
            field_dict["hydra:next"] = hydranext
        if hydraprevious is not UNSET:
            field_dict["hydra:previous"] = hydraprevious

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("@id", UNSET)

        type_ = d.pop("@type", UNSET)

        hydrafirst = d.pop("hydra:first", UNSET)

        hydralast = d.pop("hydra:last", UNSET)

        hydranext = d.pop("hydra:next", UNSET)

        hydraprevious = d.pop("hydra:previous", UNSET)

        hydra_view = cls(
            id=id,
            type_=type_,
            hydrafirst=hydrafirst,
            hydralast=hydralast,
            hydranext=hydranext,
            hydraprevious=hydraprevious,
        )

        hydra_view.additional_properties = d
        return hydra_view

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FraudCheckAddressWrite")


@_attrs_define
class FraudCheckAddressWrite:
    """A postal address to check. Decision: LOX24's schema types `city` and `street_name` as nullable
    although they are required; here they must be strings.

    """

    iso2: str
    """ Country (ISO 3166-1 alpha-2). """
    city: str
    """ City. """
    street_name: str
    """ Street. """
    postcode: None | str | Unset = UNSET
    """ Postcode. """
    street_number: None | str | Unset = UNSET
    """ House number. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        iso2 = self.iso2

        city = self.city

        street_name = self.street_name

        postcode: None | str | Unset
        if isinstance(self.postcode, Unset):
            postcode = UNSET
        else:
            postcode = self.postcode

        street_number: None | str | Unset
        if isinstance(self.street_number, Unset):
            street_number = UNSET
        else:
            street_number = self.street_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "iso2": iso2,
                "city": city,
                "street_name": street_name,
            }
        )
        if postcode is not UNSET:
            field_dict["postcode"] = postcode
        if street_number is not UNSET:
            field_dict["street_number"] = street_number

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        iso2 = d.pop("iso2")

        city = d.pop("city")

        street_name = d.pop("street_name")

        def _parse_postcode(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        postcode = _parse_postcode(d.pop("postcode", UNSET))

        def _parse_street_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        street_number = _parse_street_number(d.pop("street_number", UNSET))

        fraud_check_address_write = cls(
            iso2=iso2,
            city=city,
            street_name=street_name,
            postcode=postcode,
            street_number=street_number,
        )

        fraud_check_address_write.additional_properties = d
        return fraud_check_address_write

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

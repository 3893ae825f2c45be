from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FraudCheckAddress")


@_attrs_define
class FraudCheckAddress:
    """The postal address part of a check. As in LOX24's read schema, `city` and `street_name` may be null
    and the part's `status_code` is a plain (nullable) integer, not the check's status enum.

    """

    iso2: str
    """ Country (ISO 3166-1 alpha-2). """
    city: None | str
    street_name: None | str
    postcode: None | str | Unset = UNSET
    street_number: None | str | Unset = UNSET
    status_code: int | None | Unset = UNSET
    """ Status of this part (the emulator sends the check's). """
    created_at: int | Unset = UNSET
    """ Unix time in seconds. """
    updated_at: int | Unset = UNSET
    """ Unix time in seconds. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        iso2 = self.iso2

        city: None | str
        city = self.city

        street_name: None | str
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

        status_code: int | None | Unset
        if isinstance(self.status_code, Unset):
            status_code = UNSET
        else:
            status_code = self.status_code

        created_at = self.created_at

        updated_at = self.updated_at

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
        if status_code is not UNSET:
            field_dict["status_code"] = status_code
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        iso2 = d.pop("iso2")

        def _parse_city(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        city = _parse_city(d.pop("city"))

        def _parse_street_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        street_name = _parse_street_name(d.pop("street_name"))

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

        def _parse_status_code(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        status_code = _parse_status_code(d.pop("status_code", UNSET))

        created_at = d.pop("created_at", UNSET)

        updated_at = d.pop("updated_at", UNSET)

        fraud_check_address = cls(
            iso2=iso2,
            city=city,
            street_name=street_name,
            postcode=postcode,
            street_number=street_number,
            status_code=status_code,
            created_at=created_at,
            updated_at=updated_at,
        )

        fraud_check_address.additional_properties = d
        return fraud_check_address

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

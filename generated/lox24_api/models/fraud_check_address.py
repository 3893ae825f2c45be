from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.fraud_check_status_code import FraudCheckStatusCode
from ..types import UNSET, Unset

T = TypeVar("T", bound="FraudCheckAddress")


@_attrs_define
class FraudCheckAddress:
    """The postal address part of a check."""

    iso2: str
    """ Country (ISO 3166-1 alpha-2). """
    city: str
    street_name: str
    postcode: None | str | Unset = UNSET
    street_number: None | str | Unset = UNSET
    status_code: FraudCheckStatusCode | Unset = UNSET
    """ Processing status of a fraud check: 0 new (not processed yet); 5 in progress; 10 done; 20 ended
    with an error: not enough balance or credit line; 21 ended with an error: invalid data; 1000 ended
    with an unexpected error.
     """
    created_at: int | Unset = UNSET
    """ Unix time in seconds. """
    updated_at: int | Unset = UNSET
    """ Unix time in seconds. """
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

        status_code: int | Unset = UNSET
        if not isinstance(self.status_code, Unset):
            status_code = self.status_code.value

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

        _status_code = d.pop("status_code", UNSET)
        status_code: FraudCheckStatusCode | Unset
        if isinstance(_status_code, Unset):
            status_code = UNSET
        else:
            status_code = FraudCheckStatusCode(_status_code)

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

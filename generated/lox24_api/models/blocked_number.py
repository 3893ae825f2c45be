from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.blocked_number_type import BlockedNumberType

T = TypeVar("T", bound="BlockedNumber")


@_attrs_define
class BlockedNumber:
    """A number on the account's block list; SMS to it are not sent (status 208, no charge)."""

    id: int
    """ Blocked number ID """
    number: str
    """ The blocked phone number (E.164 when it is a real number). """
    type_: BlockedNumberType
    """ Why the number is blocked: 1 blocked by the customer (POST /blocked_numbers), 2 unsubscribed through an
    unsubscribe campaign's form. """
    added_at: int
    """ When it was blocked (Unix seconds). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        number = self.number

        type_ = self.type_.value

        added_at = self.added_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "number": number,
                "type": type_,
                "added_at": added_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        number = d.pop("number")

        type_ = BlockedNumberType(d.pop("type"))

        added_at = d.pop("added_at")

        blocked_number = cls(
            id=id,
            number=number,
            type_=type_,
            added_at=added_at,
        )

        blocked_number.additional_properties = d
        return blocked_number

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

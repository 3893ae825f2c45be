from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PhoneSubscribeData")


@_attrs_define
class PhoneSubscribeData:
    """A phone number subscribed through a campaign short link."""

    phone: str
    user_id: int
    """ The LOX24 account. """
    timestamp: int
    """ Unix seconds. """
    campaign_code: str
    additional_data: list[Any]
    """ Always empty in LOX24's example (PHP's empty map). """
    short_link_code: str
    group_id: int
    """ The group the phone was added to. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        phone = self.phone

        user_id = self.user_id

        timestamp = self.timestamp

        campaign_code = self.campaign_code

        additional_data = self.additional_data

        short_link_code = self.short_link_code

        group_id = self.group_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "phone": phone,
                "user_id": user_id,
                "timestamp": timestamp,
                "campaign_code": campaign_code,
                "additional_data": additional_data,
                "short_link_code": short_link_code,
                "group_id": group_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        phone = d.pop("phone")

        user_id = d.pop("user_id")

        timestamp = d.pop("timestamp")

        campaign_code = d.pop("campaign_code")

        additional_data = cast(list[Any], d.pop("additional_data"))

        short_link_code = d.pop("short_link_code")

        group_id = d.pop("group_id")

        phone_subscribe_data = cls(
            phone=phone,
            user_id=user_id,
            timestamp=timestamp,
            campaign_code=campaign_code,
            additional_data=additional_data,
            short_link_code=short_link_code,
            group_id=group_id,
        )

        phone_subscribe_data.additional_properties = d
        return phone_subscribe_data

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

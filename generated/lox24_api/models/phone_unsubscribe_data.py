from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.unsubscribe_additional_data import UnsubscribeAdditionalData


T = TypeVar("T", bound="PhoneUnsubscribeData")


@_attrs_define
class PhoneUnsubscribeData:
    """A phone number unsubscribed through a campaign short link."""

    phone: str
    user_id: int
    """ The LOX24 account. """
    timestamp: int
    """ Unix seconds. """
    campaign_code: str
    additional_data: list[str] | UnsubscribeAdditionalData
    """ The form's details; `[]` (PHP's empty map) when the person gave none. Decision: both shapes are accepted.
     """
    short_link_code: str
    unsubscribe_request_id: int
    group_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.unsubscribe_additional_data import UnsubscribeAdditionalData

        phone = self.phone

        user_id = self.user_id

        timestamp = self.timestamp

        campaign_code = self.campaign_code

        additional_data: dict[str, Any] | list[str]
        if isinstance(self.additional_data, UnsubscribeAdditionalData):
            additional_data = self.additional_data.to_dict()
        else:
            additional_data = self.additional_data

        short_link_code = self.short_link_code

        unsubscribe_request_id = self.unsubscribe_request_id

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
                "unsubscribe_request_id": unsubscribe_request_id,
            }
        )
        if group_id is not UNSET:
            field_dict["group_id"] = group_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.unsubscribe_additional_data import UnsubscribeAdditionalData

        d = dict(src_dict)
        phone = d.pop("phone")

        user_id = d.pop("user_id")

        timestamp = d.pop("timestamp")

        campaign_code = d.pop("campaign_code")

        def _parse_additional_data(data: object) -> list[str] | UnsubscribeAdditionalData:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                additional_data_type_0 = UnsubscribeAdditionalData.from_dict(data)

                return additional_data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            additional_data_type_1 = cast(list[str], data)

            return additional_data_type_1

        additional_data = _parse_additional_data(d.pop("additional_data"))

        short_link_code = d.pop("short_link_code")

        unsubscribe_request_id = d.pop("unsubscribe_request_id")

        group_id = d.pop("group_id", UNSET)

        phone_unsubscribe_data = cls(
            phone=phone,
            user_id=user_id,
            timestamp=timestamp,
            campaign_code=campaign_code,
            additional_data=additional_data,
            short_link_code=short_link_code,
            unsubscribe_request_id=unsubscribe_request_id,
            group_id=group_id,
        )

        phone_unsubscribe_data.additional_properties = d
        return phone_unsubscribe_data

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

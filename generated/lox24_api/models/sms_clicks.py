from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SmsClicks")


@_attrs_define
class SmsClicks:
    """The number of clicks on the short link of one SMS (advanced campaigns)."""

    uuid: str
    """ Unique entity UUID """
    created_at: int
    """ When the SMS was created (Unix seconds). """
    requests_count: int
    """ Clicks on the SMS's short link(s). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        uuid = self.uuid

        created_at = self.created_at

        requests_count = self.requests_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "uuid": uuid,
                "created_at": created_at,
                "requests_count": requests_count,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        uuid = d.pop("uuid")

        created_at = d.pop("created_at")

        requests_count = d.pop("requests_count")

        sms_clicks = cls(
            uuid=uuid,
            created_at=created_at,
            requests_count=requests_count,
        )

        sms_clicks.additional_properties = d
        return sms_clicks

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.short_link_campaign_type import ShortLinkCampaignType
from ..types import UNSET, Unset

T = TypeVar("T", bound="ShortLinkCampaignWrite")


@_attrs_define
class ShortLinkCampaignWrite:
    """A short-link campaign. Decision: LOX24 declares `url` as any string; here it must be an http(s)
    URL of printable ASCII characters (percent-encode the rest), and `name` must not be empty.

    """

    type_: ShortLinkCampaignType
    """ 1 simple: one short link shared by every SMS (free); 2 advanced: one short link per SMS (charged per link).
    """
    name: str
    """ The campaign's name. """
    url: str
    """ Where the short link leads. """
    group_id: int | None | Unset = UNSET
    """ A group of the account (422 when it is not), or null. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        name = self.name

        url = self.url

        group_id: int | None | Unset
        if isinstance(self.group_id, Unset):
            group_id = UNSET
        else:
            group_id = self.group_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "name": name,
                "url": url,
            }
        )
        if group_id is not UNSET:
            field_dict["group_id"] = group_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = ShortLinkCampaignType(d.pop("type"))

        name = d.pop("name")

        url = d.pop("url")

        def _parse_group_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        group_id = _parse_group_id(d.pop("group_id", UNSET))

        short_link_campaign_write = cls(
            type_=type_,
            name=name,
            url=url,
            group_id=group_id,
        )

        short_link_campaign_write.additional_properties = d
        return short_link_campaign_write

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

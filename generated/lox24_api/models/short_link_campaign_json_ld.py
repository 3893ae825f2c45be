from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.short_link_campaign_type import ShortLinkCampaignType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.json_ld_context_type_1 import JsonLdContextType1


T = TypeVar("T", bound="ShortLinkCampaignJsonLd")


@_attrs_define
class ShortLinkCampaignJsonLd:
    """A short-link campaign in `application/ld+json`. Its `@id` and `@type` arrive in additional
    properties: they would map to the same Python names as `id` and `type`.

    """

    id: str
    """ The campaign's code (LOX24's schema admits null; it is never null once created). """
    name: str
    """ The campaign's name. """
    type_: ShortLinkCampaignType
    """ 1 simple: one short link shared by every SMS (free); 2 advanced: one short link per SMS (charged per link).
    """
    url: str
    """ Where the short link leads (for subscribe and unsubscribe campaigns, the form). """
    created_at: int
    """ When it was created (Unix seconds). """
    group_id: int | None | Unset = UNSET
    """ The campaign's group, or null. """
    context: JsonLdContextType1 | str | Unset = UNSET
    """ JSON-LD context, an IRI such as `/contexts/sms` or an inline context object. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.json_ld_context_type_1 import JsonLdContextType1

        id = self.id

        name = self.name

        type_ = self.type_.value

        url = self.url

        created_at = self.created_at

        group_id: int | None | Unset
        if isinstance(self.group_id, Unset):
            group_id = UNSET
        else:
            group_id = self.group_id

        context: dict[str, Any] | str | Unset
        if isinstance(self.context, Unset):
            context = UNSET
        elif isinstance(self.context, JsonLdContextType1):
            context = self.context.to_dict()
        else:
            context = self.context

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "type": type_,
                "url": url,
                "created_at": created_at,
            }
        )
        if group_id is not UNSET:
            field_dict["group_id"] = group_id
        if context is not UNSET:
            field_dict["@context"] = context

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.json_ld_context_type_1 import JsonLdContextType1

        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        type_ = ShortLinkCampaignType(d.pop("type"))

        url = d.pop("url")

        created_at = d.pop("created_at")

        def _parse_group_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        group_id = _parse_group_id(d.pop("group_id", UNSET))

        def _parse_context(data: object) -> JsonLdContextType1 | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_json_ld_context_type_1 = JsonLdContextType1.from_dict(data)

                return componentsschemas_json_ld_context_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(JsonLdContextType1 | str | Unset, data)

        context = _parse_context(d.pop("@context", UNSET))

        short_link_campaign_json_ld = cls(
            id=id,
            name=name,
            type_=type_,
            url=url,
            created_at=created_at,
            group_id=group_id,
            context=context,
        )

        short_link_campaign_json_ld.additional_properties = d
        return short_link_campaign_json_ld

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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.json_ld_context_type_1 import JsonLdContextType1


T = TypeVar("T", bound="ShortLinkJsonLd")


@_attrs_define
class ShortLinkJsonLd:
    """A short link in `application/ld+json`."""

    id: str
    """ JSON-LD ID (the item's IRI, e.g. `/sms/{uuid}`). """
    type_: str
    """ JSON-LD type. """
    short_code: str
    """ The link's code. """
    url: None | str
    """ Where the link leads (the campaign's URL). """
    campaign: None | str
    """ The campaign's IRI, `/short_link_campaigns/<code>`. """
    requests: str
    """ The IRI of the link's clicks, `/short_links/<short_code>/requests`. """
    updated_at: int
    """ When the link was made or last changed (Unix seconds). """
    context: JsonLdContextType1 | str | Unset = UNSET
    """ JSON-LD context, an IRI such as `/contexts/sms` or an inline context object. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.json_ld_context_type_1 import JsonLdContextType1

        id = self.id

        type_ = self.type_

        short_code = self.short_code

        url: None | str
        url = self.url

        campaign: None | str
        campaign = self.campaign

        requests = self.requests

        updated_at = self.updated_at

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
                "@id": id,
                "@type": type_,
                "short_code": short_code,
                "url": url,
                "campaign": campaign,
                "requests": requests,
                "updated_at": updated_at,
            }
        )
        if context is not UNSET:
            field_dict["@context"] = context

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.json_ld_context_type_1 import JsonLdContextType1

        d = dict(src_dict)
        id = d.pop("@id")

        type_ = d.pop("@type")

        short_code = d.pop("short_code")

        def _parse_url(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        url = _parse_url(d.pop("url"))

        def _parse_campaign(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        campaign = _parse_campaign(d.pop("campaign"))

        requests = d.pop("requests")

        updated_at = d.pop("updated_at")

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

        short_link_json_ld = cls(
            id=id,
            type_=type_,
            short_code=short_code,
            url=url,
            campaign=campaign,
            requests=requests,
            updated_at=updated_at,
            context=context,
        )

        short_link_json_ld.additional_properties = d
        return short_link_json_ld

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

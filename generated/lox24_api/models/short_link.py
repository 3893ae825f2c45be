from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ShortLink")


@_attrs_define
class ShortLink:
    """A short link, `https://l24.pw/<short_code>`, made for `[slink <campaign code>]` in an SMS or bulk
    text. Decision: `url` is where the link leads (the campaign's URL; LOX24 calls it "URL des Kurzen
    Links" and filters it as the target URL); the short URL itself is `https://l24.pw/` + `short_code`.
    Decision: a simple campaign's one link exists from the campaign's creation and its `short_code`
    is the campaign's code; an advanced campaign's links (six characters) are made per SMS.

    """

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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        short_code = self.short_code

        url: None | str
        url = self.url

        campaign: None | str
        campaign = self.campaign

        requests = self.requests

        updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "short_code": short_code,
                "url": url,
                "campaign": campaign,
                "requests": requests,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
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

        short_link = cls(
            short_code=short_code,
            url=url,
            campaign=campaign,
            requests=requests,
            updated_at=updated_at,
        )

        short_link.additional_properties = d
        return short_link

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

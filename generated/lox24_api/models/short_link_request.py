from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ShortLinkRequest")


@_attrs_define
class ShortLinkRequest:
    """One click ("request") on a short link. The device fields are read from the user agent.
    Decision: LOX24 does not say what `type` means; it is the type of the link's campaign at the
    time of the click (1 simple, 2 advanced).

    """

    id: int
    """ The click's id. """
    short_link: None | str
    """ The IRI of the link clicked, `/short_links/<short_code>`. """
    url: str
    """ The target URL the click was sent on to. """
    date: int
    """ When the click happened (Unix seconds). """
    type_: int
    """ The type of the link's campaign (1 simple, 2 advanced). """
    ip: None | str | Unset = UNSET
    """ The clicking device's IP address. Decision: IPv6 too (LOX24 declares IPv4, at most 15 characters). """
    user_agent: None | str | Unset = UNSET
    """ The browser's User-Agent header. """
    referer: None | str | Unset = UNSET
    """ The Referer header. """
    country: None | str | Unset = UNSET
    """ Where the click came from (ISO 3166-1 alpha-2); null when unknown. Decision: LOX24 does not admit null. """
    browser: None | str | Unset = UNSET
    """ Browser name. """
    browser_version: None | str | Unset = UNSET
    """ Browser version. """
    os: None | str | Unset = UNSET
    """ Operating system. """
    os_version: None | str | Unset = UNSET
    """ Operating system version. """
    software_type: None | str | Unset = UNSET
    """ Software type (e.g. `browser`). """
    hardware_type: None | str | Unset = UNSET
    """ Hardware type (`mobile`, `tablet`, `computer`). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        short_link: None | str
        short_link = self.short_link

        url = self.url

        date = self.date

        type_ = self.type_

        ip: None | str | Unset
        if isinstance(self.ip, Unset):
            ip = UNSET
        else:
            ip = self.ip

        user_agent: None | str | Unset
        if isinstance(self.user_agent, Unset):
            user_agent = UNSET
        else:
            user_agent = self.user_agent

        referer: None | str | Unset
        if isinstance(self.referer, Unset):
            referer = UNSET
        else:
            referer = self.referer

        country: None | str | Unset
        if isinstance(self.country, Unset):
            country = UNSET
        else:
            country = self.country

        browser: None | str | Unset
        if isinstance(self.browser, Unset):
            browser = UNSET
        else:
            browser = self.browser

        browser_version: None | str | Unset
        if isinstance(self.browser_version, Unset):
            browser_version = UNSET
        else:
            browser_version = self.browser_version

        os: None | str | Unset
        if isinstance(self.os, Unset):
            os = UNSET
        else:
            os = self.os

        os_version: None | str | Unset
        if isinstance(self.os_version, Unset):
            os_version = UNSET
        else:
            os_version = self.os_version

        software_type: None | str | Unset
        if isinstance(self.software_type, Unset):
            software_type = UNSET
        else:
            software_type = self.software_type

        hardware_type: None | str | Unset
        if isinstance(self.hardware_type, Unset):
            hardware_type = UNSET
        else:
            hardware_type = self.hardware_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "short_link": short_link,
                "url": url,
                "date": date,
                "type": type_,
            }
        )
        if ip is not UNSET:
            field_dict["ip"] = ip
        if user_agent is not UNSET:
            field_dict["user_agent"] = user_agent
        if referer is not UNSET:
            field_dict["referer"] = referer
        if country is not UNSET:
            field_dict["country"] = country
        if browser is not UNSET:
            field_dict["browser"] = browser
        if browser_version is not UNSET:
            field_dict["browser_version"] = browser_version
        if os is not UNSET:
            field_dict["os"] = os
        if os_version is not UNSET:
            field_dict["os_version"] = os_version
        if software_type is not UNSET:
            field_dict["software_type"] = software_type
        if hardware_type is not UNSET:
            field_dict["hardware_type"] = hardware_type

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        def _parse_short_link(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        short_link = _parse_short_link(d.pop("short_link"))

        url = d.pop("url")

        date = d.pop("date")

        type_ = d.pop("type")

        def _parse_ip(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        ip = _parse_ip(d.pop("ip", UNSET))

        def _parse_user_agent(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        user_agent = _parse_user_agent(d.pop("user_agent", UNSET))

        def _parse_referer(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        referer = _parse_referer(d.pop("referer", UNSET))

        def _parse_country(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        country = _parse_country(d.pop("country", UNSET))

        def _parse_browser(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        browser = _parse_browser(d.pop("browser", UNSET))

        def _parse_browser_version(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        browser_version = _parse_browser_version(d.pop("browser_version", UNSET))

        def _parse_os(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        os = _parse_os(d.pop("os", UNSET))

        def _parse_os_version(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        os_version = _parse_os_version(d.pop("os_version", UNSET))

        def _parse_software_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        software_type = _parse_software_type(d.pop("software_type", UNSET))

        def _parse_hardware_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        hardware_type = _parse_hardware_type(d.pop("hardware_type", UNSET))

        short_link_request = cls(
            id=id,
            short_link=short_link,
            url=url,
            date=date,
            type_=type_,
            ip=ip,
            user_agent=user_agent,
            referer=referer,
            country=country,
            browser=browser,
            browser_version=browser_version,
            os=os,
            os_version=os_version,
            software_type=software_type,
            hardware_type=hardware_type,
        )

        short_link_request.additional_properties = d
        return short_link_request

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

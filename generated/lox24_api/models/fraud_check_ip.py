from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.fraud_check_connection_type import FraudCheckConnectionType
from ..models.fraud_check_proxy_type import FraudCheckProxyType
from ..models.fraud_check_status_code import FraudCheckStatusCode
from ..types import UNSET, Unset

T = TypeVar("T", bound="FraudCheckIp")


@_attrs_define
class FraudCheckIp:
    """The IP address part of a check; the details are there once the check is done (not for economy).
    Decision: LOX24 types the details as non-nullable; they are null here while unknown (before the
    check is done, for economy, or for an address that could not be located).

    """

    ip: str
    """ The address as given. """
    is_ok: bool | None | Unset = UNSET
    """ The address could be checked (it is a public IPv4 or IPv6 address). """
    iso2: None | str | Unset = UNSET
    """ Country of the address. """
    state: None | str | Unset = UNSET
    """ Region of the address (LOX24 types it as a country code: two letters). """
    city: None | str | Unset = UNSET
    """ City of the address. """
    postcode: None | str | Unset = UNSET
    """ Postcode of the address. """
    geolocation: list[float] | None | Unset = UNSET
    """ Latitude and longitude. """
    isp_name: None | str | Unset = UNSET
    """ The internet service provider. """
    isp_risk_score: float | None | Unset = UNSET
    """ Risk score of the ISP (0 … 100). """
    proxy_type: FraudCheckProxyType | None | Unset = UNSET
    """ The kind of proxy, if the address is one; null otherwise. """
    connection_type: FraudCheckConnectionType | None | Unset = UNSET
    """ The kind of connection; null when unknown. """
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
        ip = self.ip

        is_ok: bool | None | Unset
        if isinstance(self.is_ok, Unset):
            is_ok = UNSET
        else:
            is_ok = self.is_ok

        iso2: None | str | Unset
        if isinstance(self.iso2, Unset):
            iso2 = UNSET
        else:
            iso2 = self.iso2

        state: None | str | Unset
        if isinstance(self.state, Unset):
            state = UNSET
        else:
            state = self.state

        city: None | str | Unset
        if isinstance(self.city, Unset):
            city = UNSET
        else:
            city = self.city

        postcode: None | str | Unset
        if isinstance(self.postcode, Unset):
            postcode = UNSET
        else:
            postcode = self.postcode

        geolocation: list[float] | None | Unset
        if isinstance(self.geolocation, Unset):
            geolocation = UNSET
        elif isinstance(self.geolocation, list):
            geolocation = self.geolocation

        else:
            geolocation = self.geolocation

        isp_name: None | str | Unset
        if isinstance(self.isp_name, Unset):
            isp_name = UNSET
        else:
            isp_name = self.isp_name

        isp_risk_score: float | None | Unset
        if isinstance(self.isp_risk_score, Unset):
            isp_risk_score = UNSET
        else:
            isp_risk_score = self.isp_risk_score

        proxy_type: None | str | Unset
        if isinstance(self.proxy_type, Unset):
            proxy_type = UNSET
        elif isinstance(self.proxy_type, FraudCheckProxyType):
            proxy_type = self.proxy_type.value
        else:
            proxy_type = self.proxy_type

        connection_type: None | str | Unset
        if isinstance(self.connection_type, Unset):
            connection_type = UNSET
        elif isinstance(self.connection_type, FraudCheckConnectionType):
            connection_type = self.connection_type.value
        else:
            connection_type = self.connection_type

        status_code: int | Unset = UNSET
        if not isinstance(self.status_code, Unset):
            status_code = self.status_code.value

        created_at = self.created_at

        updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ip": ip,
            }
        )
        if is_ok is not UNSET:
            field_dict["is_ok"] = is_ok
        if iso2 is not UNSET:
            field_dict["iso2"] = iso2
        if state is not UNSET:
            field_dict["state"] = state
        if city is not UNSET:
            field_dict["city"] = city
        if postcode is not UNSET:
            field_dict["postcode"] = postcode
        if geolocation is not UNSET:
            field_dict["geolocation"] = geolocation
        if isp_name is not UNSET:
            field_dict["isp_name"] = isp_name
        if isp_risk_score is not UNSET:
            field_dict["isp_risk_score"] = isp_risk_score
        if proxy_type is not UNSET:
            field_dict["proxy_type"] = proxy_type
        if connection_type is not UNSET:
            field_dict["connection_type"] = connection_type
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
        ip = d.pop("ip")

        def _parse_is_ok(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_ok = _parse_is_ok(d.pop("is_ok", UNSET))

        def _parse_iso2(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        iso2 = _parse_iso2(d.pop("iso2", UNSET))

        def _parse_state(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        state = _parse_state(d.pop("state", UNSET))

        def _parse_city(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        city = _parse_city(d.pop("city", UNSET))

        def _parse_postcode(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        postcode = _parse_postcode(d.pop("postcode", UNSET))

        def _parse_geolocation(data: object) -> list[float] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                geolocation_type_0 = cast(list[float], data)

                return geolocation_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[float] | None | Unset, data)

        geolocation = _parse_geolocation(d.pop("geolocation", UNSET))

        def _parse_isp_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        isp_name = _parse_isp_name(d.pop("isp_name", UNSET))

        def _parse_isp_risk_score(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        isp_risk_score = _parse_isp_risk_score(d.pop("isp_risk_score", UNSET))

        def _parse_proxy_type(data: object) -> FraudCheckProxyType | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                proxy_type_type_0 = FraudCheckProxyType(data)

                return proxy_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FraudCheckProxyType | None | Unset, data)

        proxy_type = _parse_proxy_type(d.pop("proxy_type", UNSET))

        def _parse_connection_type(data: object) -> FraudCheckConnectionType | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                connection_type_type_0 = FraudCheckConnectionType(data)

                return connection_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FraudCheckConnectionType | None | Unset, data)

        connection_type = _parse_connection_type(d.pop("connection_type", UNSET))

        _status_code = d.pop("status_code", UNSET)
        status_code: FraudCheckStatusCode | Unset
        if isinstance(_status_code, Unset):
            status_code = UNSET
        else:
            status_code = FraudCheckStatusCode(_status_code)

        created_at = d.pop("created_at", UNSET)

        updated_at = d.pop("updated_at", UNSET)

        fraud_check_ip = cls(
            ip=ip,
            is_ok=is_ok,
            iso2=iso2,
            state=state,
            city=city,
            postcode=postcode,
            geolocation=geolocation,
            isp_name=isp_name,
            isp_risk_score=isp_risk_score,
            proxy_type=proxy_type,
            connection_type=connection_type,
            status_code=status_code,
            created_at=created_at,
            updated_at=updated_at,
        )

        fraud_check_ip.additional_properties = d
        return fraud_check_ip

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

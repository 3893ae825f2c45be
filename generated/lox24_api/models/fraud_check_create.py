from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.fraud_check_service_code import FraudCheckServiceCode
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.fraud_check_address_write import FraudCheckAddressWrite


T = TypeVar("T", bound="FraudCheckCreate")


@_attrs_define
class FraudCheckCreate:
    """What to check; only `service_code` is required, every other part is optional and checked on its
    own. A check without any of `phone`, `email`, `ip` and `address` has nothing to check and ends
    with status 21 (invalid data).

    """

    service_code: FraudCheckServiceCode
    """ The kind of fraud check: `economy` gives only a risk score, `pro` and `direct` also the details
    of each part, so that you can decide yourself; `direct` checks are processed with priority.
    Decision (LOX24 publishes no prices for checks; the emulator charges these, in EUR, when the
    check's processing starts): economy 0.03, pro 0.06, direct 0.09.
     """
    phone: None | str | Unset = UNSET
    """ The phone number to check (the forms POST /sms accepts). """
    email: None | str | Unset = UNSET
    """ The e-mail address to check. """
    ip: None | str | Unset = UNSET
    """ The IP address to check (IPv4, or IPv6 since LOX24 2.22). Decision: LOX24's schema sets only
    the length (7 to 39); this description also restricts the characters to those of IPv4 and IPv6
    addresses (anything else is answered 400 naming `ip`); a string of them that is no address
    (`999.1.1.1`) is checked and reported as `is_ok: false`.
     """
    address: FraudCheckAddressWrite | None | Unset = UNSET
    """ The postal address to check. """
    callback_data: None | str | Unset = UNSET
    """ Your own value (e.g. your id of the customer), returned with the check and its webhook. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.fraud_check_address_write import FraudCheckAddressWrite

        service_code = self.service_code.value

        phone: None | str | Unset
        if isinstance(self.phone, Unset):
            phone = UNSET
        else:
            phone = self.phone

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        ip: None | str | Unset
        if isinstance(self.ip, Unset):
            ip = UNSET
        else:
            ip = self.ip

        address: dict[str, Any] | None | Unset
        if isinstance(self.address, Unset):
            address = UNSET
        elif isinstance(self.address, FraudCheckAddressWrite):
            address = self.address.to_dict()
        else:
            address = self.address

        callback_data: None | str | Unset
        if isinstance(self.callback_data, Unset):
            callback_data = UNSET
        else:
            callback_data = self.callback_data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "service_code": service_code,
            }
        )
        if phone is not UNSET:
            field_dict["phone"] = phone
        if email is not UNSET:
            field_dict["email"] = email
        if ip is not UNSET:
            field_dict["ip"] = ip
        if address is not UNSET:
            field_dict["address"] = address
        if callback_data is not UNSET:
            field_dict["callback_data"] = callback_data

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.fraud_check_address_write import FraudCheckAddressWrite

        d = dict(src_dict)
        service_code = FraudCheckServiceCode(d.pop("service_code"))

        def _parse_phone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        phone = _parse_phone(d.pop("phone", UNSET))

        def _parse_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        email = _parse_email(d.pop("email", UNSET))

        def _parse_ip(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        ip = _parse_ip(d.pop("ip", UNSET))

        def _parse_address(data: object) -> FraudCheckAddressWrite | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                address_type_0 = FraudCheckAddressWrite.from_dict(data)

                return address_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FraudCheckAddressWrite | None | Unset, data)

        address = _parse_address(d.pop("address", UNSET))

        def _parse_callback_data(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        callback_data = _parse_callback_data(d.pop("callback_data", UNSET))

        fraud_check_create = cls(
            service_code=service_code,
            phone=phone,
            email=email,
            ip=ip,
            address=address,
            callback_data=callback_data,
        )

        fraud_check_create.additional_properties = d
        return fraud_check_create

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

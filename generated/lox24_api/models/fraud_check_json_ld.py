from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.fraud_check_service_code import FraudCheckServiceCode
from ..models.fraud_check_status_code import FraudCheckStatusCode
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.fraud_check_address import FraudCheckAddress
    from ..models.fraud_check_email import FraudCheckEmail
    from ..models.fraud_check_ip import FraudCheckIp
    from ..models.fraud_check_phone import FraudCheckPhone
    from ..models.json_ld_context_type_1 import JsonLdContextType1


T = TypeVar("T", bound="FraudCheckJsonLd")


@_attrs_define
class FraudCheckJsonLd:
    """A fraud check in `application/ld+json` (`@id`, e.g. `/fraud-checks/{id}`, arrives in additional properties)."""

    type_: str
    """ JSON-LD type. """
    id: str
    """ Unique entity UUID """
    service_code: FraudCheckServiceCode
    """ The kind of fraud check: `economy` gives only a risk score, `pro` and `direct` also the details
    of each part, so that you can decide yourself; `direct` checks are processed with priority.
    Decision (LOX24 publishes no prices for checks; the emulator charges these, in EUR, when the
    check's processing starts): economy 0.03, pro 0.06, direct 0.09.
     """
    status_code: FraudCheckStatusCode
    """ Processing status of a fraud check: 0 new (not processed yet); 5 in progress; 10 done; 20 ended
    with an error: not enough balance or credit line; 21 ended with an error: invalid data; 1000 ended
    with an unexpected error.
     """
    risk_score: float | None
    """ Risk of fraud from 0 (good) to 100 (bad); null until the check is done. """
    price: float
    """ What the check was charged (EUR or the account's currency). """
    created_at: int
    """ Unix time in seconds. """
    updated_at: int
    """ Unix time in seconds. """
    context: JsonLdContextType1 | str | Unset = UNSET
    """ JSON-LD context, an IRI such as `/contexts/sms` or an inline context object. """
    callback_data: None | str | Unset = UNSET
    """ Your value from the request. """
    request_phone: FraudCheckPhone | None | Unset = UNSET
    """ The phone number part, if one was given. """
    request_email: FraudCheckEmail | None | Unset = UNSET
    """ The e-mail part, if one was given. """
    request_ip: FraudCheckIp | None | Unset = UNSET
    """ The IP address part, if one was given. """
    request_address: FraudCheckAddress | None | Unset = UNSET
    """ The postal address part, if one was given. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.fraud_check_address import FraudCheckAddress
        from ..models.fraud_check_email import FraudCheckEmail
        from ..models.fraud_check_ip import FraudCheckIp
        from ..models.fraud_check_phone import FraudCheckPhone
        from ..models.json_ld_context_type_1 import JsonLdContextType1

        type_ = self.type_

        id = self.id

        service_code = self.service_code.value

        status_code = self.status_code.value

        risk_score: float | None
        risk_score = self.risk_score

        price = self.price

        created_at = self.created_at

        updated_at = self.updated_at

        context: dict[str, Any] | str | Unset
        if isinstance(self.context, Unset):
            context = UNSET
        elif isinstance(self.context, JsonLdContextType1):
            context = self.context.to_dict()
        else:
            context = self.context

        callback_data: None | str | Unset
        if isinstance(self.callback_data, Unset):
            callback_data = UNSET
        else:
            callback_data = self.callback_data

        request_phone: dict[str, Any] | None | Unset
        if isinstance(self.request_phone, Unset):
            request_phone = UNSET
        elif isinstance(self.request_phone, FraudCheckPhone):
            request_phone = self.request_phone.to_dict()
        else:
            request_phone = self.request_phone

        request_email: dict[str, Any] | None | Unset
        if isinstance(self.request_email, Unset):
            request_email = UNSET
        elif isinstance(self.request_email, FraudCheckEmail):
            request_email = self.request_email.to_dict()
        else:
            request_email = self.request_email

        request_ip: dict[str, Any] | None | Unset
        if isinstance(self.request_ip, Unset):
            request_ip = UNSET
        elif isinstance(self.request_ip, FraudCheckIp):
            request_ip = self.request_ip.to_dict()
        else:
            request_ip = self.request_ip

        request_address: dict[str, Any] | None | Unset
        if isinstance(self.request_address, Unset):
            request_address = UNSET
        elif isinstance(self.request_address, FraudCheckAddress):
            request_address = self.request_address.to_dict()
        else:
            request_address = self.request_address

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "@type": type_,
                "id": id,
                "service_code": service_code,
                "status_code": status_code,
                "risk_score": risk_score,
                "price": price,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )
        if context is not UNSET:
            field_dict["@context"] = context
        if callback_data is not UNSET:
            field_dict["callback_data"] = callback_data
        if request_phone is not UNSET:
            field_dict["request_phone"] = request_phone
        if request_email is not UNSET:
            field_dict["request_email"] = request_email
        if request_ip is not UNSET:
            field_dict["request_ip"] = request_ip
        if request_address is not UNSET:
            field_dict["request_address"] = request_address

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.fraud_check_address import FraudCheckAddress
        from ..models.fraud_check_email import FraudCheckEmail
        from ..models.fraud_check_ip import FraudCheckIp
        from ..models.fraud_check_phone import FraudCheckPhone
        from ..models.json_ld_context_type_1 import JsonLdContextType1

        d = dict(src_dict)
        type_ = d.pop("@type")

        id = d.pop("id")

        service_code = FraudCheckServiceCode(d.pop("service_code"))

        status_code = FraudCheckStatusCode(d.pop("status_code"))

        def _parse_risk_score(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        risk_score = _parse_risk_score(d.pop("risk_score"))

        price = d.pop("price")

        created_at = d.pop("created_at")

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

        def _parse_callback_data(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        callback_data = _parse_callback_data(d.pop("callback_data", UNSET))

        def _parse_request_phone(data: object) -> FraudCheckPhone | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                request_phone_type_0 = FraudCheckPhone.from_dict(data)

                return request_phone_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FraudCheckPhone | None | Unset, data)

        request_phone = _parse_request_phone(d.pop("request_phone", UNSET))

        def _parse_request_email(data: object) -> FraudCheckEmail | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                request_email_type_0 = FraudCheckEmail.from_dict(data)

                return request_email_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FraudCheckEmail | None | Unset, data)

        request_email = _parse_request_email(d.pop("request_email", UNSET))

        def _parse_request_ip(data: object) -> FraudCheckIp | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                request_ip_type_0 = FraudCheckIp.from_dict(data)

                return request_ip_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FraudCheckIp | None | Unset, data)

        request_ip = _parse_request_ip(d.pop("request_ip", UNSET))

        def _parse_request_address(data: object) -> FraudCheckAddress | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                request_address_type_0 = FraudCheckAddress.from_dict(data)

                return request_address_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FraudCheckAddress | None | Unset, data)

        request_address = _parse_request_address(d.pop("request_address", UNSET))

        fraud_check_json_ld = cls(
            type_=type_,
            id=id,
            service_code=service_code,
            status_code=status_code,
            risk_score=risk_score,
            price=price,
            created_at=created_at,
            updated_at=updated_at,
            context=context,
            callback_data=callback_data,
            request_phone=request_phone,
            request_email=request_email,
            request_ip=request_ip,
            request_address=request_address,
        )

        fraud_check_json_ld.additional_properties = d
        return fraud_check_json_ld

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.fraud_check_status_code import FraudCheckStatusCode
from ..types import UNSET, Unset

T = TypeVar("T", bound="FraudCheckEmail")


@_attrs_define
class FraudCheckEmail:
    """The e-mail part of a check; the details are there once the check is done (not for economy)."""

    email: str
    """ The address as given. """
    is_possible: bool | None | Unset = UNSET
    """ Such an address is possible (form and domain). """
    is_anonymous: bool | None | Unset = UNSET
    """ The domain is a disposable or anonymising mail service. """
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
        email = self.email

        is_possible: bool | None | Unset
        if isinstance(self.is_possible, Unset):
            is_possible = UNSET
        else:
            is_possible = self.is_possible

        is_anonymous: bool | None | Unset
        if isinstance(self.is_anonymous, Unset):
            is_anonymous = UNSET
        else:
            is_anonymous = self.is_anonymous

        status_code: int | Unset = UNSET
        if not isinstance(self.status_code, Unset):
            status_code = self.status_code.value

        created_at = self.created_at

        updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "email": email,
            }
        )
        if is_possible is not UNSET:
            field_dict["is_possible"] = is_possible
        if is_anonymous is not UNSET:
            field_dict["is_anonymous"] = is_anonymous
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
        email = d.pop("email")

        def _parse_is_possible(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_possible = _parse_is_possible(d.pop("is_possible", UNSET))

        def _parse_is_anonymous(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_anonymous = _parse_is_anonymous(d.pop("is_anonymous", UNSET))

        _status_code = d.pop("status_code", UNSET)
        status_code: FraudCheckStatusCode | Unset
        if isinstance(_status_code, Unset):
            status_code = UNSET
        else:
            status_code = FraudCheckStatusCode(_status_code)

        created_at = d.pop("created_at", UNSET)

        updated_at = d.pop("updated_at", UNSET)

        fraud_check_email = cls(
            email=email,
            is_possible=is_possible,
            is_anonymous=is_anonymous,
            status_code=status_code,
            created_at=created_at,
            updated_at=updated_at,
        )

        fraud_check_email.additional_properties = d
        return fraud_check_email

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

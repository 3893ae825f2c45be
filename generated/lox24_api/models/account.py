from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.account_service import AccountService
from ..models.currency import Currency
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.account_groups import AccountGroups


T = TypeVar("T", bound="Account")


@_attrs_define
class Account:
    """The account (customer) that owns the API key."""

    id: int
    """ Customer number. """
    currency: Currency
    balance_amount: float
    """ Available balance (pre-paid, excluding VAT) or remaining credit line (post-paid). """
    balance_changed_at: int | None | Unset = UNSET
    """ When the balance last changed; null for an account whose balance never changed (LOX24's schema
    does not admit null, but says nothing about such an account; null is the honest answer).
     """
    is_text_deleted: bool | Unset = UNSET
    """ Account-wide setting "delete SMS texts after sending". """
    services: list[AccountService] | Unset = UNSET
    """ Services the account may use. """
    groups: AccountGroups | Unset = UNSET
    """ The account's groups, group id → IRI. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        currency = self.currency.value

        balance_amount = self.balance_amount

        balance_changed_at: int | None | Unset
        if isinstance(self.balance_changed_at, Unset):
            balance_changed_at = UNSET
        else:
            balance_changed_at = self.balance_changed_at

        is_text_deleted = self.is_text_deleted

        services: list[str] | Unset = UNSET
        if not isinstance(self.services, Unset):
            services = []
            for services_item_data in self.services:
                services_item = services_item_data.value
                services.append(services_item)

        groups: dict[str, Any] | Unset = UNSET
        if not isinstance(self.groups, Unset):
            groups = self.groups.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "currency": currency,
                "balance_amount": balance_amount,
            }
        )
        if balance_changed_at is not UNSET:
            field_dict["balance_changed_at"] = balance_changed_at
        if is_text_deleted is not UNSET:
            field_dict["is_text_deleted"] = is_text_deleted
        if services is not UNSET:
            field_dict["services"] = services
        if groups is not UNSET:
            field_dict["groups"] = groups

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.account_groups import AccountGroups

        d = dict(src_dict)
        id = d.pop("id")

        currency = Currency(d.pop("currency"))

        balance_amount = d.pop("balance_amount")

        def _parse_balance_changed_at(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        balance_changed_at = _parse_balance_changed_at(d.pop("balance_changed_at", UNSET))

        is_text_deleted = d.pop("is_text_deleted", UNSET)

        _services = d.pop("services", UNSET)
        services: list[AccountService] | Unset = UNSET
        if _services is not UNSET:
            services = []
            for services_item_data in _services:
                services_item = AccountService(services_item_data)

                services.append(services_item)

        _groups = d.pop("groups", UNSET)
        groups: AccountGroups | Unset
        if isinstance(_groups, Unset):
            groups = UNSET
        else:
            groups = AccountGroups.from_dict(_groups)

        account = cls(
            id=id,
            currency=currency,
            balance_amount=balance_amount,
            balance_changed_at=balance_changed_at,
            is_text_deleted=is_text_deleted,
            services=services,
            groups=groups,
        )

        account.additional_properties = d
        return account

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

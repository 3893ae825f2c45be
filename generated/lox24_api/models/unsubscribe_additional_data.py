from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.unsubscribe_reason import UnsubscribeReason


T = TypeVar("T", bound="UnsubscribeAdditionalData")


@_attrs_define
class UnsubscribeAdditionalData:
    """What the person entered on the unsubscribe form."""

    reason: UnsubscribeReason | Unset = UNSET
    additional_text: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        reason: dict[str, Any] | Unset = UNSET
        if not isinstance(self.reason, Unset):
            reason = self.reason.to_dict()

        additional_text: None | str | Unset
        if isinstance(self.additional_text, Unset):
            additional_text = UNSET
        else:
            additional_text = self.additional_text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if reason is not UNSET:
            field_dict["reason"] = reason
        if additional_text is not UNSET:
            field_dict["additional_text"] = additional_text

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.unsubscribe_reason import UnsubscribeReason

        d = dict(src_dict)
        _reason = d.pop("reason", UNSET)
        reason: UnsubscribeReason | Unset
        if isinstance(_reason, Unset):
            reason = UNSET
        else:
            reason = UnsubscribeReason.from_dict(_reason)

        def _parse_additional_text(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        additional_text = _parse_additional_text(d.pop("additional_text", UNSET))

        unsubscribe_additional_data = cls(
            reason=reason,
            additional_text=additional_text,
        )

        unsubscribe_additional_data.additional_properties = d
        return unsubscribe_additional_data

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

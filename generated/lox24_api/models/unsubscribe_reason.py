from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.unsubscribe_reason_id import UnsubscribeReasonId

T = TypeVar("T", bound="UnsubscribeReason")


@_attrs_define
class UnsubscribeReason:
    id: UnsubscribeReasonId
    """ The reason chosen on the unsubscribe form (1–6, as `unsubscribe_reason`). """
    label: str
    """ The reason's text in the form's language. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id.value

        label = self.label

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "label": label,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = UnsubscribeReasonId(d.pop("id"))

        label = d.pop("label")

        unsubscribe_reason = cls(
            id=id,
            label=label,
        )

        unsubscribe_reason.additional_properties = d
        return unsubscribe_reason

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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.constraint_violation import ConstraintViolation


T = TypeVar("T", bound="ConstraintViolationList")


@_attrs_define
class ConstraintViolationList:
    """The error body of 400 and 422, a ConstraintViolationList."""

    type_: str
    """ A URI that identifies the problem type. """
    title: str
    """ A short summary. """
    detail: str
    """ What went wrong; for violations `<propertyPath>: <message>` per violation, joined by newlines. """
    violations: list[ConstraintViolation]
    status: int | Unset = UNSET
    """ The HTTP status. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        title = self.title

        detail = self.detail

        violations = []
        for violations_item_data in self.violations:
            violations_item = violations_item_data.to_dict()
            violations.append(violations_item)

        status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "title": title,
                "detail": detail,
                "violations": violations,
            }
        )
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.constraint_violation import ConstraintViolation

        d = dict(src_dict)
        type_ = d.pop("type")

        title = d.pop("title")

        detail = d.pop("detail")

        violations = []
        _violations = d.pop("violations")
        for violations_item_data in _violations:
            violations_item = ConstraintViolation.from_dict(violations_item_data)

            violations.append(violations_item)

        status = d.pop("status", UNSET)

        constraint_violation_list = cls(
            type_=type_,
            title=title,
            detail=detail,
            violations=violations,
            status=status,
        )

        constraint_violation_list.additional_properties = d
        return constraint_violation_list

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

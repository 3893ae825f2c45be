from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.error import Error
    from ..models.phone import Phone


T = TypeVar("T", bound="PhoneBatchResult")


@_attrs_define
class PhoneBatchResult:
    """The result of one item of POST /groups/{id}/phones/batch."""

    status: int
    """ HTTP status of this item (201 created, 400 or 422 refused). """
    body: Error | Phone
    """ The created phone entry, or the error. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.phone import Phone

        status = self.status

        body: dict[str, Any]
        if isinstance(self.body, Phone):
            body = self.body.to_dict()
        else:
            body = self.body.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "body": body,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.error import Error
        from ..models.phone import Phone

        d = dict(src_dict)
        status = d.pop("status")

        def _parse_body(data: object) -> Error | Phone:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                body_type_0 = Phone.from_dict(data)

                return body_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            body_type_1 = Error.from_dict(data)

            return body_type_1

        body = _parse_body(d.pop("body"))

        phone_batch_result = cls(
            status=status,
            body=body,
        )

        phone_batch_result.additional_properties = d
        return phone_batch_result

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

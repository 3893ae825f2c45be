from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.bulk_status_code import BulkStatusCode

T = TypeVar("T", bound="WebhookEmailBulk")


@_attrs_define
class WebhookEmailBulk:
    """The bulk created from an e-mail."""

    id: str
    """ Unique entity UUID """
    created_at: int
    """ Unix seconds. """
    status: BulkStatusCode
    """ Bulk's status: 0 new and not processed; 5 in progress; 10 successfully processed; 15 processing
    cancelled by the user; 20 system error; 201 error: no recipients found.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        created_at = self.created_at

        status = self.status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "created_at": created_at,
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        created_at = d.pop("created_at")

        status = BulkStatusCode(d.pop("status"))

        webhook_email_bulk = cls(
            id=id,
            created_at=created_at,
            status=status,
        )

        webhook_email_bulk.additional_properties = d
        return webhook_email_bulk

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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.webhook_email import WebhookEmail
    from ..models.webhook_email_bulk import WebhookEmailBulk


T = TypeVar("T", bound="BulkEmailParsingSuccessData")


@_attrs_define
class BulkEmailParsingSuccessData:
    email: WebhookEmail
    """ The e-mail that LOX24's e-mail-to-SMS gateway parsed (LOX24's `schema.email2bulk`). """
    bulk: WebhookEmailBulk
    """ The bulk created from an e-mail. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email = self.email.to_dict()

        bulk = self.bulk.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "email": email,
                "bulk": bulk,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.webhook_email import WebhookEmail
        from ..models.webhook_email_bulk import WebhookEmailBulk

        d = dict(src_dict)
        email = WebhookEmail.from_dict(d.pop("email"))

        bulk = WebhookEmailBulk.from_dict(d.pop("bulk"))

        bulk_email_parsing_success_data = cls(
            email=email,
            bulk=bulk,
        )

        bulk_email_parsing_success_data.additional_properties = d
        return bulk_email_parsing_success_data

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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.webhook_email import WebhookEmail


T = TypeVar("T", bound="EmailParsingFailData")


@_attrs_define
class EmailParsingFailData:
    email: WebhookEmail
    """ The e-mail that LOX24's e-mail-to-SMS gateway parsed (LOX24's `schema.email2bulk`). """
    field: str
    """ The part of the e-mail that could not be used. """
    description: str
    """ Why. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email = self.email.to_dict()

        field = self.field

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "email": email,
                "field": field,
                "description": description,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.webhook_email import WebhookEmail

        d = dict(src_dict)
        email = WebhookEmail.from_dict(d.pop("email"))

        field = d.pop("field")

        description = d.pop("description")

        email_parsing_fail_data = cls(
            email=email,
            field=field,
            description=description,
        )

        email_parsing_fail_data.additional_properties = d
        return email_parsing_fail_data

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

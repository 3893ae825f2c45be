from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.blocked_number_type import BlockedNumberType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.json_ld_context_type_1 import JsonLdContextType1


T = TypeVar("T", bound="BlockedNumberJsonLd")


@_attrs_define
class BlockedNumberJsonLd:
    """A blocked number in `application/ld+json`. Its `@id` and `@type` arrive in additional properties:
    they would map to the same Python names as `id` and `type`.

    """

    id: int
    """ Blocked number ID """
    number: str
    """ The blocked phone number (E.164 when it is a real number). """
    type_: BlockedNumberType
    """ Why the number is blocked: 1 blocked by the customer (POST /blocked_numbers), 2 unsubscribed through an
    unsubscribe campaign's form. """
    added_at: int
    """ When it was blocked (Unix seconds). """
    context: JsonLdContextType1 | str | Unset = UNSET
    """ JSON-LD context, an IRI such as `/contexts/sms` or an inline context object. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.json_ld_context_type_1 import JsonLdContextType1

        id = self.id

        number = self.number

        type_ = self.type_.value

        added_at = self.added_at

        context: dict[str, Any] | str | Unset
        if isinstance(self.context, Unset):
            context = UNSET
        elif isinstance(self.context, JsonLdContextType1):
            context = self.context.to_dict()
        else:
            context = self.context

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "number": number,
                "type": type_,
                "added_at": added_at,
            }
        )
        if context is not UNSET:
            field_dict["@context"] = context

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.json_ld_context_type_1 import JsonLdContextType1

        d = dict(src_dict)
        id = d.pop("id")

        number = d.pop("number")

        type_ = BlockedNumberType(d.pop("type"))

        added_at = d.pop("added_at")

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

        blocked_number_json_ld = cls(
            id=id,
            number=number,
            type_=type_,
            added_at=added_at,
            context=context,
        )

        blocked_number_json_ld.additional_properties = d
        return blocked_number_json_ld

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

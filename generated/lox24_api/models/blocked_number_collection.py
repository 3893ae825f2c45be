from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.blocked_number_json_ld import BlockedNumberJsonLd
    from ..models.hydra_view import HydraView
    from ..models.json_ld_context_type_1 import JsonLdContextType1


T = TypeVar("T", bound="BlockedNumberCollection")


@_attrs_define
class BlockedNumberCollection:
    """A page of blocked numbers in `application/ld+json`."""

    hydramember: list[BlockedNumberJsonLd]
    hydratotal_items: int
    context: JsonLdContextType1 | str | Unset = UNSET
    """ JSON-LD context, an IRI such as `/contexts/sms` or an inline context object. """
    id: str | Unset = UNSET
    type_: str | Unset = UNSET
    hydraview: HydraView | Unset = UNSET
    """ Pagination links of a Hydra collection (IRIs such as `/sms?page=2`). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.json_ld_context_type_1 import JsonLdContextType1

        hydramember = []
        for hydramember_item_data in self.hydramember:
            hydramember_item = hydramember_item_data.to_dict()
            hydramember.append(hydramember_item)

        hydratotal_items = self.hydratotal_items

        context: dict[str, Any] | str | Unset
        if isinstance(self.context, Unset):
            context = UNSET
        elif isinstance(self.context, JsonLdContextType1):
            context = self.context.to_dict()
        else:
            context = self.context

        id = self.id

        type_ = self.type_

        hydraview: dict[str, Any] | Unset = UNSET
        if not isinstance(self.hydraview, Unset):
            hydraview = self.hydraview.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "hydra:member": hydramember,
                "hydra:totalItems": hydratotal_items,
            }
        )
        if context is not UNSET:
            field_dict["@context"] = context
        if id is not UNSET:
            field_dict["@id"] = id
        if type_ is not UNSET:
            field_dict["@type"] = type_
        if hydraview is not UNSET:
            field_dict["hydra:view"] = hydraview

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.blocked_number_json_ld import BlockedNumberJsonLd
        from ..models.hydra_view import HydraView
        from ..models.json_ld_context_type_1 import JsonLdContextType1

        d = dict(src_dict)
        hydramember = []
        _hydramember = d.pop("hydra:member")
        for hydramember_item_data in _hydramember:
            hydramember_item = BlockedNumberJsonLd.from_dict(hydramember_item_data)

            hydramember.append(hydramember_item)

        hydratotal_items = d.pop("hydra:totalItems")

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

        id = d.pop("@id", UNSET)

        type_ = d.pop("@type", UNSET)

        _hydraview = d.pop("hydra:view", UNSET)
        hydraview: HydraView | Unset
        if isinstance(_hydraview, Unset):
            hydraview = UNSET
        else:
            hydraview = HydraView.from_dict(_hydraview)

        blocked_number_collection = cls(
            hydramember=hydramember,
            hydratotal_items=hydratotal_items,
            context=context,
            id=id,
            type_=type_,
            hydraview=hydraview,
        )

        blocked_number_collection.additional_properties = d
        return blocked_number_collection

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

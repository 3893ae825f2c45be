from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.collection_view import CollectionView
    from ..models.credit_note_json_ld import CreditNoteJsonLd
    from ..models.json_ld_context_type_1 import JsonLdContextType1


T = TypeVar("T", bound="CreditNoteCollection")


@_attrs_define
class CreditNoteCollection:
    """A page of credit notes in `application/ld+json`, un-prefixed as LOX24's documentation shows
    (see `InvoiceCollection`).

    """

    member: list[CreditNoteJsonLd]
    total_items: int
    context: JsonLdContextType1 | str | Unset = UNSET
    """ JSON-LD context, an IRI such as `/contexts/sms` or an inline context object. """
    id: str | Unset = UNSET
    type_: str | Unset = UNSET
    view: CollectionView | Unset = UNSET
    """ Pagination links of an un-prefixed collection (`first`, `last`, `next`, `previous`: IRIs such
    as `/invoices?page=2`).
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.json_ld_context_type_1 import JsonLdContextType1

        member = []
        for member_item_data in self.member:
            member_item = member_item_data.to_dict()
            member.append(member_item)

        total_items = self.total_items

        context: dict[str, Any] | str | Unset
        if isinstance(self.context, Unset):
            context = UNSET
        elif isinstance(self.context, JsonLdContextType1):
            context = self.context.to_dict()
        else:
            context = self.context

        id = self.id

        type_ = self.type_

        view: dict[str, Any] | Unset = UNSET
        if not isinstance(self.view, Unset):
            view = self.view.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "member": member,
                "totalItems": total_items,
            }
        )
        if context is not UNSET:
            field_dict["@context"] = context
        if id is not UNSET:
            field_dict["@id"] = id
        if type_ is not UNSET:
            field_dict["@type"] = type_
        if view is not UNSET:
            field_dict["view"] = view

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.collection_view import CollectionView
        from ..models.credit_note_json_ld import CreditNoteJsonLd
        from ..models.json_ld_context_type_1 import JsonLdContextType1

        d = dict(src_dict)
        member = []
        _member = d.pop("member")
        for member_item_data in _member:
            member_item = CreditNoteJsonLd.from_dict(member_item_data)

            member.append(member_item)

        total_items = d.pop("totalItems")

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

        _view = d.pop("view", UNSET)
        view: CollectionView | Unset
        if isinstance(_view, Unset):
            view = UNSET
        else:
            view = CollectionView.from_dict(_view)

        credit_note_collection = cls(
            member=member,
            total_items=total_items,
            context=context,
            id=id,
            type_=type_,
            view=view,
        )

        credit_note_collection.additional_properties = d
        return credit_note_collection

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

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.group_write_phones_type_0 import GroupWritePhonesType0


T = TypeVar("T", bound="GroupWrite")


@_attrs_define
class GroupWrite:
    """Phone's group. LOX24's write schema also lists `id`, `count_items` and `deleted_at`, which are
    read-only in practice: they are ignored when sent.

    """

    name: str
    """ Group name """
    description: None | str | Unset = UNSET
    """ Group description """
    name_a: None | str | Unset = UNSET
    """ Name of the column """
    name_b: None | str | Unset = UNSET
    """ Name of the column """
    name_c: None | str | Unset = UNSET
    """ Name of the column """
    name_d: None | str | Unset = UNSET
    """ Name of the column """
    name_e: None | str | Unset = UNSET
    """ Name of the column """
    phones: GroupWritePhonesType0 | None | Unset = UNSET
    """ Phones list by group, keyed by any string of yours; each value is a phone entry. """
    deleted_at: datetime.datetime | None | Unset = UNSET
    """ Date and time when group will be deleted. Listed in LOX24's write schema; read-only in practice, ignored
    when sent. """
    id: int | Unset = UNSET
    """ Group ID. Listed in LOX24's write schema; read-only in practice, ignored when sent. """
    count_items: int | Unset = UNSET
    """ Count of the item in the group. Listed in LOX24's write schema; read-only in practice, ignored when sent.
    """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.group_write_phones_type_0 import GroupWritePhonesType0

        name = self.name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        name_a: None | str | Unset
        if isinstance(self.name_a, Unset):
            name_a = UNSET
        else:
            name_a = self.name_a

        name_b: None | str | Unset
        if isinstance(self.name_b, Unset):
            name_b = UNSET
        else:
            name_b = self.name_b

        name_c: None | str | Unset
        if isinstance(self.name_c, Unset):
            name_c = UNSET
        else:
            name_c = self.name_c

        name_d: None | str | Unset
        if isinstance(self.name_d, Unset):
            name_d = UNSET
        else:
            name_d = self.name_d

        name_e: None | str | Unset
        if isinstance(self.name_e, Unset):
            name_e = UNSET
        else:
            name_e = self.name_e

        phones: dict[str, Any] | None | Unset
        if isinstance(self.phones, Unset):
            phones = UNSET
        elif isinstance(self.phones, GroupWritePhonesType0):
            phones = self.phones.to_dict()
        else:
            phones = self.phones

        deleted_at: None | str | Unset
        if isinstance(self.deleted_at, Unset):
            deleted_at = UNSET
        elif isinstance(self.deleted_at, datetime.datetime):
            deleted_at = self.deleted_at.isoformat()
        else:
            deleted_at = self.deleted_at

        id = self.id

        count_items = self.count_items

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if name_a is not UNSET:
            field_dict["name_a"] = name_a
        if name_b is not UNSET:
            field_dict["name_b"] = name_b
        if name_c is not UNSET:
            field_dict["name_c"] = name_c
        if name_d is not UNSET:
            field_dict["name_d"] = name_d
        if name_e is not UNSET:
            field_dict["name_e"] = name_e
        if phones is not UNSET:
            field_dict["phones"] = phones
        if deleted_at is not UNSET:
            field_dict["deleted_at"] = deleted_at
        if id is not UNSET:
            field_dict["id"] = id
        if count_items is not UNSET:
            field_dict["count_items"] = count_items

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.group_write_phones_type_0 import GroupWritePhonesType0

        d = dict(src_dict)
        name = d.pop("name")

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_name_a(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name_a = _parse_name_a(d.pop("name_a", UNSET))

        def _parse_name_b(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name_b = _parse_name_b(d.pop("name_b", UNSET))

        def _parse_name_c(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name_c = _parse_name_c(d.pop("name_c", UNSET))

        def _parse_name_d(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name_d = _parse_name_d(d.pop("name_d", UNSET))

        def _parse_name_e(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name_e = _parse_name_e(d.pop("name_e", UNSET))

        def _parse_phones(data: object) -> GroupWritePhonesType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                phones_type_0 = GroupWritePhonesType0.from_dict(data)

                return phones_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GroupWritePhonesType0 | None | Unset, data)

        phones = _parse_phones(d.pop("phones", UNSET))

        def _parse_deleted_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                deleted_at_type_0 = datetime.datetime.fromisoformat(data)

                return deleted_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        deleted_at = _parse_deleted_at(d.pop("deleted_at", UNSET))

        id = d.pop("id", UNSET)

        count_items = d.pop("count_items", UNSET)

        group_write = cls(
            name=name,
            description=description,
            name_a=name_a,
            name_b=name_b,
            name_c=name_c,
            name_d=name_d,
            name_e=name_e,
            phones=phones,
            deleted_at=deleted_at,
            id=id,
            count_items=count_items,
        )

        group_write.additional_properties = d
        return group_write

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

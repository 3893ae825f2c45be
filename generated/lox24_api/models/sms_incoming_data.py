from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SmsIncomingData")


@_attrs_define
class SmsIncomingData:
    """An inbound SMS."""

    id: str
    """ The inbound SMS uuid. """
    from_: str
    """ The sender's number. """
    to: str
    """ The inbound number. """
    text: None | str | Unset = UNSET
    received_at: int | None | Unset = UNSET
    msg_uuid: None | str | Unset = UNSET
    """ The SMS this replies to, if any. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        from_ = self.from_

        to = self.to

        text: None | str | Unset
        if isinstance(self.text, Unset):
            text = UNSET
        else:
            text = self.text

        received_at: int | None | Unset
        if isinstance(self.received_at, Unset):
            received_at = UNSET
        else:
            received_at = self.received_at

        msg_uuid: None | str | Unset
        if isinstance(self.msg_uuid, Unset):
            msg_uuid = UNSET
        else:
            msg_uuid = self.msg_uuid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "from": from_,
                "to": to,
            }
        )
        if text is not UNSET:
            field_dict["text"] = text
        if received_at is not UNSET:
            field_dict["received_at"] = received_at
        if msg_uuid is not UNSET:
            field_dict["msg_uuid"] = msg_uuid

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        from_ = d.pop("from")

        to = d.pop("to")

        def _parse_text(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        text = _parse_text(d.pop("text", UNSET))

        def _parse_received_at(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        received_at = _parse_received_at(d.pop("received_at", UNSET))

        def _parse_msg_uuid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        msg_uuid = _parse_msg_uuid(d.pop("msg_uuid", UNSET))

        sms_incoming_data = cls(
            id=id,
            from_=from_,
            to=to,
            text=text,
            received_at=received_at,
            msg_uuid=msg_uuid,
        )

        sms_incoming_data.additional_properties = d
        return sms_incoming_data

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

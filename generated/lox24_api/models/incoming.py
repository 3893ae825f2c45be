from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Incoming")


@_attrs_define
class Incoming:
    """An inbound SMS."""

    uuid: str
    """ Unique entity UUID """
    to: str
    """ The inbound number it was sent to. LOX24's schema restricts it to E.164 (4 to 16 characters);
    not repeated here, because this description only reads what LOX24 received (see `from`).
     """
    from_: str
    """ The sender's number. LOX24's schema restricts it to E.164 (4 to 16 characters); not repeated
    here, because networks also deliver replies from short codes and alphanumeric senders, and a
    client must not fail on an inbound SMS it cannot refuse.
     """
    received_at: int
    """ When it arrived. """
    text: None | str | Unset = UNSET
    """ The text. """
    msg_uuid: None | str | Unset = UNSET
    """ The SMS this is a reply to, if any. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        uuid = self.uuid

        to = self.to

        from_ = self.from_

        received_at = self.received_at

        text: None | str | Unset
        if isinstance(self.text, Unset):
            text = UNSET
        else:
            text = self.text

        msg_uuid: None | str | Unset
        if isinstance(self.msg_uuid, Unset):
            msg_uuid = UNSET
        else:
            msg_uuid = self.msg_uuid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "uuid": uuid,
                "to": to,
                "from": from_,
                "received_at": received_at,
            }
        )
        if text is not UNSET:
            field_dict["text"] = text
        if msg_uuid is not UNSET:
            field_dict["msg_uuid"] = msg_uuid

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        uuid = d.pop("uuid")

        to = d.pop("to")

        from_ = d.pop("from")

        received_at = d.pop("received_at")

        def _parse_text(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        text = _parse_text(d.pop("text", UNSET))

        def _parse_msg_uuid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        msg_uuid = _parse_msg_uuid(d.pop("msg_uuid", UNSET))

        incoming = cls(
            uuid=uuid,
            to=to,
            from_=from_,
            received_at=received_at,
            text=text,
            msg_uuid=msg_uuid,
        )

        incoming.additional_properties = d
        return incoming

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

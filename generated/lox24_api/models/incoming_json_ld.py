from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.json_ld_context_type_1 import JsonLdContextType1


T = TypeVar("T", bound="IncomingJsonLd")


@_attrs_define
class IncomingJsonLd:
    """An inbound SMS in `application/ld+json`."""

    id: str
    """ JSON-LD ID (the item's IRI, e.g. `/sms/{uuid}`). """
    type_: str
    """ JSON-LD type. """
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
    context: JsonLdContextType1 | str | Unset = UNSET
    """ JSON-LD context, an IRI such as `/contexts/sms` or an inline context object. """
    text: None | str | Unset = UNSET
    """ The text. """
    msg_uuid: None | str | Unset = UNSET
    """ The SMS this is a reply to, if any. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.json_ld_context_type_1 import JsonLdContextType1

        id = self.id

        type_ = self.type_

        uuid = self.uuid

        to = self.to

        from_ = self.from_

        received_at = self.received_at

        context: dict[str, Any] | str | Unset
        if isinstance(self.context, Unset):
            context = UNSET
        elif isinstance(self.context, JsonLdContextType1):
            context = self.context.to_dict()
        else:
            context = self.context

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
                "@id": id,
                "@type": type_,
                "uuid": uuid,
                "to": to,
                "from": from_,
                "received_at": received_at,
            }
        )
        if context is not UNSET:
            field_dict["@context"] = context
        if text is not UNSET:
            field_dict["text"] = text
        if msg_uuid is not UNSET:
            field_dict["msg_uuid"] = msg_uuid

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.json_ld_context_type_1 import JsonLdContextType1

        d = dict(src_dict)
        id = d.pop("@id")

        type_ = d.pop("@type")

        uuid = d.pop("uuid")

        to = d.pop("to")

        from_ = d.pop("from")

        received_at = d.pop("received_at")

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

        incoming_json_ld = cls(
            id=id,
            type_=type_,
            uuid=uuid,
            to=to,
            from_=from_,
            received_at=received_at,
            context=context,
            text=text,
            msg_uuid=msg_uuid,
        )

        incoming_json_ld.additional_properties = d
        return incoming_json_ld

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

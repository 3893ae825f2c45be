from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.verify_channel import VerifyChannel
from ..types import UNSET, Unset

T = TypeVar("T", bound="VerifyRoutingStep")


@_attrs_define
class VerifyRoutingStep:
    """One step of a routing strategy: try `channel`, and wait `timeout_sec` for it to deliver the code
    before the next step. Steps run in the order given; `sms` may only be the last step and no channel
    may appear twice (422 naming the step otherwise).

    """

    channel: VerifyChannel
    """ A channel of a verify code's routing strategy. """
    timeout_sec: int | None | Unset = UNSET
    """ Seconds to wait for this channel to deliver before the next step (after the last step: before
    the code fails). LOX24 documents 30 … 3600, default 30, for telegram. Decision: the same range
    for voice and sms; null or absent means 30 for telegram, 60 for voice, 300 for sms. Answers
    show the value in effect.
     """
    sender_id: None | str | Unset = UNSET
    """ Sender of the voice call or SMS; LOX24 checks it against the account's allowed sender IDs
    (the emulator accepts any that matches the pattern). Ignored for telegram.
     """
    template: None | str | Unset = UNSET
    """ The message text, with `{{code}}` where the code goes; null uses LOX24's text in `lang`.
    Decision: up to 1000 characters, and it must contain `{{code}}`.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        channel = self.channel.value

        timeout_sec: int | None | Unset
        if isinstance(self.timeout_sec, Unset):
            timeout_sec = UNSET
        else:
            timeout_sec = self.timeout_sec

        sender_id: None | str | Unset
        if isinstance(self.sender_id, Unset):
            sender_id = UNSET
        else:
            sender_id = self.sender_id

        template: None | str | Unset
        if isinstance(self.template, Unset):
            template = UNSET
        else:
            template = self.template

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "channel": channel,
            }
        )
        if timeout_sec is not UNSET:
            field_dict["timeout_sec"] = timeout_sec
        if sender_id is not UNSET:
            field_dict["sender_id"] = sender_id
        if template is not UNSET:
            field_dict["template"] = template

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        channel = VerifyChannel(d.pop("channel"))

        def _parse_timeout_sec(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        timeout_sec = _parse_timeout_sec(d.pop("timeout_sec", UNSET))

        def _parse_sender_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sender_id = _parse_sender_id(d.pop("sender_id", UNSET))

        def _parse_template(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        template = _parse_template(d.pop("template", UNSET))

        verify_routing_step = cls(
            channel=channel,
            timeout_sec=timeout_sec,
            sender_id=sender_id,
            template=template,
        )

        verify_routing_step.additional_properties = d
        return verify_routing_step

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

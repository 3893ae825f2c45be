from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.verify_channel import VerifyChannel
from ..models.verify_history_event import VerifyHistoryEvent
from ..types import UNSET, Unset

T = TypeVar("T", bound="VerifyHistoryEntry")


@_attrs_define
class VerifyHistoryEntry:
    """One event of a verify code. Decision: LOX24's page lists "history entries" without their fields;
    this description gives each the channel, the event, its time and, for errors, a message.

    """

    channel: VerifyChannel
    """ A channel of a verify code's routing strategy. """
    event: VerifyHistoryEvent
    """ What happened on a channel: `sent` (the channel was tried and charged), `delivered` (it delivered
    the code), `timeout` (it did not within its `timeout_sec`; the next step starts), `error` (it
    could not be tried).
     """
    created_at: int
    """ Unix time in seconds. """
    message: None | str | Unset = UNSET
    """ Why the channel could not be tried (`error` only). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        channel = self.channel.value

        event = self.event.value

        created_at = self.created_at

        message: None | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "channel": channel,
                "event": event,
                "created_at": created_at,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        channel = VerifyChannel(d.pop("channel"))

        event = VerifyHistoryEvent(d.pop("event"))

        created_at = d.pop("created_at")

        def _parse_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        message = _parse_message(d.pop("message", UNSET))

        verify_history_entry = cls(
            channel=channel,
            event=event,
            created_at=created_at,
            message=message,
        )

        verify_history_entry.additional_properties = d
        return verify_history_entry

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

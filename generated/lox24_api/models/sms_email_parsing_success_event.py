from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.sms_email_parsing_success_data import SmsEmailParsingSuccessData


T = TypeVar("T", bound="SmsEmailParsingSuccessEvent")


@_attrs_define
class SmsEmailParsingSuccessEvent:
    """`sms.email.parsing.success` event: SMS were created from an e-mail."""

    id: str
    """ Event id (uuid). """
    name: str
    """ Event name, e.g. `sms.delivery`. """
    created_at: int
    """ When the event was created (Unix seconds). """
    api_version: str | Unset = UNSET
    """ Version of the event format, e.g. `2022-05-25`. """
    attempt_total: int | Unset = UNSET
    """ Total attempts LOX24 will make (schema spelling). """
    attempts_total: int | Unset = UNSET
    """ Total attempts LOX24 will make (the spelling of the examples). """
    attempt_number: int | Unset = UNSET
    """ This attempt's number. """
    notification_task_id: str | Unset = UNSET
    """ Delivery task id (uuid). """
    data: SmsEmailParsingSuccessData | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        created_at = self.created_at

        api_version = self.api_version

        attempt_total = self.attempt_total

        attempts_total = self.attempts_total

        attempt_number = self.attempt_number

        notification_task_id = self.notification_task_id

        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "created_at": created_at,
            }
        )
        if api_version is not UNSET:
            field_dict["api_version"] = api_version
        if attempt_total is not UNSET:
            field_dict["attempt_total"] = attempt_total
        if attempts_total is not UNSET:
            field_dict["attempts_total"] = attempts_total
        if attempt_number is not UNSET:
            field_dict["attempt_number"] = attempt_number
        if notification_task_id is not UNSET:
            field_dict["notification_task_id"] = notification_task_id
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.sms_email_parsing_success_data import SmsEmailParsingSuccessData

        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        created_at = d.pop("created_at")

        api_version = d.pop("api_version", UNSET)

        attempt_total = d.pop("attempt_total", UNSET)

        attempts_total = d.pop("attempts_total", UNSET)

        attempt_number = d.pop("attempt_number", UNSET)

        notification_task_id = d.pop("notification_task_id", UNSET)

        _data = d.pop("data", UNSET)
        data: SmsEmailParsingSuccessData | Unset
        if isinstance(_data, Unset):
            data = UNSET
        else:
            data = SmsEmailParsingSuccessData.from_dict(_data)

        sms_email_parsing_success_event = cls(
            id=id,
            name=name,
            created_at=created_at,
            api_version=api_version,
            attempt_total=attempt_total,
            attempts_total=attempts_total,
            attempt_number=attempt_number,
            notification_task_id=notification_task_id,
            data=data,
        )

        sms_email_parsing_success_event.additional_properties = d
        return sms_email_parsing_success_event

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.dlr_code import DlrCode
from ..models.sms_status_code import SmsStatusCode
from ..types import UNSET, Unset

T = TypeVar("T", bound="SmsDeliveryData")


@_attrs_define
class SmsDeliveryData:
    """The delivery report of one SMS."""

    id: str
    """ The SMS uuid. """
    dlr_code: DlrCode
    """ Delivery report: 0 none yet; 1 delivered to the handset; 2 queued (English docs: scheduled for later
    sending; German docs: buffered until delivery); 4 submitted, en route; 8 expired (not delivered within
    the validity period, e.g. phone off); 16 rejected (invalid number, or blocked by the operator).
     """
    status_code: SmsStatusCode
    """ Status of the SMS: 0 new; 100 handed to the mobile operator; 208 destination number, network or
    country blocked; 400 not processed because of maintenance; 410 stopped before transmission in the
    web account; 2000 no delivery to a landline possible at the moment; 3000 not enough balance or
    credit line; 5000 no mobile operator found; 6000 stopped before transmission via the API.
     """
    key_id: int | None | Unset = UNSET
    """ The API key that created the SMS. """
    callback_data: None | str | Unset = UNSET
    """ The SMS's `callback_data` (for bulk SMS, the group phone entry's). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        dlr_code = self.dlr_code.value

        status_code = self.status_code.value

        key_id: int | None | Unset
        if isinstance(self.key_id, Unset):
            key_id = UNSET
        else:
            key_id = self.key_id

        callback_data: None | str | Unset
        if isinstance(self.callback_data, Unset):
            callback_data = UNSET
        else:
            callback_data = self.callback_data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "dlr_code": dlr_code,
                "status_code": status_code,
            }
        )
        if key_id is not UNSET:
            field_dict["key_id"] = key_id
        if callback_data is not UNSET:
            field_dict["callback_data"] = callback_data

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        dlr_code = DlrCode(d.pop("dlr_code"))

        status_code = SmsStatusCode(d.pop("status_code"))

        def _parse_key_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        key_id = _parse_key_id(d.pop("key_id", UNSET))

        def _parse_callback_data(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        callback_data = _parse_callback_data(d.pop("callback_data", UNSET))

        sms_delivery_data = cls(
            id=id,
            dlr_code=dlr_code,
            status_code=status_code,
            key_id=key_id,
            callback_data=callback_data,
        )

        sms_delivery_data.additional_properties = d
        return sms_delivery_data

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

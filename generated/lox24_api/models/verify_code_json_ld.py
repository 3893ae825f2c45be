from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.currency import Currency
from ..models.verify_channel import VerifyChannel
from ..models.verify_code_status import VerifyCodeStatus
from ..models.voice_lang import VoiceLang
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.json_ld_context_type_1 import JsonLdContextType1
    from ..models.verify_history_entry import VerifyHistoryEntry
    from ..models.verify_routing_step import VerifyRoutingStep


T = TypeVar("T", bound="VerifyCodeJsonLd")


@_attrs_define
class VerifyCodeJsonLd:
    """A verify code in `application/ld+json` (`@id` arrives in additional properties)."""

    type_: str
    """ JSON-LD type. """
    id: str
    """ Unique entity UUID """
    user_id: int
    """ The customer number of the account. """
    phone: str
    """ Phone number in E.164 form, as LOX24 stores it. """
    code: None | str
    """ The code (null once deleted, see `is_code_deleted`). """
    code_length: int
    """ The code's number of digits. """
    lang: VoiceLang
    """ Voice message language: EN (English), DE (German), FR (French), IT (Italian), ES (Spanish),
    PL (Polish), NL (Dutch), RO (Romanian), PT (Portuguese), CS (Czech), HU (Hungarian),
    SV (Swedish), DA (Danish), FI (Finnish), SK (Slovak), HR (Croatian), TR (Turkish), RU (Russian),
    BG (Bulgarian), UK (Ukrainian). Null means auto-detection. The current documentation lists
    these 20 (version 2.22 and the PHP client only five); upper case only.
     """
    routing_strategy: list[VerifyRoutingStep]
    """ The steps, with the `timeout_sec` in effect. """
    status: VerifyCodeStatus
    """ Status of a verify code: 0 new (no channel tried yet); 5 in progress (a channel is being tried);
    10 success (a channel delivered the code, see `delivered_channel`); 20 failed (every channel timed
    out); 100 error (the code could not be sent, e.g. a channel the balance could not pay).
     """
    delivered_channel: None | VerifyChannel
    """ The channel that delivered the code (status 10), else null. """
    cost: int | None
    """ What the channels tried so far cost, in euro cents; null while none was tried. Decision (the
    emulator's prices): 2 cents per Telegram message, 15 per voice call, and the destination's SMS
    price rounded up to whole cents per SMS.
     """
    currency: Currency
    payload: None | str
    """ Your own data, as given. """
    created_at: int
    """ Unix time in seconds. """
    updated_at: int
    """ Unix time in seconds. """
    history: list[VerifyHistoryEntry]
    """ What happened, oldest first. """
    is_code_deleted: bool
    """ Whether the code is deleted once it reached a final status. """
    context: JsonLdContextType1 | str | Unset = UNSET
    """ JSON-LD context, an IRI such as `/contexts/sms` or an inline context object. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.json_ld_context_type_1 import JsonLdContextType1

        type_ = self.type_

        id = self.id

        user_id = self.user_id

        phone = self.phone

        code: None | str
        code = self.code

        code_length = self.code_length

        lang = self.lang.value

        routing_strategy = []
        for routing_strategy_item_data in self.routing_strategy:
            routing_strategy_item = routing_strategy_item_data.to_dict()
            routing_strategy.append(routing_strategy_item)

        status = self.status.value

        delivered_channel: None | str
        if isinstance(self.delivered_channel, VerifyChannel):
            delivered_channel = self.delivered_channel.value
        else:
            delivered_channel = self.delivered_channel

        cost: int | None
        cost = self.cost

        currency = self.currency.value

        payload: None | str
        payload = self.payload

        created_at = self.created_at

        updated_at = self.updated_at

        history = []
        for history_item_data in self.history:
            history_item = history_item_data.to_dict()
            history.append(history_item)

        is_code_deleted = self.is_code_deleted

        context: dict[str, Any] | str | Unset
        if isinstance(self.context, Unset):
            context = UNSET
        elif isinstance(self.context, JsonLdContextType1):
            context = self.context.to_dict()
        else:
            context = self.context

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "@type": type_,
                "id": id,
                "user_id": user_id,
                "phone": phone,
                "code": code,
                "code_length": code_length,
                "lang": lang,
                "routing_strategy": routing_strategy,
                "status": status,
                "delivered_channel": delivered_channel,
                "cost": cost,
                "currency": currency,
                "payload": payload,
                "created_at": created_at,
                "updated_at": updated_at,
                "history": history,
                "is_code_deleted": is_code_deleted,
            }
        )
        if context is not UNSET:
            field_dict["@context"] = context

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.json_ld_context_type_1 import JsonLdContextType1
        from ..models.verify_history_entry import VerifyHistoryEntry
        from ..models.verify_routing_step import VerifyRoutingStep

        d = dict(src_dict)
        type_ = d.pop("@type")

        id = d.pop("id")

        user_id = d.pop("user_id")

        phone = d.pop("phone")

        def _parse_code(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        code = _parse_code(d.pop("code"))

        code_length = d.pop("code_length")

        lang = VoiceLang(d.pop("lang"))

        routing_strategy = []
        _routing_strategy = d.pop("routing_strategy")
        for routing_strategy_item_data in _routing_strategy:
            routing_strategy_item = VerifyRoutingStep.from_dict(routing_strategy_item_data)

            routing_strategy.append(routing_strategy_item)

        status = VerifyCodeStatus(d.pop("status"))

        def _parse_delivered_channel(data: object) -> None | VerifyChannel:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                delivered_channel_type_0 = VerifyChannel(data)

                return delivered_channel_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | VerifyChannel, data)

        delivered_channel = _parse_delivered_channel(d.pop("delivered_channel"))

        def _parse_cost(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        cost = _parse_cost(d.pop("cost"))

        currency = Currency(d.pop("currency"))

        def _parse_payload(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        payload = _parse_payload(d.pop("payload"))

        created_at = d.pop("created_at")

        updated_at = d.pop("updated_at")

        history = []
        _history = d.pop("history")
        for history_item_data in _history:
            history_item = VerifyHistoryEntry.from_dict(history_item_data)

            history.append(history_item)

        is_code_deleted = d.pop("is_code_deleted")

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

        verify_code_json_ld = cls(
            type_=type_,
            id=id,
            user_id=user_id,
            phone=phone,
            code=code,
            code_length=code_length,
            lang=lang,
            routing_strategy=routing_strategy,
            status=status,
            delivered_channel=delivered_channel,
            cost=cost,
            currency=currency,
            payload=payload,
            created_at=created_at,
            updated_at=updated_at,
            history=history,
            is_code_deleted=is_code_deleted,
            context=context,
        )

        verify_code_json_ld.additional_properties = d
        return verify_code_json_ld

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

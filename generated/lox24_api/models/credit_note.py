from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.currency import Currency

T = TypeVar("T", bound="CreditNote")


@_attrs_define
class CreditNote:
    """One credit note: money given back to the account. Decision (see `Invoice`): each refund of
    charged money (an SMS or bulk message cancelled before it was sent, or one the network never
    took: blocked, no operator, ...) is one credit note, issued at once with a number; the amount is
    credited to the balance at the same moment.

    """

    id: int
    """ Unique entity ID. """
    number: str
    """ The credit note number (`CN-<year>-<six digits>`, counted per year of issue). Decision: the
    format is this project's.
     """
    invoice_id: int | None
    """ The invoice it corrects: the account's latest invoice when the credit note was made (in the
    usual case, a refund in the month of the charge, the one holding the refunded charge), or null.
     """
    reason: str
    """ Why the money was given back. """
    created_at: int
    """ When it was issued. """
    net_amount: float
    """ An amount in the document's `currency`, rounded to cents. Decision: a JSON number (like the SMS
    `price` and the account's `balance_amount`), not integer cents.
     """
    vat_rate: float
    """ VAT in percent (as on invoices). """
    vat_amount: float
    """ An amount in the document's `currency`, rounded to cents. Decision: a JSON number (like the SMS
    `price` and the account's `balance_amount`), not integer cents.
     """
    gross_amount: float
    """ An amount in the document's `currency`, rounded to cents. Decision: a JSON number (like the SMS
    `price` and the account's `balance_amount`), not integer cents.
     """
    currency: Currency
    pdf_url: None | str
    """ Where the PDF can be downloaded in the web account (see `Invoice.pdf_url`). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        number = self.number

        invoice_id: int | None
        invoice_id = self.invoice_id

        reason = self.reason

        created_at = self.created_at

        net_amount = self.net_amount

        vat_rate = self.vat_rate

        vat_amount = self.vat_amount

        gross_amount = self.gross_amount

        currency = self.currency.value

        pdf_url: None | str
        pdf_url = self.pdf_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "number": number,
                "invoice_id": invoice_id,
                "reason": reason,
                "created_at": created_at,
                "net_amount": net_amount,
                "vat_rate": vat_rate,
                "vat_amount": vat_amount,
                "gross_amount": gross_amount,
                "currency": currency,
                "pdf_url": pdf_url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        number = d.pop("number")

        def _parse_invoice_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        invoice_id = _parse_invoice_id(d.pop("invoice_id"))

        reason = d.pop("reason")

        created_at = d.pop("created_at")

        net_amount = d.pop("net_amount")

        vat_rate = d.pop("vat_rate")

        vat_amount = d.pop("vat_amount")

        gross_amount = d.pop("gross_amount")

        currency = Currency(d.pop("currency"))

        def _parse_pdf_url(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        pdf_url = _parse_pdf_url(d.pop("pdf_url"))

        credit_note = cls(
            id=id,
            number=number,
            invoice_id=invoice_id,
            reason=reason,
            created_at=created_at,
            net_amount=net_amount,
            vat_rate=vat_rate,
            vat_amount=vat_amount,
            gross_amount=gross_amount,
            currency=currency,
            pdf_url=pdf_url,
        )

        credit_note.additional_properties = d
        return credit_note

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

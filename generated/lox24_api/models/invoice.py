from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.currency import Currency
from ..models.invoice_status import InvoiceStatus

T = TypeVar("T", bound="Invoice")


@_attrs_define
class Invoice:
    """One invoice: what the account was charged in one calendar month. Decision (LOX24 publishes this
    resource's shape only on its newest documentation pages, which this project could not read): one
    invoice per account and month (UTC), holding the sum of every charge made in it (SMS, bulk
    messages and the other priced services) without subtracting refunds, which get credit notes of
    their own; it is issued (numbered, status 10) at the end of the month, or earlier when closed.
    Charges after an early close open a new invoice for the same month. Amounts are net of VAT, as
    the account balance is.

    """

    id: int
    """ Unique entity ID. """
    number: None | str
    """ The invoice number once issued (`INV-<year>-<six digits>`, counted per year of issue), null
    while open. Decision: the format is this project's.
     """
    status: InvoiceStatus
    """ 0 open: the calendar month (UTC) is running, each charge of the account is added, the invoice has
    no number yet; 10 issued: closed and numbered, its amounts no longer change. Decision: LOX24's
    documentation shows no status codes for invoices; these follow its 0/10 codes for "new"/"done".
     """
    period: str
    """ The calendar month (UTC) charged, `YYYY-MM`. """
    period_start: int
    """ First second of the month (Unix time, UTC). """
    period_end: int
    """ Last second of the month (Unix time, UTC; inclusive). """
    created_at: int
    """ When the month's first charge opened the invoice. """
    issued_at: int | None
    """ When it was issued (the first second of the next month, or the time of an early close);
    null while open.
     """
    charges_count: int
    """ How many charges it sums (one per charged SMS, bulk message or other priced request). """
    net_amount: float
    """ An amount in the document's `currency`, rounded to cents. Decision: a JSON number (like the SMS
    `price` and the account's `balance_amount`), not integer cents.
     """
    vat_rate: float
    """ VAT in percent. Decision: 19 (German VAT, LOX24 is a German company) for EUR accounts, 0 for
    CHF accounts (services to Switzerland carry no German VAT).
     """
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
    """ Where the PDF can be downloaded in the web account (it needs the account's login, not the API
    token); null while open. Decision: the URL form is this project's; the emulator serves no PDF.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        number: None | str
        number = self.number

        status = self.status.value

        period = self.period

        period_start = self.period_start

        period_end = self.period_end

        created_at = self.created_at

        issued_at: int | None
        issued_at = self.issued_at

        charges_count = self.charges_count

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
                "status": status,
                "period": period,
                "period_start": period_start,
                "period_end": period_end,
                "created_at": created_at,
                "issued_at": issued_at,
                "charges_count": charges_count,
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

        def _parse_number(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        number = _parse_number(d.pop("number"))

        status = InvoiceStatus(d.pop("status"))

        period = d.pop("period")

        period_start = d.pop("period_start")

        period_end = d.pop("period_end")

        created_at = d.pop("created_at")

        def _parse_issued_at(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        issued_at = _parse_issued_at(d.pop("issued_at"))

        charges_count = d.pop("charges_count")

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

        invoice = cls(
            id=id,
            number=number,
            status=status,
            period=period,
            period_start=period_start,
            period_end=period_end,
            created_at=created_at,
            issued_at=issued_at,
            charges_count=charges_count,
            net_amount=net_amount,
            vat_rate=vat_rate,
            vat_amount=vat_amount,
            gross_amount=gross_amount,
            currency=currency,
            pdf_url=pdf_url,
        )

        invoice.additional_properties = d
        return invoice

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

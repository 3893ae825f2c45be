"""The generated client writes LOX24's bracketed filter names: `uuid[]=a&uuid[]=b`, `delivery_at[between]=A..B`."""

from __future__ import annotations

from urllib.parse import parse_qsl, urlsplit

import httpx
import respx
from lox24_api import AuthenticatedClient
from lox24_api.api.bulks import list_bulks
from lox24_api.api.sms import delete_sms_batch, list_sms
from lox24_api.models import OrderDirection

BASE = "https://api.lox24.eu"
A = "0f0e4a52-8c51-11ea-a637-96000028b339"
B = "20f39273-0566-11ea-a637-96000028b339"


def _client() -> AuthenticatedClient:
    return AuthenticatedClient(base_url=BASE, token="1:k", prefix="", auth_header_name="X-LOX24-AUTH-TOKEN")


def _pairs(request: httpx.Request) -> list[tuple[str, str]]:
    """The query pairs, without the `page=1` the generated list functions always send."""
    pairs = parse_qsl(urlsplit(str(request.url)).query, keep_blank_values=True)
    return [p for p in pairs if p != ("page", "1")]


@respx.mock
def test_batch_delete_sends_array_and_range_filters_with_lox24_names() -> None:
    route = respx.post(f"{BASE}/sms/ops/batch_delete").mock(
        return_value=httpx.Response(200, json={"deleted_sms_count": 2})
    )
    delete_sms_batch.sync_detailed(
        client=_client(), uuid=[A, B], delivery_atbetween="1575158400..1575676800", chars_countgte=5
    )
    assert _pairs(route.calls.last.request) == [
        ("uuid[]", A),
        ("uuid[]", B),
        ("delivery_at[between]", "1575158400..1575676800"),
        ("chars_count[gte]", "5"),
    ]


@respx.mock
def test_list_filters_ordering_and_exists() -> None:
    sms = respx.get(f"{BASE}/sms").mock(
        return_value=httpx.Response(200, json={"hydra:member": [], "hydra:totalItems": 0})
    )
    bulks = respx.get(f"{BASE}/bulks").mock(
        return_value=httpx.Response(200, json={"hydra:member": [], "hydra:totalItems": 0})
    )
    list_sms.sync_detailed(client=_client(), field_ordergateway_sent_at=OrderDirection.DESC, created_at=[1, 2])
    list_bulks.sync_detailed(client=_client(), existsis_unicode=False, msg_total_countlt=10)
    assert _pairs(sms.calls.last.request) == [
        ("_order[gateway_sent_at]", "desc"),
        ("created_at[]", "1"),
        ("created_at[]", "2"),
    ]
    assert sorted(_pairs(bulks.calls.last.request)) == [("exists[is_unicode]", "false"), ("msg_total_count[lt]", "10")]

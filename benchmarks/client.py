"""Section `client`: µs per `client.sms.send(...)` answered in-process with the documented 201, versus raw
`httpx.Client.post(...).json()` on the same MockTransport and the docs' `requests` approach.

lox24 runs through a user's `httpx.Client` on a MockTransport (http_client=...) and through its own httpx.Client
(whose HTTPTransport is patched to answer in-process), with validate=True and validate=False.
"""

from __future__ import annotations

import contextlib
import functools
from collections.abc import Callable, Iterator
from typing import Any

import httpx

from .harness import (
    BASE_URL,
    DOCS_TOKEN,
    RESPONSE_HEADERS,
    SMS_ARGS,
    Report,
    Row,
    Sizes,
    abba_order,
    accepts,
    body_bytes,
    log,
    lox24_client,
    median,
    mock_transport,
    paired_ratio,
    time_calls,
)

# Targets of issue 13, by variant label: ratio to raw httpx.
TARGETS = {
    "validate=False, own httpx.Client": 1.2,
    "validate=True, own httpx.Client": 1.3,
    "validate=True, http_client=MockTransport": 1.3,
}


def validate_modes() -> list[tuple[str, bool | None, dict[str, Any]]]:
    """(label, constructor validate=, per-call kwargs) for each validation mode the client offers."""
    import lox24

    if accepts(lox24.Client, "validate"):
        return [("validate=True", True, {}), ("validate=False", False, {})]
    probe = lox24.Client(token=DOCS_TOKEN, base_url=BASE_URL)
    try:
        if accepts(probe.sms.send, "validate"):
            return [("validate=True", None, {"validate": True}), ("validate=False", None, {"validate": False})]
    finally:
        with contextlib.suppress(Exception):
            probe.close()
    return [("default", None, {})]


class FixedRequestsAdapter:
    """A `requests` transport adapter that answers every request in-process with the documented 201."""

    def __init__(self, body: bytes) -> None:
        self.body = body

    def send(self, request: Any, **kwargs: Any) -> Any:
        import requests
        from requests.structures import CaseInsensitiveDict
        from requests.utils import get_encoding_from_headers

        response = requests.Response()
        response.status_code = 201
        response.reason = "Created"
        response.headers = CaseInsensitiveDict({**RESPONSE_HEADERS, "content-length": str(len(self.body))})
        response.encoding = get_encoding_from_headers(response.headers)
        response._content = self.body
        response.url = request.url
        response.request = request
        return response

    def close(self) -> None:
        pass


def client_variants(body: bytes) -> tuple[dict[str, Callable[[], Any]], list[Callable[[], None]]]:
    """Name -> zero-argument callable doing one 'send SMS' round trip, and the cleanups to run afterwards."""
    import requests

    variants: dict[str, Callable[[], Any]] = {}
    cleanups: list[Callable[[], None]] = []
    raw = httpx.Client(
        base_url=BASE_URL,
        transport=mock_transport(body),
        headers={"X-LOX24-AUTH-TOKEN": DOCS_TOKEN, "Accept": "application/json"},
    )
    cleanups.append(raw.close)
    variants["raw httpx"] = lambda: raw.post("/sms", json=SMS_ARGS).json()

    try:
        modes = validate_modes()
    except Exception as exc:
        log(f"  lox24 client not usable: {type(exc).__name__}: {exc}")
        modes = []
    for label, ctor_validate, call_kwargs in modes:
        kw = {**SMS_ARGS, **call_kwargs}
        # The user's httpx.Client (on the MockTransport) given as http_client.
        client = lox24_client(httpx.Client(transport=mock_transport(body)), validate=ctor_validate)
        cleanups.append(client.close)
        variants[f"lox24 {label}, http_client=MockTransport"] = functools.partial(client.sms.send, **kw)
        # The default: lox24's own httpx.Client, whose HTTPTransport answers in-process (see patched_transports).
        own = lox24_client(None, validate=ctor_validate)
        cleanups.append(own.close)
        variants[f"lox24 {label}, own httpx.Client"] = functools.partial(own.sms.send, **kw)

    session = requests.Session()
    session.mount("https://", FixedRequestsAdapter(body))  # type: ignore[arg-type]
    session.headers.update({"X-LOX24-AUTH-TOKEN": DOCS_TOKEN, "Accept": "application/json"})
    cleanups.append(session.close)
    variants["requests.Session"] = lambda: session.post(f"{BASE_URL}/sms", json=SMS_ARGS).json()

    # The docs' snippet: requests.post(...) with a new Session (and HTTPAdapter/PoolManager) per call.
    def docs_post() -> Any:
        return requests.post(
            f"{BASE_URL}/sms",
            json=SMS_ARGS,
            headers={"X-LOX24-AUTH-TOKEN": DOCS_TOKEN, "Accept": "application/json"},
            timeout=100,
        ).json()

    variants["requests.post"] = docs_post
    return variants, cleanups


@contextlib.contextmanager
def patched_transports(body: bytes) -> Iterator[None]:
    """Make requests' HTTPAdapter and httpx's HTTPTransport answer every request in-process with the documented
    201, so that code paths which build their own transport (requests.post, lox24.Client() without http_client)
    run unchanged without a network."""
    import requests.adapters

    fixed = FixedRequestsAdapter(body)
    headers = dict(RESPONSE_HEADERS)

    def httpx_send(self: Any, request: httpx.Request) -> httpx.Response:
        request.read()
        return httpx.Response(201, content=body, headers=headers)

    saved = requests.adapters.HTTPAdapter.send, httpx.HTTPTransport.handle_request
    requests.adapters.HTTPAdapter.send = lambda self, request, **kw: fixed.send(request, **kw)  # type: ignore[method-assign]
    httpx.HTTPTransport.handle_request = httpx_send  # type: ignore[method-assign]
    try:
        yield
    finally:
        requests.adapters.HTTPAdapter.send, httpx.HTTPTransport.handle_request = saved  # type: ignore[method-assign]


def bench_client(report: Report, sizes: Sizes) -> None:
    body = body_bytes()
    with patched_transports(body):
        variants, cleanups = client_variants(body)
        try:
            for fn in variants.values():  # warm-up (and a correctness check of every variant)
                for _ in range(max(20, sizes.client_calls // 10)):
                    fn()
            names = list(variants)
            samples: dict[str, list[float]] = {name: [] for name in names}
            for order in abba_order(names, sizes.client_repeats):
                for name in order:
                    samples[name].append(time_calls(variants[name], sizes.client_calls))
        finally:
            for cleanup in cleanups:
                with contextlib.suppress(Exception):
                    cleanup()
    base = samples["raw httpx"]
    report.details["client"] = {"calls_per_repeat": sizes.client_calls, "us_per_call": samples}
    for name in names:
        if name == "raw httpx":
            continue
        ratio = paired_ratio(samples[name], base)
        target = TARGETS.get(name.removeprefix("lox24 "))
        report.add(
            Row(
                "client",
                f"send() µs/call, {name}",
                median(samples[name]),
                median(base),
                "raw httpx",
                "µs",
                ratio,
                f"≤ {target:.2f}" if target else "",
                (ratio <= target) if target else None,
            )
        )
    if not any(n.startswith("lox24") for n in names):
        report.skip("client", "lox24.Client not available: only the baselines were measured")

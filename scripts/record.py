"""Record real responses into tests/recordings/ (run by scripts/record, `make record`).

Without configuration it drives the emulator in-process (a throw-away in-memory database, a fixed seed and a
frozen clock, so the recordings are the same on every run) through every operation of spec/lox24.yaml,
successes and documented errors, and writes one file per exchange: `emulator-<operationId>-<status>[-variant].json`,

    {"request": {"method", "path", "headers", "body"}, "response": {"status", "headers", "body"}, "source"}

With LOX24_BASE_URL and LOX24_TOKEN it records from that account instead (`lox24-...json`, source "lox24"):
read-only and dry-run operations only unless LOX24_ALLOW_SENDING=1. The token is never written (only the Accept
and Content-Type request headers are kept) and phone numbers are replaced by fictional ones.

    scripts/record                      # emulator -> tests/recordings/emulator-*.json (old ones replaced)
    LOX24_BASE_URL=https://api.lox24.eu LOX24_TOKEN=... scripts/record
    scripts/record --out DIR            # somewhere else
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
from record_accounting import record_accounting, record_accounting_account

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OUT = ROOT / "tests" / "recordings"
FROZEN_AT = 1755868416  # the created_at of the documentation's SMS example
KEPT_REQUEST_HEADERS = ("accept", "content-type")
KEPT_RESPONSE_HEADERS = ("content-type", "x-lox24-request-id", "retry-after", "allow", "location")
JSON = "application/json"
JSONLD = "application/ld+json"
PHONE_KEYS = {"phone", "from", "to", "sender_id"}
PHONE_RE = re.compile(r"^(\+|00|0)?[1-9][0-9]{5,14}$")
# In free text (CSV, error details, paths) only "+<digits>" counts: a uuid's digit groups or a timestamp must stay.
PHONE_IN_TEXT_RE = re.compile(r"(?<![0-9A-Za-z])(\+|%2B)[1-9][0-9]{6,14}(?![0-9])")


class Redactor:
    """Replaces phone numbers by fictional ones (+4915550000001, ...), the same number by the same stand-in."""

    def __init__(self) -> None:
        self.mapping: dict[str, str] = {}

    def number(self, value: str) -> str:
        if value not in self.mapping:
            self.mapping[value] = f"+49155500{len(self.mapping) + 1:05d}"
        return self.mapping[value]

    def text(self, value: str) -> str:
        return PHONE_IN_TEXT_RE.sub(lambda m: self.number(m.group(0).replace("%2B", "+")), value)

    def __call__(self, value: Any, key: str | None = None) -> Any:
        if isinstance(value, dict):
            return {k: self(v, k) for k, v in value.items()}
        if isinstance(value, list):
            return [self(v, key) for v in value]
        if isinstance(value, str):
            if key in PHONE_KEYS | {"phones"} and PHONE_RE.match(value):
                return self.number(value)
            return self.text(value)
        return value


class Recorder:
    def __init__(self, client: httpx.AsyncClient, out: Path, source: str, redact: Callable[..., Any] | None) -> None:
        self.client = client
        self.out = out
        self.source = source
        self.redact = redact
        self.written: list[Path] = []

    async def call(
        self,
        method: str,
        path: str,
        *,
        body: Any = None,
        accept: str = JSONLD,
        variant: str = "",
        operation_id: str,
        token: str | None = None,
    ) -> httpx.Response:
        headers = {"Accept": accept}
        if body is not None:
            headers["Content-Type"] = JSON
        if token is not None:  # a deliberately wrong token (emulator only); never recorded
            headers["X-LOX24-AUTH-TOKEN"] = token
        content = json.dumps(body).encode() if body is not None else None
        response = await self.client.request(method, path, headers=headers, content=content)
        self.save(operation_id, variant, method, path, headers, body, response)
        return response

    def save(
        self,
        operation_id: str,
        variant: str,
        method: str,
        path: str,
        headers: dict[str, str],
        body: Any,
        response: httpx.Response,
    ) -> None:
        mtype = response.headers.get("content-type", "").split(";")[0].strip()
        if not response.content:
            response_body: Any = None
        elif mtype.endswith("json"):
            response_body = response.json()
        else:
            response_body = response.text
        record: dict[str, Any] = {
            "request": {
                "method": method,
                "path": path,
                "headers": {k: v for k, v in headers.items() if k.lower() in KEPT_REQUEST_HEADERS},
                "body": body,
            },
            "response": {
                "status": response.status_code,
                "headers": {k: v for k, v in response.headers.items() if k.lower() in KEPT_RESPONSE_HEADERS},
                "body": response_body,
            },
            "source": self.source,
        }
        if self.redact is not None:
            record["request"]["path"] = self.redact.text(path)  # type: ignore[attr-defined]
            record["request"]["body"] = self.redact(body, "") if body is not None else None
            record["response"]["body"] = self.redact(response_body)
        name = f"{self.source}-{operation_id}-{response.status_code}{'-' + variant if variant else ''}.json"
        path_out = self.out / name
        path_out.write_text(json.dumps(record, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        self.written.append(path_out)
        print(f"record: {method} {record['request']['path']} -> {response.status_code}  {name}")


SMS = {"text": "Hello! This is a test SMS message.", "sender_id": "+491701234567", "phone": "+14155552671"}
BULK = {"sender_id": "testbulk", "text": "test bulk text", "phones": ["+49751234567", "+491701234568"]}
GROUP = {
    "name": "My Clients",
    "description": "Best clients",
    "name_a": "prefix",
    "name_b": "name",
    "name_c": "datetime",
    "name_d": "price",
    "name_e": "something_else",
}
PHONE = {"phone": "+93701234567", "a": "Mr. ", "b": "Smith ", "c": "2020-02-23 18:00", "d": "12.34", "e": "Blue Oyster"}


async def record_emulator(rec: Recorder, control: httpx.AsyncClient) -> None:
    """Every operation of the spec, successes and the documented errors, against the emulator."""
    call = rec.call
    await call("GET", "/me", operation_id="get_account")
    await call("GET", "/me", accept=JSON, variant="json", operation_id="get_account")
    wrong = "1234567:" + "0" * 32  # a well-formed but unknown token: the 401 answer
    await call("GET", "/me", token=wrong, variant="bad-token", operation_id="get_account")

    await call("POST", "/sms/dryrun", body=SMS, operation_id="dry_run_sms")
    sms = (await call("POST", "/sms", body=SMS, operation_id="create_sms")).json()
    sms2 = (await call("POST", "/sms", body={**SMS, "callback_data": "order-42"}, accept=JSON, variant="json",
                       operation_id="create_sms")).json()  # fmt: skip
    later = {**SMS, "delivery_at": FROZEN_AT + 86400, "callback_data": "later"}
    await call("POST", "/sms", body=later, accept=JSON, variant="scheduled", operation_id="create_sms")
    await call("POST", "/sms", body={**SMS, "phone": "not a number"}, accept=JSON, variant="bad-phone",
               operation_id="create_sms")  # fmt: skip
    await call("POST", "/sms", body={"sender_id": "Shop", "phone": "+491701234567"}, accept=JSON,
               variant="no-text", operation_id="create_sms")  # fmt: skip
    await call("POST", "/sms", body={**SMS, "phone": "+4900000"}, accept=JSON, variant="unknown-number",
               operation_id="create_sms")  # fmt: skip
    await call("POST", "/sms/dryrun", body={**SMS, "text": ""}, accept=JSON, variant="empty-text",
               operation_id="dry_run_sms")  # fmt: skip
    await call("GET", "/sms", operation_id="list_sms")
    await call("GET", "/sms?page=1&is_sent=false", accept=JSON, variant="json", operation_id="list_sms")
    await call("GET", "/sms?page=0", accept=JSON, variant="page-0", operation_id="list_sms")
    await call("GET", f"/sms/{sms['uuid']}", operation_id="get_sms")
    await call("GET", f"/sms/{sms2['uuid']}", accept=JSON, variant="json", operation_id="get_sms")
    await call("GET", "/sms/11111111-2222-3333-4444-555555555555", accept=JSON, variant="unknown",
               operation_id="get_sms")  # fmt: skip
    await call("GET", "/sms/not-a-uuid", accept=JSON, variant="bad-uuid", operation_id="get_sms")

    group = (await call("POST", "/groups", body=GROUP, operation_id="create_group")).json()
    await call("POST", "/groups", body={"name": ""}, accept=JSON, variant="empty-name", operation_id="create_group")
    gid = group["id"]
    await call("GET", "/groups", operation_id="list_groups")
    await call("GET", "/groups", accept=JSON, variant="json", operation_id="list_groups")
    await call("GET", f"/groups/{gid}", operation_id="get_group")
    await call("PUT", f"/groups/{gid}", body={"name": "New group name"}, operation_id="update_group")
    await call("GET", "/groups/999999", accept=JSON, variant="unknown", operation_id="get_group")
    phone = (await call("POST", f"/groups/{gid}/phones", body=PHONE, operation_id="create_group_phone")).json()
    await call("POST", f"/groups/{gid}/phones", body={"a": "no phone"}, accept=JSON, variant="no-phone",
               operation_id="create_group_phone")  # fmt: skip
    batch = [{"phone": "+4912345678", "a": "column A text"}, {"a": "column A text #2"}]
    await call("POST", f"/groups/{gid}/phones/batch", body=batch, accept=JSON, operation_id="create_group_phones_batch")
    batch_ok = [{"phone": "+4915112345678", "a": "Bo"}, {"phone": "+491761234567", "callback_data": "c-2"}]
    await call("POST", f"/groups/{gid}/phones/batch", body=batch_ok, accept=JSON, variant="all-valid",
               operation_id="create_group_phones_batch")  # fmt: skip
    await call("GET", f"/groups/{gid}/phones", operation_id="list_group_phones")
    await call("GET", f"/groups/{gid}/phones", accept=JSON, variant="json", operation_id="list_group_phones")
    await call("GET", f"/phones/{phone['id']}", operation_id="get_phone")
    await call("PUT", f"/phones/{phone['id']}", body={**PHONE, "a": "Mrs. "}, accept=JSON, operation_id="update_phone")
    await call("GET", f"/groups/{gid}/file/csv", accept="text/csv", operation_id="export_group_csv")

    await call("POST", "/bulks/dryrun", body={**BULK, "msg_groups": [gid]}, operation_id="dry_run_bulk")
    bulk = (await call("POST", "/bulks", body={**BULK, "msg_groups": [gid]}, operation_id="create_bulk")).json()
    await call("POST", "/bulks", body={**BULK, "msg_groups": [999999]}, accept=JSON, variant="unknown-group",
               operation_id="create_bulk")  # fmt: skip
    bulk_id = bulk.get("uuid") or bulk.get("id")
    await call("GET", "/bulks", operation_id="list_bulks")
    await call("GET", "/bulks", accept=JSON, variant="json", operation_id="list_bulks")
    await call("GET", f"/bulks/{bulk_id}", operation_id="get_bulk")
    await call("GET", f"/bulks/{bulk_id}/status", accept=JSON, operation_id="get_bulk_status")
    scheduled = {**BULK, "delivery_at": FROZEN_AT + 86400}
    later_bulk = (await call("POST", "/bulks", body=scheduled, accept=JSON, variant="scheduled",
                             operation_id="create_bulk")).json()  # fmt: skip
    later_id = later_bulk.get("uuid") or later_bulk.get("id")
    await call("PUT", f"/bulks/{later_id}/cancel", accept=JSON, operation_id="cancel_bulk")
    await call("DELETE", f"/bulks/{later_id}", accept=JSON, operation_id="delete_bulk")
    await call("GET", f"/bulks/{later_id}", accept=JSON, variant="deleted", operation_id="get_bulk")

    await call("POST", "/sms/ops/batch_cancel?callback_data[]=later", accept=JSON, operation_id="cancel_sms_batch")
    await call("POST", "/sms/ops/batch_delete?callback_data[]=later", accept=JSON, operation_id="delete_sms_batch")

    # Inbound SMS exist only when someone answers: the control plane injects one.
    injected = await control.post(
        "/_emulator/incomings", json={"from": "+491701234599", "text": "STOP", "msg_uuid": sms["uuid"]}
    )
    if injected.status_code >= 300:
        print(f"record: could not inject an inbound SMS ({injected.status_code} {injected.text[:200]})")
    incomings = (await call("GET", "/incomings", accept=JSON, variant="json", operation_id="list_incomings")).json()
    await call("GET", "/incomings", operation_id="list_incomings")
    if incomings:
        uuid = incomings[0]["uuid"]
        await call("GET", f"/incomings/{uuid}", operation_id="get_incoming")
        await call("DELETE", f"/incomings/{uuid}", accept=JSON, operation_id="delete_incoming")
    await call("GET", "/incomings/11111111-2222-3333-4444-555555555555", accept=JSON, variant="unknown",
               operation_id="get_incoming")  # fmt: skip
    await call("DELETE", "/incomings/11111111-2222-3333-4444-555555555555", accept=JSON, variant="unknown",
               operation_id="delete_incoming")  # fmt: skip

    await _slice("record_links").record_links(rec, control)  # short links and clicks (scripts/record_links.py)
    await call("DELETE", f"/phones/{phone['id']}", accept=JSON, operation_id="delete_phone")
    await call("DELETE", f"/phones/{phone['id']}", accept=JSON, variant="again", operation_id="delete_phone")
    await call("DELETE", f"/groups/{gid}", accept=JSON, operation_id="delete_group")
    await call("DELETE", f"/sms/{sms2['uuid']}", accept=JSON, operation_id="delete_sms")
    await call("DELETE", f"/sms/{sms2['uuid']}", accept=JSON, variant="again", operation_id="delete_sms")

    await record_accounting(rec, control)  # invoices and credit notes (scripts/record_accounting.py)
    from record_fraud import record_fraud  # issue 14: one module per slice, next to this script

    await record_fraud(rec, control)

    # 402: an account with no money left.
    await control.post("/_emulator/accounts", json={"token": DEFAULT_TOKEN, "balance": 0})
    await call("POST", "/sms", body=SMS, accept=JSON, variant="no-balance", operation_id="create_sms")
    from record_verify import record_verify  # scripts/record_verify.py (issue 14: verify codes)

    await record_verify(rec, control)


async def record_account(rec: Recorder, allow_sending: bool) -> None:
    """Read-only and dry-run operations of a real account (and, with allow_sending, one of each write)."""
    call = rec.call
    await call("GET", "/me", accept=JSON, variant="json", operation_id="get_account")
    await call("POST", "/sms/dryrun", body=SMS, operation_id="dry_run_sms")
    await call("POST", "/sms/dryrun", body={**SMS, "phone": "not a number"}, accept=JSON, variant="bad-phone",
               operation_id="dry_run_sms")  # fmt: skip
    await call("POST", "/bulks/dryrun", body=BULK, operation_id="dry_run_bulk")
    sms_page = (await call("GET", "/sms", accept=JSON, variant="json", operation_id="list_sms")).json()
    await call("GET", "/sms", operation_id="list_sms")
    if isinstance(sms_page, list) and sms_page:
        await call("GET", f"/sms/{sms_page[0]['uuid']}", operation_id="get_sms")
    await call("GET", "/sms/11111111-2222-3333-4444-555555555555", accept=JSON, variant="unknown",
               operation_id="get_sms")  # fmt: skip
    bulks = (await call("GET", "/bulks", accept=JSON, variant="json", operation_id="list_bulks")).json()
    if isinstance(bulks, list) and bulks:
        bulk_id = bulks[0].get("uuid") or bulks[0].get("id")
        await call("GET", f"/bulks/{bulk_id}", operation_id="get_bulk")
        await call("GET", f"/bulks/{bulk_id}/status", accept=JSON, operation_id="get_bulk_status")
    groups = (await call("GET", "/groups", accept=JSON, variant="json", operation_id="list_groups")).json()
    if isinstance(groups, list) and groups:
        gid = groups[0]["id"]
        await call("GET", f"/groups/{gid}", operation_id="get_group")
        phones = (await call("GET", f"/groups/{gid}/phones", accept=JSON, operation_id="list_group_phones")).json()
        if isinstance(phones, list) and phones:
            await call("GET", f"/phones/{phones[0]['id']}", operation_id="get_phone")
        await call("GET", f"/groups/{gid}/file/csv", accept="text/csv", operation_id="export_group_csv")
    incomings = (await call("GET", "/incomings", accept=JSON, variant="json", operation_id="list_incomings")).json()
    if isinstance(incomings, list) and incomings:
        await call("GET", f"/incomings/{incomings[0]['uuid']}", operation_id="get_incoming")
    await record_accounting_account(rec)
    if allow_sending:
        sms = (await call("POST", "/sms", body=SMS, operation_id="create_sms")).json()
        await call("GET", f"/sms/{sms['uuid']}", accept=JSON, variant="json", operation_id="get_sms")


DEFAULT_TOKEN = "1234567:e3f3a759b6677959b6ebfcxxxxxxxxxx"  # noqa: S105 (the emulator's public test token)


def _slice(name: str) -> Any:
    """scripts/<name>.py, the recordings of one slice of issue 14 (loaded by path: scripts/ is no package)."""
    import importlib.util

    spec = importlib.util.spec_from_file_location(name, Path(__file__).resolve().parent / f"{name}.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


async def main_async(out: Path) -> int:
    base_url = os.environ.get("LOX24_BASE_URL", "").strip().rstrip("/")
    token = os.environ.get("LOX24_TOKEN", "").strip()
    if base_url and token:
        allow = os.environ.get("LOX24_ALLOW_SENDING", "").strip() == "1"
        print(f"record: from {base_url} ({'every operation' if allow else 'read-only and dry-run only'})")
        async with httpx.AsyncClient(base_url=base_url, headers={"X-LOX24-AUTH-TOKEN": token}, timeout=30.0) as client:
            rec = Recorder(client, out, "lox24", Redactor())
            await record_account(rec, allow)
    elif base_url or token:
        print("record: set both LOX24_BASE_URL and LOX24_TOKEN, or neither (emulator)", file=sys.stderr)
        return 2
    else:
        global DEFAULT_TOKEN
        from lox24.emulator import DEFAULT_TOKEN as emulator_token
        from lox24.emulator import create_app
        from lox24.emulator.clock import FrozenClock

        DEFAULT_TOKEN = str(emulator_token)
        app = create_app(db=":memory:", balance=100.0, seed=1, clock=FrozenClock(FROZEN_AT))
        transport = httpx.ASGITransport(app=app)
        async with (
            httpx.AsyncClient(transport=transport, base_url="http://127.0.0.1:8024",
                              headers={"X-LOX24-AUTH-TOKEN": DEFAULT_TOKEN}) as client,
            httpx.AsyncClient(transport=transport, base_url="http://127.0.0.1:8024") as control,
        ):  # fmt: skip
            rec = Recorder(client, out, "emulator", None)
            await record_emulator(rec, control)
            from record_campaigns import record_campaigns  # issue 14 (scripts/ is on sys.path when run)

            await record_campaigns(rec, control)
    print(f"record: wrote {len(rec.written)} recordings to {out}")
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="directory of the recordings")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    # Old recordings of the same source are replaced, so a removed step leaves no stale file behind.
    remote = bool(os.environ.get("LOX24_BASE_URL", "").strip() and os.environ.get("LOX24_TOKEN", "").strip())
    for old in args.out.glob("lox24-*.json" if remote else "emulator-*.json"):
        old.unlink()
    return asyncio.run(main_async(args.out))


if __name__ == "__main__":
    sys.exit(main())

"""The contract suite's report side (used by scripts/contract.py): the spec's links, the links the stateful
phase exercised (from schemathesis' NDJSON events), token masking in the report files, and the summary lines.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import yaml

SPEC = Path(__file__).resolve().parent.parent / "spec" / "lox24.yaml"


def declared_links() -> list[str]:
    """The spec's links, spelled like schemathesis' transition ids: `POST /sms -> [201] GetSmsByUuid`."""
    spec = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    return [
        f"{method.upper()} {path} -> [{status}] {name}"
        for path, item in spec["paths"].items()
        for method, op in item.items()
        if method in {"get", "put", "post", "delete", "patch"}
        for status, response in op["responses"].items()
        for name in response.get("links", {})
    ]


def link_families() -> list[list[str]]:
    """The spec's operationIds joined by links, in families (linked to each other, either way), largest first.

    scripts/contract runs the stateful phase once per family: one walk over all 63 operations spread its scenarios
    so thin that a third of the links went unexercised (and each new resource meant retuning the budget).
    """
    spec = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    parent: dict[str, str] = {}

    def root(op: str) -> str:
        while parent.setdefault(op, op) != op:
            op = parent[op]
        return op

    for item in spec["paths"].values():
        for method, op in item.items():
            if method not in {"get", "put", "post", "delete", "patch"}:
                continue
            for response in op["responses"].values():
                for link in response.get("links", {}).values():
                    parent[root(link["operationId"])] = root(op["operationId"])
    families: dict[str, list[str]] = {}
    for op in list(parent):
        families.setdefault(root(op), []).append(op)
    return sorted((sorted(f) for f in families.values() if len(f) > 1), key=lambda f: (-len(f), f))


def family_links(family: list[str]) -> list[str]:
    """The declared links (`declared_links` spelling) that start at an operation of `family` (operationIds)."""
    spec = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    members = {
        f"{method.upper()} {path}"
        for path, item in spec["paths"].items()
        for method, op in item.items()
        if method in {"get", "put", "post", "delete", "patch"} and op["operationId"] in family
    }
    return [link for link in declared_links() if link.split(" -> ", 1)[0] in members]


def exercised_links(*ndjsons: Path) -> tuple[set[str], set[str]]:
    """Transitions the stateful phase applied, and those whose request got a 2xx answer (from NDJSON reports)."""
    applied: set[str] = set()
    succeeded: set[str] = set()
    for ndjson in ndjsons:
        _read_links(ndjson, applied, succeeded)
    return applied, succeeded


def _read_links(ndjson: Path, applied: set[str], succeeded: set[str]) -> None:
    if not ndjson.exists():
        return
    with ndjson.open(encoding="utf-8") as lines:
        for line in lines:
            if '"transition":{' not in line:
                continue
            recorder = json.loads(line).get("ScenarioFinished", {}).get("recorder", {})
            interactions = recorder.get("interactions", {})
            for case_id, node in recorder.get("cases", {}).items():
                transition = node.get("transition")
                if not transition or not node.get("is_transition_applied"):
                    continue
                link = transition["id"].rsplit(" -> ", 1)[0]
                applied.add(link)
                response = (interactions.get(case_id) or {}).get("response") or {}
                if 200 <= int(response.get("status_code", 0)) < 300:
                    succeeded.add(link)


def mask_reports(report_dir: Path, secret: str | None) -> None:
    if not secret:
        return
    for path in report_dir.glob("contract*"):
        if path.is_file():
            text = path.read_text(encoding="utf-8", errors="replace")
            if secret in text:
                path.write_text(text.replace(secret, "[token]"), encoding="utf-8")


def summarize(
    report: dict[str, Any], output: str, elapsed: float, links: tuple[list[str], set[str], set[str]]
) -> list[str]:
    ops = report.get("operations", {})
    cases = report.get("test_cases", {})
    failures = report.get("failures", [])
    errors = report.get("errors", [])
    declared, applied, succeeded = links
    all_links = re.search(r"API Links:\s*(.*)", output)
    link_text = (
        f"{sum(link in applied for link in declared)}/{len(declared)} declared links exercised, "
        f"{sum(link in succeeded for link in declared)} of them with a 2xx answer "
        f"(schemathesis: {all_links.group(1).strip() if all_links else 'not reported'})"
        if declared
        else "not checked (no stateful phase over every operation)"
    )
    lines = [
        "",
        "== contract summary ==",
        f"operations : {ops.get('tested', '?')} tested / {ops.get('selected', '?')} selected / {ops.get('total', '?')}",
        f"cases      : {cases.get('generated', '?')} generated, {cases.get('with_failures', '?')} with failures, "
        f"{cases.get('errored', '?')} errored",
        f"failures   : {sum(int(f.get('count', 1)) for f in failures)} ({len(failures)} distinct)",
        f"errors     : {sum(int(e.get('count', 1)) for e in errors)}",
        f"links      : {link_text}",
        "phases     : " + ", ".join(f"{name} {info.get('status')}" for name, info in report.get("phases", {}).items()),
        f"time       : {elapsed:.1f} s",
    ]
    for failure in failures:
        lines.append(
            f"  FAIL {failure.get('code', '')} {failure.get('title', '')} x{failure.get('count', 1)} "
            f"in {', '.join(failure.get('operations', []))}"
        )
    for error in errors:
        lines.append(f"  ERROR {error.get('title', '')} x{error.get('count', 1)}")
    for link in declared:
        if link not in applied:
            lines.append(f"  LINK NOT EXERCISED {link}")
    return lines

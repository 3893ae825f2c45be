"""The reviewed-differences file: matching, reasons, stale entries, malformed files."""

from __future__ import annotations

import pytest
from drift_helpers import ROOT
from lox24_drift.compare import Difference
from lox24_drift.known import apply_known, load_known
from lox24_drift.load import DriftError


def diff(location: str, kind: str = "parameter-removed", cls: str = "breaking") -> Difference:
    return Difference("GET /sms", location, kind, cls, "")


def test_entries_match_with_stars_and_brackets_are_literal() -> None:
    entries = load_known(
        "differences:\n"
        "  - location: 'parameter query *_at[*]'\n    kind: parameter-removed\n    reason: range filters\n"
        "  - location: ['response *: id', 'response *.id']\n    kind: type\n    reason: ids are integers\n"
        "  - operation: 'POST *'\n    reason: never used\n",
        "known.yaml",
    )
    items = [
        diff("parameter query created_at[gte]"),
        diff("parameter query created_at"),  # no brackets: not a range filter
        diff("parameter query created_atXgteX"),
        diff("response 200 application/json: id", "type"),
        diff("response 200 application/ld+json: hydra:member[].id", "type"),
        diff("response 200 application/json: uuid", "type"),
    ]
    stale = apply_known(items, entries)
    assert [d.reviewed for d in items] == [
        "range filters",
        None,
        None,
        "ids are integers",
        "ids are integers",
        None,
    ]
    assert [e.reason for e in stale] == ["never used"]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("differences:\n  - kind: type\n", "entry 1 has no reason"),
        ("differences:\n  - kind: type\n    reason: '  '\n", "entry 1 has no reason"),
        ("differences:\n  - reason: everything\n", "matches everything"),
        ("differences:\n  - kind: type\n    reason: r\n    colour: red\n", "unknown keys ['colour']"),
        ("- just a list\n", "expected a mapping with a 'differences' list"),
        ("differences: [\n", "cannot parse known.yaml"),
    ],
)
def test_malformed_files_are_refused_clearly(text: str, message: str) -> None:
    with pytest.raises(DriftError, match=message.replace("[", r"\[").replace("]", r"\]")):
        load_known(text, "known.yaml")


def test_the_projects_file_loads_and_every_entry_has_a_reason() -> None:
    path = ROOT / "spec" / "known-differences.yaml"
    entries = load_known(path.read_text(encoding="utf-8"), str(path))
    assert len(entries) >= 10
    assert all(len(e.reason) > 20 for e in entries)

"""The reviewed-differences file (`spec/known-differences.yaml`): deliberate differences, each with its reason.

Each entry matches differences on `operation` ("METHOD /path"), `location` and `kind`, where `*` matches any run
of characters (nothing else is special, so `created_at[gte]` is literal); a missing field matches everything.
A field may also be a list of such patterns (any of them matches). `reason` is required. An entry that
matches nothing is reported as stale.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from .compare import Difference
from .load import DriftError, parse_yaml_text

FIELDS = ("operation", "location", "kind", "classification")


@dataclass
class Entry:
    reason: str
    patterns: dict[str, list[re.Pattern[str]]]
    raw: dict[str, Any]
    used: int = 0

    def matches(self, diff: Difference) -> bool:
        return all(any(rx.fullmatch(str(getattr(diff, name))) for rx in rxs) for name, rxs in self.patterns.items())


def _glob(pattern: str) -> re.Pattern[str]:
    return re.compile(".*".join(re.escape(part) for part in pattern.split("*")), re.DOTALL)


def load_known(text: str, source: str) -> list[Entry]:
    """Parse and check the reviewed-differences file."""
    data = parse_yaml_text(text, source)
    items = data.get("differences") if isinstance(data, dict) else None
    if not isinstance(items, list):
        raise DriftError(f"{source}: expected a mapping with a 'differences' list")
    entries = []
    for number, item in enumerate(items, 1):
        if not isinstance(item, dict):
            raise DriftError(f"{source}: entry {number} is not a mapping")
        reason = item.get("reason")
        if not isinstance(reason, str) or not reason.strip():
            raise DriftError(f"{source}: entry {number} has no reason (every reviewed difference needs one)")
        unknown = set(item) - {*FIELDS, "reason"}
        if unknown:
            raise DriftError(f"{source}: entry {number} has unknown keys {sorted(unknown)}")
        patterns = {
            name: [_glob(str(p)) for p in (item[name] if isinstance(item[name], list) else [item[name]])]
            for name in FIELDS
            if name in item
        }
        if not patterns:
            raise DriftError(f"{source}: entry {number} matches everything; give operation, location or kind")
        entries.append(Entry(" ".join(reason.split()), patterns, item))
    return entries


def apply_known(diffs: list[Difference], entries: list[Entry]) -> list[Entry]:
    """Mark each difference with the reason of the first entry that matches it; return the stale entries."""
    for diff in diffs:
        for entry in entries:
            if entry.matches(diff):
                diff.reviewed = entry.reason
                entry.used += 1
                break
    return [e for e in entries if not e.used]

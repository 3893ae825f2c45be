"""The drift report as Markdown (for an issue or a pull request) and as JSON."""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from typing import Any

from .compare import ADDITIVE, BREAKING, COSMETIC, Difference
from .known import Entry

CLASSES = (BREAKING, ADDITIVE, COSMETIC)
MAX_ROWS = 200
# Most telling first: a whole operation, a status, a parameter, a field, then constraints.
ORDER = ["operation-removed", "operation-added", "path", "status-added", "status-removed", "parameter-removed",
         "parameter-added", "body-removed", "body-added", "property-removed", "property-added", "required", "type",
         "nullable", "enum"]  # fmt: skip


def as_json(meta: dict[str, Any], diffs: list[Difference], stale: list[Entry]) -> str:
    counts = {c: {"unreviewed": 0, "reviewed": 0} for c in CLASSES}
    for d in diffs:
        counts[d.classification]["reviewed" if d.reviewed else "unreviewed"] += 1
    payload = {
        **meta,
        "counts": counts,
        "unreviewed_breaking": counts[BREAKING]["unreviewed"],
        "differences": [d.as_dict() for d in diffs],
        "stale_reviewed_entries": [e.raw for e in stale],
    }
    return json.dumps(payload, indent=2, ensure_ascii=False, default=str) + "\n"


def _cell(value: Any, limit: int = 80) -> str:
    if value is None:
        return "–"
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False, default=str)
    text = " ".join(text.split())
    text = text if len(text) <= limit else text[: limit - 1] + "…"
    return "`" + text.replace("|", "\\|").replace("`", "'") + "`"


def _table(diffs: list[Difference]) -> list[str]:
    lines = [
        "| operation | where | what | ours → LOX24 | lox24 methods | emulator route |",
        "|---|---|---|---|---|---|",
    ]
    for d in diffs[:MAX_ROWS]:
        change = f"{_cell(d.ours, 50)} → {_cell(d.official, 50)}"
        what = d.kind + (f" ({d.note})" if d.note else "")
        methods = ", ".join(f"`{m}`" for m in d.methods) or "–"
        routes = ", ".join(f"`{r}`" for r in d.routes) or "–"
        lines.append(f"| {d.operation} | {d.location.replace('|', '/')} | {what} | {change} | {methods} | {routes} |")
    if len(diffs) > MAX_ROWS:
        lines.append(f"\n… and {len(diffs) - MAX_ROWS} more (all of them are in the JSON report).")
    return lines


def as_markdown(meta: dict[str, Any], diffs: list[Difference], stale: list[Entry]) -> str:
    open_ = [d for d in diffs if not d.reviewed]
    counts = Counter((d.classification, bool(d.reviewed)) for d in diffs)
    out = [
        f"# LOX24 API drift: `{meta['ours']}` ({meta['ours_version']}) vs `{meta['official']}` "
        f"({meta['official_version']})",
        "",
        "| class | unreviewed | reviewed (in `" + meta["known"] + "`) |",
        "|---|---|---|",
    ]
    out += [f"| {c} | {counts[(c, False)]} | {counts[(c, True)]} |" for c in CLASSES]
    verdict = counts[(BREAKING, False)]
    out += [
        "",
        f"**{verdict} unreviewed breaking difference(s).**" if verdict else "**No unreviewed breaking difference.**",
        "",
    ]
    for what, ids in meta.get("unmapped_operations", {}).items():
        out += [f"Operations of our spec {what} (none found in the source): {', '.join(ids)}.", ""]
    for cls in (BREAKING, ADDITIVE):
        chosen = sorted(
            (d for d in open_ if d.classification == cls),
            key=lambda d: ORDER.index(d.kind) if d.kind in ORDER else len(ORDER),
        )
        out += [f"## Unreviewed {cls} ({len(chosen)})", ""]
        out += [*_table(chosen), ""] if chosen else ["None.", ""]
    cosmetic = Counter(d.operation for d in open_ if d.classification == COSMETIC)
    out += [f"## Unreviewed cosmetic ({sum(cosmetic.values())})", ""]
    out += [f"- {op}: {n} text difference(s)" for op, n in sorted(cosmetic.items())] or ["None."]
    out += ["", f"## Reviewed ({len(diffs) - len(open_)})", ""]
    by_reason: dict[str, list[Difference]] = defaultdict(list)
    for d in diffs:
        if d.reviewed:
            by_reason[d.reviewed].append(d)
    for reason, items in by_reason.items():
        kinds = Counter(d.classification for d in items)
        summary = ", ".join(f"{n} {c}" for c, n in sorted(kinds.items()))
        example = items[0]
        out.append(f"- {reason} ({summary}; e.g. {example.operation} {example.location})")
    if stale:
        out += ["", f"## Stale reviewed entries ({len(stale)})", ""]
        out += [f"- {e.raw} matched nothing: remove it or fix its patterns" for e in stale]
    return "\n".join(out) + "\n"

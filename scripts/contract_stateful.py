"""The stateful phase of `make contract`, once per family of linked operations (contract_report.link_families).

One walk over all 63 operations spread its scenarios so thin that a third of the links went unexercised; each
family gets its own schemathesis run, narrowed from the main command, with a budget in proportion to its links.
"""

from __future__ import annotations

import re
from pathlib import Path


def stateful_budget(config: str, scenarios: int) -> str:
    """The config text with the stateful phase's `max-examples` set to `scenarios`."""
    section = "[phases.stateful.generation]"
    head, _, tail = config.partition(section)
    if not _:
        return config + f"\n{section}\nmax-examples = {scenarios}\n"
    tail = re.sub(r"(?m)^max-examples = \d+$", f"max-examples = {scenarios}", tail, count=1)
    return head + section + tail


def family_args(args: list[str], family: list[str], report_dir: Path, ndjson: Path) -> list[str]:
    """The schemathesis command of the main run, narrowed to the stateful phase over one family's operations."""
    narrowed: list[str] = []
    dropped = {"--phases", "--report", "--report-dir", "--report-ndjson-path", "--report-junit-path",
               "--report-json-path", "--include-operation-id"}  # fmt: skip
    items = iter(args)
    for arg in items:
        if arg in dropped:
            next(items)  # and its value
        else:
            narrowed.append(arg)
    narrowed += ["--phases", "stateful", "--report", "ndjson", "--report-dir", str(report_dir)]
    narrowed += ["--report-ndjson-path", str(ndjson)]
    for op_id in family:
        narrowed += ["--include-operation-id", op_id]
    return narrowed

"""The send-csv journal: one JSON line per event, appended and flushed before the next step.

```text
{"campaign": "3f2a9c1e", "file": "customers.csv"}          first line: the campaign id behind callback_data
{"row": 7, "state": "pending", "callback_data": "csv-3f2a9c1e-7"}   written BEFORE the POST
{"row": 7, "state": "sent", "uuid": "…", "price": 0.075}           after LOX24 answered
{"row": 8, "state": "failed", "error": "…"}                         LOX24 refused it: not sent
{"row": 9, "state": "unknown", "error": "…"}                        may have been sent, not found (yet)
```

The last line of a row wins. A row left `pending` or `unknown` (the process was killed, or the POST may have
reached LOX24) is looked up by its callback data before it is sent again. Each line is written with one `write`
and flushed, so it survives a killed process (not a power cut: no fsync, which would cost a disk sync per SMS).
"""

from __future__ import annotations

import json
import secrets
from pathlib import Path
from typing import IO, Any

__all__ = ["Journal"]


class Journal:
    """The journal file of one CSV campaign; `Journal.open(path, csv_name)` reads what a previous run wrote.

    ```python
    journal = Journal.open(Path("customers.csv.journal.jsonl"), "customers.csv")
    journal.record(7, "pending", callback_data=journal.callback_data(7))
    ```
    """

    def __init__(self, path: Path, campaign: str, rows: dict[int, dict[str, Any]], handle: IO[str]) -> None:
        self.path = path
        self.campaign = campaign
        self.rows = rows
        self._handle = handle

    @classmethod
    def open(cls, path: Path, csv_name: str) -> Journal:
        """Open (or create) the journal at `path`; a truncated last line (killed mid-write) is ignored."""
        campaign: str | None = None
        rows: dict[int, dict[str, Any]] = {}
        if path.exists():
            for line in path.read_text(encoding="utf-8").splitlines():
                try:
                    entry = json.loads(line)
                except ValueError:
                    continue
                if not isinstance(entry, dict):
                    continue
                if "campaign" in entry:
                    campaign = str(entry["campaign"])
                elif isinstance(entry.get("row"), int):
                    rows[entry["row"]] = {**rows.get(entry["row"], {}), **entry}
        handle = path.open("a", encoding="utf-8")
        if campaign is None:
            campaign = secrets.token_hex(4)
            handle.write(json.dumps({"campaign": campaign, "file": csv_name}) + "\n")
            handle.flush()
        return cls(path, campaign, rows, handle)

    def callback_data(self, row: int) -> str:
        """The callback data of a row: unique per campaign and row, at most 36 characters."""
        return f"csv-{self.campaign}-{row}"

    def state(self, row: int) -> str | None:
        """The last recorded state of a row, or None."""
        entry = self.rows.get(row)
        return None if entry is None else str(entry.get("state"))

    def record(self, row: int, state: str, **fields: Any) -> None:
        """Append one event and flush it to the operating system before returning."""
        entry = {"row": row, "state": state, **fields}
        self.rows[row] = {**self.rows.get(row, {}), **entry}
        self._handle.write(json.dumps(entry, ensure_ascii=False) + "\n")
        self._handle.flush()

    def close(self) -> None:
        """Close the file."""
        self._handle.close()

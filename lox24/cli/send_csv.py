"""`lox24 send-csv FILE --text "Hello {name}"`: one SMS per row, safe to interrupt and re-run (see `_journal`)."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from ._app import API_ERROR, BAD_INPUT, OK, PARTIAL, Settings, emit, fail, run
from ._journal import Journal

if TYPE_CHECKING:
    import lox24

__all__ = ["COMMANDS", "Row", "load_rows"]


@dataclass(frozen=True)
class Row:
    """One CSV row to send: its number (1 = the first line after the header), phone as written, rendered text."""

    number: int
    phone: str
    text: str

    @property
    def digest(self) -> str:
        """A short fingerprint of phone and text: a re-run refuses a journal written for a different CSV."""
        import hashlib

        return hashlib.sha256(f"{self.phone}\0{self.text}".encode()).hexdigest()[:16]


@dataclass
class Tally:
    """What a run did; `problems` are rows listed with their number and reason."""

    rows: int = 0
    sent: int = 0
    skipped: int = 0
    parts: int = 0
    spent: float = 0.0
    bad: list[dict[str, Any]] = field(default_factory=list)
    failed: list[dict[str, Any]] = field(default_factory=list)
    unresolved: list[dict[str, Any]] = field(default_factory=list)
    aborted: str | None = None

    def exit_code(self) -> int:
        if not (self.bad or self.failed or self.unresolved or self.aborted):
            return OK
        if self.sent or self.skipped:
            return PARTIAL
        return BAD_INPUT if not (self.failed or self.unresolved or self.aborted) else API_ERROR


def load_rows(path: Path, template: str, phone_column: str) -> tuple[list[Row], list[dict[str, Any]]]:
    """Read the CSV and render the template per row; returns the valid rows and the bad ones with reasons.

    A template naming a column the header lacks, or a malformed template, exits with code 2 before any row.

    ```python
    rows, bad = load_rows(Path("customers.csv"), "Hello {name}", "phone")
    ```
    """
    import csv
    import string

    import lox24

    try:
        names = {f.split(".")[0].split("[")[0] for _, f, _, _ in string.Formatter().parse(template) if f is not None}
    except ValueError as exc:
        fail(f"--text is not a valid template: {exc}")
    if "" in names or any(n.isdigit() for n in names):
        fail("--text placeholders must name columns, e.g. {name}")
    with path.open(newline="", encoding="utf-8-sig") as handle:
        reader = csv.DictReader(handle)
        header = reader.fieldnames or []
        missing = sorted((names | {phone_column}) - set(header))
        if missing:
            fail(f"{path.name} has no column {', '.join(map(repr, missing))} (columns: {', '.join(header)})")
        rows: list[Row] = []
        bad: list[dict[str, Any]] = []
        for number, record in enumerate(reader, start=1):
            empty = sorted(n for n in names | {phone_column} if record.get(n) is None)
            if empty:
                bad.append({"row": number, "error": f"missing column {', '.join(map(repr, empty))}"})
                continue
            phone = record[phone_column].strip()  # checked and normalised by the client, once, when sent or priced
            if not phone:
                bad.append({"row": number, "error": f"empty {phone_column!r}"})
                continue
            text = template.format_map(record)
            parts = lox24.segments(text).parts
            if not text:
                bad.append({"row": number, "error": "empty text"})
            elif parts > 10:
                bad.append({"row": number, "error": f"text too long: {parts} parts (LOX24 sends at most 10)"})
            else:
                rows.append(Row(number, phone, text))
    return rows, bad


async def _lookup(client: lox24.AsyncClient, callback_data: str) -> Any:
    """The SMS already sent for a row, found by its callback data, or None."""
    async for sms in client.sms.list(callback_data=callback_data):
        return sms
    return None


def _fatal() -> tuple[type[Exception], ...]:
    import lox24

    return (lox24.AuthenticationError, lox24.PermissionDeniedError, lox24.InsufficientFundsError)


async def _send_row(
    client: lox24.AsyncClient, journal: Journal, row: Row, sender_id: str, region: str, tally: Tally
) -> None:
    import lox24

    fatal = _fatal()
    n, callback_data = row.number, journal.callback_data(row.number)
    state = journal.state(n)
    if state == "sent":
        tally.skipped += 1
        return
    if state in ("pending", "unknown"):  # a previous run may have sent it: look before deciding
        try:
            found = await _lookup(client, callback_data)
        except lox24.APIError as exc:
            tally.unresolved.append({"row": n, "error": f"lookup failed, not re-sent: {exc}"})
            return
        if found is not None:
            journal.record(n, "sent", uuid=found.uuid, price=found.price, recovered=True)
            tally.skipped += 1
            return
    journal.record(n, "pending", callback_data=callback_data, digest=row.digest)
    try:
        sms = await client.sms.send(
            phone=row.phone, text=row.text, sender_id=sender_id, callback_data=callback_data, region=region
        )
    except lox24.Lox24ValidationError as exc:  # refused locally: nothing was sent
        journal.record(n, "failed", error=str(exc))
        tally.bad.append({"row": n, "error": f"invalid {exc}"})
        return
    except lox24.APIError as exc:
        if not exc.may_have_been_sent:
            journal.record(n, "failed", error=str(exc))
            tally.failed.append({"row": n, "error": str(exc)})
            if isinstance(exc, fatal):  # every further row would fail the same way (and 401s block the IP)
                tally.aborted = tally.aborted or str(exc)
            return
        try:
            found = await _lookup(client, callback_data)
        except lox24.APIError:
            found = None
        if found is None:
            journal.record(n, "unknown", error=str(exc))
            tally.unresolved.append({"row": n, "error": f"may have been sent (re-run to resolve): {exc}"})
            return
        sms = found
    journal.record(n, "sent", uuid=sms.uuid, price=sms.price)
    tally.sent += 1
    tally.parts += sms.parts_count
    tally.spent += sms.price


async def _price_row(client: lox24.AsyncClient, row: Row, sender_id: str, region: str, tally: Tally) -> None:
    import lox24

    try:
        sms = await client.sms.dry_run(phone=row.phone, text=row.text, sender_id=sender_id, region=region)
    except lox24.Lox24ValidationError as exc:
        tally.bad.append({"row": row.number, "error": f"invalid {exc}"})
    except lox24.APIError as exc:
        tally.failed.append({"row": row.number, "error": str(exc)})
        if isinstance(exc, _fatal()):
            tally.aborted = tally.aborted or str(exc)
    else:
        tally.sent += 1
        tally.parts += sms.parts_count
        tally.spent += sms.price


async def _campaign(
    settings: Settings,
    rows: list[Row],
    concurrency: int,
    work: Callable[[lox24.AsyncClient, Row], Any],
    tick: Callable[[], None],
    tally: Tally,
) -> None:
    import asyncio

    async with settings.client(connections=concurrency) as client:
        await client.me()  # a wrong token fails once here (exit 3), not once per row: LOX24 blocks after 3
        pending = iter(rows)

        async def worker() -> None:
            for row in pending:  # one shared iterator: each row is taken by exactly one worker
                if tally.aborted:
                    return
                await work(client, row)
                tick()

        await asyncio.gather(*(worker() for _ in range(concurrency)))


EPILOG = """\b
Examples:
  lox24 send-csv customers.csv --text "Hello {name}, your code is {code}" --from MyShop --dry-run
  lox24 send-csv customers.csv --text "Hello {name}" --from MyShop --concurrency 8
  lox24 --json send-csv customers.csv --text "Hi {name}" --from MyShop --journal run1.jsonl

\b
The CSV needs a header; --phone-column (default "phone") holds the recipient. Row 1 is the first line after
the header. Re-running the same command skips rows already sent and looks up rows whose outcome is unknown by
their callback data (csv-<campaign>-<row>) before sending: never two SMS for one row. Exit code 4 when some
rows failed (listed with their numbers) while others went.
"""


@click.command("send-csv", epilog=EPILOG)
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--text", "template", required=True, help="Template over the columns: 'Hello {name}'.")
@click.option("--from", "sender_id", required=True, envvar="LOX24_SENDER_ID", show_envvar=True, help="Sender ID.")
@click.option("--phone-column", default="phone", show_default=True, help="Column with the recipient.")
@click.option("--region", default="DE", show_default=True, help="Country for national numbers.")
@click.option("--concurrency", type=click.IntRange(1, 64), default=4, show_default=True, help="Requests in flight.")
@click.option("--dry-run", is_flag=True, help="Validate every row and price the campaign (/sms/dryrun); send nothing.")
@click.option("--journal", "journal_path", type=click.Path(dir_okay=False, path_type=Path), help="Journal file.")
@click.pass_obj
def send_csv(
    settings: Settings,
    file: Path,
    template: str,
    sender_id: str,
    phone_column: str,
    region: str,
    concurrency: int,
    dry_run: bool,
    journal_path: Path | None,
) -> None:
    """Send one SMS per row of FILE, the text rendered from the row's columns."""
    rows, bad = load_rows(file, template, phone_column)
    tally = Tally(rows=len(rows) + len(bad), bad=bad)
    journal = None if dry_run else Journal.open(journal_path or file.with_name(file.name + ".journal.jsonl"), file.name)
    if journal is not None:
        changed = [r.number for r in rows if journal.rows.get(r.number, {}).get("digest", r.digest) != r.digest]
        if changed:
            journal.close()
            fail(
                f"rows {', '.join(map(str, changed[:10]))} changed since {journal.path} was written "
                "(another CSV or template?); re-run the original, or start a new campaign with another --journal"
            )

    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    console = Console(stderr=True)
    progress = Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
        TextColumn("{task.fields[status]}"),
        console=console,
        disable=settings.json_output or not console.is_terminal,
    )
    task = progress.add_task("pricing" if dry_run else "sending", total=len(rows), status="")
    started = time.monotonic()

    def tick() -> None:
        done = tally.sent + tally.skipped + len(tally.failed) + len(tally.unresolved) + len(tally.bad) - len(bad)
        rate = done / max(time.monotonic() - started, 1e-6)
        failed = len(tally.failed) + len(tally.unresolved) + len(tally.bad) - len(bad)
        status = f"{rate:.0f}/s  ok {tally.sent + tally.skipped}  failed {failed}  € {tally.spent:.4f}"
        progress.update(task, completed=done, status=status)

    def work(client: lox24.AsyncClient, row: Row) -> Any:
        if journal is None:
            return _price_row(client, row, sender_id, region, tally)
        return _send_row(client, journal, row, sender_id, region, tally)

    try:
        with progress:
            run(_campaign(settings, rows, concurrency, work, tick, tally))
    finally:
        if journal is not None:
            journal.close()
    _report(settings, tally, dry_run, journal)
    raise SystemExit(tally.exit_code())


def _report(settings: Settings, tally: Tally, dry_run: bool, journal: Journal | None) -> None:
    key = "priced" if dry_run else "sent"
    summary: dict[str, Any] = {
        "rows": tally.rows,
        key: tally.sent,
        "skipped": tally.skipped,
        "parts": tally.parts,
        "price" if dry_run else "spent": round(tally.spent, 6),
        "bad": sorted(tally.bad, key=lambda e: e["row"]),
        "failed": sorted(tally.failed, key=lambda e: e["row"]),
        "unresolved": sorted(tally.unresolved, key=lambda e: e["row"]),
    }
    if tally.aborted:
        summary["aborted"] = f"stopped after an error every further row would get: {tally.aborted}"
    if journal is not None:
        summary["journal"] = str(journal.path)
    if settings.json_output:
        emit(settings, summary)
        return
    problems = [(kind, e) for kind in ("bad", "failed", "unresolved") for e in summary[kind]]
    emit(settings, {k: v for k, v in summary.items() if not isinstance(v, list)}, title="dry run" if dry_run else None)
    if problems:
        rows = [{"row": e["row"], "kind": kind, "error": e["error"]} for kind, e in problems]
        emit(settings, rows, columns=["row", "kind", "error"])


COMMANDS = [send_csv]

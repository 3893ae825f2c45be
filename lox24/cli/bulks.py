"""`lox24 bulks list|get|status|create|cancel|delete`."""

from __future__ import annotations

from typing import Any

import click

from ._app import Settings, emit, run
from .sms import parse_time

__all__ = ["COMMANDS"]

BULK_COLUMNS = ["uuid", "status_code", "msg_total_count", "msg_total_cost", "delivery_at", "is_dryrun", "created_at"]


@click.group(
    epilog="""\b
Examples:
  lox24 bulks create --text "Sale!" --from MyShop --to +491701234567 --to +491701234568
  lox24 bulks create --text "Hi [colA]" --from MyShop --group 7117 --dry-run
  lox24 bulks list --limit 5
  lox24 bulks status 11111111-2222-3333-4444-555555555555
  lox24 bulks cancel 11111111-2222-3333-4444-555555555555
"""
)
def bulks() -> None:
    """Create, list, inspect, cancel and delete bulks (one text to many phones and groups)."""


@bulks.command("create")
@click.option("--text", required=True, help="The message ([colA]… placeholders take group columns).")
@click.option("--from", "sender_id", required=True, envvar="LOX24_SENDER_ID", show_envvar=True, help="Sender ID.")
@click.option("--to", "phones", multiple=True, help="A recipient (repeatable).")
@click.option("--group", "groups", type=int, multiple=True, help="A group id (repeatable).")
@click.option("--at", "delivery_at", help="Send later: Unix timestamp or ISO 8601 with offset.")
@click.option("--dry-run", is_flag=True, help="Validate and price only (POST /bulks/dryrun).")
@click.option("--region", default="DE", show_default=True, help="Country for national numbers.")
@click.pass_obj
def create_bulk(
    settings: Settings,
    /,
    text: str,
    sender_id: str,
    phones: tuple[str, ...],
    groups: tuple[int, ...],
    delivery_at: str | None,
    dry_run: bool,
    region: str,
) -> None:
    """Send one text to phones and groups as a bulk (or price it with --dry-run)."""
    if not phones and not groups:
        raise click.UsageError("give at least one --to or --group")
    at = parse_time(delivery_at)

    async def go() -> Any:
        async with settings.client() as client:
            method = client.bulks.dry_run if dry_run else client.bulks.create
            return await method(
                text=text,
                sender_id=sender_id,
                phones=list(phones) or None,
                groups=list(groups) or None,
                delivery_at=at,
                region=region,
            )

    emit(settings, run(go()), title="dry run (not sent)" if dry_run else "bulk")


@bulks.command("list")
@click.option("--limit", type=click.IntRange(min=1), default=20, show_default=True, help="At most this many.")
@click.option("--status-code", type=int, multiple=True, help="Bulk status code (repeatable).")
@click.pass_obj
def list_bulks(settings: Settings, /, limit: int, status_code: tuple[int, ...]) -> None:
    """List bulks, newest first."""

    async def go() -> list[Any]:
        found: list[Any] = []
        async with settings.client() as client:
            filters: dict[str, Any] = {"status_code": list(status_code)} if status_code else {}
            async for item in client.bulks.list(order={"created_at": "desc"}, **filters):
                found.append(item)
                if len(found) >= limit:
                    break
        return found

    emit(settings, run(go()), columns=BULK_COLUMNS)


def _one(name: str, doc: str) -> click.Command:
    @click.argument("uuid")
    @click.pass_obj
    def command(settings: Settings, /, uuid: str) -> None:
        async def go() -> Any:
            async with settings.client() as client:
                result = await getattr(client.bulks, name)(uuid)
                return {"deleted": uuid} if result is None else result

        emit(settings, run(go()))

    command.__doc__ = doc
    return bulks.command(name)(command)


_one("get", "Show one bulk.")
_one("status", "Show a bulk's progress: messages, cost, status.")
_one("cancel", "Cancel a scheduled bulk (its SMS are refunded).")
_one("delete", "Delete a bulk.")

COMMANDS = [bulks]

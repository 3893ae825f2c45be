"""`lox24 send` and `lox24 sms list|get|cancel|delete`."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import click

from ._app import Settings, emit, fail, run

__all__ = ["COMMANDS", "SMS_COLUMNS", "parse_time"]

SMS_COLUMNS = ["uuid", "phone", "sender_id", "status_code", "dlr_code", "parts_count", "price", "callback_data"]


def parse_time(value: str | None) -> int | None:
    """A Unix timestamp, or an ISO 8601 date-time with a UTC offset (`2026-12-24T18:00+01:00`), as an int.

    ```python
    parse_time("2026-01-01T00:00:00Z")  # 1767225600
    ```
    """
    if value is None:
        return None
    if value.isdigit():
        return int(value)
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is neither a Unix timestamp nor an ISO 8601 date-time") from None
    if moment.tzinfo is None:
        raise click.BadParameter(f"{value!r} has no UTC offset (add Z or +01:00)")
    return int(moment.timestamp())


@click.command(
    epilog="""\b
Examples:
  lox24 send --to +491701234567 --text "Hello" --from MyShop
  lox24 send --to 01701234567 --text "Tomorrow" --from MyShop --at 2026-12-24T09:00+01:00
  lox24 send --to +491701234567 --text "Price me" --from MyShop --dry-run
"""
)
@click.option("--to", "phone", required=True, help="Recipient (+49…, 0049…, 49… or 0170… with --region).")
@click.option("--text", required=True, help="The message (up to 10 parts).")
@click.option("--from", "sender_id", required=True, envvar="LOX24_SENDER_ID", show_envvar=True, help="Sender ID.")
@click.option("--at", "delivery_at", help="Send later: Unix timestamp or ISO 8601 with offset.")
@click.option("--callback-data", help="Up to 36 characters, echoed in delivery reports; find the SMS by it.")
@click.option("--dry-run", is_flag=True, help="Validate and price only (POST /sms/dryrun); nothing is sent.")
@click.option("--region", default="DE", show_default=True, help="Country for national numbers.")
@click.pass_obj
def send(
    settings: Settings,
    phone: str,
    text: str,
    sender_id: str,
    delivery_at: str | None,
    callback_data: str | None,
    dry_run: bool,
    region: str,
) -> None:
    """Send one SMS (or price it with --dry-run). Never sent twice: a failure that may have reached LOX24 is
    reported (exit 3) with a hint to look the SMS up by its callback data."""
    at = parse_time(delivery_at)

    async def go() -> Any:
        async with settings.client() as client:
            method = client.sms.dry_run if dry_run else client.sms.send
            return await method(
                phone=phone, text=text, sender_id=sender_id, delivery_at=at, callback_data=callback_data, region=region
            )

    emit(settings, run(go()), columns=SMS_COLUMNS, title="dry run (not sent)" if dry_run else "sent")


@click.group(
    epilog="""\b
Examples:
  lox24 sms list --limit 5
  lox24 --json sms list --callback-data order-42
  lox24 sms get 11111111-2222-3333-4444-555555555555
  lox24 sms cancel --callback-data campaign-7
  lox24 sms delete 11111111-2222-3333-4444-555555555555
"""
)
def sms() -> None:
    """List, inspect, cancel and delete SMS."""


def _filters(**options: Any) -> dict[str, Any]:
    return {name: list(v) if isinstance(v, tuple) else v for name, v in options.items() if v not in (None, ())}


_filter_options = [
    click.option("--callback-data", multiple=True, help="Exact callback data (repeatable)."),
    click.option("--status-code", type=int, multiple=True, help="Status code, e.g. 0 new, 100 sent (repeatable)."),
    click.option("--phone", help="Recipient (partial match)."),
    click.option("--sender-id", help="Sender ID (partial match)."),
    click.option("--bulk", multiple=True, help="Bulk UUID (repeatable)."),
    click.option("--since", "created_at_gte", help="Created at or after (timestamp or ISO 8601)."),
    click.option("--until", "created_at_lte", help="Created at or before (timestamp or ISO 8601)."),
]


def filter_options(func: Any) -> Any:
    """Decorate a command with the common SMS filters."""
    for option in reversed(_filter_options):
        func = option(func)
    return func


def _sms_filters(options: dict[str, Any]) -> dict[str, Any]:
    since, until = parse_time(options.pop("created_at_gte", None)), parse_time(options.pop("created_at_lte", None))
    filters = _filters(**options)  # repeatable options: tuples to lists (several exact values)
    if since is not None or until is not None:
        filters["created_at"] = (since, until)  # a pair is a range: created_at[gte|lte|between]
    return filters


@sms.command("list")
@filter_options
@click.option("--limit", type=click.IntRange(min=1), default=20, show_default=True, help="At most this many.")
@click.pass_obj
def list_sms(settings: Settings, /, limit: int, **options: Any) -> None:
    """List SMS, newest first, with filters."""
    filters = _sms_filters(options)

    async def go() -> list[Any]:
        found: list[Any] = []
        async with settings.client() as client:
            async for item in client.sms.list(order={"created_at": "desc"}, **filters):
                found.append(item)
                if len(found) >= limit:
                    break
        return found

    emit(settings, run(go()), columns=SMS_COLUMNS)


@sms.command("get")
@click.argument("uuid")
@click.pass_obj
def get_sms(settings: Settings, uuid: str) -> None:
    """Show one SMS."""

    async def go() -> Any:
        async with settings.client() as client:
            return await client.sms.get(uuid)

    emit(settings, run(go()))


@sms.command("cancel")
@filter_options
@click.option("--uuid", multiple=True, help="SMS UUID (repeatable).")
@click.option("--all", "all_sms", is_flag=True, help="Every scheduled SMS of the account (no filter).")
@click.pass_obj
def cancel_sms(settings: Settings, /, all_sms: bool, **options: Any) -> None:
    """Cancel scheduled SMS matching the filters (refunded); prints the count."""
    filters = _sms_filters(options)
    if not filters and not all_sms:
        fail("give at least one filter, or --all to cancel every scheduled SMS")

    async def go() -> int:
        async with settings.client() as client:
            return await client.sms.cancel(all_sms=all_sms, **filters)

    emit(settings, {"cancelled": run(go())})


@sms.command("delete")
@click.argument("uuids", nargs=-1)
@filter_options
@click.option("--all", "all_sms", is_flag=True, help="Every SMS of the account (no filter).")
@click.pass_obj
def delete_sms(settings: Settings, /, uuids: tuple[str, ...], all_sms: bool, **options: Any) -> None:
    """Delete SMS by UUID, or every SMS matching the filters; prints the count."""
    filters = _sms_filters(options)
    if uuids:
        filters["uuid"] = list(uuids)
    if not filters and not all_sms:
        fail("give UUIDs or at least one filter, or --all to delete every SMS")

    async def go() -> int:
        async with settings.client() as client:
            if uuids and len(filters) == 1:
                for uuid in uuids:
                    await client.sms.delete(uuid)
                return len(uuids)
            return await client.sms.delete_many(all_sms=all_sms, **filters)

    emit(settings, {"deleted": run(go())})


COMMANDS = [send, sms]

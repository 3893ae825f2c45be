"""`lox24 groups list|get|create|delete|phones|add|export`."""

from __future__ import annotations

from typing import Any

import click

from ._app import PARTIAL, Settings, emit, run

__all__ = ["COMMANDS"]

GROUP_COLUMNS = ["id", "name", "count_items", "description"]


@click.group(
    epilog="""\b
Examples:
  lox24 groups create "My Clients" --description Newsletter
  lox24 groups add 7117 +491701234567 01701234568
  lox24 groups list
  lox24 groups phones 7117
  lox24 groups export 7117 > clients.csv
"""
)
def groups() -> None:
    """Manage groups of phones (the recipients of bulks)."""


async def _collect(pager: Any, limit: int) -> list[Any]:
    found: list[Any] = []
    async for item in pager:
        found.append(item)
        if len(found) >= limit:
            break
    return found


@groups.command("list")
@click.option("--limit", type=click.IntRange(min=1), default=50, show_default=True, help="At most this many.")
@click.pass_obj
def list_groups(settings: Settings, /, limit: int) -> None:
    """List groups."""

    async def go() -> list[Any]:
        async with settings.client() as client:
            return await _collect(client.groups.list(), limit)

    emit(settings, run(go()), columns=GROUP_COLUMNS)


@groups.command("get")
@click.argument("group_id", type=int)
@click.pass_obj
def get_group(settings: Settings, /, group_id: int) -> None:
    """Show one group."""

    async def go() -> Any:
        async with settings.client() as client:
            return await client.groups.get(group_id)

    emit(settings, run(go()))


@groups.command("create")
@click.argument("name")
@click.option("--description", help="Free text.")
@click.pass_obj
def create_group(settings: Settings, /, name: str, description: str | None) -> None:
    """Create a group named NAME."""

    async def go() -> Any:
        async with settings.client() as client:
            return await client.groups.create(name=name, description=description)

    emit(settings, run(go()))


@groups.command("delete")
@click.argument("group_id", type=int)
@click.pass_obj
def delete_group(settings: Settings, /, group_id: int) -> None:
    """Delete a group."""

    async def go() -> None:
        async with settings.client() as client:
            await client.groups.delete(group_id)

    run(go())
    emit(settings, {"deleted": group_id})


@groups.command("phones")
@click.argument("group_id", type=int)
@click.option("--limit", type=click.IntRange(min=1), default=50, show_default=True, help="At most this many.")
@click.pass_obj
def list_phones(settings: Settings, /, group_id: int, limit: int) -> None:
    """List the phones of a group."""

    async def go() -> list[Any]:
        async with settings.client() as client:
            return await _collect(client.groups.phones(group_id).list(), limit)

    emit(settings, run(go()), columns=["id", "phone", "callback_data"])


@groups.command("add")
@click.argument("group_id", type=int)
@click.argument("phones", nargs=-1, required=True)
@click.option("--region", default="DE", show_default=True, help="Country for national numbers.")
@click.pass_obj
def add_phones(settings: Settings, /, group_id: int, phones: tuple[str, ...], region: str) -> None:
    """Add PHONES to a group (one batch request); exit 4 when some were refused."""

    async def go() -> list[Any]:
        async with settings.client() as client:
            return await client.groups.phones(group_id).add_many(list(phones), region=region)

    results = run(go())
    rows = [
        {"phone": phone, "status": r.status, "id": getattr(r.body, "id", None), "error": getattr(r.body, "title", None)}
        for phone, r in zip(phones, results, strict=False)
    ]
    emit(settings, rows, columns=["phone", "status", "id", "error"])
    if any(r["status"] >= 300 for r in rows):
        raise SystemExit(PARTIAL)


@groups.command("export")
@click.argument("group_id", type=int)
@click.pass_obj
def export_group(settings: Settings, /, group_id: int) -> None:
    """Print a group's phones as CSV."""

    async def go() -> str:
        async with settings.client() as client:
            return await client.groups.export_csv(group_id)

    click.echo(run(go()), nl=False)


COMMANDS = [groups]

"""The whole `lox24` command: the group from `_app`, and where each command lives.

The command modules load when their command runs (or shows its help), so that `lox24 --help` and every command
start without importing the others (issue 11: `--help` within 150 ms of `python -c pass`). Each entry is
(module of lox24.cli, the first paragraph of the command's help), which `lox24 --help` lists; a test checks
them against the commands themselves.
"""

from __future__ import annotations

from ._app import cli

__all__ = ["COMMANDS", "cli"]

COMMANDS: dict[str, tuple[str, str]] = {
    "segments": ("segments", "Encoding, parts and characters of TEXT as LOX24 bills it (offline, no token needed)."),
    "send": ("sms", "Send one SMS (or price it with --dry-run)."),
    "sms": ("sms", "List, inspect, cancel and delete SMS."),
    "me": ("account", "Show the account: name, balance, currency."),
    "send-csv": ("send_csv", "Send one SMS per row of FILE, the text rendered from the row's columns."),
    "bulks": ("bulks", "Create, list, inspect, cancel and delete bulks (one text to many phones and groups)."),
    "groups": ("groups", "Manage groups of phones (the recipients of bulks)."),
    "webhooks": ("webhooks", "Receive LOX24 webhook events locally."),
    "emulator": (
        "emulator",
        "Run the local LOX24 emulator (needs the `emulator` extra); `lox24 emulator --help` lists its options.",
    ),
}

cli.lazy.update(COMMANDS)

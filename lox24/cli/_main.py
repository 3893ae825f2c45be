"""The whole `lox24` command: the group from `_app` with every command module's commands added."""

from __future__ import annotations

from . import account, bulks, emulator, groups, segments, send_csv, sms, webhooks
from ._app import cli

__all__ = ["cli"]

for _module in (segments, sms, account, send_csv, bulks, groups, webhooks, emulator):
    for _command in _module.COMMANDS:
        cli.add_command(_command)

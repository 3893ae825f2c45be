"""`lox24 --help` lists every command without importing one (issue 11: `--help` starts fast); each command module
loads when its command runs, and the table `--help` reads from says what the commands themselves say."""

from __future__ import annotations

import json
import subprocess
import sys

import click
from click.testing import CliRunner

from lox24.cli import _main

HELP_MODULES = """
import json, sys
from lox24.cli import main
try:
    main(sys.argv[1:])
except SystemExit:
    pass
print(json.dumps(sorted(m for m in sys.modules if m.startswith("lox24.cli."))), file=sys.stderr)
"""


def _loaded(*args: str) -> set[str]:
    done = subprocess.run([sys.executable, "-c", HELP_MODULES, *args], capture_output=True, text=True, check=True)
    return set(json.loads(done.stderr.strip().splitlines()[-1]))


def test_help_imports_no_command_module_and_a_command_only_its_own() -> None:
    assert _loaded("--help") == {"lox24.cli._app", "lox24.cli._main"}
    assert _loaded("segments", "Hi") == {"lox24.cli._app", "lox24.cli._main", "lox24.cli.segments"}


def test_the_table_matches_the_commands() -> None:
    group = _main.cli
    assert isinstance(group, click.Group)
    for name, (module, first_paragraph) in _main.COMMANDS.items():
        command = group.get_command(click.Context(group), name)
        assert command is not None, name
        assert command.callback is not None
        assert command.callback.__module__ == f"lox24.cli.{module}", name
        stand_in = click.Command(name, help=first_paragraph)
        for limit in (30, 45, 200):
            assert stand_in.get_short_help_str(limit) == command.get_short_help_str(limit), name
    modules = {m for m, _ in _main.COMMANDS.values()}
    loaded = {c.name for m in modules for c in __import__(f"lox24.cli.{m}", fromlist=["COMMANDS"]).COMMANDS}
    assert loaded == set(_main.COMMANDS)  # no command left out of the table, none listed that does not exist


LOAD_ALL_FIRST = """
import click
from lox24.cli import _main, main
for name in _main.COMMANDS:
    _main.cli.get_command(click.Context(_main.cli), name)
main(["--help"])
"""


def test_help_reads_the_same_before_and_after_the_commands_load() -> None:
    outputs = []
    for code in ("from lox24.cli import main\nmain(['--help'])", LOAD_ALL_FIRST):
        done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
        assert done.returncode == 0, done.stderr
        outputs.append(done.stdout)
    lazy, loaded = outputs
    assert "Commands:" in lazy
    assert "send-csv  Send one SMS per row of FILE" in lazy
    assert lazy == loaded
    result = CliRunner().invoke(_main.cli, ["no-such-command"])
    assert result.exit_code == 2
    assert "No such command" in result.output

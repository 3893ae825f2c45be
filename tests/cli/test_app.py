"""The `lox24` group: help, exit codes, the token never shown, and `import lox24` staying free of the CLI."""

from __future__ import annotations

import subprocess
import sys

from click.testing import CliRunner

from lox24.cli._main import cli

from .conftest import Emulator

SECRET = "9999999:0123456789abcdef0123456789abcdef"


def test_help_has_examples_and_exit_codes_and_never_the_token() -> None:
    result = CliRunner().invoke(cli, ["--help"], env={"LOX24_TOKEN": SECRET})
    assert result.exit_code == 0
    assert "Examples:" in result.output
    assert "0 ok, 2 bad input, 3 API error, 4 partial failure" in result.output
    assert SECRET not in result.output


def test_every_command_has_examples_in_its_help() -> None:
    names = ["send", "sms", "me", "segments", "send-csv", "bulks", "groups", "webhooks", "webhooks serve"]
    for name in names:
        result = CliRunner().invoke(cli, [*name.split(), "--help"])
        assert result.exit_code == 0, name
        assert "Examples:" in result.output, name


def test_import_lox24_loads_no_cli_code() -> None:
    code = (
        "import sys, lox24\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('click', 'rich') or m == 'lox24.cli'))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_help_loads_neither_rich_nor_the_client() -> None:
    code = (
        "import sys\nfrom lox24.cli import main\ntry:\n    main(['--help'])\nexcept SystemExit:\n    pass\n"
        "heavy = ('rich', 'lox24_api', 'lox24._sync', 'lox24._async')\n"
        "loaded = sorted(m for m in sys.modules if m.startswith(heavy))\n"
        "print('LOADED', loaded)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip().endswith("LOADED []")


def test_missing_token_is_bad_input(emulator: Emulator) -> None:
    result = emulator.invoke("me", token=None)
    assert result.exit_code == 2
    assert "token" in result.stderr.lower()


def test_wrong_token_is_an_api_error_and_is_never_printed(emulator: Emulator) -> None:
    result = emulator.invoke("me", token=SECRET)
    assert result.exit_code == 3
    assert "401" in result.stderr or "auth" in result.stderr.lower()
    assert SECRET not in result.output
    assert SECRET.split(":")[1] not in result.output


def test_bad_input_is_exit_2_before_any_request(emulator: Emulator) -> None:
    result = emulator.invoke("send", "--to", "12", "--text", "Hi", "--from", "MyShop")
    assert result.exit_code == 2
    assert "phone" in result.stderr
    assert emulator.outbox() == []


def test_usage_error_is_exit_2() -> None:
    assert CliRunner().invoke(cli, ["send", "--text", "x"]).exit_code == 2


def test_emulator_command_delegates_to_the_emulator_with_its_options() -> None:
    result = CliRunner().invoke(cli, ["emulator", "--help"])
    assert result.exit_code == 0
    assert "--webhook-url" in result.output  # the emulator's own argparse help
    assert "--no-ip-block" in result.output


def test_only_the_emulator_command_imports_the_emulator_and_only_when_run() -> None:
    code = (
        "import sys\nfrom lox24.cli import main\ntry:\n    main(['send', '--help'])\nexcept SystemExit:\n    pass\n"
        "print('LOADED', sorted(m for m in sys.modules if m.startswith('lox24.emulator')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip().endswith("LOADED []")


def test_every_command_module_imports_on_its_own() -> None:
    for name in ("account", "bulks", "emulator", "groups", "segments", "send_csv", "sms", "webhooks", "_journal"):
        code = f"import lox24.cli.{name}"
        subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)


def test_a_timeout_that_is_not_positive_is_bad_input_not_a_traceback() -> None:
    for value in ("0", "-1", "soon"):
        result = CliRunner().invoke(cli, ["--timeout", value, "me"], env={"LOX24_TOKEN": "1:x"})
        assert result.exit_code == 2, result.output
        assert "--timeout" in result.output
        assert "Traceback" not in result.output

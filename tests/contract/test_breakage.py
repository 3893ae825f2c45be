"""Proof that the contract suite catches a broken emulator (issue 5: "deliberately breaking the emulator ...").

Each broken copy (tests/contract/broken_apps.py) is run through schemathesis' engine, the same code the
`schemathesis run` CLI of `make contract` runs, in-process, on the operations it breaks. The suite must report
the failure under the right check, only on those operations; the healthy emulator must pass the same run.
The last test shows it through `scripts/contract` itself (LOX24_CONTRACT_APP).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import broken_apps
import contract_helpers as helpers
import pytest

BREAKAGES: list[tuple[str, list[str], list[str], str, set[str]]] = [
    # factory, operations run, phases, check that must fail, operations it may fail on
    (
        "missing_price",
        ["create_sms", "dry_run_sms", "get_sms"],
        ["examples", "fuzzing"],
        "response_schema_conformance",
        {"POST /sms", "POST /sms/dryrun", "GET /sms/{uuid}"},
    ),
    (
        "undocumented_status",
        ["get_account", "list_groups"],
        ["examples", "fuzzing"],
        "status_code_conformance",
        {"GET /me"},
    ),
    ("server_error", ["create_group", "list_groups"], ["examples", "fuzzing"], "not_a_server_error", {"POST /groups"}),
]


def run(factory: Callable[[], Any], operations: list[str], phases: list[str]) -> helpers.EngineRun:
    return helpers.run_engine(factory(), phases=phases, max_examples=15, seed=1, operation_ids=operations)


@pytest.mark.parametrize(("name", "operations", "phases", "check", "where"), BREAKAGES, ids=[b[0] for b in BREAKAGES])
def test_a_broken_emulator_is_caught(
    name: str, operations: list[str], phases: list[str], check: str, where: set[str]
) -> None:
    result = run(getattr(broken_apps, name), operations, phases)
    assert check in result.checks(), f"{name} was not caught by {check}: {result.messages or 'no failure at all'}"
    assert result.failed_operations[check] <= where, result.messages
    assert not result.errors


@pytest.mark.parametrize(("operations", "phases"), [(b[1], b[2]) for b in BREAKAGES], ids=[b[0] for b in BREAKAGES])
def test_the_healthy_emulator_passes_the_same_run(operations: list[str], phases: list[str]) -> None:
    result = run(broken_apps.emulator, operations, phases)
    assert result.cases > 20
    assert not result.failures, result.messages
    assert not result.errors


def test_make_contract_fails_on_a_broken_emulator(tmp_path: Path) -> None:
    """`LOX24_CONTRACT_APP=tests/contract/broken_apps.py:missing_price make contract` exits non-zero."""
    env = {
        **os.environ,
        "LOX24_CONTRACT_APP": "tests/contract/broken_apps.py:missing_price",
        "PHASES": "examples,fuzzing",
        "OPERATIONS": "create_sms,dry_run_sms",
        "MAX_EXAMPLES": "5",
        "REPORT_DIR": str(tmp_path),
    }
    for name in ("LOX24_BASE_URL", "LOX24_TOKEN", "SEED"):
        env.pop(name, None)
    done = subprocess.run(
        [sys.executable, str(helpers.ROOT / "scripts" / "contract.py")],
        cwd=helpers.ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=240,
        check=False,
    )
    assert done.returncode != 0, done.stdout[-3000:]
    assert "result     : FAIL" in done.stdout
    report = json.loads((tmp_path / "contract.json").read_text(encoding="utf-8"))
    codes = {failure["code"] for failure in report["failures"]}
    assert "ST108" in codes, report["failures"]  # "Response violates schema"
    assert (tmp_path / "contract-junit.xml").read_text(encoding="utf-8").count("<failure") >= 1

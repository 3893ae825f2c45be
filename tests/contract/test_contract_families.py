"""`make contract` runs the stateful phase once per family of linked operations: the families and the commands."""

from __future__ import annotations

from pathlib import Path

import contract_helpers as helpers
import contract_report as report
import contract_stateful as stateful


def test_every_declared_link_starts_and_ends_inside_one_family() -> None:
    families = report.link_families()
    member_of = {op: number for number, family in enumerate(families) for op in family}
    assert len(member_of) == sum(len(family) for family in families), "an operation in two families"
    ops = {op.operation_id: op for op in helpers.operations()}
    for op in ops.values():
        for response in op.definition["responses"].values():
            for link in response.get("links", {}).values():
                assert member_of[op.operation_id] == member_of[link["operationId"]], (op.operation_id, link)
    assert {"create_sms", "get_sms", "delete_sms"} <= set(next(f for f in families if "create_sms" in f))
    assert len(report.declared_links()) == 36


def test_a_family_run_is_the_main_command_narrowed_to_the_stateful_phase(tmp_path: Path) -> None:
    main = ["schemathesis", "--config-file", "c.toml", "run", "spec.yaml", "--seed", "1", "--phases",
            "examples,coverage,fuzzing", "--report", "junit,json,ndjson", "--report-dir", "reports",
            "--report-json-path", "reports/contract.json", "--url", "http://127.0.0.1:1"]  # fmt: skip
    ndjson = tmp_path / "contract-stateful-1.ndjson"
    narrowed = stateful.family_args(main, ["create_sms", "get_sms"], tmp_path, ndjson)
    assert narrowed[:7] == main[:7]
    assert narrowed[narrowed.index("--phases") + 1] == "stateful"
    assert narrowed.count("--phases") == 1
    assert "--report-json-path" not in narrowed
    assert narrowed[narrowed.index("--report") + 1] == "ndjson"
    assert narrowed[narrowed.index("--report-ndjson-path") + 1] == str(ndjson)
    assert narrowed[narrowed.index("--url") + 1] == "http://127.0.0.1:1"
    ids = [narrowed[i + 1] for i, arg in enumerate(narrowed) if arg == "--include-operation-id"]
    assert ids == ["create_sms", "get_sms"]


def test_a_family_run_gets_its_own_stateful_budget() -> None:
    config = (helpers.ROOT / "schemathesis.toml").read_text(encoding="utf-8")
    narrowed = stateful.stateful_budget(config, 45)
    assert "[phases.stateful.generation]\nmax-examples = 45" in narrowed
    assert narrowed.replace("max-examples = 45", "max-examples = 150") == config

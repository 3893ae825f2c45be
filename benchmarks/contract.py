"""Section `contract`: cases per second of an in-process schemathesis run over every operation of the spec
(positive and negative), and how much of it is spent in call_and_validate (the emulator and the checks)."""

from __future__ import annotations

import os
import tempfile
import time
from pathlib import Path
from typing import Any, cast

from .harness import SPEC, Report, Row, Sizes, missing


def contract_run(examples: int, seed: int = 1) -> dict[str, Any]:
    """Every operation, positive and negative cases, in-process against `create_app(db=…)`."""
    import hypothesis
    import schemathesis
    from hypothesis import HealthCheck, Phase, given, settings
    from schemathesis import GenerationMode
    from schemathesis.core.failures import FailureGroup

    from lox24.emulator import DEFAULT_TOKEN, create_app

    os.environ.setdefault("LOX24_TOKEN", DEFAULT_TOKEN)
    with tempfile.TemporaryDirectory() as tmp:
        app = create_app(db=str(Path(tmp) / "contract.sqlite3"))
        t_load = time.perf_counter()
        schema = schemathesis.openapi.from_path(str(SPEC))
        schema.app = app
        load_s = time.perf_counter() - t_load
        counts = {"cases": 0, "failures": 0, "operations": 0, "errors": 0}
        failing: dict[str, int] = {}
        errors: list[str] = []
        call_seconds = [0.0]
        t0 = time.perf_counter()
        for result in schema.get_all_operations():
            op = cast(Any, result).ok()  # an invalid operation fails the section
            counts["operations"] += 1
            for mode in (GenerationMode.POSITIVE, GenerationMode.NEGATIVE):

                @given(case=op.as_strategy(generation_mode=mode))
                @settings(max_examples=examples, deadline=None, database=None, derandomize=False,
                          suppress_health_check=list(HealthCheck), phases=[Phase.explicit, Phase.generate])  # fmt: skip
                @hypothesis.seed(seed)
                def run(case: Any) -> None:
                    counts["cases"] += 1
                    t_call = time.perf_counter()
                    try:
                        case.call_and_validate()
                    except (FailureGroup, AssertionError):
                        counts["failures"] += 1
                        failing[case.operation.label] = failing.get(case.operation.label, 0) + 1
                    finally:
                        call_seconds[0] += time.perf_counter() - t_call

                try:
                    run()
                except Exception as exc:
                    counts["errors"] += 1
                    errors.append(f"{op.label} {mode.value}: {type(exc).__name__}: {str(exc)[:200]}")
        seconds = time.perf_counter() - t0
    return {**counts, "seconds": seconds, "call_and_validate_seconds": call_seconds[0], "schema_load_seconds": load_s,
            "failing_operations": failing, "first_errors": errors[:5]}  # fmt: skip


def bench_contract(report: Report, sizes: Sizes) -> None:
    why = missing("lox24.emulator", "create_app")
    if why:
        report.skip("contract", why)
        return
    res = contract_run(sizes.contract_examples)
    report.details["contract"] = {"examples_per_operation_and_mode": sizes.contract_examples, **res}
    rate = res["cases"] / res["seconds"] if res["seconds"] else 0.0
    gen_seconds = res["seconds"] - res["call_and_validate_seconds"]
    gen_rate = res["cases"] / gen_seconds if gen_seconds > 0 else 0.0
    report.add(
        Row("contract", "schemathesis cases/s, in-process ASGI", rate, gen_rate, "if calls were free", "cases/s",
            rate / gen_rate if gen_rate else None, "run ≤ 30 s", res["seconds"] <= 30 and res["errors"] == 0,
            f"{res['cases']} cases over {res['operations']} operations (positive and negative) in "
            f"{res['seconds']:.1f} s, of which {res['call_and_validate_seconds']:.1f} s in call_and_validate "
            f"(emulator + checks), the rest generating cases; {res['failures']} failing cases")
    )  # fmt: skip

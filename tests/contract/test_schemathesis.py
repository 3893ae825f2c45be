"""The contract suite inside `make test`: schemathesis against the emulator, in-process (ASGI, no sockets).

The same checks as `make contract` (every built-in check, the settings of schemathesis.toml), with fewer
examples so that CI stays fast: one test per operation (examples, coverage and fuzzing cases), and a stateful
test that follows the spec's links and asserts that every link was followed to a successful answer.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any, ClassVar

import contract_helpers as helpers
import pytest
from hypothesis import HealthCheck, settings
from hypothesis.stateful import run_state_machine_as_test
from schemathesis.config import ApiKeyAuthConfig
from schemathesis.python import asgi

from lox24.emulator import FrozenClock, create_app

# A big balance: 402 is a documented answer, but a run that exhausts the account tests nothing after it.
# No IP block: the auth checks send bad tokens on purpose (the block is tested in tests/emulator).
# A frozen clock: with the wall clock, how far an SMS has moved (new, sent, delivered) depended on how busy the
# machine was, so the answers, and with them the derandomized scenarios, changed from run to run; on a loaded
# machine a link (POST /groups/{id}/phones -> GetPhoneById) once went unfollowed.
APP = create_app(db=":memory:", balance=1e9, seed=1, ip_block=False, clock=FrozenClock(1_767_225_600))
schema = helpers.load_schema(APP)

FAST = settings(
    max_examples=8,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=list(HealthCheck),
)


def reset_emulator() -> None:
    """A fresh emulator with a few inbound SMS (the API cannot create them; the control plane can)."""
    with asgi.get_client(APP) as client:  # type: ignore[arg-type]  # schemathesis types ASGI scopes as dict, starlette as MutableMapping
        response = client.post("/_emulator/reset")
        assert response.status_code == 200, response.text
        for message in helpers.INBOUND_SMS:
            response = client.post("/_emulator/incomings", json=message)
            assert response.status_code == 200, response.text
            assert response.json()["uuid"], response.text


@schema.parametrize()  # type: ignore[untyped-decorator]  # schemathesis.pytest is untyped
@FAST
def test_operation_conforms_to_the_spec(case: Any) -> None:
    case.call_and_validate()


class EmulatorWorkflow(schema.as_state_machine()):  # type: ignore[misc]
    """Scenarios through the spec's links, each on a fresh emulator."""

    # link ("POST /sms -> [201] GetSmsByUuid") -> statuses of the calls made through it
    followed: ClassVar[defaultdict[str, set[int]]] = defaultdict(set)

    def setup(self) -> None:
        reset_emulator()

    def step(self, input: Any) -> Any:
        output = super().step(input)
        if input.transition is not None and input.is_applied:
            self.followed[input.transition.id.rsplit(" -> ", 1)[0]].add(output.response.status_code)
        return output


def test_stateful_scenarios_follow_every_link() -> None:
    EmulatorWorkflow.followed.clear()
    declared = helpers.declared_links()
    assert len(declared) == 25

    def missing() -> tuple[list[str], list[str]]:
        not_followed = [link for link in declared if link not in EmulatorWorkflow.followed]
        never_ok = [link for link in declared if not any(200 <= s < 300 for s in EmulatorWorkflow.followed[link])]
        return not_followed, never_ok

    # Ten steps, 200 scenarios, on the frozen clock (so the run is the same every time): with eight steps, or 120
    # scenarios, one of the phone or incoming links went unfollowed. With the 11 operations of blocked numbers and
    # campaigns (25 links) the scenarios also shifted with what else pytest had collected (schemathesis draws
    # some choices from global state): a link now and then got no 2xx in the whole suite but did in this file.
    # So shorter passes with other step counts (other scenarios) run only while a link is still missed.
    for steps, examples in ((10, 200), (12, 100), (8, 150)):
        run_state_machine_as_test(
            EmulatorWorkflow,
            settings=settings(FAST, max_examples=examples, stateful_step_count=steps),
        )
        if missing() == ([], []):
            break
    not_followed, never_ok = missing()
    assert not not_followed, f"links never followed: {not_followed}"
    assert not never_ok, f"links never answered with 2xx: {never_ok}"


def test_the_suite_covers_every_operation_of_the_spec() -> None:
    tested = {result.ok().label for result in schema.get_all_operations()}
    assert len(tested) == 41
    assert tested == {f"{op.method} {op.template}" for op in helpers.operations()}


@pytest.fixture(autouse=True, scope="module")
def _fresh_emulator() -> None:
    reset_emulator()


def test_the_config_accepts_402_and_422_for_valid_data_and_authenticates_by_scheme() -> None:
    project = helpers.load_config(token="1234567:" + "c" * 32).projects.get_default()
    statuses = project.checks.positive_data_acceptance.expected_statuses
    assert {"402", "422", "2xx", "401", "404"} <= set(statuses)
    scheme = project.auth.openapi.schemes["token"]
    assert isinstance(scheme, ApiKeyAuthConfig)
    assert scheme.api_key == "1234567:" + "c" * 32
    assert set(helpers.spec()["components"]["securitySchemes"]) == {"token"}

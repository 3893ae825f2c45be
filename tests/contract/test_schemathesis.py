"""The contract suite inside `make test`: schemathesis against the emulator, in-process (ASGI, no sockets).

The same checks as `make contract` (every built-in check, the settings of schemathesis.toml), with fewer
examples so that CI stays fast: one test per operation (examples, coverage and fuzzing cases), and a stateful
test that follows the spec's links and asserts that every link was followed to a successful answer.
"""

from __future__ import annotations

import random
from collections import defaultdict
from typing import Any, ClassVar

import contract_helpers as helpers
import pytest
from contract_report import family_links, link_families
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
    """A fresh emulator with a few inbound SMS, an invoice and a credit note (the API cannot create them; the
    control plane can)."""
    with asgi.get_client(APP) as client:  # type: ignore[arg-type]  # schemathesis types ASGI scopes as dict, starlette as MutableMapping
        response = client.post("/_emulator/reset")
        assert response.status_code == 200, response.text
        for message in helpers.INBOUND_SMS:
            response = client.post("/_emulator/incomings", json=message)
            assert response.status_code == 200, response.text
            assert response.json()["uuid"], response.text
        # Invoices and credit notes arise from charges and refunds, not through the API: one of each.
        for path in ("/_emulator/charges", "/_emulator/credit_notes"):
            response = client.post(path, json={"amount": 1})
            assert response.status_code == 200, response.text
        seed_short_link_clicks(client)


def seed_short_link_clicks(client: Any) -> None:
    """An advanced campaign, an SMS with its short link, two clicks (only the control plane can click): for the
    links from the click lists and GET /sms/clicks (links, issue 14)."""
    auth = {"X-LOX24-AUTH-TOKEN": helpers.emulator_token(), "Accept": "application/json"}
    campaign = client.post(
        "/short_link_campaigns", json={"name": "c", "type": 2, "url": "https://x.test"}, headers=auth
    )
    assert campaign.status_code == 201, campaign.text
    sms = client.post("/sms", json={"text": f"[slink {campaign.json()['id']}]", "sender_id": "Shop",
                                    "phone": "+491701234567"}, headers=auth)  # fmt: skip
    assert sms.status_code == 201, sms.text
    for ip in ("192.168.1.1", "10.0.0.7"):
        click = client.post("/_emulator/clicks", json={"short_code": sms.json()["text"].rsplit("/", 1)[1], "ip": ip})
        assert click.status_code == 200, click.text


@schema.parametrize()  # type: ignore[untyped-decorator]  # schemathesis.pytest is untyped
@FAST
def test_operation_conforms_to_the_spec(case: Any) -> None:
    case.call_and_validate()


# The stateful scenarios run once per family of linked operations, as in `make contract`: one walk over all 60-odd
# operations spread its scenarios so thin that whichever link came last in the walk went unfollowed.
FAMILIES = link_families()


def workflow(family: list[str]) -> Any:
    """A state machine over the operations of one family: scenarios through its links, each on a fresh emulator."""

    class Workflow(schema.include(operation_id=family).as_state_machine()):  # type: ignore[misc]
        # link ("POST /sms -> [201] GetSmsByUuid") -> statuses of the calls made through it
        followed: ClassVar[defaultdict[str, set[int]]] = defaultdict(set)

        def setup(self) -> None:
            reset_emulator()

        def step(self, input: Any) -> Any:
            output = super().step(input)
            if input.transition is not None and input.is_applied:
                self.followed[input.transition.id.rsplit(" -> ", 1)[0]].add(output.response.status_code)
            return output

    return Workflow


def test_the_link_families_hold_every_declared_link() -> None:
    declared = helpers.declared_links()
    assert len(declared) == 36
    assert sorted(link for family in FAMILIES for link in family_links(family)) == sorted(declared)


@pytest.mark.parametrize("family", FAMILIES, ids=[family[0] for family in FAMILIES])
def test_stateful_scenarios_follow_every_link(family: list[str]) -> None:
    machine = workflow(family)
    links = family_links(family)
    # schemathesis also draws from the global `random` (dictionary values, negative mutations): seeded, so that
    # the scenarios do not depend on which tests ran before. The frozen clock makes the answers the same too.
    random.seed(1)
    run_state_machine_as_test(
        machine, settings=settings(FAST, max_examples=20 + 10 * len(links), stateful_step_count=8)
    )
    not_followed = [link for link in links if link not in machine.followed]
    assert not not_followed, f"links never followed: {not_followed}"
    never_ok = [link for link in links if not any(200 <= s < 300 for s in machine.followed[link])]
    statuses = {link: sorted(machine.followed[link]) for link in never_ok}
    assert not never_ok, f"links never answered with 2xx (statuses seen): {statuses}"


def test_the_suite_covers_every_operation_of_the_spec() -> None:
    tested = {result.ok().label for result in schema.get_all_operations()}
    assert len(tested) == 63
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

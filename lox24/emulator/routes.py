"""The one route table: exactly the paths and methods of spec/lox24.yaml, and the control plane's."""

from __future__ import annotations

import re
from collections.abc import Callable
from types import ModuleType
from typing import Any

from .context import Handler
from .control import ControlPlane
from .handlers import (
    account,
    accounting,
    blocked_numbers,
    bulks,
    campaigns,
    fraud_checks,
    groups,
    incomings,
    phones,
    short_links,
    sms,
    verify_codes,
)
from .ui import data as ui_data

# Path template -> method -> handler (first match wins). A new resource: one handlers module, one entry here.
ROUTES: list[tuple[str, dict[str, Handler]]] = [
    ("/sms", {"GET": sms.list_sms, "POST": sms.create_sms}),
    ("/sms/dryrun", {"POST": sms.dry_run_sms}),
    ("/sms/ops/batch_cancel", {"POST": sms.cancel_sms_batch}),
    ("/sms/ops/batch_delete", {"POST": sms.delete_sms_batch}),
    ("/sms/clicks", {"GET": short_links.list_sms_clicks}),  # (clicks, issue 14) before /sms/{uuid}
    ("/sms/{uuid}", {"GET": sms.get_sms, "DELETE": sms.delete_sms}),
    ("/bulks", {"GET": bulks.list_bulks, "POST": bulks.create_bulk}),
    ("/bulks/dryrun", {"POST": bulks.dry_run_bulk}),
    ("/bulks/{id}", {"GET": bulks.get_bulk, "DELETE": bulks.delete_bulk}),
    ("/bulks/{id}/status", {"GET": bulks.get_bulk_status}),
    ("/bulks/{id}/cancel", {"PUT": bulks.cancel_bulk}),
    ("/groups", {"GET": groups.list_groups, "POST": groups.create_group}),
    ("/groups/{id}", {"GET": groups.get_group, "PUT": groups.update_group, "DELETE": groups.delete_group}),
    ("/groups/{id}/file/csv", {"GET": groups.export_group_csv}),
    ("/groups/{id}/phones", {"GET": groups.list_group_phones, "POST": groups.create_group_phone}),
    ("/groups/{id}/phones/batch", {"POST": groups.create_group_phones_batch}),
    ("/phones/{id}", {"GET": phones.get_phone, "PUT": phones.update_phone, "DELETE": phones.delete_phone}),
    ("/me", {"GET": account.get_account}),
    ("/incomings", {"GET": incomings.list_incomings}),
    ("/incomings/{uuid}", {"GET": incomings.get_incoming, "DELETE": incomings.delete_incoming}),
    # >>> blocked (issue 14)
    (
        "/blocked_numbers",
        {"GET": blocked_numbers.list_blocked_numbers, "POST": blocked_numbers.create_blocked_number},
    ),
    (
        "/blocked_numbers/{id}",
        {"GET": blocked_numbers.get_blocked_number, "DELETE": blocked_numbers.delete_blocked_number},
    ),
    # <<< blocked
    # >>> shortlinks (issue 14)
    (
        "/short_link_campaigns",
        {"GET": campaigns.list_short_link_campaigns, "POST": campaigns.create_short_link_campaign},
    ),
    ("/short_link_campaigns/subscribe", {"POST": campaigns.create_subscribe_campaign}),
    ("/short_link_campaigns/unsubscribe", {"POST": campaigns.create_unsubscribe_campaign}),
    (
        "/short_link_campaigns/{code}",
        {
            "GET": campaigns.get_short_link_campaign,
            "PUT": campaigns.update_short_link_campaign,
            "DELETE": campaigns.delete_short_link_campaign,
        },
    ),
    # <<< shortlinks
    # >>> clicks (issue 14)
    ("/sms/{uuid}/clicks", {"GET": short_links.get_sms_clicks}),
    ("/sms/{uuid}/requests", {"GET": short_links.list_sms_requests}),
    ("/bulks/{id}/requests", {"GET": short_links.list_bulk_requests}),
    ("/short_links", {"GET": short_links.list_short_links}),
    ("/short_links/{shortCode}", {"GET": short_links.get_short_link}),
    ("/short_links/{shortCode}/requests", {"GET": short_links.list_short_link_requests}),
    ("/short_link_campaigns/{code}/short_links", {"GET": short_links.list_campaign_short_links}),
    ("/short_link_campaigns/{code}/requests", {"GET": short_links.list_campaign_requests}),
    ("/short_link_requests", {"GET": short_links.list_link_requests}),
    ("/short_link_requests/{id}", {"GET": short_links.get_link_request}),
    # <<< clicks
    # >>> fraud (issue 14)
    ("/fraud-checks", {"GET": fraud_checks.list_fraud_checks, "POST": fraud_checks.create_fraud_check}),
    ("/fraud-checks/{id}", {"GET": fraud_checks.get_fraud_check, "DELETE": fraud_checks.delete_fraud_check}),
    # <<< fraud
    # >>> verify (issue 14)
    ("/verify_codes", {"GET": verify_codes.list_verify_codes, "POST": verify_codes.create_verify_code}),
    ("/verify_codes/{id}", {"GET": verify_codes.get_verify_code}),
    # <<< verify
    # >>> accounting (issue 14)
    ("/invoices", {"GET": accounting.list_invoices}),
    ("/invoices/{id}", {"GET": accounting.get_invoice}),
    ("/credit_notes", {"GET": accounting.list_credit_notes}),
    ("/credit_notes/{id}", {"GET": accounting.get_credit_note}),
    # <<< accounting
]

# The handler modules, whose BODIES and QUERIES (by operationId) tests compare with the spec.
RESOURCES: tuple[ModuleType, ...] = (
    sms,
    bulks,
    groups,
    phones,
    incomings,
    account,
    accounting,
    verify_codes,
    fraud_checks,
)
RESOURCES += (blocked_numbers, campaigns, short_links)

ControlHandler = Callable[[ControlPlane, Any], Any]
# Path -> method -> (operation, whether it takes a JSON body); described in control-plane.yaml. The operation's
# second argument is the parsed JSON body when it takes one, else the query's (name, value) pairs.
# The outbox page itself (/_emulator/ui) is served by app.py.
CONTROL_ROUTES: dict[str, dict[str, tuple[ControlHandler, bool]]] = {
    "/_emulator/health": {"GET": (lambda cp, _: {"status": "ok"}, False)},
    "/_emulator/reset": {"POST": (lambda cp, _: cp.reset(), False)},
    "/_emulator/outbox": {"GET": (ui_data.outbox, False)},
    "/_emulator/clock": {"GET": (lambda cp, _: cp.clock(), False), "POST": (ControlPlane.move_clock, True)},
    "/_emulator/faults": {
        "GET": (lambda cp, _: cp.list_faults(), False),
        "POST": (ControlPlane.add_fault, True),
        "DELETE": (lambda cp, _: cp.clear_faults(), False),
    },
    "/_emulator/accounts": {"GET": (lambda cp, _: cp.accounts(), False), "POST": (ControlPlane.upsert_account, True)},
    "/_emulator/incomings": {"GET": (ui_data.incomings, False), "POST": (ControlPlane.inject_incoming, True)},
    "/_emulator/config": {"GET": (lambda cp, _: cp.config(), False), "POST": (ControlPlane.set_config, True)},
    "/_emulator/webhooks": {"GET": (ui_data.webhooks, False)},
    "/_emulator/version": {"GET": (ui_data.version, False)},
    # >>> blocked (issue 14)
    # <<< blocked
    # >>> shortlinks (issue 14)
    "/_emulator/subscriptions": {"POST": (campaigns.submit_form, True)},
    # <<< shortlinks
    # >>> clicks (issue 14)
    "/_emulator/clicks": {"POST": (short_links.register_click, True)},
    # <<< clicks
    # >>> fraud (issue 14)
    # <<< fraud
    # >>> verify (issue 14)
    # <<< verify
    # >>> accounting (issue 14)
    "/_emulator/invoices/close": {"POST": (accounting.close_invoices, True)},
    "/_emulator/charges": {"POST": (accounting.add_charge, True)},
    "/_emulator/credit_notes": {"POST": (accounting.create_credit_note, True)},
    # <<< accounting
}


def _compile(template: str) -> re.Pattern[str]:
    return re.compile("^" + re.sub(r"\\\{(\w+)\\\}", r"(?P<\1>[^/]+)", re.escape(template)) + "$")


COMPILED = [(_compile(t), methods) for t, methods in ROUTES]
# Paths without parameters, looked up first: none of them is matched by a template that comes before it in ROUTES
# (checked in tests), so first-match-wins gives the same route.
STATIC = {t: methods for t, methods in reversed(ROUTES) if "{" not in t}


def match_route(path: str) -> tuple[dict[str, Handler], dict[str, str]] | None:
    """The methods of the first route of ROUTES matching `path` and its path parameters, or None (404)."""
    methods = STATIC.get(path)
    if methods is not None:
        return methods, {}
    for rx, methods in COMPILED:
        m = rx.match(path)
        if m is not None:
            return methods, m.groupdict()
    return None

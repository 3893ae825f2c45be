"""Operations are mapped to lox24 methods and emulator routes by reading the source, whatever its layout."""

from __future__ import annotations

from pathlib import Path

import yaml
from drift_helpers import ROOT
from lox24_drift.mapping import client_methods, emulator_routes, snake


def write(root: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, encoding="utf-8")
    return root


def test_snake_case_is_the_generators_module_name() -> None:
    assert snake("getAccountInfo") == "get_account_info"
    assert snake("create_sms") == "create_sms"
    assert snake("api_fraud-check_get_item") == "api_fraud_check_get_item"


def test_methods_are_found_through_imports_attributes_helpers_and_accessors(tmp_path: Path) -> None:
    package = write(
        tmp_path / "pkg",
        {
            "_client.py": (
                "from functools import cached_property\n"
                "from .things.sms import SmsThing\n"
                "class Client:\n"
                "    @cached_property\n"
                "    def sms(self):\n"
                "        return SmsThing(self)\n"
                "class AsyncClient:\n"
                "    @cached_property\n"
                "    def sms(self):\n"
                "        return AsyncSmsThing(self)\n"
            ),
            "things/sms.py": (
                "import lox24_api.api.sms.get_sms\n"
                "from lox24_api.api.sms import create_sms as _create\n"
                "from lox24_api.api import groups\n"
                "from lox24_api.models import Sms\n"
                "def _helper(c):\n"
                "    return c.call(groups.list_groups.sync_detailed)\n"
                "class SmsThing:\n"
                "    def send(self) -> Sms:\n"
                "        return self.c(_create.sync_detailed)\n"
                "    def get(self):\n"
                "        return self.c(lox24_api.api.sms.get_sms.sync_detailed)\n"
                "    def groups(self):\n"
                "        return _helper(self)\n"
                "    def nested(self, gid):\n"
                "        return Nested(gid)\n"
                "    def _private(self):\n"
                "        return _create\n"
                "class Nested:\n"
                "    def add(self):\n"
                "        from lox24_api.api.phones import create_phone\n"
                "        return create_phone\n"
                "class AsyncSmsThing:\n"
                "    async def send(self):\n"
                "        return await self.c(_create.asyncio_detailed)\n"
            ),
            "emulator/app.py": (
                "from lox24_api.api.sms import delete_sms\nclass E:\n    def x(self):\n        return delete_sms\n"
            ),
        },
    )
    by_op, by_model = client_methods(package)
    assert by_op["create_sms"] == {"client.sms.send"}  # sync and async share the public name
    assert by_op["get_sms"] == {"client.sms.get"}
    assert by_op["list_groups"] == {"client.sms.groups"}  # through a module-level helper
    assert by_op["create_phone"] == {"client.sms.nested().add"}  # an accessor that takes an argument
    assert "delete_sms" not in by_op  # the emulator is never a client method
    assert by_model["Sms"] == {"client.sms.send"}


def test_operations_named_lazily_as_strings_are_followed_across_modules(tmp_path: Path) -> None:
    package = write(
        tmp_path / "pkg",
        {
            "_client.py": "from ._async.client import AsyncClient\nfrom ._sync.client import Client\n",
            "_async/client.py": (
                "from .res import AsyncSms, AsyncGroups\n"
                "class AsyncClient:\n"
                "    @property\n"
                "    def sms(self):\n"
                "        return AsyncSms(self)\n"
                "    @property\n"
                "    def groups(self):\n"
                "        return AsyncGroups(self)\n"
            ),
            "_async/res.py": (
                "from .._ops.sms import _CREATE_SMS, _LIST\n"
                "from .._ops import groups as g\n"
                "from pkg._ops.tables import ALIAS\n"
                "class AsyncSms:\n"
                "    async def send(self):\n"
                "        return await self._call(_CREATE_SMS)\n"
                "    def list(self):\n"
                "        async def fetch(n):\n"
                "            return await self._call(_LIST, page=n)\n"
                "        return fetch\n"
                "    async def get(self):\n"
                "        return await self._call(_Op('GET', (200,), 'Sms', operation='sms.get_sms'))\n"
                "    async def cancel(self):\n"
                "        return await self._call(ALIAS)\n"
                "class AsyncGroups:\n"
                "    def phones(self, gid):\n"
                "        return AsyncPhones(gid)\n"
                "    async def delete(self):\n"
                "        return await self._call(g._DELETE)\n"
                "class AsyncPhones:\n"
                "    async def add(self):\n"
                "        return await self._call('lox24_api.api.phones.create_group_phone')\n"
            ),
            "_ops/sms.py": (
                "from .._base import _Op\n"
                "_CREATE_SMS = _Op('POST', (201,), 'Sms', operation='sms.create_sms')\n"
                "_LIST = _Op('GET', (200,), 'SmsCollection', operation='sms.list_sms')\n"
                "NOT_AN_OP = str('sms.delete_sms')\n"
                "_BATCH = _Op('POST', (200,), None, operation='sms.cancel_sms_batch')\n"
            ),
            "_ops/groups.py": "_DELETE = Operation('DELETE', 'groups.delete_group')\n",
            "_ops/tables.py": "from .sms import _BATCH as ALIAS\n",
            "_ops/__init__.py": "",
            "_ops/more.py": "",
            "_sync/client.py": (  # the generated copy: same public names, never read
                "class Client:\n"
                "    @property\n"
                "    def sms(self):\n"
                "        return Sms(self)\n"
                "class Sms:\n"
                "    def stale(self):\n"
                "        return _Op('GET', (200,), None, operation='sms.get_sms')\n"
            ),
        },
    )
    by_op, by_model = client_methods(package)
    assert by_op["create_sms"] == {"client.sms.send"}
    assert by_op["list_sms"] == {"client.sms.list"}  # inside a nested function
    assert by_op["get_sms"] == {"client.sms.get"}  # inline, and never the `_sync` copy's `stale`
    assert by_op["cancel_sms_batch"] == {"client.sms.cancel"}  # through a re-export under another name
    assert by_op["delete_group"] == {"client.groups.delete"}  # `module.NAME`
    assert by_op["create_group_phone"] == {"client.groups.phones().add"}
    assert "delete_sms" not in by_op  # a dotted string outside an operation call is not an operation
    assert by_model["Sms"] == {"client.sms.send", "client.sms.get"}
    assert by_model["SmsCollection"] == {"client.sms.list"}
    assert "POST" not in by_model  # an HTTP verb is not a model
    assert "GET" not in by_model


def test_the_real_client_maps_every_operation_of_the_spec() -> None:
    by_op, _ = client_methods(ROOT / "lox24")
    assert "client.sms.send" in by_op["create_sms"]
    assert "client.sms.list" in by_op["list_sms"]
    assert any(m.startswith("client.groups") for m in by_op["create_group"])
    assert "client.groups.phones().add" in by_op["create_group_phone"]
    paths = yaml.safe_load((ROOT / "spec" / "lox24.yaml").read_text(encoding="utf-8"))["paths"]
    ids = {snake(op["operationId"]) for item in paths.values() for op in item.values() if isinstance(op, dict)}
    assert len(ids) >= 30
    assert sorted(ids - set(by_op)) == []


def test_emulator_route_tables_in_three_shapes(tmp_path: Path) -> None:
    folder = write(
        tmp_path / "emu",
        {
            "routes.py": (
                "ROUTES = [('/sms', {'GET': list_sms, 'POST': create_sms}), ('/sms/{uuid}', {'GET': h.get_sms})]\n"
                "CONTROL = {'/_emulator/reset': {'POST': (reset, False)}}\n"
            ),
            "more.py": "TABLE = {'/me': {'GET': get_account}}\n",
            "star.py": "routes = [Route('/bulks', list_bulks, methods=['GET']), Route('/groups', list_groups)]\n",
            "deco.py": (
                "@route('DELETE', '/phones/{id}')\nasync def delete_phone(c): ...\n"
                "@app.put('/phones/{id}')\nasync def update_phone(c): ...\n"
                "@app.post('/_emulator/reset')\nasync def reset(c): ...\n"
            ),
        },
    )
    assert emulator_routes(folder) == [
        ("DELETE", "/phones/{id}", "delete_phone", "deco.py"),
        ("GET", "/bulks", "list_bulks", "star.py"),
        ("GET", "/groups", "list_groups", "star.py"),
        ("GET", "/me", "get_account", "more.py"),
        ("GET", "/sms", "list_sms", "routes.py"),
        ("GET", "/sms/{uuid}", "h.get_sms", "routes.py"),
        ("POST", "/sms", "create_sms", "routes.py"),
        ("PUT", "/phones/{id}", "update_phone", "deco.py"),
    ]


def test_the_real_emulator_route_table_is_found() -> None:
    routes = {(m, p): h for m, p, h, _ in emulator_routes(ROOT / "lox24" / "emulator")}
    assert routes[("POST", "/sms")].endswith("create_sms")
    assert not any(p.startswith("/_emulator") for _, p in routes)

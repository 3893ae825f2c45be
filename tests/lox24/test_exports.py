"""The public surface: `__all__` is sorted and complete, and every public name is documented."""

from __future__ import annotations

import inspect
import subprocess
import sys
from pathlib import Path

import pytest

import lox24
import lox24.types


def test_all_is_sorted() -> None:
    assert lox24.__all__ == sorted(lox24.__all__, key=lambda n: (not n.isupper(), n))


def test_all_is_complete_and_importable() -> None:
    names = lox24.__all__
    public = {n for n in vars(lox24) if not n.startswith("_")}
    missing = {n for n in public if not inspect.ismodule(getattr(lox24, n)) or n in ("types", "webhooks")}
    missing -= set(names) | {"annotations"}
    assert not missing, f"public but not in __all__: {sorted(missing)}"
    for name in names:
        assert hasattr(lox24, name), name
    assert len(names) == len(set(names))


def test_types_all_is_sorted_and_lists_what_the_module_defines() -> None:
    names = lox24.types.__all__
    assert names == sorted(names, key=lambda n: (not n.isupper(), n))
    defined = {
        n for n, obj in vars(lox24.types).items()
        if not n.startswith("_") and getattr(obj, "__module__", None) == "lox24.types"
    }  # fmt: skip
    assert defined <= set(names), sorted(defined - set(names))
    for name in names:
        assert hasattr(lox24.types, name), name


def test_issue_interface_names_exist() -> None:
    for name in ("Client", "AsyncClient", "segments", "Segments", "normalize_phone", "webhooks", "Lox24ValidationError",
                 "Sms", "SmsStatusCode", "DlrCode", "Lox24Error", "APIError", "APIStatusError"):  # fmt: skip
        assert name in lox24.__all__, name
    assert callable(lox24.webhooks.parse)


@pytest.mark.parametrize("cls", [lox24.Client, lox24.AsyncClient])
def test_client_methods_have_docstrings_with_an_example(cls: type[lox24.Client] | type[lox24.AsyncClient]) -> None:
    client = cls(token="t:t")
    resources = [client.sms, client.bulks, client.groups, client.phones, client.incomings, client.account,
                 client.groups.phones(1)]  # fmt: skip
    for obj in [client, *resources]:
        for name, member in inspect.getmembers(type(obj), inspect.isfunction):
            if name.startswith("_"):
                continue
            doc = inspect.getdoc(member) or ""
            assert "```python" in doc, f"{type(obj).__name__}.{name} has no example"


def test_the_export_table_is_written_from_the_type_checking_block() -> None:
    from lox24._exports import EXPORTS

    assert EXPORTS["Client"] == "lox24._sync.client"
    assert EXPORTS["Sms"] == "lox24_api.models"
    assert set(lox24.__all__) == set(EXPORTS)


def test_a_lazy_name_resolves_without_reading_a_source_file() -> None:
    # the table is a module: no file is opened to find a name's module (bytecode-only installs work too)
    code = (
        "import builtins, io, lox24\n"
        "opened = []\n"
        "real = io.open\n"
        "def spy(file, *a, **k):\n"
        "    opened.append(str(file))\n"
        "    return real(file, *a, **k)\n"
        "builtins.open = io.open = spy\n"
        "lox24.DEFAULT_TIMEOUT\n"
        "print([p for p in opened if p.endswith('.py')])\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_the_exports_check_fails_on_a_stale_table(tmp_path: Path) -> None:
    root = Path(__file__).resolve().parents[2]
    copy = tmp_path / "lox24"
    copy.mkdir()
    init = (root / "lox24" / "__init__.py").read_text(encoding="utf-8")
    (copy / "__init__.py").write_text(init, encoding="utf-8")
    (copy / "_exports.py").write_text((root / "lox24" / "_exports.py").read_text(encoding="utf-8"), encoding="utf-8")
    script = [sys.executable, str(root / "scripts" / "exports.py"), "--root", str(tmp_path)]
    assert subprocess.run([*script, "--check"], capture_output=True, check=False).returncode == 0
    added = init.replace(
        "    from .types import Range as Range\n", "    from .types import Range as Range, TimeFilter as TimeFilter\n"
    )
    assert added != init
    (copy / "__init__.py").write_text(added, encoding="utf-8")
    stale = subprocess.run([*script, "--check"], capture_output=True, text=True, check=False)
    assert stale.returncode == 1
    assert "Run 'make generate'" in stale.stderr
    assert subprocess.run(script, capture_output=True, check=False).returncode == 0
    assert '"TimeFilter": "lox24.types"' in (copy / "_exports.py").read_text(encoding="utf-8")

"""spec-diff: the Python surface of two generated packages, classified, and the command against a git ref."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
import tempfile
from pathlib import Path
from types import ModuleType

import pytest
from drift_helpers import ROOT
from lox24_drift.surface import diff_surface, read_surface

SCRIPT = ROOT / "scripts" / "spec_diff.py"

OP = """
def sync_detailed(*, client: AuthenticatedClient, page: int | Unset = 1{extra}) -> Response[Sms]:
    ...
def sync(*, client: AuthenticatedClient, page: int | Unset = 1{extra}) -> {ret}:
    ...
"""
MODEL = """
@_attrs_define
class Sms:
    uuid: str
    price: float
{fields}    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

class VoiceLang(StrEnum):
    DE = "DE"
{members}"""


def package(root: Path, *, extra: str = "", ret: str = "Sms | None", fields: str = "", members: str = "",
            more_ops: bool = False) -> Path:  # fmt: skip
    (root / "api" / "sms").mkdir(parents=True)
    (root / "models").mkdir()
    (root / "api" / "sms" / "__init__.py").write_text("")
    (root / "api" / "sms" / "list_sms.py").write_text(OP.format(extra=extra, ret=ret))
    if more_ops:
        (root / "api" / "sms" / "get_sms.py").write_text(OP.format(extra="", ret="Sms | None"))
    (root / "models" / "sms.py").write_text(MODEL.format(fields=fields, members=members))
    return root


def changes(tmp_path: Path, old: dict[str, object], new: dict[str, object]) -> list[tuple[bool, str, str]]:
    root = Path(tempfile.mkdtemp(dir=tmp_path))
    a = read_surface(package(root / "a", **old))  # type: ignore[arg-type]
    b = read_surface(package(root / "b", **new))  # type: ignore[arg-type]
    return [(c.breaking, c.subject, c.what) for c in diff_surface(a, b)]


def test_no_change(tmp_path: Path) -> None:
    assert changes(tmp_path, {}, {}) == []


def test_parameters(tmp_path: Path) -> None:
    name = "lox24_api.api.sms.list_sms(…, ip)"
    assert changes(tmp_path, {}, {"extra": ", ip: str | Unset = UNSET"}) == [
        (False, name, "optional parameter added: `str | Unset`")
    ]
    assert changes(tmp_path, {"extra": ", ip: str | Unset = UNSET"}, {}) == [
        (True, name, "parameter removed (was `str | Unset`)")
    ]
    assert changes(
        tmp_path, {"extra": ", ip: str | Unset = UNSET"}, {"extra": ", ip: str | list[str] | Unset = UNSET"}
    ) == [(False, name, "parameter retyped: `str | Unset` → `str | list[str] | Unset`")]
    assert changes(
        tmp_path, {"extra": ", ip: str | list[str] | Unset = UNSET"}, {"extra": ", ip: str | Unset = UNSET"}
    )[0][0]
    assert changes(tmp_path, {}, {"extra": ", key: str"})[0][:2] == (True, "lox24_api.api.sms.list_sms(…, key)")


def test_operations_and_return_types(tmp_path: Path) -> None:
    assert changes(tmp_path, {}, {"more_ops": True}) == [(False, "lox24_api.api.sms.get_sms", "operation module added")]
    assert changes(tmp_path, {"more_ops": True}, {}) == [
        (True, "lox24_api.api.sms.get_sms", "operation module removed")
    ]
    assert changes(tmp_path, {}, {"ret": "Sms | Error | None"}) == [
        (True, "lox24_api.api.sms.list_sms", "return type: `Sms | None` → `Sms | Error | None`")
    ]


def test_model_fields_and_enum_members(tmp_path: Path) -> None:
    assert changes(tmp_path, {}, {"fields": "    iso2: str | Unset = UNSET\n"}) == [
        (False, "lox24_api.models.Sms.iso2", "optional field added: `str | Unset`")
    ]
    assert changes(tmp_path, {}, {"fields": "    iso2: str\n"}) == [
        (True, "lox24_api.models.Sms.iso2", "required field added: `str`")
    ]
    assert changes(tmp_path, {"fields": "    iso2: str\n"}, {"fields": "    iso2: None | str\n"}) == [
        (True, "lox24_api.models.Sms.iso2", "field retyped: `str` → `None | str`")
    ]
    assert changes(tmp_path, {"fields": "    iso2: str\n"}, {}) == [
        (True, "lox24_api.models.Sms.iso2", "field removed (was `str`)")
    ]
    assert changes(tmp_path, {}, {"members": '    UK = "UK"\n'}) == [
        (False, "lox24_api.models.VoiceLang.UK", "enum member added: 'UK'")
    ]
    assert changes(tmp_path, {"members": '    UK = "UK"\n'}, {}) == [
        (True, "lox24_api.models.VoiceLang.UK", "enum member removed")
    ]


def test_the_committed_package_reads_completely() -> None:
    surface = read_surface(ROOT / "generated" / "lox24_api")
    assert "sms.create_sms" in surface.operations
    assert "body" in surface.operations["sms.create_sms"][0]
    assert "price" in surface.models["Sms"]
    assert "UK" in surface.enums["VoiceLang"]


def _load() -> ModuleType:
    spec = importlib.util.spec_from_file_location("lox24_spec_diff_script", SCRIPT)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.slow
def test_a_spec_change_against_head_is_a_changelog_entry_with_the_methods_it_touches(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = (ROOT / "spec" / "lox24.yaml").read_text(encoding="utf-8")
    start = text.index("    VoiceLang:\n")
    end = text.index("    SmsStatusCode:\n", start)
    voice = text[start:end].replace(", UK]", "]")  # drop one enum member (in enum and x-enum-varnames)
    assert voice != text[start:end]
    (tmp_path / "spec.yaml").write_text(text[:start] + voice + text[end:], encoding="utf-8")
    module = _load()
    code = module.main(["--base", "HEAD", "--spec", str(tmp_path / "spec.yaml"), "--json", str(tmp_path / "o.json")])
    out = capsys.readouterr().out
    assert code == 0
    assert "**Breaking**: 1 breaking, 0 other." in out
    assert "- `lox24_api.models.VoiceLang.UK`: enum member removed (affects " in out
    assert "`client.sms.send`" in out
    assert module.main(["--base", "HEAD", "--spec", str(tmp_path / "spec.yaml"), "--fail-on-breaking"]) == 1


def test_an_unknown_ref_is_a_clear_error_without_a_stack_trace() -> None:
    done = subprocess.run(
        [sys.executable, str(SCRIPT), "--base", "no-such-ref-xyz"], capture_output=True, text=True, check=False
    )
    assert done.returncode == 2
    assert done.stderr.strip() == "spec-diff: unknown git ref 'no-such-ref-xyz'"

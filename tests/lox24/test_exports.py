"""The public surface: `__all__` is sorted and complete, and every public name is documented."""

from __future__ import annotations

import inspect

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

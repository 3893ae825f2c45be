"""The golden-record gate: `scripts/generate --check` fails when the spec changes without regenerating."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "spec" / "lox24.yaml"


def _check(spec: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "LOX24_SPEC": str(spec), "VENV_BIN": str(Path(sys.executable).parent)}
    return subprocess.run(
        [str(ROOT / "scripts" / "generate"), "--check"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )


@pytest.mark.slow
def test_committed_package_matches_the_spec() -> None:
    result = _check(SPEC)
    assert result.returncode == 0, result.stderr
    assert "matches" in result.stdout


@pytest.mark.slow
@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("        chars_count:\n", "        char_count:\n"),  # a field renamed: generated code changes
        ("          maxLength: 36\n", "          maxLength: 37\n"),  # a constraint: only the spec stamp changes
    ],
)
def test_a_changed_field_without_regenerating_fails(tmp_path: Path, old: str, new: str) -> None:
    text = SPEC.read_text(encoding="utf-8")
    assert old in text
    changed = tmp_path / "lox24.yaml"
    changed.write_text(text.replace(old, new, 1), encoding="utf-8")
    result = _check(changed)
    assert result.returncode == 1
    assert "differs from what" in result.stderr

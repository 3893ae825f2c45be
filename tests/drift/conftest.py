"""Make drift_helpers.py and scripts/lox24_drift importable from the tests here (pytest imports with importlib)."""

from __future__ import annotations

import sys
from pathlib import Path

for _path in (Path(__file__).resolve().parent, Path(__file__).resolve().parents[2] / "scripts"):
    if str(_path) not in sys.path:
        sys.path.insert(0, str(_path))

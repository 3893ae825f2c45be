"""Make contract_helpers.py (beside this file) importable from the tests here (pytest 9 imports with importlib)."""

import sys
from pathlib import Path

_HERE = str(Path(__file__).resolve().parent)
if _HERE not in sys.path:
    sys.path.insert(0, _HERE)

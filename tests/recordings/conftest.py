"""Make tests/contract/contract_helpers.py (spec loading, JSON Schema validators) importable here."""

import sys
from pathlib import Path

_CONTRACT = str(Path(__file__).resolve().parents[1] / "contract")
if _CONTRACT not in sys.path:
    sys.path.insert(0, _CONTRACT)

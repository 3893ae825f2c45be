"""Make tests/contract/contract_helpers.py (spec loading, JSON Schema validators) importable here."""

import sys
from pathlib import Path

_CONTRACT = str(Path(__file__).resolve().parents[1] / "contract")
if _CONTRACT not in sys.path:
    sys.path.insert(0, _CONTRACT)

# scripts/record.py, loaded by path in test_record_script.py, imports its siblings (scripts/record_<slice>.py).
_SCRIPTS = str(Path(__file__).resolve().parents[2] / "scripts")
if _SCRIPTS not in sys.path:
    sys.path.insert(0, _SCRIPTS)

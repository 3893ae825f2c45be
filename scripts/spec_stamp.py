"""Print the `_spec.py` module that pins the spec a generated package came from.

Usage: python scripts/spec_stamp.py spec/lox24.yaml > generated/lox24_api/_spec.py
Any change to the spec, even one that changes no generated line (a maxLength, a description of an
error), changes the hash, so `scripts/generate --check` fails until the package is regenerated.
"""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path

import yaml


def main() -> None:
    raw = Path(sys.argv[1]).read_bytes()
    version = yaml.safe_load(raw)["info"]["version"]
    print('"""The spec this package was generated from (written by scripts/generate; never edit)."""')
    print()
    print(f'SPEC_VERSION = "{version}"')
    print(f'SPEC_SHA256 = "{hashlib.sha256(raw).hexdigest()}"')


if __name__ == "__main__":
    main()

"""The spec this package was generated from (written by scripts/generate; never edit)."""

SPEC_VERSION = "2.24"
SPEC_SHA256 = "4953aded29537673de145418f07aaf71b4af5ac48f9acb8dfc234a7e8acc8f57"

"""The spec this package was generated from (written by scripts/generate; never edit)."""

SPEC_VERSION = "2.24"
SPEC_SHA256 = "74efdcc560e1c61378dccbecf80a111d8c674b59d061f2c473ab34460e42cf95"

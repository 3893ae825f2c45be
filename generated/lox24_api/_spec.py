"""The spec this package was generated from (written by scripts/generate; never edit)."""

SPEC_VERSION = "2.24"
SPEC_SHA256 = "b607ac6fcffd8f75b926c6d23e34bdec4a2ff1fe9f5ec82488d48ef39bec671e"

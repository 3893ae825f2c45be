"""The spec this package was generated from (written by scripts/generate; never edit)."""

SPEC_VERSION = "2.24"
SPEC_SHA256 = "fda5c2a17871093bd94494371c5131b30dd24b1d99d0a4cc6c2300eb50007d7c"

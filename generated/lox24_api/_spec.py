"""The spec this package was generated from (written by scripts/generate; never edit)."""

SPEC_VERSION = "2.24"
SPEC_SHA256 = "79be6595f749a4381f116c7d107d14a2f139725b0607028c2f0bae264f1ce4a5"

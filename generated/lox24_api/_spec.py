"""The spec this package was generated from (written by scripts/generate; never edit)."""

SPEC_VERSION = "2.24"
SPEC_SHA256 = "1240a2ef0c249477048e4d5ee352914635220086d3727a5a06b5ceec21342890"

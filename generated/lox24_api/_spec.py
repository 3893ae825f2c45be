"""The spec this package was generated from (written by scripts/generate; never edit)."""

SPEC_VERSION = "2.24"
SPEC_SHA256 = "c2873a9c8bb649ea3de844da2f2b7ef7f716bb2da48c744a25380e533516a4b6"

"""The spec this package was generated from (written by scripts/generate; never edit)."""

SPEC_VERSION = "2.24"
SPEC_SHA256 = "a00a6bf18ebbdf874969cc55d901ee8dc3eed4aa3a0bfc1e726100b73e824398"

"""The spec this package was generated from (written by scripts/generate; never edit)."""

SPEC_VERSION = "2.24"
SPEC_SHA256 = "64db67a1f0f04b0aaa9232f38b6d2168dcfd9dc5d20247cf752b10441e2fead1"

"""The spec this package was generated from (written by scripts/generate; never edit)."""

SPEC_VERSION = "2.24"
SPEC_SHA256 = "a6c317e7c6d652366c7f4bf0db96af2d307b3d7a42f5ca3307e950dcaae40f9b"

"""The spec this package was generated from (written by scripts/generate; never edit)."""

SPEC_VERSION = "2.24"
SPEC_SHA256 = "f13d9ff3d0063242737c9fc021a62736b024f1889b1d1d2e5790a9827f20fedc"

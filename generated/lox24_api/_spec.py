"""The spec this package was generated from (written by scripts/generate; never edit)."""

SPEC_VERSION = "2.24"
SPEC_SHA256 = "a13543615d305241e2069211b954f0998c2e089a5207fffcf23b75b3f88236f4"

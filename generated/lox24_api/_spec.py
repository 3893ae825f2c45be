"""The spec this package was generated from (written by scripts/generate; never edit)."""

SPEC_VERSION = "2.24"
SPEC_SHA256 = "ac7f2fc98497a3d206c2ad7ff6b263259928e1495273db42f80ebfefa9d94992"

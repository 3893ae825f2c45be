"""The spec this package was generated from (written by scripts/generate; never edit)."""

SPEC_VERSION = "2.24"
SPEC_SHA256 = "cabc8e4c0627e2bb61eb4774cd354cb262644b2a2bf8c345fe1ee8a3bde6c58b"

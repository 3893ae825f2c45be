"""The spec this package was generated from (written by scripts/generate; never edit)."""

SPEC_VERSION = "2.24"
SPEC_SHA256 = "078d6d24201f99d3e0a0008d49264e906f7ee081cb94ec202ced4cebdf4d5a0e"

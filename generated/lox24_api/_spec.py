"""The spec this package was generated from (written by scripts/generate; never edit)."""

SPEC_VERSION = "2.24"
SPEC_SHA256 = "cfea56d78bbb333e26b4d358a8100ee806eaab4ab12a048d4f1f70d7727a8540"

"""The spec this package was generated from (written by scripts/generate; never edit)."""

SPEC_VERSION = "2.24"
SPEC_SHA256 = "718747551e3c69f88135cb58eb59bb59f1359ad2698d6e43159e96ff7a859921"

"""The spec this package was generated from (written by scripts/generate; never edit)."""

SPEC_VERSION = "2.24"
SPEC_SHA256 = "804ba99fa7bd5f3bfc80533701c319c8c9c741b91f0c14e49977d4df675a7966"

"""The spec this package was generated from (written by scripts/generate; never edit)."""

SPEC_VERSION = "2.24"
SPEC_SHA256 = "176acd34329546337bb82180b657a775c0a8754c5dc311b00e860586ff34164c"

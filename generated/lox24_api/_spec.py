"""The spec this package was generated from (written by scripts/generate; never edit)."""

SPEC_VERSION = "2.24"
SPEC_SHA256 = "083fcfdf129b6aecb7bc0984bd482827a3f025ba90cb1e5a9d04c4aa91d68842"

"""The spec this package was generated from (written by scripts/generate; never edit)."""

SPEC_VERSION = "2.24"
SPEC_SHA256 = "255ddc884456fa52e7f2a1214a81b645698fd2accabe9cb1d524df7510c3dc7e"

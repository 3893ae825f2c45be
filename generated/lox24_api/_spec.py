"""The spec this package was generated from (written by scripts/generate; never edit)."""

SPEC_VERSION = "2.24"
SPEC_SHA256 = "705eac4dba8bffa0808cd38a49645afa082e4f39ce65174300bf1dcd1fe040fa"

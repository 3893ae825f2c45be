"""The spec this package was generated from (written by scripts/generate; never edit)."""

SPEC_VERSION = "2.24"
SPEC_SHA256 = "0771b2fb6782d002463915e795edf0ebd0cd8815ab529de891b9b92b27f85a9f"

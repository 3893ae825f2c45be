"""Defaults of the `lox24` client, in one place."""

from __future__ import annotations

import httpx

__all__ = [
    "ACCEPT",
    "AUTH_HEADER",
    "DEFAULT_BASE_URL",
    "DEFAULT_LIMITS",
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
    "ENV_BASE_URL",
    "ENV_TOKEN",
    "INITIAL_RETRY_DELAY",
    "MAX_RETRY_AFTER",
    "MAX_RETRY_DELAY",
    "REQUEST_ID_HEADER",
]

DEFAULT_BASE_URL = "https://api.lox24.eu"
ENV_TOKEN = "LOX24_TOKEN"  # noqa: S105  (the variable's name, not a secret)
ENV_BASE_URL = "LOX24_BASE_URL"

AUTH_HEADER = "X-LOX24-AUTH-TOKEN"
REQUEST_ID_HEADER = "X-LOX24-REQUEST-ID"
# The spec lists application/ld+json first for every collection and the generated parser reads the first
# content type, so we ask for JSON-LD everywhere (single resources then keep "@id"/"@type" as extra fields).
ACCEPT = "application/ld+json"

# Why 100 s for reading but 10 s for connecting:
# - A connect (or pool) timeout means nothing was sent, so it is safe to fail fast and retry.
# - A read timeout on a POST is the one outcome we cannot resolve: the SMS may have been accepted and
#   charged, and we never retry it. A generous read timeout makes that outcome rare; 100 s is what
#   LOX24's own code samples use, and sending an SMS normally answers in well under a second.
DEFAULT_TIMEOUT = httpx.Timeout(100.0, connect=10.0, pool=10.0)

DEFAULT_MAX_RETRIES = 2
INITIAL_RETRY_DELAY = 0.5
MAX_RETRY_DELAY = 8.0
# A Retry-After longer than this is not waited for: LOX24 answers 429 when it has blocked the IP (for ten
# minutes after repeated bad-auth requests); sleeping that long inside a call helps nobody.
MAX_RETRY_AFTER = 60.0

# The connection pool of the client's own httpx client, and the bound on requests in flight (the others wait
# their turn in lox24, not in httpcore's queue). AsyncClient makes it of single-connection "lanes"
# (lox24/_lanes.py) so that httpcore's per-request pool bookkeeping stays constant; see the README ("Sending
# concurrently") for how to size it and the figures.
DEFAULT_LIMITS = httpx.Limits(max_connections=4, max_keepalive_connections=4)

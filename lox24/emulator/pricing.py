"""Prices per SMS part by destination country (EUR), and the emulator's outcome table."""

from __future__ import annotations

# Per SMS part. US matches the documentation's example answer (0.056); the rest are plausible values.
PRICES: dict[str, float] = {
    "US": 0.056,
    "CA": 0.056,
    "DE": 0.075,
    "AT": 0.079,
    "CH": 0.069,
    "FR": 0.079,
    "GB": 0.045,
    "NL": 0.089,
}
DEFAULT_PRICE = 0.09
# A voice call (text2speech, text2speech_ssml) costs this per attempt, whatever the text's length.
VOICE_PRICE = 0.15


def price_for(iso2: str | None, parts: int, service_code: str, attempts: int | None = None) -> float:
    """The price of one SMS (all its parts) or one voice call."""
    if service_code != "direct":
        return round(VOICE_PRICE * (attempts or 1), 4)
    return round(PRICES.get(iso2 or "", DEFAULT_PRICE) * parts, 4)


# Magic recipient numbers (all valid German mobile numbers): what happens to an SMS sent to them.
# ("dlr", code): handed to the network (status 100), then this delivery report.
# ("status", code): not handed to the network; ends with this status and is refunded.
OUTCOMES: dict[str, tuple[str, int]] = {
    "+491700000002": ("dlr", 2),
    "+491700000004": ("dlr", 4),
    "+491700000008": ("dlr", 8),
    "+491700000016": ("dlr", 16),
    "+491700000208": ("status", 208),
    "+491700000400": ("status", 400),
    "+491700002000": ("status", 2000),
    "+491700005000": ("status", 5000),
}
DEFAULT_OUTCOME = ("dlr", 1)

# Seconds (virtual) between the creation of an SMS due at once and its hand-over to the network.
SEND_DELAY = 1
# Seconds (virtual) between the hand-over to the network and the delivery report.
DLR_DELAY = 5
# Seconds (virtual) between a bulk's start (status 5) and the hand-over of its SMS.
BULK_DELAY = 1

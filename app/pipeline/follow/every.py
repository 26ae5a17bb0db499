"""`--every 15m`: a polling interval in words → seconds."""

from __future__ import annotations

import re

_PART = re.compile(r"(\d+)\s*([smhd])")
UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400}
MIN_SECONDS, MAX_SECONDS = 60, 7 * 86400


def parse_every(text: str, minimum: int = MIN_SECONDS) -> int:
    """ "15m", "1h30m", "2h", "1d", "90s" → seconds; ValueError saying what is accepted."""
    compact = text.strip().lower().replace(" ", "")
    if not compact or _PART.sub("", compact):
        raise ValueError(f"--every: {text!r} is not an interval; write it like 15m, 1h, 1h30m or 1d")
    seconds = sum(int(n) * UNITS[unit] for n, unit in _PART.findall(compact))
    if not minimum <= seconds <= MAX_SECONDS:
        raise ValueError(f"--every: {text!r} is outside {minimum} s to 7 days")
    return seconds

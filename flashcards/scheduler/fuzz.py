"""Interval fuzz, seeded per card and review so the interval shown is the one given."""

from __future__ import annotations

import random
from datetime import timedelta

# (from days, to days, factor): the spread added to each part of an interval, as in FSRS.
_RANGES = ((2.5, 7.0, 0.15), (7.0, 20.0, 0.1), (20.0, float("inf"), 0.05))


def fuzz_range(interval_days: float, maximum: int) -> tuple[int, int]:
    """The whole-day range an interval may be moved within."""
    delta = 1.0
    for start, end, factor in _RANGES:
        delta += factor * max(min(interval_days, end) - start, 0.0)
    low = max(2, round(interval_days - delta))
    high = min(round(interval_days + delta), maximum)
    return min(low, high), high


def fuzzed_days(interval_days: float, seed: int, maximum: int) -> int:
    """A whole number of days near `interval_days`, the same every time for the same seed."""
    if interval_days < 2.5:
        return max(1, round(interval_days))
    low, high = fuzz_range(interval_days, maximum)
    return random.Random(seed).randint(low, high)


def fuzzed_interval(interval: timedelta, seed: int, maximum: int) -> timedelta:
    return timedelta(days=fuzzed_days(interval.total_seconds() / 86400, seed, maximum))

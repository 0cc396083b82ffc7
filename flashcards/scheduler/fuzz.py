"""Interval fuzz as Anki applies it: one seeded factor per answer, bounds kept in order."""

from __future__ import annotations

import math
import random

# (from days, to days, factor): the spread added to each part of an interval, as in Anki.
_RANGES = ((2.5, 7.0, 0.15), (7.0, 20.0, 0.1), (20.0, math.inf, 0.05))


def fuzz_seed(card_id: int, reps: int) -> int:
    """The same card at the same point of its history always gets the same fuzz."""
    return card_id * 1_000_003 + reps


def fuzz_factor(seed: int) -> float:
    """A number in [0, 1) drawn from `seed`: where in its fuzz range an interval lands."""
    return random.Random(seed).random()


def _round(value: float) -> int:
    """Rounding half away from zero, as Rust's `f32::round` (Python's round is to even)."""
    return math.floor(value + 0.5)


def fuzz_delta(interval: float) -> float:
    if interval < 2.5:
        return 0.0
    # The sum over _RANGES, unrolled (the same additions in the same order).
    return 1.0 + (
        0.15 * max(min(interval, 7.0) - 2.5, 0.0)
        + 0.1 * max(min(interval, 20.0) - 7.0, 0.0)
        + 0.05 * max(interval - 20.0, 0.0)
    )


def fuzz_range(interval: float, minimum: int, maximum: int) -> tuple[int, int]:
    """The whole-day range an interval may move within, kept within [minimum, maximum]."""
    minimum = min(minimum, maximum)
    interval = min(max(interval, minimum), maximum)
    delta = fuzz_delta(interval)
    lower = min(max(_round(interval - delta), minimum), maximum)
    upper = min(max(_round(interval + delta), minimum), maximum)
    if upper == lower and 2 < upper < maximum:
        upper = lower + 1
    return lower, upper


def fuzzed_days(interval: float, factor: float | None, minimum: int, maximum: int) -> int:
    """`interval` in whole days, moved within its fuzz range by `factor` (None: no fuzz)."""
    if factor is None:
        return min(max(_round(interval), min(minimum, maximum)), maximum)
    lower, upper = fuzz_range(interval, minimum, maximum)
    return math.floor(lower + factor * (1 + upper - lower))


def minimum_interval(interval: float, previous: int, maximum: int) -> int:
    """The shortest interval fuzz may give after a review whose interval was `previous`.

    An interval that grew stays longer than before; one that did not grow much is not cut
    by fuzz below the previous one; one that shrank (new parameters, lower retention) may.
    """
    _, upper = fuzz_range(interval, 1, maximum)
    if _round(interval) > previous:
        return previous + 1
    if previous <= upper:
        return previous
    return 0

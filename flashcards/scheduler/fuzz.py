"""Interval fuzz as Anki applies it: one seeded factor per answer, bounds kept in order."""

from __future__ import annotations

import math
from typing import TypeVar

# (from days, to days, factor): the spread added to each part of an interval, as in Anki.
_RANGES = ((2.5, 7.0, 0.15), (7.0, 20.0, 0.1), (20.0, math.inf, 0.05))


def fuzz_seed(card_id: int, reps: int) -> int:
    """The same card at the same point of its history always gets the same fuzz."""
    return card_id * 1_000_003 + reps


_N = TypeVar("_N", int, float)
_MASK = (1 << 64) - 1
_GOLDEN = 0x9E3779B97F4A7C15  # SplitMix64's increment: 2^64 / the golden ratio


def uniform(seed: int) -> float:
    """A number in [0, 1) drawn from `seed`, the same for the same seed on every machine.

    SplitMix64 (Steele, Lea and Flood 2014; Java's SplittableRandom, the seeder of
    xoshiro): the seed's point of the golden-ratio sequence, mixed by two multiply-xorshift
    rounds, so that neighbouring seeds (a card's ratings, its next review) give unrelated
    numbers; the top 53 bits make the float.  A tenth of the time of seeding
    `random.Random` (its Mersenne Twister fills 624 words from the seed) for one draw,
    and showing a card makes up to four.
    """
    z = ((seed + 1) * _GOLDEN) & _MASK
    z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & _MASK
    z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & _MASK
    return ((z ^ (z >> 31)) >> 11) * 1.1102230246251565e-16  # 2 ** -53


def fuzz_factor(seed: int) -> float:
    """A number in [0, 1) drawn from `seed`: where in its fuzz range an interval lands."""
    return uniform(seed)


def clamp(value: _N, lowest: _N, highest: _N) -> _N:
    """`min(max(value, lowest), highest)`, the same value, without the builtins' parsing of
    arguments (ten times the time of two comparisons; scheduling a card clamps dozens)."""
    if value < lowest:
        value = lowest
    if value > highest:
        value = highest
    return value


def _round(value: float) -> int:
    """Rounding half away from zero, as Rust's `f32::round` (Python's round is to even)."""
    return math.floor(value + 0.5)


def fuzz_delta(interval: float) -> float:
    if interval < 2.5:
        return 0.0
    # The sum over _RANGES, unrolled (the same additions in the same order).
    short = (7.0 if interval > 7.0 else interval) - 2.5
    middle = (20.0 if interval > 20.0 else interval) - 7.0
    long = interval - 20.0
    return 1.0 + (
        0.15 * (short if short > 0.0 else 0.0)
        + 0.1 * (middle if middle > 0.0 else 0.0)
        + 0.05 * (long if long > 0.0 else 0.0)
    )


def fuzz_range(interval: float, minimum: int, maximum: int) -> tuple[int, int]:
    """The whole-day range an interval may move within, kept within [minimum, maximum]."""
    if minimum > maximum:
        minimum = maximum
    interval = clamp(interval, minimum, maximum)
    delta = fuzz_delta(interval)
    lower = clamp(math.floor(interval - delta + 0.5), minimum, maximum)
    upper = clamp(math.floor(interval + delta + 0.5), minimum, maximum)
    if upper == lower and 2 < upper < maximum:
        upper = lower + 1
    return lower, upper


def fuzzed_days(interval: float, factor: float | None, minimum: int, maximum: int) -> int:
    """`interval` in whole days, moved within its fuzz range by `factor` (None: no fuzz)."""
    if factor is None:
        return clamp(_round(interval), minimum if minimum < maximum else maximum, maximum)
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

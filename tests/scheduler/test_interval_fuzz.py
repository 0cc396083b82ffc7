"""Fuzz as Anki applies it: its own test cases, bounds within limits, the same seed the same day,
seeded draws spread evenly."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from flashcards.scheduler.fuzz import (
    _RANGES,
    clamp,
    fuzz_delta,
    fuzz_factor,
    fuzz_range,
    fuzz_seed,
    fuzzed_days,
    minimum_interval,
    uniform,
)


@pytest.mark.parametrize(
    ("interval", "minimum", "maximum", "lower", "middle", "upper"),
    [
        # Anki's rslib/src/scheduler/states/fuzz.rs `with_review_fuzz` cases.
        (1.0, 1, 1000, 1, 1, 1),
        (2.49, 1, 1000, 2, 2, 2),
        (2.5, 1, 1000, 2, 3, 4),
        (7.0, 1, 1000, 5, 7, 9),
        (17.0, 1, 1000, 14, 17, 20),
        (37.0, 1, 1000, 33, 37, 41),
        (2.0, 2, 1000, 2, 2, 2),
        (2.0, 3, 1000, 3, 4, 4),
        (2.0, 3, 3, 3, 3, 3),
        (6.9, 3, 1000, 5, 7, 9),
        (19.9, 3, 1000, 17, 20, 23),
        (20.1, 3, 1000, 17, 20, 23),
        (100.0, 101, 1000, 101, 105, 108),
        (100.0, 1, 99, 92, 96, 99),
        (100.0, 97, 103, 97, 100, 103),
    ],
)
def test_anki_fuzz_cases(
    interval: float, minimum: int, maximum: int, lower: int, middle: int, upper: int
) -> None:
    assert fuzzed_days(interval, 0.0, minimum, maximum) == lower
    assert fuzzed_days(interval, 0.5, minimum, maximum) == middle
    assert fuzzed_days(interval, 0.99, minimum, maximum) == upper


def test_without_fuzz_intervals_are_rounded_within_limits() -> None:
    assert fuzzed_days(1.5, None, 1, 100) == 2
    assert fuzzed_days(0.1, None, 1, 100) == 1
    assert fuzzed_days(101.0, None, 1, 100) == 100


def test_same_seed_same_factor_and_seeds_spread() -> None:
    assert fuzz_factor(7) == fuzz_factor(7)
    assert len({fuzzed_days(30.0, fuzz_factor(seed), 1, 36500) for seed in range(200)}) >= 4


@given(st.floats(min_value=1, max_value=5000), st.floats(0, 0.999999), st.integers(1, 400))
def test_fuzzed_interval_stays_in_its_range(interval: float, factor: float, minimum: int) -> None:
    low, high = fuzz_range(interval, minimum, 36500)
    days = fuzzed_days(interval, factor, minimum, 36500)
    assert minimum <= low <= days <= high


def test_the_previous_interval_is_a_floor_unless_the_interval_shrank() -> None:
    assert minimum_interval(30.0, 20, 36500) == 21  # grew: longer than before
    assert minimum_interval(20.4, 20, 36500) == 20  # about the same: not cut by fuzz
    assert minimum_interval(5.0, 40, 36500) == 0  # shrank (new parameters): free


@given(st.floats(min_value=0.0, max_value=40000.0))
def test_the_fuzz_delta_is_the_sum_over_anki_s_ranges(interval: float) -> None:
    expected = 0.0
    if interval >= 2.5:
        expected = 1.0 + sum(f * max(min(interval, end) - start, 0.0) for start, end, f in _RANGES)
    assert fuzz_delta(interval) == expected


@given(st.floats(min_value=0.0, max_value=40000.0), st.integers(1, 400), st.integers(1, 40000))
def test_the_fuzz_range_is_anki_s_clamped_range(
    interval: float, minimum: int, maximum: int
) -> None:
    """The range worked out with `min` and `max`, as first written (and as in Anki)."""
    low = min(minimum, maximum)
    kept = min(max(interval, low), maximum)
    delta = fuzz_delta(kept)
    lower = min(max(math.floor(kept - delta + 0.5), low), maximum)
    upper = min(max(math.floor(kept + delta + 0.5), low), maximum)
    if upper == lower and 2 < upper < maximum:
        upper = lower + 1
    assert fuzz_range(interval, minimum, maximum) == (lower, upper)
    assert clamp(interval, low, maximum) == kept


def test_uniform_is_splitmix64() -> None:
    """The first outputs of SplitMix64 seeded with 0 (its reference implementation's), as
    53-bit floats: draw n is the generator's (n + 1)-th number."""
    reference = (0xE220A8397B1DCDAF, 0x6E789E6AA1B965F4, 0x06C45D188009454F, 0xF88BB8A8724C81EC)
    assert [uniform(n) for n in range(4)] == [(r >> 11) / 2**53 for r in reference]


def test_seeded_draws_spread_evenly_and_independently() -> None:
    """20,000 cards' draws (as fuzz seeds them: card id and reps, the rating added for the
    load balancer) fill ten equal bins evenly, each draw of a card unrelated to its
    neighbours' (next rating, next review)."""
    seeds = [fuzz_seed(card, reps) for card in range(1, 5001) for reps in (0, 1, 5, 30)]
    draws = [uniform(seed) for seed in seeds]
    assert all(0.0 <= d < 1.0 for d in draws)
    bins = [0] * 10
    for d in draws:
        bins[int(d * 10)] += 1
    expected = len(draws) / 10
    chi2 = sum((b - expected) ** 2 / expected for b in bins)
    assert chi2 < 27.9  # 9 degrees of freedom, p = 0.001
    mean = sum(draws) / len(draws)
    assert abs(mean - 0.5) < 0.01
    for step in (1, 2, 3):  # the balancer's seeds for Hard, Good and Easy
        pairs = [(uniform(s), uniform(s + step)) for s in seeds]
        covariance = sum((a - 0.5) * (b - 0.5) for a, b in pairs) / len(pairs)
        assert abs(covariance / (1 / 12)) < 0.03  # correlation, about 0 ± 0.007


def test_fuzzed_days_land_evenly_over_the_range() -> None:
    """Across cards, a 30-day interval lands on each day of its fuzz range about as often."""
    low, high = fuzz_range(30.0, 1, 36500)
    days = [fuzzed_days(30.0, fuzz_factor(fuzz_seed(card, 7)), 1, 36500) for card in range(7000)]
    counts = [days.count(day) for day in range(low, high + 1)]
    assert sum(counts) == len(days)
    share = len(days) / len(counts)
    assert all(abs(count - share) < 0.15 * share for count in counts)

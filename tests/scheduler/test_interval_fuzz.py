"""Fuzz keeps intervals near FSRS's, spreads them, and repeats for the same card and review."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from flashcards.scheduler.fuzz import fuzz_range, fuzzed_days


def test_short_intervals_are_not_fuzzed() -> None:
    assert fuzzed_days(1.0, seed=1, maximum=36500) == 1
    assert fuzzed_days(2.2, seed=99, maximum=36500) == 2


def test_same_seed_same_interval_and_seeds_spread() -> None:
    assert fuzzed_days(30.0, 7, 36500) == fuzzed_days(30.0, 7, 36500)
    assert len({fuzzed_days(30.0, seed, 36500) for seed in range(200)}) >= 4


@given(st.floats(min_value=2.5, max_value=5000), st.integers(0, 10**9))
def test_fuzzed_interval_stays_in_range(interval: float, seed: int) -> None:
    low, high = fuzz_range(interval, 36500)
    days = fuzzed_days(interval, seed, 36500)
    assert low <= days <= high
    assert abs(days - interval) <= 0.06 * interval + 3


def test_maximum_interval_caps() -> None:
    assert fuzzed_days(400.0, 3, maximum=365) <= 365

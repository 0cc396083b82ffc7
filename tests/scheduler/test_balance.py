"""Load balancing: the least busy day in the fuzz range, siblings apart, lighter weekdays."""

from __future__ import annotations

import math
import random
from collections import Counter
from datetime import date, timedelta

from flashcards.scheduler.balance import (
    _SIBLING,
    MAX_BALANCED_INTERVAL,
    MINIMUM,
    NORMAL,
    REDUCED,
    DayLoad,
    balanced_days,
    easy_day_modifiers,
)
from flashcards.scheduler.fuzz import fuzz_range, uniform

MONDAY = date(2026, 11, 23)


def test_an_empty_day_in_range_is_chosen_over_busy_ones() -> None:
    low, high = fuzz_range(10.0, 1, 36500)
    counts = {offset: 50 for offset in range(low, high + 1)}
    counts[high - 1] = 0
    load = DayLoad(MONDAY, counts)
    picks = {balanced_days(10.0, 1, 36500, load, seed=seed) for seed in range(50)}
    assert picks == {high - 1}


def test_days_fill_as_anki_s_weights_balance_them() -> None:
    """300 cards of the same interval: each day of the range ends near its share at the
    balance of Anki's weights (cards^-2.15 × days away^-3 the same on every day, so nearer
    days hold more), not evenly as plain fuzz would fill it."""
    load = DayLoad(MONDAY)
    for seed in range(300):
        day = balanced_days(10.0, 1, 36500, load, seed=seed)
        assert day is not None
        load = load.with_card(day)
    low, high = fuzz_range(10.0, 1, 36500)
    counts = [load.counts.get(offset, 0) for offset in range(low, high + 1)]
    assert sum(counts) == 300
    weights = [offset ** (-3 / 2.15) for offset in range(low, high + 1)]
    shares = [300 * w / sum(weights) for w in weights]  # 79, 67, 58, 51, 45
    assert all(abs(c - share) < 0.15 * share for c, share in zip(counts, shares, strict=True))


def test_a_siblings_day_is_avoided() -> None:
    load = DayLoad(MONDAY, {offset: 5 for offset in range(1, 40)})
    picks = Counter(
        balanced_days(20.0, 1, 36500, load, frozenset({20}), seed=seed) for seed in range(200)
    )
    assert picks[20] == 0
    assert picks[19] + picks[21] < picks[17] + picks[23]


def test_a_minimum_weekday_gets_almost_nothing_and_a_reduced_one_less() -> None:
    easy = (NORMAL, NORMAL, NORMAL, NORMAL, NORMAL, REDUCED, MINIMUM)  # Saturday, Sunday
    load = DayLoad(MONDAY, easy_days=easy)
    for seed in range(700):
        day = balanced_days(30.0, 1, 36500, load, seed=seed)
        assert day is not None
        load = load.with_card(day)
    by_weekday: Counter[int] = Counter()
    for offset, count in load.counts.items():
        by_weekday[load.weekday(offset)] += count
    assert by_weekday[6] <= 0.02 * 700  # about 1 % (Anki's weights: minimum is not zero)
    assert by_weekday[6] < by_weekday[5] < 0.8 * by_weekday[2]


def test_long_intervals_are_left_to_plain_fuzz() -> None:
    assert balanced_days(120.0, 1, 36500, DayLoad(MONDAY)) is None


def test_weekdays_are_counted_from_today() -> None:
    load = DayLoad(date(2026, 3, 1))  # a Sunday
    assert [load.weekday(k) for k in (0, 1, 6, 7, 100)] == [
        (date(2026, 3, 1) + timedelta(days=k)).weekday() for k in (0, 1, 6, 7, 100)
    ]


class _Drawn(random.Random):
    """`random.Random` whose every number is `uniform(seed)`: `choices` draws with it."""

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self._drawn = uniform(seed)

    def random(self) -> float:
        return self._drawn


def _reference_day(
    interval: float, load: DayLoad, siblings: frozenset[int], seed: int
) -> int | None:
    """The day as first written: a list of Anki's weights and `random.choices`."""
    lower, upper = fuzz_range(interval, 1, 36500)
    offsets = list(range(lower, upper + 1))
    counts = [load.counts.get(offset, 0) for offset in offsets]
    weekdays = [load.weekday(offset) for offset in offsets]
    easy = easy_day_modifiers(load.easy_days, weekdays, counts)
    weights = []
    for offset, count, modifier in zip(offsets, counts, easy, strict=True):
        sibling = math.prod(_SIBLING.get(offset - day, 1.0) for day in siblings)
        base = 1.0 if count == 0 else (1.0 / count) ** 2.15 * (1.0 / offset) ** 3
        weights.append(base * sibling * modifier)
    if not any(weights):
        return None
    return _Drawn(seed).choices(offsets, weights)[0]


def test_the_draws_are_those_of_random_choices() -> None:
    """The same days as `random.Random.choices(offsets, weights)` drawing the seed's number,
    for 40 random loads, easy days and siblings (and recorded: the days of these seeds
    since the draws are SplitMix64's, `uniform`, instead of a seeded Mersenne Twister's)."""
    rng = random.Random(5)
    days = []
    for _ in range(40):
        counts = {k: rng.randint(0, 30) for k in range(1, 100) if rng.random() < 0.8}
        easy = tuple(rng.choice([NORMAL, NORMAL, REDUCED, MINIMUM]) for _ in range(7))
        load = DayLoad(date(2026, 3, 1), counts, easy)
        interval = rng.uniform(1, 95)
        siblings = frozenset(rng.sample(range(1, 60), rng.randint(0, 2)))
        seed = rng.randint(0, 10**9)
        day = balanced_days(interval, 1, 36500, load, siblings, seed=seed)
        if interval <= MAX_BALANCED_INTERVAL:
            assert day == _reference_day(interval, load, siblings, seed)
        days.append(day)
    assert days == [
        65, 68, 86, 82, 36, 10, 15, 61, 92, 6, 83, 60, 55, 78, 69, 92, 2, 32, 23, 13,
        45, 84, 47, 70, 60, 88, 10, 78, None, 22, 58, 86, 51, 62, 17, 7, 13, 13, 65, 59,
    ]  # fmt: skip


def test_a_load_s_weights_follow_its_cards() -> None:
    """The weights a load keeps, changed one day at a time as cards are added, are the
    ones a load of the same counts works out afresh."""
    load = DayLoad(MONDAY, {3: 7, 40: 2})
    assert load.weights[3] == (1 / 7) ** 2.15 * (1 / 3) ** 3 and load.weights[5] == 1.0
    for offset in (3, 3, 10, 99, 100, 250, 0):
        load = load.with_card(offset)
        assert load.weights == DayLoad(MONDAY, dict(load.counts)).weights

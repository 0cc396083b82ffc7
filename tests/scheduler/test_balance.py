"""Load balancing: the least busy day in the fuzz range, siblings apart, lighter weekdays."""

from __future__ import annotations

import random
from collections import Counter
from datetime import date, timedelta

from flashcards.scheduler.balance import MINIMUM, NORMAL, REDUCED, DayLoad, balanced_days
from flashcards.scheduler.fuzz import fuzz_range

MONDAY = date(2026, 11, 23)


def test_an_empty_day_in_range_is_chosen_over_busy_ones() -> None:
    low, high = fuzz_range(10.0, 1, 36500)
    counts = {offset: 50 for offset in range(low, high + 1)}
    counts[high - 1] = 0
    load = DayLoad(MONDAY, counts)
    picks = {balanced_days(10.0, 1, 36500, load, seed=seed) for seed in range(50)}
    assert picks == {high - 1}


def test_days_fill_evenly_as_cards_are_added() -> None:
    load = DayLoad(MONDAY)
    for seed in range(300):
        day = balanced_days(10.0, 1, 36500, load, seed=seed)
        assert day is not None
        load = load.with_card(day)
    low, high = fuzz_range(10.0, 1, 36500)
    counts = [load.counts.get(offset, 0) for offset in range(low, high + 1)]
    assert sum(counts) == 300
    assert max(counts) - min(counts) <= 0.35 * max(counts)  # plain fuzz: any spread at all


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
    by_weekday = Counter()
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


def test_the_draws_are_those_of_random_choices() -> None:
    """The same days as `random.Random(seed).choices(offsets, weights)` gave (recorded
    from the code that called it, for 40 random loads, easy days and siblings)."""
    rng = random.Random(5)
    days = []
    for _ in range(40):
        counts = {k: rng.randint(0, 30) for k in range(1, 100) if rng.random() < 0.8}
        easy = tuple(rng.choice([NORMAL, NORMAL, REDUCED, MINIMUM]) for _ in range(7))
        load = DayLoad(date(2026, 3, 1), counts, easy)
        interval = rng.uniform(1, 95)
        siblings = frozenset(rng.sample(range(1, 60), rng.randint(0, 2)))
        days.append(balanced_days(interval, 1, 36500, load, siblings, seed=rng.randint(0, 10**9)))
    assert days == [
        61, 68, 86, 82, 36, 10, 16, 61, 92, 6, 84, 67, 55, 78, 62, 92, 2, 32, 23, 13,
        49, 87, 47, 70, 60, 88, 11, 82, None, 22, 68, 86, 51, 63, 17, 7, 13, 13, 71, 59,
    ]  # fmt: skip
